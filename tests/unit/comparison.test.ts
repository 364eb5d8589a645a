/**
 * A comparison page's data (src/lib/comparison.ts) over the seed scenario, where Katingan visited Banyuwangi:
 * figures side by side with numbered sources, what Banyuwangi's innovations need read against Katingan's figures
 * and the constraint Katingan stated on its visit, features each side has, and the visit between them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRegions } from '../../src/domain/compare.ts';
import { FEATURES } from '../../src/domain/vocabulary.ts';
import { buildComparison, MAX_INNOVATIONS, type Comparison } from '../../src/lib/comparison.ts';
import type { Model } from '../../src/lib/model.ts';
import { loadScenario, modelOf, type LoadedScenario } from '../fixtures/scenarios.ts';

const VISIT = '2019-07-02-katingan-ke-banyuwangi';
let seed: LoadedScenario;
let site: Model;
let comparison: Comparison;
beforeAll(async () => {
  seed = await loadScenario('seed');
  site = seed.model;
  comparison = buildComparison(site, 'kabupaten-banyuwangi', 'kabupaten-katingan');
}, 60_000);

describe('buildComparison', () => {
  it('sets the two regions side by side with the rows compareRegions gives for their facts', () => {
    expect([comparison.a.slug, comparison.b.slug]).toEqual(['kabupaten-banyuwangi', 'kabupaten-katingan']);
    expect(comparison.factsA).toEqual(site.factsOf('kabupaten-banyuwangi'));
    const rows = compareRegions(comparison.factsA, comparison.factsB);
    expect(rows.length).toBeGreaterThan(0);
    expect(comparison.rows.map(({ sourceA: _a, sourceB: _b, ...row }) => row)).toEqual(rows);
  });

  it('numbers each source once, in order of first use, and every figure points to its own source', () => {
    const labels = comparison.sources.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(comparison.sources.length).toBeGreaterThan(1);
    for (const row of comparison.rows) {
      for (const [value, number] of [[row.a, row.sourceA], [row.b, row.sourceB]] as const) {
        if (!value) expect(number, row.key).toBeUndefined();
        else expect(comparison.sources[number! - 1]?.label, row.key).toBe(value.source);
      }
    }
    const firstUse = comparison.rows.flatMap((r) => [r.sourceA, r.sourceB]).filter((n) => n !== undefined);
    expect([...new Set(firstUse)]).toEqual(comparison.sources.map((_, i) => i + 1));
  });

  it("reads what Banyuwangi's innovations need against Katingan: the constraint Katingan stated on its visit, on the same indicator", () => {
    expect(comparison.needsFromA.map((n) => n.id)).toEqual([
      'smart-kampung-banyuwangi', // the only one with stated prerequisites comes first, then by title
      'lounge-data-layar-sentuh-banyuwangi',
      'mal-pelayanan-publik-banyuwangi',
      'pelaporan-terintegrasi-banyuwangi',
      'serat-optik-desa-banyuwangi',
    ]);
    const [fibre, network] = comparison.needsFromA[0]!.needs;
    expect(fibre).toMatchObject({ indicator: 'desa-terhubung-serat-optik', figure: undefined }); // Katingan states no such figure
    expect(fibre!.constraints).toEqual([
      expect.objectContaining({ text: 'Jaringan internet di Katingan belum terhubung secara merata seperti di Banyuwangi.', visitId: VISIT, date: '2019-07-02' }),
    ]);
    expect(network).toMatchObject({ indicator: undefined, constraints: [] }); // no indicator: nothing to read it against
    expect(comparison.needsFromB).toEqual([]); // Katingan hosts no innovation in the seed
    expect([comparison.hostedCountA, comparison.hostedCountB]).toEqual([5, 0]);
  });

  it("gives the host's figure when the learner is the one that states it (Banyuwangi's 189 villages on fibre)", () => {
    const reversed = buildComparison(site, 'kabupaten-katingan', 'kabupaten-banyuwangi');
    expect(reversed.needsFromB.map((n) => n.id)).toEqual(comparison.needsFromA.map((n) => n.id));
    expect(reversed.constraintsA).toEqual(comparison.constraintsB);
    expect(comparison.constraintsA).toEqual([]); // Banyuwangi made no visit
    expect(comparison.constraintsB).toEqual([expect.objectContaining({ indicator: 'desa-terhubung-serat-optik', visitId: VISIT })]);
  });

  it('lists the features only one side has, by their labels', () => {
    expect(comparison.sharedFeatures).toEqual([]);
    expect(comparison.onlyA).toEqual([]);
    expect(comparison.onlyB).toEqual([FEATURES['hutan-lindung'], FEATURES['taman-nasional']]);
  });

  it('carries the visit that links the pair, in either order', () => {
    expect(comparison.visits.map((v) => v.id)).toEqual([VISIT]);
    expect(buildComparison(site, 'kabupaten-katingan', 'kabupaten-banyuwangi').visits.map((v) => v.id)).toEqual([VISIT]);
    expect(buildComparison(site, 'kabupaten-katingan', 'kota-bandung').visits).toEqual([]);
  });

  it('computes each ordered pair once per model (the page and both downloads share it)', () => {
    expect(buildComparison(site, 'kabupaten-banyuwangi', 'kabupaten-katingan')).toBe(comparison);
    expect(buildComparison(site, 'kabupaten-katingan', 'kabupaten-banyuwangi')).not.toBe(comparison);
  });

  it('refuses a region that does not exist, naming both slugs', () => {
    expect(() => buildComparison(site, 'kabupaten-banyuwangi', 'kabupaten-atlantis')).toThrow('Perbandingan untuk daerah yang tidak ada: kabupaten-banyuwangi, kabupaten-atlantis');
  });

  it(`keeps at most ${MAX_INNOVATIONS} of a host's innovations, those with the most prerequisites first`, async () => {
    const template = seed.check.content.innovations.get('smart-kampung-banyuwangi')!;
    // Twenty fictional innovations hosted by Banyuwangi: the i-th states i % 3 of the template's prerequisites.
    const innovations = Array.from({ length: 20 }, (_, i) => ({
      id: `uji-${String(i).padStart(2, '0')}-banyuwangi`,
      data: { ...template, title: `Inovasi uji ${String(i).padStart(2, '0')}`, playbook: undefined, prerequisites: template.prerequisites.slice(0, i % 3) },
    }));
    const big = await modelOf(seed.check.content, { innovations });
    const { needsFromA, hostedCountA } = buildComparison(big, 'kabupaten-banyuwangi', 'kabupaten-katingan');
    expect(hostedCountA).toBe(25);
    expect(needsFromA).toHaveLength(MAX_INNOVATIONS);
    const counts = needsFromA.map((n) => n.needs.length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    // Every innovation with two prerequisites (six extra plus Smart Kampung) is kept before any with fewer.
    expect(counts.filter((n) => n === 2)).toHaveLength(7);
  });
});
