/**
 * Every pattern a field is written in, defined once. The schemas check with them; the field
 * reference and the web form show them in words (PATTERN_LABELS, keyed by the pattern's source as
 * JSON Schema writes it); the content check, the scaffolder and the date rules test with them.
 * No imports, so the pure date rules in src/domain can share them without a cycle.
 */

/** A calendar date: 2019-07-02 (whether the day exists is checked apart: isRealIsoDate). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A date as precise as its source: 2021-11-15, 2021-06 or 2016, with year, month and day captured. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Lower-case words joined by hyphens: an entry id, the last part of a page's address. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A Kemendagri region code: "62" (province) or "62.06" (regency or city). */
export const REGION_CODE_PATTERN = /^\d{2}(?:\.\d{2})?$/;

/** What each pattern asks for, in the words an author reads. */
export const PATTERN_LABELS: ReadonlyMap<string, string> = new Map([
  [ISO_DATE_PATTERN.source, 'tanggal TTTT-BB-HH'],
  [PARTIAL_DATE_PATTERN.source, 'tanggal TTTT-BB-HH, TTTT-BB atau TTTT'],
  [SLUG_PATTERN.source, 'slug (huruf kecil, angka, tanda hubung)'],
  [REGION_CODE_PATTERN.source, 'kode dalam tanda kutip, mis. "62.06"'],
]);
