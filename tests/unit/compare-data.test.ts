/** The compare tool's and peer finder's data file: compact, and decoded back to the same figures. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRegions, type MetricValue, type RegionFacts } from '../../src/domain/compare.ts';
import { decodeRegion, encodeCompareData, type EncodableRegion } from '../../src/domain/compare-data.ts';
import { islandGroupOf } from '../../src/domain/geography.ts';
import { formatRank, rankBy } from '../../src/domain/ranks.ts';
import type { Model } from '../../src/lib/model.ts';
import { loadScenario } from '../fixtures/scenarios.ts';

const resmi = (value: number): MetricValue => ({ value, years: [2025], source: 'Kepmendagri 2025', sourceUrl: 'https://contoh.id/resmi' });
const luas = (value: number): MetricValue => ({ value, years: [2025], source: 'BIG 2024 (Kepmendagri 2025)' });
const region = (name: string, code: string, provinceCode: string | undefined, metrics: RegionFacts['metrics']): EncodableRegion => ({
  facts: { slug: name.toLowerCase().replace(/ /g, '-'), name, metrics },
  code,
  provinceCode,
});
const official = (kec: number, desa: number, kel: number, pop: number, area: number) => ({
  kecamatan: resmi(kec), desa: resmi(desa), kelurahan: resmi(kel), penduduk: resmi(pop), luas: luas(area),
});
const regions = [
  region('Kalimantan Tengah', '62', undefined, official(136, 1432, 139, 2825290, 153430.4)),
  region('Kabupaten Katingan', '62.06', '62', official(13, 154, 7, 181963, 20380.503)),
  region('Kota Palangkaraya', '62.71', '62', official(5, 0, 30, 315153, 2848.7)),
  region('Jawa Timur', '35', undefined, official(666, 7721, 777, 41814500, 48036.8)),
  region('Kabupaten Banyuwangi', '35.10', '35', {
    ...official(25, 189, 28, 1791789, 3593.849),
    'desa-terhubung-serat-optik': { value: 189, years: [2019], yearIsPublication: true, source: 'Artikel 2019' },
  }),
];

describe('the compare data file', () => {
  const data = encodeCompareData(regions, ['kabupaten-banyuwangi-vs-kabupaten-katingan']);

  it('decodes every region to the same figures, kind, province and island group', () => {
    regions.forEach((r, i) => {
      const decoded = decodeRegion(data, data.regions[i]!);
      expect(decoded.slug).toBe(r.facts.slug);
      expect(decoded.metrics).toEqual(JSON.parse(JSON.stringify(r.facts.metrics)));
      expect(decoded.group).toBe(islandGroupOf(r.code));
    });
    const kota = decodeRegion(data, data.regions[2]!);
    expect([kota.kind, kota.province, kota.group]).toEqual(['kota', 'Kalimantan Tengah', 'kalimantan']);
    expect(decodeRegion(data, data.regions[0]!).kind).toBe('provinsi');
  });

  it('compares decoded regions exactly as the build compares the originals', () => {
    const [a, b] = [decodeRegion(data, data.regions[4]!), decodeRegion(data, data.regions[1]!)];
    expect(compareRegions(a, b)).toEqual(JSON.parse(JSON.stringify(compareRegions(regions[4]!.facts, regions[1]!.facts))));
  });

  it('carries official figures as bare numbers with one year and source per column, curated ones in full', () => {
    expect(data.official).toEqual({ keys: ['kecamatan', 'desa', 'kelurahan', 'penduduk', 'luas'], year: 2025, sources: [0, 0, 0, 0, 1] });
    expect(data.regions[1]).toEqual(['Kabupaten Katingan', 0, [13, 154, 7, 181963, 20380.503]]);
    expect(data.regions[4]![3]).toEqual({ 'desa-terhubung-serat-optik': [189, 2019, 1, 0, 2] });
  });

  it('refuses an official column whose figure is from another year or source, rather than mislabel it', () => {
    const odd = region('Kabupaten Aneh', '62.07', '62', { ...official(1, 1, 1, 1, 1), penduduk: { value: 167000, years: [2019], source: 'Artikel 2019' } });
    expect(() => encodeCompareData([...regions, odd], [])).toThrow(/Kabupaten Aneh: penduduk/);
  });
});

describe('the compare data file for every region of a real model (seed and synthetic corpora)', () => {
  let site: Model;
  let data: ReturnType<typeof encodeCompareData>;
  // The rows as /bandingkan/wilayah.json builds them: every region's facts with its code and province's code.
  const encodable = (model: Model): EncodableRegion[] =>
    [...model.regions.values()].map((r) => ({ facts: model.factsOf(r.slug)!, code: r.official.code, provinceCode: r.province?.code }));
  /** Figures as JSON carries them: a false flag (approximate, yearIsPublication) travels as its absence. */
  const asShipped = (metrics: object) => JSON.parse(JSON.stringify(metrics, (_key, value) => (value === false ? undefined : value)));
  beforeAll(async () => {
    site = (await loadScenario('fixture-site')).model;
    data = encodeCompareData(encodable(site), [...site.pairs.keys()]);
  }, 60_000);

  it('decodes each of the 552 regions to its own slug, kind, province and figures', () => {
    const regions = [...site.regions.values()];
    expect(data.regions).toHaveLength(552);
    expect(data.provinces).toHaveLength(38);
    data.regions.forEach((row, i) => {
      const r = regions[i]!;
      const decoded = decodeRegion(data, row);
      // Slugs are not shipped: recomputing one from the name must give the region's address back.
      expect(decoded.slug, r.official.name).toBe(r.slug);
      expect(decoded.kind, r.slug).toBe(r.official.kind);
      expect(decoded.province, r.slug).toBe(r.province?.name ?? '');
      expect(decoded.metrics, r.slug).toEqual(asShipped(site.factsOf(r.slug)!.metrics));
    });
  });

  it('lists the pairs that have a static comparison page, and carries curated figures only where a profile states them', () => {
    expect(data.pairs).toEqual([...site.pairs.keys()]);
    expect(data.pairs.length).toBeGreaterThan(1);
    const curated = data.regions.filter((row) => row[3] !== undefined).map((row) => row[0]);
    expect(curated).toContain('Kabupaten Banyuwangi');
    expect(curated.length).toBeLessThan(10);
  });

  it('stays small enough to fetch on a weak signal (README: about 31 KB)', () => {
    expect(JSON.stringify(data).length).toBeLessThan(40_000);
  });
});

describe('island groups and ranks', () => {
  it.each([
    ['11.01', 'sumatera'],
    ['21.71', 'sumatera'],
    ['35.10', 'jawa'],
    ['53', 'bali-nusa-tenggara'],
    ['62.06', 'kalimantan'],
    ['76', 'sulawesi'],
    ['82.01', 'maluku'],
    ['96.71', 'papua'],
  ])('%s is in %s', (code, group) => expect(islandGroupOf(code)).toBe(group));

  it('ranks largest first, ties sharing a rank, absent figures left out', () => {
    const ranks = rankBy([{ k: 'a', v: 5 }, { k: 'b', v: 9 }, { k: 'c', v: 5 }, { k: 'd', v: 1 }, { k: 'e', v: undefined }], (x) => x.v, (x) => x.k);
    expect(Object.fromEntries([...ranks].map(([k, r]) => [k, r.rank]))).toEqual({ b: 1, a: 2, c: 2, d: 4 });
    expect(formatRank(ranks.get('d'))).toBe('ke-4 dari 4');
    expect(formatRank(ranks.get('e'))).toBe('—');
  });
});
