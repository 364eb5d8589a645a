/**
 * Text for cards: a glyph sanitiser (so unsupported characters never break or tofu a card) and a
 * fitter that wraps a title into lines, choosing the largest font size that fits and clamping with
 * an ellipsis when even the smallest does not. Widths come from the fonts' own advance tables, so
 * the "character budget" of a line is exact per character and size rather than an average.
 * Pure: the font lookups are passed in.
 */

/** Characters that shape text but draw nothing: joiners, variation selectors, bidi controls, tags. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]/gu;
/** Control characters and line/paragraph separators become spaces. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Plain stand-ins for typographic characters, used only when the fonts lack the original. */
const ASCII_SUBSTITUTES: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
  '\u2022': '·',
};

const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' });

/**
 * Makes `input` safe for the card fonts: NFC-normalises, turns control characters into spaces,
 * drops invisible format characters (ZWJ, variation selectors, bidi marks), replaces a few
 * typographic characters by plain ones when not covered, strips accents the fonts lack
 * (ǅ → DŽ → …, ỳ → y) and drops any grapheme still not covered (emoji, CJK, …); then collapses
 * white space. Never throws; returns '' for input that is entirely unsupported.
 */
export function sanitizeText(input: unknown, covers: (codePoint: number) => boolean): string {
  const text = String(input ?? '')
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '');
  const allCovered = (s: string) => [...s].every((ch) => covers(ch.codePointAt(0)!));
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (allCovered(segment)) {
      out += segment;
      continue;
    }
    const substitute = ASCII_SUBSTITUTES[segment];
    if (substitute !== undefined && allCovered(substitute)) {
      out += substitute;
      continue;
    }
    const stripped = segment.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (stripped && allCovered(stripped)) {
      out += stripped;
      continue;
    }
    if (/\s/u.test(segment)) out += ' ';
    // Anything else (emoji, CJK, unknown scripts) is dropped.
  }
  return out.replace(/\s+/gu, ' ').trim();
}

export type Measure = (text: string, size: number) => number;

export interface FitOptions {
  /** Box width in px. */
  width: number;
  /** Box height in px; lines per size = floor(height / (size × lineHeight)), capped by maxLines. */
  height: number;
  /** Candidate font sizes, largest first. */
  sizes: number[];
  lineHeight: number;
  maxLines: number;
  measure: Measure;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** True when the text was cut and ends with an ellipsis. */
  clamped: boolean;
}

const ELLIPSIS = '…';
/** Kerning and rounding headroom: never fill more than this share of the box. */
const SAFETY = 0.97;

/** Greedy word wrap; words longer than a line are broken between characters. */
export function wrapWords(text: string, width: number, size: number, measure: Measure): string[] {
  const limit = width * SAFETY;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size) <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, size) <= limit) {
      line = word;
      continue;
    }
    // Break an over-long word (a URL, a code) by graphemes.
    for (const { segment } of segmenter.segment(word)) {
      if (line && measure(line + segment, size) > limit) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts `line` (at a word boundary when possible) so that `line + …` fits. */
function withEllipsis(line: string, width: number, size: number, measure: Measure): string {
  const limit = width * SAFETY;
  let cut = line.replace(/[\s,.;:–—-]+$/u, '');
  while (cut && measure(cut + ELLIPSIS, size) > limit) {
    const space = cut.lastIndexOf(' ');
    // Drop a whole word if that leaves at least half the line; else drop one character.
    cut = space > cut.length / 2 ? cut.slice(0, space) : [...cut].slice(0, -1).join('');
    cut = cut.replace(/[\s,.;:–—-]+$/u, '');
  }
  return cut + ELLIPSIS;
}

/** Fits `text` into the box: the largest size whose wrap fits, else the smallest size clamped. */
export function fitText(text: string, options: FitOptions): FittedText {
  const { width, height, sizes, lineHeight, maxLines, measure } = options;
  const linesAt = (size: number) => Math.max(1, Math.min(maxLines, Math.floor(height / (size * lineHeight))));
  for (const size of sizes) {
    const lines = wrapWords(text, width, size, measure);
    if (lines.length <= linesAt(size)) return { size, lines, clamped: false };
  }
  const size = sizes[sizes.length - 1]!;
  const allowed = linesAt(size);
  const lines = wrapWords(text, width, size, measure).slice(0, allowed);
  const last = lines.length - 1;
  lines[last] = withEllipsis(`${lines[last]!} `, width, size, measure);
  return { size, lines, clamped: true };
}
