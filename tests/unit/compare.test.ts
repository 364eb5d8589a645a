import { describe, expect, it } from 'vitest';
import { compareRegions, deriveMetric, formatMetricValue, formatMetricYears, pairSlug, rowDigits, type MetricValue, type RegionFacts } from '../../src/domain/compare.ts';
import { comparisonRowsForCsv } from '../../src/domain/compare.ts';
import { comparisonCsv } from '../../src/lib/open-data.ts';
import Papa from 'papaparse';

const fig = (value: number, year: number, extra: Partial<MetricValue> = {}): MetricValue => ({ value, years: [year], source: `sumber ${year}`, ...extra });
const region = (slug: string, metrics: RegionFacts['metrics']): RegionFacts => ({ slug, name: slug, metrics });

const katingan = region('kabupaten-katingan', {
  kecamatan: fig(13, 2025),
  desa: fig(154, 2025),
  kelurahan: fig(7, 2025),
  penduduk: fig(167000, 2019, { approximate: true, yearIsPublication: true }),
  luas: fig(20000, 2019, { approximate: true }),
});
const banyuwangi = region('kabupaten-banyuwangi', { kecamatan: fig(25, 2025), desa: fig(189, 2025), kelurahan: fig(28, 2025) });
const row = (rows: ReturnType<typeof compareRegions>, key: string) => rows.find((r) => r.key === key)!;

describe('comparing two regions', () => {
  it('puts both official counts side by side with difference and ratio (first minus/divided by second)', () => {
    const r = row(compareRegions(banyuwangi, katingan), 'kecamatan');
    expect([r.a?.value, r.b?.value, r.difference, r.ratio]).toEqual([25, 13, 12, 25 / 13]);
    expect(r.yearsDiffer).toBe(false);
  });

  it('leaves difference and ratio empty when one side has no figure, instead of treating it as zero', () => {
    const r = row(compareRegions(banyuwangi, katingan), 'penduduk');
    expect(r.a).toBeUndefined();
    expect(r.b?.value).toBe(167000);
    expect(r.difference).toBeUndefined();
    expect(r.ratio).toBeUndefined();
  });

  it('flags figures from different years rather than pretending they match', () => {
    const a = region('a', { penduduk: fig(100, 2019) });
    const b = region('b', { penduduk: fig(200, 2023) });
    const r = row(compareRegions(a, b), 'penduduk');
    expect(r.yearsDiffer).toBe(true);
    expect(r.difference).toBe(-100);
  });

  it('gives no ratio when the second value is zero (a city with no desa)', () => {
    const city = region('kota', { desa: fig(0, 2025) });
    const r = row(compareRegions(banyuwangi, city), 'desa');
    expect(r.difference).toBe(189);
    expect(r.ratio).toBeUndefined();
  });
});

describe('derived figures', () => {
  it('computes density only when population and area both exist, carrying every input year', () => {
    const density = deriveMetric(katingan.metrics, 'kepadatan')!;
    expect(density.value).toBeCloseTo(8.35);
    expect(density.years).toEqual([2019]);
    expect(density.approximate).toBe(true);
    expect(deriveMetric(banyuwangi.metrics, 'kepadatan')).toBeUndefined();
  });

  it('counts desa and kelurahan together per kecamatan', () => {
    expect(deriveMetric(katingan.metrics, 'desa-per-kecamatan')!.value).toBeCloseTo((154 + 7) / 13);
  });

  it('lists both years when a derived figure mixes a 2019 population with 2025 village counts', () => {
    expect(deriveMetric(katingan.metrics, 'penduduk-per-desa')!.years).toEqual([2019, 2025]);
  });

  it('says plainly which input comes from which year, and shows a mixed-year figure whole and as approximate', () => {
    const mixed = deriveMetric(katingan.metrics, 'penduduk-per-desa')!;
    expect(formatMetricYears(mixed)).toBe('campuran tahun: penduduk 2019*, desa 2025, kelurahan 2025');
    expect(formatMetricValue('penduduk-per-desa', mixed)).toBe('sekitar 1.037'); // 167000 / 161, not "1.037,27"
    const mixedDensity = deriveMetric({ penduduk: fig(1000, 2025), luas: fig(3, 2019) }, 'kepadatan')!;
    expect(formatMetricValue('kepadatan', mixedDensity)).toBe('sekitar 333');
  });

  it('shows a same-year derived figure with the decimals it supports, and no "campuran"', () => {
    const density = deriveMetric({ penduduk: fig(181963, 2025), luas: fig(20380.503, 2025) }, 'kepadatan')!;
    expect(density.mixedYears).toBeUndefined();
    expect(formatMetricYears(density)).toBe('2025');
    expect(formatMetricValue('kepadatan', density)).toBe('8,9');
    const rows = compareRegions(
      region('a', { penduduk: fig(181963, 2025), desa: fig(154, 2025), kelurahan: fig(7, 2025) }),
      region('b', { penduduk: fig(1791789, 2025), desa: fig(189, 2025), kelurahan: fig(28, 2025) }),
    );
    const perDesa = row(rows, 'penduduk-per-desa');
    expect(formatMetricValue('penduduk-per-desa', perDesa.a!)).toBe('1.130');
    expect(rowDigits(perDesa)).toBe(0);
    expect(perDesa.yearsDiffer).toBe(false);
  });

  it('has no value for a zero or absent denominator', () => {
    expect(deriveMetric({ desa: fig(3, 2025), kelurahan: fig(0, 2025), kecamatan: fig(0, 2025) }, 'desa-per-kecamatan')).toBeUndefined();
    expect(deriveMetric({ penduduk: fig(10, 2020), luas: fig(0, 2020) }, 'kepadatan')).toBeUndefined();
    expect(deriveMetric({ penduduk: fig(10, 2020) }, 'kepadatan')).toBeUndefined();
  });
});

describe('one canonical page per pair', () => {
  it('orders slugs alphabetically whichever way round they are given', () => {
    expect(pairSlug('kabupaten-katingan', 'kabupaten-banyuwangi')).toBe('kabupaten-banyuwangi-vs-kabupaten-katingan');
    expect(pairSlug('kabupaten-banyuwangi', 'kabupaten-katingan')).toBe('kabupaten-banyuwangi-vs-kabupaten-katingan');
  });

});

describe('comparison downloads', () => {
  it('writes a CSV a spreadsheet reads back with the same figures', () => {
    const rows = compareRegions(banyuwangi, katingan);
    const csv = comparisonCsv(banyuwangi, katingan, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(rows.length);
    const kec = parsed.data.find((r) => r.ukuran === 'Kecamatan')!;
    expect(kec['kabupaten-banyuwangi nilai']).toBe('25');
    expect(kec['kabupaten-katingan nilai']).toBe('13');
    expect(comparisonRowsForCsv(banyuwangi, katingan, rows)).toHaveLength(rows.length);
  });
});
