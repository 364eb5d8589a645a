import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/check/index.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { seedEntries } from '../fixtures/content.ts';

const entries = seedEntries();

describe('the seed corpus (tests/fixtures/corpora/seed/content/)', () => {
  it('has files in every seed collection (regions, innovations, playbooks, visits; no follow-up or innovation news is known yet)', () => {
    const collections = new Set(entries.map((e) => e.collection));
    expect([...collections].sort()).toEqual((Object.keys(COLLECTIONS) as CollectionName[]).filter((c) => c !== 'followups' && c !== 'news').sort());
    expect(entries.length).toBeGreaterThanOrEqual(10);
  });
});

describe('every seed entry satisfies its collection schema', () => {
  it.each(entries.map((e) => [e.file, e] as const))('%s is valid', (_file, entry) => {
    const result = COLLECTIONS[entry.collection].schema.safeParse(parseFrontmatter(entry.text).data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('seed entries keep what authors wrote (no silent conversion)', () => {
  it('keeps dates as the YYYY-MM-DD text written, not Date objects', () => {
    const visit = entries.find((e) => e.collection === 'visits')!;
    const data = COLLECTIONS.visits.schema.parse(parseFrontmatter(visit.text).data);
    expect(data.date).toBe('2019-07-02');
    expect(data.sources[0]!.date).toBe('2019-07-02');
  });

  it('keeps region codes as strings with their trailing zero ("35.10", not 35.1)', () => {
    const banyuwangi = entries.find((e) => e.file.endsWith('regions/kabupaten-banyuwangi.md'))!;
    expect(COLLECTIONS.regions.schema.parse(parseFrontmatter(banyuwangi.text).data).code).toBe('35.10');
  });

  it('fills in defaults a figure leaves out: yearBasis "data" and approximate false', () => {
    const katingan = entries.find((e) => e.file.endsWith('regions/kabupaten-katingan.md'))!;
    const data = COLLECTIONS.regions.schema.parse(parseFrontmatter(katingan.text).data);
    const kecamatan = data.indicators.find((i) => i.key === 'kecamatan')!;
    expect(kecamatan).toMatchObject({ value: 13, year: 2019, yearBasis: 'terbit', approximate: false });
    expect(data.indicators.find((i) => i.key === 'penduduk')).toMatchObject({ value: 167000, approximate: true });
  });
});
