/**
 * Which pages a saved page takes with it (src/lib/offline-packs.ts), over the seed scenario: Katingan's visit to
 * Banyuwangi, Banyuwangi's innovations and playbooks. Every path is a page the site builds, the page itself first.
 * SavePack.astro drops repeats (two innovations sharing a playbook), so packs are compared as sets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/lib/model.ts';
import { comparisonPack, innovationPack, playbookPack, regionPack, visitPack } from '../../src/lib/offline-packs.ts';
import { loadScenario } from '../fixtures/scenarios.ts';

let site: Model;
beforeAll(async () => {
  site = (await loadScenario('seed')).model;
}, 60_000);

const INNOVATIONS = ['mal-pelayanan-publik-banyuwangi', 'lounge-data-layar-sentuh-banyuwangi', 'smart-kampung-banyuwangi', 'serat-optik-desa-banyuwangi', 'pelaporan-terintegrasi-banyuwangi'];
const PLAYBOOKS = ['smart-kampung-banyuwangi', 'pelaporan-bulanan-terintegrasi-banyuwangi'];
const VISIT = '2019-07-02-katingan-ke-banyuwangi';

/** Whether the site model publishes a page at `path` (the addresses the pages build from the same model). */
function isPage(path: string): boolean {
  const [, section, id] = path.split('/');
  if (section === 'daerah') return site.region(id!) !== undefined;
  if (section === 'inovasi') return site.innovations.has(id!);
  if (section === 'panduan') return site.playbooks.has(id!);
  if (section === 'kunjungan') return site.visits.some((v) => v.id === id);
  if (section === 'bandingkan') return id === '' || site.pairs.has(id!);
  return false;
}

describe('offline packs of the seed content', () => {
  it('a visit takes both regions, every innovation studied and their playbooks', () => {
    const visit = site.visits.find((v) => v.id === VISIT)!;
    const pack = visitPack(site, visit);
    expect(pack[0]).toBe(`/kunjungan/${VISIT}/`);
    // Two innovations studied share the Smart Kampung playbook: it is stored once.
    expect(pack.length).toBe(new Set(pack).size);
    expect(new Set(pack)).toEqual(
      new Set([`/kunjungan/${VISIT}/`, '/daerah/kabupaten-banyuwangi/', '/daerah/kabupaten-katingan/', ...INNOVATIONS.map((i) => `/inovasi/${i}/`), ...PLAYBOOKS.map((p) => `/panduan/${p}/`)]),
    );
  });

  it('a visit by an institution takes the host only, and skips a studied innovation the site does not have', () => {
    const visit = site.visits.find((v) => v.id === VISIT)!;
    const byInstitution = { ...visit, data: { ...visit.data, visitor: { institution: 'Lembaga Uji Fiktif' }, innovationsStudied: ['tidak-ada-banyuwangi', 'smart-kampung-banyuwangi'] } };
    expect(visitPack(site, byInstitution)).toEqual([`/kunjungan/${VISIT}/`, '/daerah/kabupaten-banyuwangi/', '/inovasi/smart-kampung-banyuwangi/', '/panduan/smart-kampung-banyuwangi/']);
  });

  it('an innovation takes its playbook and its host; a playbook its innovations and its owner', () => {
    expect(innovationPack(site, site.innovations.get('serat-optik-desa-banyuwangi')!)).toEqual([
      '/inovasi/serat-optik-desa-banyuwangi/',
      '/panduan/smart-kampung-banyuwangi/',
      '/daerah/kabupaten-banyuwangi/',
    ]);
    expect(playbookPack(site, site.playbooks.get('smart-kampung-banyuwangi')!)).toEqual([
      '/panduan/smart-kampung-banyuwangi/',
      '/inovasi/smart-kampung-banyuwangi/',
      '/inovasi/serat-optik-desa-banyuwangi/',
      '/daerah/kabupaten-banyuwangi/',
    ]);
  });

  it("a host region takes its innovations, their playbooks and the visits it received; a visitor's takes its visit", () => {
    expect(new Set(regionPack(site, 'kabupaten-banyuwangi'))).toEqual(
      new Set(['/daerah/kabupaten-banyuwangi/', ...INNOVATIONS.map((i) => `/inovasi/${i}/`), ...PLAYBOOKS.map((p) => `/panduan/${p}/`), `/kunjungan/${VISIT}/`]),
    );
    expect(regionPack(site, 'kabupaten-katingan')).toEqual(['/daerah/kabupaten-katingan/', `/kunjungan/${VISIT}/`]);
    expect(regionPack(site, 'kota-bandung')).toEqual(['/daerah/kota-bandung/']);
  });

  it('a comparison takes its page and both regions, or the compare tool for a pair without a page', () => {
    expect(comparisonPack(site, 'kabupaten-katingan', 'kabupaten-banyuwangi')).toEqual([
      '/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/',
      '/daerah/kabupaten-katingan/',
      '/daerah/kabupaten-banyuwangi/',
    ]);
    expect(comparisonPack(site, 'kota-bandung', 'kabupaten-katingan')[0]).toBe('/bandingkan/');
  });

  it('names only pages the site builds, for every entry and region of the scenario', () => {
    const packs = [
      ...site.visits.map((v) => visitPack(site, v)),
      ...[...site.innovations.values()].map((i) => innovationPack(site, i)),
      ...[...site.playbooks.values()].map((p) => playbookPack(site, p)),
      ...[...site.regions.keys()].map((slug) => regionPack(site, slug)),
      ...[...site.pairs.values()].map((p) => comparisonPack(site, p.a, p.b)),
    ];
    expect(packs.length).toBeGreaterThan(552);
    expect(packs.flat().filter((path) => !isPage(path))).toEqual([]);
  });
});
