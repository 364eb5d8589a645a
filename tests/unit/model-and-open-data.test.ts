/**
 * The site model and open data over the seed corpus (tests/fixtures/corpora/seed/): cross-links both ways, comparison
 * pairs, peers, and exports that round-trip through the schemas and validate against the
 * published JSON Schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { checkProject } from '../../src/lib/check/index.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { loadOfficialRegions } from '../../src/lib/official-regions.ts';
import { DATASETS, dataset, datasetSchema, toCsv, type DatasetName } from '../../src/lib/open-data.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { SEED_CORPUS } from '../fixtures/content.ts';

let site: Model;
beforeAll(async () => {
  const { problems, content } = await checkProject(SEED_CORPUS, 'content');
  expect(problems).toEqual([]);
  const entries = <T>(map: Map<string, T>) => [...map].map(([id, data]) => ({ id, data }));
  site = buildModel({
    official: await loadOfficialRegions(),
    regions: entries(content.regions),
    innovations: entries(content.innovations),
    playbooks: entries(content.playbooks),
    visits: entries(content.visits),
    followups: entries(content.followups),
  });
});

describe('the site model over the seed content', () => {
  it('merges the curated Katingan profile onto its official record by code', () => {
    const katingan = site.region('kabupaten-katingan')!;
    expect(katingan.official).toMatchObject({ code: '62.06', counts: { kecamatan: 13, desa: 154, kelurahan: 7 } });
    expect(katingan.province?.slug).toBe('kalimantan-tengah');
    expect(katingan.profile?.data.indicators.find((i) => i.key === 'penduduk')?.value).toBe(167000);
  });

  it('links a region to what it hosts, the visits it made and received, and its commitments', () => {
    expect(site.innovationsHostedBy('kabupaten-banyuwangi')).toHaveLength(5);
    expect(site.visitsMadeBy('kabupaten-katingan').map((v) => v.id)).toEqual(['2019-07-02-katingan-ke-banyuwangi']);
    expect(site.visitsReceivedBy('kabupaten-banyuwangi').map((v) => v.id)).toEqual(['2019-07-02-katingan-ke-banyuwangi']);
    expect(site.commitmentsMadeBy('kabupaten-katingan').map((c) => c.commitment.id)).toEqual(['lounge-data-layar-sentuh']);
  });

  it("shows on the data lounge Katingan's intent to adopt it", () => {
    const [record] = site.commitmentsToAdopt('lounge-data-layar-sentuh-banyuwangi');
    expect(record?.visit.data.visitor.region).toBe('kabupaten-katingan');
    expect(record?.standing).toEqual({ status: 'niat', since: '2019-07-02', followups: 0 });
  });

  it('links an innovation to its playbook and to the visits that studied it', () => {
    expect(site.playbooksFor('smart-kampung-banyuwangi').map((p) => p.id)).toEqual(['smart-kampung-banyuwangi']);
    expect(site.visitsStudying('smart-kampung-banyuwangi')).toHaveLength(1);
  });

  it('builds a comparison page for the pair a visit links, and none for unlinked pairs', () => {
    expect([...site.pairs.keys()]).toEqual(['kabupaten-banyuwangi-vs-kabupaten-katingan']);
    expect(site.comparisonHref('kabupaten-katingan', 'kabupaten-banyuwangi')).toBe('/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/');
    expect(site.comparisonHref('kabupaten-katingan', 'kota-bandung')).toBeUndefined();
  });

  it('gives every regency five peers and provinces none', () => {
    expect(site.peersOf('kabupaten-katingan')).toHaveLength(5);
    expect(site.peersOf('jawa-timur')).toEqual([]);
  });
});

describe('open data', () => {
  const names = Object.keys(DATASETS) as DatasetName[];

  it.each(names)('%s.json items round-trip through the content schema', (name) => {
    const collection = DATASETS[name].collection;
    const { json } = dataset(site, name, '2026-11-28');
    const parsed = JSON.parse(JSON.stringify(json)) as { items: { data?: unknown }[] };
    if (!collection) return expect(parsed.items.length).toBe(site.commitments.length);
    for (const item of parsed.items) if (item.data !== undefined) expect(COLLECTIONS[collection].schema.safeParse(item.data).success).toBe(true);
  });

  it.each(names)('%s.json validates against its published JSON Schema', (name) => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(datasetSchema(name));
    const json = JSON.parse(JSON.stringify(dataset(site, name, '2026-11-28').json));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects a broken record against the published schema (the schema is not a blank check)', () => {
    const validate = new Ajv2020({ strict: false }).compile(datasetSchema('kunjungan'));
    const json = JSON.parse(JSON.stringify(dataset(site, 'kunjungan', '2026-11-28').json));
    json.items[0].data.date = 'kemarin';
    expect(validate(json)).toBe(false);
  });

  it.each(names)('%s.csv reads back with one row per record and no parse errors', (name) => {
    const { rows, columns } = dataset(site, name, '2026-11-28');
    const parsed = Papa.parse(toCsv(rows, columns).slice(1).trim(), { header: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(rows.length);
    expect(parsed.meta.fields?.length).toBeGreaterThan(0);
  });

  it('keeps official and curated counts in separate region columns, codes as written', () => {
    const { rows } = dataset(site, 'daerah', '2026-11-28');
    expect(rows).toHaveLength(552);
    const katingan = rows.find((r) => r.slug === 'kabupaten-katingan')!;
    expect(katingan).toMatchObject({ kode: '62.06', kecamatan: 13, sumber_kecamatan: 13, sumber_penduduk: 167000, sumber_penduduk_tahun: 2019 });
  });
});
