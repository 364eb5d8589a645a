/** How numbers and figures read on the page, in Indonesian conventions (167.000; 1,5). */

const formats = new Map<number, Intl.NumberFormat>();

/** Up to `digits` decimals (2 unless told); 1.037,3 not 1.037,27 where one decimal is all a figure supports. */
export function formatNumber(value: number, digits = 2): string {
  let format = formats.get(digits);
  if (!format) formats.set(digits, (format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits })));
  return format.format(value);
}


/** "2019", or "2019*" when the source gave no year for the data and its publication year stands in (see YEAR_FOOTNOTE). */
export function formatFigureYear(year: number, yearBasis: 'data' | 'terbit'): string {
  return yearBasis === 'terbit' ? `${year}*` : String(year);
}


export const YEAR_FOOTNOTE = '* Tahun terbit sumber; sumber tidak menyebut tahun datanya.';

/** "+12", "−3,5": a difference with its sign, using a true minus sign. */
export function formatDifference(value: number, digits = 2): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value), digits)}`;
}

/** "2,5×" */
export function formatRatio(value: number): string {
  return `${formatNumber(value)}×`;
}

/**
 * An innovation's status with the year it was last confirmed: "Berjalan (per 2019)". A status is
 * only what the latest source said, so it never appears without the year that source speaks for.
 */
export function formatStatusAsOf(label: string, lastVerified: string): string {
  return `${label} (per ${lastVerified.slice(0, 4)})`;
}
