/**
 * Card fonts: Noto Sans (OFL-1.1) from the npm package @fontsource/noto-sans, WOFF 1.0 files.
 * The latin and latin-ext subsets are registered under two family names and both are listed in
 * `fontFamily`, so the renderer falls back from one subset to the other per character.
 * Widths for text fitting come from the same files (woff.ts). Read and parsed once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFontMetrics } from './woff.ts';

const require = createRequire(import.meta.url);

/** CSS font-family value for the cards. */
export const FONT_FAMILY = 'Lintas Latin, Lintas Latin Ext';

type Weight = 400 | 700;
const FILES: Array<{ name: string; weight: Weight; file: string }> = [
  { name: 'Lintas Latin', weight: 400, file: 'noto-sans-latin-400-normal.woff' },
  { name: 'Lintas Latin', weight: 700, file: 'noto-sans-latin-700-normal.woff' },
  { name: 'Lintas Latin Ext', weight: 400, file: 'noto-sans-latin-ext-400-normal.woff' },
  { name: 'Lintas Latin Ext', weight: 700, file: 'noto-sans-latin-ext-700-normal.woff' },
];

/** Absolute paths of the font files, in registration order (also part of the cache key). */
export function fontFiles(): string[] {
  return FILES.map((f) => require.resolve(`@fontsource/noto-sans/files/${f.file}`));
}

export interface CardFontFile {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

export interface CardFonts {
  /** The font files with the family name and weight each is registered under. */
  files: CardFontFile[];
  /** True when some registered font has a glyph for the code point. */
  covers(codePoint: number): boolean;
  /** Width in px of `text` set in `weight` at `size` px (no kerning, so a slight over-estimate). */
  measure(text: string, size: number, weight: Weight): number;
}

let loaded: CardFonts | undefined;

export function loadFonts(): CardFonts {
  if (loaded) return loaded;
  const paths = fontFiles();
  const files: CardFontFile[] = [];
  const widths: Record<Weight, Map<number, number>> = { 400: new Map(), 700: new Map() };
  FILES.forEach((f, i) => {
    const data = readFileSync(paths[i]!);
    files.push({ name: f.name, data, weight: f.weight, style: 'normal' });
    // First family wins, as in the renderer's fallback order.
    for (const [cp, advance] of readFontMetrics(data).advances) {
      if (!widths[f.weight].has(cp)) widths[f.weight].set(cp, advance);
    }
  });
  const fallback = { 400: widths[400].get(0x4d) ?? 0.9, 700: widths[700].get(0x4d) ?? 0.95 };
  loaded = {
    files,
    covers: (cp) => widths[400].has(cp) && widths[700].has(cp),
    measure(text, size, weight) {
      let em = 0;
      for (const ch of text) em += widths[weight].get(ch.codePointAt(0)!) ?? fallback[weight];
      return em * size;
    },
  };
  return loaded;
}
