/**
 * Every limit a later step enforces (html-validate, the file system, the page-weight budget),
 * checked here first with a hint, so that what the check accepts the build publishes and the tests pass.
 */
import { SITE_SUFFIX, fullPageTitle } from '../../domain/page-title.ts';
import type { CheckedContent, Problem } from './types.ts';
import { fieldPath, walkValues } from './walk.ts';

export const LIMITS = {
  /** html-validate's long-title rule: a page <title> of at most 70 characters as written in the HTML (entities count in full). */
  titleChars: 70,
  /** File names are page addresses and share-card names (<id>.png); 255 bytes is the file-system limit. Kept readable. */
  idLength: 150,
  /** Image file names become /_astro/<name>.<hash>.<ext>. */
  imageNameLength: 100,
  /** Any one text field: a statement, a quote, a title of a source. */
  textChars: 3000,
  /** The body: a page stays within the 100 KB first-load budget. */
  bodyChars: 30_000,
  /** The whole file. */
  fileChars: 60_000,
} as const;

/** Strings longer than any field needs: a pasted article or a runaway value. */
export function textLengthProblems(file: string, data: unknown): Problem[] {
  const problems: Problem[] = [];
  walkValues(data, (value, path) => {
    if (typeof value === 'string' && value.length > LIMITS.textChars) {
      problems.push({ file, field: fieldPath(path), message: `teks ${value.length.toLocaleString('id-ID')} karakter, melebihi batas ${LIMITS.textChars.toLocaleString('id-ID')}`, hint: 'ringkas menjadi beberapa kalimat, atau pecah menjadi beberapa pernyataan; kutipan cukup kalimat yang mendukung' });
    }
  });
  return problems;
}

/** How long a text is inside the built HTML: Astro escapes & < > " ' as entities, and html-validate counts them in full. */
export function htmlLength(text: string): number {
  const entity: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };
  let length = 0;
  for (const c of text) length += entity[c] ?? c.length;
  return length;
}

/** Page titles of the entries that have a page of their own, measured as html-validate will. */
export function titleProblems(content: CheckedContent, fileOf: (collection: 'innovations' | 'playbooks' | 'visits', id: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, entries] of [['innovations', content.innovations], ['playbooks', content.playbooks], ['visits', content.visits]] as const) {
    for (const [id, entry] of entries) {
      const length = htmlLength(fullPageTitle(entry.title));
      if (length > LIMITS.titleChars) {
        problems.push({ file: fileOf(collection, id), field: 'title', message: `judul halaman "${fullPageTitle(entry.title)}" ${length} karakter di HTML (tanda & < > " ' dihitung sebagai kodenya), melebihi batas ${LIMITS.titleChars}`, hint: `pendekkan judul: judul halaman paling banyak ${LIMITS.titleChars} karakter, dan judul sampai 60 karakter mendapat akhiran "${SITE_SUFFIX}"; rinciannya bisa ditulis di summary atau isi tulisan` });
      }
    }
  }
  return problems;
}
