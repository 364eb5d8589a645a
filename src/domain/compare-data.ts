/**
 * The compact data file behind the compare-any-two tool and the peer finder: every region's
 * comparable figures in a few dozen kilobytes. Encoded at build, decoded in the browser, by this
 * one module. Official figures share one year and source per key, so they travel as a bare list
 * of numbers per region; slugs are recomputed from names; only curated figures carry their own
 * year and source.
 */
import type { MetricKey, MetricValue, RegionFacts } from './compare.ts';
import { islandGroupOf, type IslandGroup } from './geography.ts';
import { slugify } from './slug.ts';

/** [value, year, yearIsPublication 0|1, approximate 0|1, source index] */
type PackedValue = [number, number, 0 | 1, 0 | 1, number];

export interface CompareData {
  /** Source labels, referred to by index. */
  sources: { label: string; url?: string }[];
  /** The official figures every region has, in this order, with their year and source index. */
  official: { keys: MetricKey[]; year: number; sources: number[] };
  /** [code, name] of each province; regions refer to them by index. */
  provinces: [string, string][];
  /** [name, province index (-1 for a province itself), official values (null when absent), curated figures] */
  regions: [string, number, (number | null)[], Partial<Record<MetricKey, PackedValue>>?][];
  /** Canonical slugs of the pairs that have a static comparison page. */
  pairs: string[];
}

export interface EncodableRegion {
  facts: RegionFacts;
  code: string;
  /** The province's code for a regency/city; undefined for a province. */
  provinceCode?: string;
}

export const OFFICIAL_KEYS: MetricKey[] = ['kecamatan', 'desa', 'kelurahan', 'penduduk', 'luas'];

export function encodeCompareData(regions: EncodableRegion[], pairs: string[]): CompareData {
  const sources: CompareData['sources'] = [];
  const sourceIndex = (value: MetricValue) => {
    let index = sources.findIndex((s) => s.label === value.source);
    if (index === -1) index = sources.push(value.sourceUrl ? { label: value.source, url: value.sourceUrl } : { label: value.source }) - 1;
    return index;
  };
  // The official figures' year and source, taken from the first region that has each; any
  // region whose figure differs in either would be misdescribed, so that is an error.
  const reference = OFFICIAL_KEYS.map((key) => regions.map((r) => r.facts.metrics[key]).find((v) => v !== undefined));
  const year = reference.find((v) => v)?.years[0] ?? 0;
  const official = { keys: OFFICIAL_KEYS, year, sources: reference.map((v) => (v ? sourceIndex(v) : -1)) };
  const provinces = regions.filter((r) => r.provinceCode === undefined).map((r): [string, string] => [r.code, r.facts.name]);
  const provinceIndex = new Map(provinces.map(([code], i) => [code, i]));
  return {
    sources,
    official,
    provinces,
    regions: regions.map(({ facts, provinceCode }) => {
      const values = OFFICIAL_KEYS.map((key, i) => {
        const v = facts.metrics[key];
        if (!v) return null;
        if (v.years.join() !== String(year) || v.source !== reference[i]!.source) {
          throw new Error(`${facts.name}: ${key} tidak berasal dari data resmi ${year}; data pembanding hanya memuat angka resmi di kolom ini`);
        }
        return v.value;
      });
      const curated: Partial<Record<MetricKey, PackedValue>> = {};
      for (const [key, value] of Object.entries(facts.metrics) as [MetricKey, MetricValue][]) {
        if (OFFICIAL_KEYS.includes(key) || value.years.length !== 1) continue; // derived figures are recomputed
        curated[key] = [value.value, value.years[0]!, value.yearIsPublication ? 1 : 0, value.approximate ? 1 : 0, sourceIndex(value)];
      }
      const row: CompareData['regions'][number] = [facts.name, provinceCode === undefined ? -1 : provinceIndex.get(provinceCode)!, values];
      if (Object.keys(curated).length > 0) row.push(curated);
      return row;
    }),
    pairs,
  };
}

export interface DecodedRegion extends RegionFacts {
  /** The province's name; "" for a province. */
  province: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
  group: IslandGroup;
}

export function decodeRegion(data: CompareData, row: CompareData['regions'][number]): DecodedRegion {
  const [name, provinceIndex, values, packed = {}] = row;
  const metrics: RegionFacts['metrics'] = {};
  data.official.keys.forEach((key, i) => {
    const value = values[i];
    const s = data.sources[data.official.sources[i]!];
    if (value !== null && value !== undefined && s) metrics[key] = { value, years: [data.official.year], source: s.label, ...(s.url ? { sourceUrl: s.url } : {}) };
  });
  for (const [key, [value, year, publication, approximate, source]] of Object.entries(packed) as [MetricKey, PackedValue][]) {
    const s = data.sources[source];
    metrics[key] = {
      value,
      years: [year],
      ...(publication === 1 ? { yearIsPublication: true } : {}),
      ...(approximate === 1 ? { approximate: true } : {}),
      source: s?.label ?? '',
      ...(s?.url ? { sourceUrl: s.url } : {}),
    };
  }
  const province = provinceIndex >= 0 ? data.provinces[provinceIndex] : undefined;
  const ownCode = province ? province[0] : data.provinces.find(([, n]) => n === name)?.[0] ?? '';
  return {
    slug: slugify(name),
    name,
    metrics,
    province: province?.[1] ?? '',
    kind: provinceIndex < 0 ? 'provinsi' : name.startsWith('Kota ') ? 'kota' : 'kabupaten',
    group: islandGroupOf(ownCode),
  };
}
