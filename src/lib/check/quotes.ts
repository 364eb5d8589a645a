/**
 * Quotes must be verbatim. When the text of a source is kept in the repository (content/sources/,
 * one plain-text file per source whose first line is the source's title, exactly as the entries cite
 * it), every quote that cites that source must occur in it word for word. Whitespace is the only
 * thing forgiven: line breaks and double spaces in a copied article are not the author's doing.
 *
 * Pure: the caller reads the files (project.ts) and passes them in.
 */
import type { Problem, SourceText } from './types.ts';

export type { SourceText };
import { fieldPath, walkValues } from './walk.ts';

/** A source's full text as kept under content/sources/. */

/** An entry's frontmatter as read, valid or not. */
export interface QuotedEntry {
  file: string;
  data: unknown;
}

export const SOURCES_DIR = 'sources';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reads a kept source file: title on the first line, the text as a whole. */
export function sourceText(file: string, text: string): SourceText {
  const title = squash(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
  return { file, title, text };
}

/** Length of the longest start of `quote` found in `haystack`: where an author's quote leaves the source. */
function matchingPrefix(quote: string, haystack: string): number {
  let low = 0;
  let high = quote.length;
  // A prefix that occurs implies every shorter prefix occurs, so the length can be bisected.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

const excerpt = (text: string, from: number, length: number) => text.slice(from, from + length).trim();

/** Why a quote is not verbatim, with where it departs from the source, so the fix is obvious. */
function departure(quote: string, haystack: string): string {
  const matched = matchingPrefix(quote, haystack);
  if (matched < 12) return 'awal kutipan tidak ditemukan di sumber; salin kalimatnya persis dari teks sumber';
  const at = haystack.indexOf(quote.slice(0, matched)) + matched;
  const agreed = quote.slice(Math.max(0, matched - 30), matched);
  const authored = excerpt(quote, matched, 20);
  const original = excerpt(haystack, at, 20);
  return `kutipan sama dengan sumber sampai "…${agreed}", lalu menulis "${authored}" padahal sumber menulis "${original}…"; akhiri kutipan di tempat kata-kata sumber berakhir, tanpa menambah atau mengubah tanda baca`;
}

/**
 * Problems for every quote whose source has a kept text and which does not occur in it.
 * Sources are matched by title; entries whose source has no kept text are not checked.
 */
export function quoteProblems(entries: readonly QuotedEntry[], texts: readonly SourceText[]): Problem[] {
  if (texts.length === 0) return [];
  const byTitle = new Map(texts.map((t) => [t.title, { file: t.file, haystack: squash(t.text) }]));
  const problems: Problem[] = [];
  for (const { file, data } of entries) {
    if (!data || typeof data !== 'object') continue;
    const sources = (data as { sources?: unknown }).sources;
    const kept = new Map<string, { file: string; haystack: string }>();
    for (const s of Array.isArray(sources) ? sources : []) {
      const { id, title } = (s ?? {}) as { id?: unknown; title?: unknown };
      const text = typeof title === 'string' ? byTitle.get(squash(title)) : undefined;
      if (typeof id === 'string' && text) kept.set(id, text);
    }
    if (kept.size === 0) continue;
    walkValues(data, (value, path) => {
      // The list of sources holds titles, not quotes.
      if (path[path.length - 1] === 'sources') return false;
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      const { source, quote } = value as { source?: unknown; quote?: unknown };
      const text = typeof source === 'string' ? kept.get(source) : undefined;
      if (text && typeof quote === 'string' && !text.haystack.includes(squash(quote))) {
        problems.push({
          file,
          field: fieldPath([...path, 'quote']),
          message: `kutipan tidak persis sama dengan sumber "${source}" (teksnya tersimpan di ${text.file})`,
          hint: departure(squash(quote), text.haystack),
        });
      }
    });
  }
  return problems;
}
