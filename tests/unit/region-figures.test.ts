/**
 * Official population and area in the site model, comparisons, peers and open data, over the
 * real official data and an in-memory curated profile (no files from content/).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { dataset } from '../../src/lib/open-data.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { explainPeer } from '../../src/domain/peers.ts';

const source = { id: 'artikel', title: 'Artikel contoh', date: '2019-07-02' };
// A profile that gives its own, older population: it must stay beside the official one.
const profile = {
  id: 'kabupaten-katingan',
  data: regionSchema.parse({
    code: '62.06',
    indicators: [{ key: 'penduduk', value: 167000, year: 2019, yearBasis: 'terbit', approximate: true, source: 'artikel' }],
    sources: [source],
  }),
};

let official: OfficialRegions;
let site: Model;
beforeAll(async () => {
  official = await loadOfficialRegions();
  site = buildModel({ official, regions: [profile], innovations: [], playbooks: [], visits: [], followups: [] });
});

describe('official figures in the model', () => {
  it('gives every region population and area from the 2025 decree, never the curated figure', () => {
    for (const region of site.regions.values()) {
      const m = site.factsOf(region.slug)!.metrics;
      expect(m.penduduk?.value, region.slug).toBe(region.official.figures!.population.total);
      expect(m.penduduk?.years).toEqual([2025]);
      expect(m.penduduk?.source).toMatch(/300\.2\.2-2138 Tahun 2025/);
      expect(m.luas?.source).toMatch(/BIG.*300\.2\.2-2138 Tahun 2025/);
    }
    expect(site.region('kabupaten-katingan')!.profile?.data.indicators[0]?.value).toBe(167000);
  });

  it('ranks each regency/city among all 514 and within its province, each province among 38', () => {
    const regencies = [...site.regions.values()].filter((r) => r.official.kind !== 'provinsi');
    const national = regencies.map((r) => site.ranksOf(r.slug).penduduk!.national!);
    expect(new Set(national.map((r) => r.of))).toEqual(new Set([514]));
    expect(national.map((r) => r.rank).sort((a, b) => a - b)[0]).toBe(1);
    for (const r of regencies) {
      const inProvince = site.ranksOf(r.slug).luas!.province!;
      expect(inProvince.of).toBe(site.regenciesOf(r.official.provinceCode).length);
    }
    const provinces = [...site.regions.values()].filter((r) => r.official.kind === 'provinsi');
    for (const p of provinces) expect(site.ranksOf(p.slug).kepadatan).toEqual({ national: expect.objectContaining({ of: 38 }) });
    // The most populous regency/city is first nationally and in its province.
    const top = regencies.reduce((x, y) => (y.official.figures!.population.total > x.official.figures!.population.total ? y : x));
    expect(site.ranksOf(top.slug).penduduk).toEqual({ national: { rank: 1, of: 514 }, province: expect.objectContaining({ rank: 1 }) });
  });

  it('gives every regency five peers, each with a reason, and never a region as its own peer', () => {
    for (const region of [...site.regions.values()].filter((r) => r.official.kind !== 'provinsi')) {
      const peers = site.peersOf(region.slug);
      expect(peers).toHaveLength(5);
      expect(peers.map((p) => p.slug)).not.toContain(region.slug);
      expect(peers[0]!.basis).toEqual(['penduduk', 'luas', 'kepadatan', 'kecamatan', 'desa-kelurahan']);
      expect(explainPeer(site.peerSizesOf(region.slug), site.peerSizesOf(peers[0]!.slug))).toMatch(/^(mirip karena|paling dekat)/);
    }
  });
});

describe('open data carries the figures with year and source', () => {
  it('adds population (total, male, female), area, islands, year and source to every region row, apart from curated columns', () => {
    const { rows, json } = dataset(site, 'daerah', '2026-11-29');
    expect(rows).toHaveLength(552);
    for (const row of rows) {
      expect(row.penduduk).toBe(Number(row.penduduk_laki_laki) + Number(row.penduduk_perempuan));
      expect(row.luas_km2).toBeGreaterThan(0);
      expect(row.tahun_penduduk_luas).toBe(2025);
      expect(row.penduduk_luas_sumber).toMatch(/300\.2\.2-2138 Tahun 2025.*BIG/);
    }
    const katingan = rows.find((r) => r.kode === '62.06')!;
    expect(katingan).toMatchObject({ sumber_penduduk: 167000, sumber_penduduk_tahun: 2019 });
    expect(katingan.penduduk).not.toBe(167000);
    const item = (json as { items: { id: string; official: { figures: { year: number; populationSource: string } } }[] }).items.find((i) => i.id === 'kabupaten-katingan')!;
    expect(item.official.figures).toMatchObject({ year: 2025, populationSource: expect.stringMatching(/cahyadsn\/wilayah \(MIT\)/) });
    expect((json as { attribution: string }).attribution).toMatch(/300\.2\.2-2138.*BIG.*cahyadsn\/wilayah.*MIT/);
  });
});
