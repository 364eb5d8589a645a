/**
 * The one CSV module: every CSV the site publishes (open data, comparison downloads) goes through
 * `toCsv`, so quoting and formula neutralisation are decided here once; `parseCsv` reads the official tables.
 *
 * Spreadsheets run a text cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula
 * (`=HYPERLINK(…)`, `@SUM(…)|cmd`), so such cells get a leading `'` (OWASP's advice). Papaparse's
 * `escapeFormulae: true` uses `/^[=+\-@\t\r].*$/`, which misses a cell with a line break after the
 * formula (`.` does not match `\n`); we pass an anchored prefix test instead. Papaparse leaves
 * number and boolean values alone, so real numbers (−3, 0.5) stay numbers.
 */
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvValue>;

/** A text cell a spreadsheet would evaluate. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as the CSV holds it. Non-finite numbers (NaN, ±Infinity) are written empty, as
 * `JSON.stringify` writes them `null`, so a CSV and its JSON twin always agree.
 */
function cell(value: CsvValue): CsvValue {
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value ?? '';
}

/** Rows → CSV a spreadsheet opens: header from the given columns or every key seen, UTF-8 byte-order mark, CRLF. */
export function toCsv(rows: readonly CsvRow[], columns?: readonly string[]): string {
  const fields = [...new Set([...(columns ?? []), ...rows.flatMap((r) => Object.keys(r))])];
  const body = Papa.unparse(
    { fields, data: rows.map((r) => fields.map((f) => cell(r[f]))) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${body}\r\n`;
}

/** Reads a CSV with a header row (a BOM is dropped): rows as records, and the header's column names. */
export function parseCsv(text: string): { rows: Record<string, string>[]; fields: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { rows: parsed.data, fields: parsed.meta.fields ?? [] };
}
