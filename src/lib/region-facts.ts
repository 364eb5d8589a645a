/** Turns a merged region (official record + curated profile) into the figures comparisons use. */
import type { MetricKey, MetricValue, RegionFacts } from '../domain/compare.ts';
import type { Region } from './model.ts';
import { OFFICIAL_DATA_CREDIT } from './official-regions.ts';

export const OFFICIAL_SOURCE_LABEL = `Data wilayah Kemendagri (${OFFICIAL_DATA_CREDIT.decree}; ${OFFICIAL_DATA_CREDIT.name})`;

/** Curated indicators that comparisons use; structure counts always come from the official data. */
const CURATED: MetricKey[] = ['penduduk', 'luas', 'desa-terhubung-serat-optik'];

export function regionFacts(region: Region): RegionFacts {
  const official = (value: number): MetricValue => ({ value, years: [OFFICIAL_DATA_CREDIT.year], source: OFFICIAL_SOURCE_LABEL, sourceUrl: OFFICIAL_DATA_CREDIT.url });
  const { counts } = region.official;
  const metrics: RegionFacts['metrics'] = {
    kecamatan: official(counts.kecamatan),
    desa: official(counts.desa),
    kelurahan: official(counts.kelurahan),
  };
  const profile = region.profile?.data;
  for (const indicator of profile?.indicators ?? []) {
    if (!CURATED.includes(indicator.key)) continue;
    const source = profile!.sources.find((s) => s.id === indicator.source)!;
    metrics[indicator.key] = {
      value: indicator.value,
      years: [indicator.year],
      yearIsPublication: indicator.yearBasis === 'terbit',
      approximate: indicator.approximate,
      source: `${source.title} (${source.date})`,
      sourceUrl: source.url,
    };
  }
  return { slug: region.slug, name: region.official.name, metrics };
}

/** Sizes for the peer finder: the structure every region has, plus curated population and area. */
export function peerSizes(facts: RegionFacts): Partial<Record<string, number>> {
  const m = facts.metrics;
  return {
    kecamatan: m.kecamatan?.value,
    desa: m.desa?.value,
    kelurahan: m.kelurahan?.value,
    penduduk: m.penduduk?.value,
    luas: m.luas?.value,
  };
}
