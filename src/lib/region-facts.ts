/** Turns a merged region (official record + curated profile) into the figures comparisons use. */
import type { MetricKey, MetricValue, RegionFacts } from '../domain/compare.ts';
import { FIGURES_CREDIT } from './official-figures.ts';
import { OFFICIAL_DATA_CREDIT, type OfficialRegion } from './official-regions.ts';
import type { RegionProfile } from '../schemas/region.ts';

/** Source labels of the official figures, each with its decree and year. */
export const OFFICIAL_SOURCE_LABEL = `${OFFICIAL_DATA_CREDIT.decreeShort}: kode dan wilayah administrasi, melalui ${OFFICIAL_DATA_CREDIT.name} (ODbL)`;
export const POPULATION_SOURCE_LABEL = `${FIGURES_CREDIT.decreeShort}: jumlah penduduk, salinan terbaca mesin ${FIGURES_CREDIT.copy.name} (MIT)`;
export const AREA_SOURCE_LABEL = `${FIGURES_CREDIT.areaShort}, dipakai dalam ${FIGURES_CREDIT.decreeShort}; salinan ${FIGURES_CREDIT.copy.name} (MIT)`;

/**
 * Curated indicators that comparisons use. Population and area come from the 2025 decree for
 * every region, so comparisons rest on one year; a profile's own population or area is shown
 * beside the official one on the region page, never in its place.
 */
const CURATED: MetricKey[] = ['desa-terhubung-serat-optik'];

/**
 * What a region's figures are read from: its official record and, if curated, its profile. The
 * site model's regions have this shape; it is stated here so this module does not import the model
 * that calls it.
 */
export interface RegionRecord {
  slug: string;
  official: OfficialRegion;
  profile?: { data: RegionProfile };
}

export function regionFacts(region: RegionRecord): RegionFacts {
  const official = (value: number, source = OFFICIAL_SOURCE_LABEL, sourceUrl: string = OFFICIAL_DATA_CREDIT.url): MetricValue => ({
    value,
    years: [OFFICIAL_DATA_CREDIT.year],
    source,
    sourceUrl,
  });
  const { counts, figures } = region.official;
  const metrics: RegionFacts['metrics'] = {
    kecamatan: official(counts.kecamatan),
    desa: official(counts.desa),
    kelurahan: official(counts.kelurahan),
  };
  if (figures) {
    metrics.penduduk = official(figures.population.total, POPULATION_SOURCE_LABEL, FIGURES_CREDIT.copy.url);
    metrics.luas = official(figures.areaKm2, AREA_SOURCE_LABEL, FIGURES_CREDIT.copy.url);
  }
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
