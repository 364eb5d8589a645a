/** How numbers and figures read on the page, in Indonesian conventions (167.000; 1,5). */

const number = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return number.format(value);
}


/** "2019", or "2019*" when the source gave no year for the data and its publication year stands in (see YEAR_FOOTNOTE). */
export function formatFigureYear(year: number, yearBasis: 'data' | 'terbit'): string {
  return yearBasis === 'terbit' ? `${year}*` : String(year);
}


export const YEAR_FOOTNOTE = '* Tahun terbit sumber; sumber tidak menyebut tahun datanya.';

/** "+12", "−3,5": a difference with its sign, using a true minus sign. */
export function formatDifference(value: number): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}`;
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
