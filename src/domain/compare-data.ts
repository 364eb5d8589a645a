/**
 * The compact data file behind the compare-any-two tool: every region's comparable figures in
 * a few dozen kilobytes. Encoded at build, decoded in the browser, by this one module.
 */
import type { MetricKey, MetricValue, RegionFacts } from './compare.ts';

/** [value, year, yearIsPublication 0|1, approximate 0|1, source index] */
type PackedValue = [number, number, 0 | 1, 0 | 1, number];

export interface CompareData {
  /** Source labels, referred to by index. */
  sources: { label: string; url?: string }[];
  /** [slug, name, province name or "", packed metrics] */
  regions: [string, string, string, Partial<Record<MetricKey, PackedValue>>][];
  /** Canonical slugs of the pairs that have a static comparison page. */
  pairs: string[];
}

export function encodeCompareData(regions: { facts: RegionFacts; province?: string }[], pairs: string[]): CompareData {
  const sources: CompareData['sources'] = [];
  const sourceIndex = (value: MetricValue) => {
    let index = sources.findIndex((s) => s.label === value.source);
    if (index === -1) index = sources.push(value.sourceUrl ? { label: value.source, url: value.sourceUrl } : { label: value.source }) - 1;
    return index;
  };
  return {
    sources,
    regions: regions.map(({ facts, province }) => {
      const packed: Partial<Record<MetricKey, PackedValue>> = {};
      for (const [key, value] of Object.entries(facts.metrics) as [MetricKey, MetricValue][]) {
        if (value.years.length !== 1) continue; // only reported figures travel; derived ones are recomputed
        packed[key] = [value.value, value.years[0]!, value.yearIsPublication ? 1 : 0, value.approximate ? 1 : 0, sourceIndex(value)];
      }
      return [facts.slug, facts.name, province ?? '', packed];
    }),
    pairs,
  };
}

export function decodeRegion(data: CompareData, row: CompareData['regions'][number]): RegionFacts & { province: string } {
  const [slug, name, province, packed] = row;
  const metrics: RegionFacts['metrics'] = {};
  for (const [key, [value, year, publication, approximate, source]] of Object.entries(packed) as [MetricKey, PackedValue][]) {
    const s = data.sources[source];
    metrics[key] = { value, years: [year], yearIsPublication: publication === 1, approximate: approximate === 1, source: s?.label ?? '', sourceUrl: s?.url };
  }
  return { slug, name, province, metrics };
}
