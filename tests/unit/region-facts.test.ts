/**
 * The figures comparisons use for a region (src/lib/region-facts.ts), over the seed scenario: official counts,
 * population and area for every region, each with its decree, year and source; a curated figure only for the
 * indicators comparisons take from profiles, never a profile's own population or area in the official one's place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model, Region } from '../../src/lib/model.ts';
import { OFFICIAL_DATA_CREDIT } from '../../src/lib/official-regions.ts';
import { AREA_SOURCE_LABEL, OFFICIAL_SOURCE_LABEL, POPULATION_SOURCE_LABEL, regionFacts } from '../../src/lib/region-facts.ts';
import { loadScenario } from '../fixtures/scenarios.ts';

let site: Model;
beforeAll(async () => {
  site = (await loadScenario('seed')).model;
}, 60_000);
const region = (slug: string): Region => {
  const found = site.region(slug);
  if (!found) throw new Error(`no region ${slug} in the seed scenario`);
  return found;
};

describe('regionFacts', () => {
  it('gives every official region its counts, population and area from the 2025 data, each with its source', () => {
    const regions = [...site.regions.values()];
    expect(regions).toHaveLength(552);
    for (const r of regions) {
      const { metrics, slug, name } = regionFacts(r);
      expect([slug, name]).toEqual([r.slug, r.official.name]);
      const official = { years: [OFFICIAL_DATA_CREDIT.year], source: OFFICIAL_SOURCE_LABEL, sourceUrl: OFFICIAL_DATA_CREDIT.url };
      expect(metrics.kecamatan, slug).toEqual({ value: r.official.counts.kecamatan, ...official });
      expect(metrics.desa, slug).toEqual({ value: r.official.counts.desa, ...official });
      expect(metrics.kelurahan, slug).toEqual({ value: r.official.counts.kelurahan, ...official });
      expect(r.official.figures, `${slug} has 2025 figures`).toBeDefined();
      expect(metrics.penduduk, slug).toMatchObject({ value: r.official.figures!.population.total, years: [OFFICIAL_DATA_CREDIT.year], source: POPULATION_SOURCE_LABEL });
      expect(metrics.luas, slug).toMatchObject({ value: r.official.figures!.areaKm2, years: [OFFICIAL_DATA_CREDIT.year], source: AREA_SOURCE_LABEL });
    }
  });

  it("keeps Katingan's curated 167 ribu (2019) out of the comparison: the official population stands alone", () => {
    const katingan = region('kabupaten-katingan');
    expect(katingan.profile?.data.indicators.find((i) => i.key === 'penduduk')?.value).toBe(167000);
    const { metrics } = regionFacts(katingan);
    expect(metrics.penduduk?.value).toBe(katingan.official.figures!.population.total);
    expect(metrics.penduduk?.value).not.toBe(167000);
    expect(Object.values(metrics).every((m) => m.years[0] === OFFICIAL_DATA_CREDIT.year)).toBe(true);
    expect(metrics.kecamatan?.value).toBe(13);
  });

  it("adds a curated figure comparisons use (Banyuwangi's villages on fibre) with its own year, basis and source", () => {
    const banyuwangi = region('kabupaten-banyuwangi');
    const source = banyuwangi.profile!.data.sources[0]!;
    expect(regionFacts(banyuwangi).metrics['desa-terhubung-serat-optik']).toEqual({
      value: 189,
      years: [2019],
      yearIsPublication: true,
      approximate: false,
      source: `${source.title} (${source.date})`,
      sourceUrl: source.url,
    });
  });

  it('leaves out population and area when the official figures are not loaded, rather than show a gap as zero', () => {
    const katingan = region('kabupaten-katingan');
    const { metrics } = regionFacts({ ...katingan, official: { ...katingan.official, figures: undefined } });
    expect(Object.keys(metrics).sort()).toEqual(['desa', 'kecamatan', 'kelurahan']);
  });

  it('is what the site model hands comparisons, peers and the compare tool (factsOf)', () => {
    for (const slug of ['kabupaten-katingan', 'kabupaten-banyuwangi', 'jawa-timur', 'kota-bandung']) expect(site.factsOf(slug), slug).toEqual(regionFacts(region(slug)));
  });
});
