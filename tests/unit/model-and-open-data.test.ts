/**
 * The site model and open data over the fixture scenarios (tests/fixtures/scenarios.ts): cross-links both ways,
 * comparison pairs and peers over the seed corpus; every dataset's JSON items round-tripping through the content
 * schemas and validating against the published JSON Schema, and every CSV reading back row for row, over every
 * scenario — with a guard that each dataset has records in some scenario, so no round trip loops over nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { FORMULA_START } from '../../src/lib/csv.ts';
import type { Model } from '../../src/lib/model.ts';
import { DATASETS, dataset, datasetSchema, toCsv, type DatasetName } from '../../src/lib/open-data.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { loadScenario, SCENARIO_NAMES, type LoadedScenario, type ScenarioName } from '../fixtures/scenarios.ts';

const GENERATED = '2026-11-28';
const scenarios = new Map<ScenarioName, LoadedScenario>();
let site: Model;
beforeAll(async () => {
  for (const name of SCENARIO_NAMES) {
    const scenario = await loadScenario(name);
    expect(scenario.check.problems, name).toEqual([]);
    scenarios.set(name, scenario);
  }
  site = scenarios.get('seed')!.model;
}, 60_000);

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

describe('open data over every scenario', () => {
  const names = Object.keys(DATASETS) as DatasetName[];
  type Item = { id: string; data?: unknown };
  const itemsOf = (model: Model, name: DatasetName) => (JSON.parse(JSON.stringify(dataset(model, name, GENERATED).json)) as { items: Item[] }).items;
  /** The records one dataset publishes in one scenario, from the model's own collections. */
  const expectedCount = (model: Model, name: DatasetName): number => {
    const collection = DATASETS[name].collection;
    switch (collection) {
      case undefined: return model.commitments.length;
      case 'regions': return model.regions.size;
      case 'followups': return model.commitments.flatMap((c) => c.followups).length;
      case 'visits': return model.visits.length;
      case 'news': return model.news.length;
      case 'innovations': return model.innovations.size;
      case 'playbooks': return model.playbooks.size;
    }
  };

  it.each(names)('%s has records in at least one scenario (the loops below run over real rows)', (name) => {
    const counts = SCENARIO_NAMES.map((s) => [s, itemsOf(scenarios.get(s)!.model, name).length] as const);
    expect(counts.some(([, n]) => n > 0), JSON.stringify(counts)).toBe(true);
  });

  it.each(names)('%s publishes one item per record in each scenario', (name) => {
    for (const s of SCENARIO_NAMES) {
      const { model } = scenarios.get(s)!;
      expect(itemsOf(model, name), s).toHaveLength(expectedCount(model, name));
    }
  });

  it.each(names)('%s.json items round-trip through the content schema', (name) => {
    const collection = DATASETS[name].collection;
    let checked = 0;
    for (const s of SCENARIO_NAMES) {
      for (const item of itemsOf(scenarios.get(s)!.model, name)) {
        // The ledger has no collection of its own; a region without a curated profile publishes official figures only.
        if (!collection || item.data === undefined) continue;
        const result = COLLECTIONS[collection].schema.safeParse(item.data);
        expect(result.success, `${s} ${name} ${item.id}: ${JSON.stringify(result.error?.issues.slice(0, 2))}`).toBe(true);
        checked++;
      }
    }
    if (collection) expect(checked, `${name}: no item carried its entry's data`).toBeGreaterThan(0);
  });

  it.each(names)('%s.json validates against its published JSON Schema', (name) => {
    const validate = new Ajv2020({ strict: false }).compile(datasetSchema(name));
    for (const s of SCENARIO_NAMES) {
      const json = JSON.parse(JSON.stringify(dataset(scenarios.get(s)!.model, name, GENERATED).json));
      expect(validate(json), `${s}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('rejects a broken record against the published schema (the schema is not a blank check)', () => {
    const validate = new Ajv2020({ strict: false }).compile(datasetSchema('kunjungan'));
    const json = JSON.parse(JSON.stringify(dataset(site, 'kunjungan', GENERATED).json));
    expect(json.items.length).toBeGreaterThan(0);
    json.items[0].data.date = 'kemarin';
    expect(validate(json)).toBe(false);
  });

  it.each(names)('%s.csv reads back with one row per record and no parse errors', (name) => {
    let rowsSeen = 0;
    for (const s of SCENARIO_NAMES) {
      const { rows, columns } = dataset(scenarios.get(s)!.model, name, GENERATED);
      if (rows.length === 0) continue; // an empty dataset is header-only; the guard above proves some scenario fills it
      const parsed = Papa.parse<Record<string, string>>(toCsv(rows, columns).slice(1).trim(), { header: true, delimiter: ',' });
      expect(parsed.errors, s).toEqual([]);
      expect(parsed.data, s).toHaveLength(rows.length);
      // Every cell reads back as written (numbers as their text), so no quoting or neutralising lost a value.
      const fields = parsed.meta.fields ?? [];
      expect(fields.length, s).toBeGreaterThan(0);
      const changed: string[] = [];
      parsed.data.forEach((row, i) => {
        for (const field of fields) {
          const value = rows[i]![field];
          if (typeof value === 'string' && FORMULA_START.test(value)) continue; // neutralised for spreadsheets (src/lib/csv.ts)
          const written = value === undefined || value === null ? '' : String(value);
          if (row[field] !== written) changed.push(`${s} row ${i} ${field}: ${JSON.stringify(written)} read back as ${JSON.stringify(row[field])}`);
        }
      });
      expect(changed).toEqual([]);
      rowsSeen += rows.length;
    }
    expect(rowsSeen).toBeGreaterThan(0);
  });

  it('keeps official and curated counts in separate region columns, codes as written', () => {
    const { rows } = dataset(site, 'daerah', GENERATED);
    expect(rows).toHaveLength(552);
    const katingan = rows.find((r) => r.slug === 'kabupaten-katingan')!;
    expect(katingan).toMatchObject({ kode: '62.06', kecamatan: 13, sumber_kecamatan: 13, sumber_penduduk: 167000, sumber_penduduk_tahun: 2019 });
  });
});
