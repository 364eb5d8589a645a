/**
 * Issue 22: the official IID/JIPPNas vocabularies, the IID export/import round trip through the
 * content check, adoption that needs evidence, what a visit cost, and the BPS crosswalk rule.
 * Fixture corpora only, copied into temporary folders; content/ is never read.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { costSummary, formatRupiah, visitCostView } from '../../src/domain/visit-cost.ts';
import { crosswalkProblems, joinBps, type BpsCrosswalk } from '../../src/domain/region-crosswalk.ts';
import { SECTOR_URUSAN, TAHAPAN, URUSAN, statusOfTahapan, tahapanOf, urusanOfSectors } from '../../src/domain/official-vocabulary.ts';
import { INNOVATION_STATUSES, type InnovationStatus } from '../../src/domain/vocabulary.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { ALL_COLUMNS, IID_COLUMNS, csvRows, importIid, rowsFromJson, type IidRow } from '../../src/lib/iid.ts';
import { exportProject, importIntoProject } from '../../src/lib/iid-project.ts';
import { loadOfficialRegions } from '../../src/lib/official-regions.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { scaffold } from '../../src/lib/scaffold.ts';
import { innovationView } from '../../src/lib/views/innovation.ts';
import { ledgerPaths } from '../../src/lib/views/ledger.ts';
import { visitView } from '../../src/lib/views/visit.ts';
import { loadScenario } from '../fixtures/scenarios.ts';
import { SEED_CORPUS, SYNTHETIC_CORPUS, addToFrontmatter, edit, schemaIssues, seedEntries } from '../fixtures/content.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder holding a copy of a fixture corpus's content, optionally only some collections. */
function project(corpus: string, only?: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'lintas-iid-'));
  temps.push(root);
  cpSync(join(corpus, 'content'), join(root, 'content'), { recursive: true });
  if (only) for (const folder of readdirSync(join(root, 'content'))) if (!only.includes(folder)) rmSync(join(root, 'content', folder), { recursive: true });
  return root;
}

describe('official vocabularies', () => {
  it('map every status to one IID tahapan and back, and leave a stopped innovation without one', () => {
    for (const status of Object.keys(INNOVATION_STATUSES) as InnovationStatus[]) {
      const tahapan = tahapanOf(status);
      if (status === 'berhenti') expect(tahapan).toBeUndefined();
      else expect(statusOfTahapan(tahapan!)).toBe(status);
    }
    expect(Object.values(TAHAPAN.values)).toEqual(['Inisiatif', 'Uji coba', 'Penerapan']);
  });

  it('hold the 32 concurrent urusan of Permendagri 90/2019 with their codes, spelled as the regulation spells them', () => {
    const concurrent = Object.keys(URUSAN.values).filter((c) => c.includes('.'));
    const expected = [...Array.from({ length: 6 }, (_, i) => `1.0${i + 1}`), ...Array.from({ length: 18 }, (_, i) => `2.${String(i + 7).padStart(2, '0')}`), ...Array.from({ length: 8 }, (_, i) => `3.${i + 25}`)];
    expect(concurrent).toEqual(expected);
    expect(URUSAN.values['2.10']).toBe('Pertanahan');
  });

  it('map sectors only onto codes in the list', () => {
    for (const codes of Object.values(SECTOR_URUSAN)) for (const code of codes) expect(URUSAN.values).toHaveProperty([code]);
    expect(urusanOfSectors(['ekonomi', 'tik', 'desa'])).toEqual(['2.13', '2.16', '2.17', '2.18', '3.30', '3.31']);
  });
});

describe('official fields in entries', () => {
  const innovation = readFileSync(join(SYNTHETIC_CORPUS, 'content/innovations/layanan-uji-alfa-sleman.md'), 'utf8');

  it('accept an IID profile tied to a source', () => {
    expect(schemaIssues('innovations', innovation)).toEqual([]);
  });

  it('refuse an unquoted urusan code, a tahapan the status rules out and a main urusan repeated among the others', () => {
    const broken = edit(edit(edit(innovation, 'urusan: "2.16"', 'urusan: 2.10'), 'status: berjalan', 'status: uji-coba'), '["2.10", "1.02"]', '["2.16"]');
    const issues = schemaIssues('innovations', broken);
    expect(issues).toContainEqual(expect.objectContaining({ path: ['iid', 'urusan'], message: expect.stringContaining('tanda kutip') }));
    expect(issues).toContainEqual(expect.objectContaining({ path: ['iid', 'penerapan'], message: expect.stringContaining('status "uji-coba"') }));
  });

  it('refuse "diadopsi" without evidence on a follow-up, naming file, field, the documents that count and a fix', async () => {
    const followup = readFileSync(join(SYNTHETIC_CORPUS, 'content/followups/2021-03-12-tiru-alfa-1.md'), 'utf8');
    expect(schemaIssues('followups', followup)).toEqual([]);
    const without = followup.replace(/evidence:\n(?: {2}.*\n)+/, '');
    expect(schemaIssues('followups', without)).toEqual([expect.objectContaining({ path: ['evidence'], message: expect.stringContaining('diadopsi" tanpa bukti') })]);
    // The content check names file, field, problem and the fix.
    const file = 'content/followups/2021-03-12-tiru-alfa-1.md';
    const visit = readFileSync(join(SYNTHETIC_CORPUS, 'content/visits/2018-03-12-gowa-ke-sleman.md'), 'utf8');
    const { problems } = checkContent([{ collection: 'visits', file: 'content/visits/2018-03-12-gowa-ke-sleman.md', text: visit }, { collection: 'followups', file, text: without }], await loadOfficialRegions(), { today: '2026-11-29' });
    expect(problems.filter((p) => p.file === file)).toEqual([
      expect.objectContaining({ file, field: 'evidence', message: expect.stringContaining('tanpa bukti'), hint: expect.stringMatching(/surat-minat-replikasi, pks-mou, surat-pernyataan, sk-perkada.*"berjalan"/) }),
    ]);
  });

  it('scaffold a "diadopsi" follow-up with an evidence placeholder, so it passes the check with warnings to fill in', async () => {
    const official = await loadOfficialRegions();
    const draft = scaffold({ type: 'followup', visit: '2019-07-02-katingan-ke-banyuwangi', commitment: 'lounge-data-layar-sentuh', date: '2020-01-15', status: 'diadopsi' }, official);
    const { problems, warnings } = checkContent([...seedEntries(), { collection: 'followups', file: draft.path, text: draft.text }], official);
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ file: draft.path, field: 'evidence.title' }));
  });

  it('refuse "diadopsi" written on the day of the visit', () => {
    const visit = readFileSync(join(SYNTHETIC_CORPUS, 'content/visits/2018-03-12-gowa-ke-sleman.md'), 'utf8');
    expect(schemaIssues('visits', visit)).toEqual([]);
    expect(schemaIssues('visits', edit(visit, 'status: niat', 'status: diadopsi'))).toEqual([
      expect.objectContaining({ path: ['commitments', 0, 'status'], message: expect.stringContaining('hari kunjungan') }),
    ]);
  });

  it('refuse a cost without its basis and a basis without its amount', () => {
    const visit = readFileSync(join(SEED_CORPUS, 'content/visits/2019-07-02-katingan-ke-banyuwangi.md'), 'utf8');
    const issues = schemaIssues('visits', addToFrontmatter(visit, 'cost:\n  amount: 1000000\n  source: banyuwangi-2019'));
    expect(issues).toEqual([expect.objectContaining({ path: ['cost', 'basis'] })]);
    expect(schemaIssues('visits', addToFrontmatter(visit, 'cost:\n  basis: realisasi\n  source: banyuwangi-2019'))).toEqual([expect.objectContaining({ path: ['cost', 'amount'] })]);
  });
});

describe('what visits cost', () => {
  it('totals sourced amounts per basis and divides by adopted commitments, counting unknown costs apart', () => {
    const summary = costSummary([
      { cost: { amount: 100_000_000, basis: 'realisasi' }, outcomes: ['diadopsi', 'niat'] },
      { cost: { amount: 50_000_000, basis: 'realisasi' }, outcomes: ['diadopsi'] },
      { cost: { amount: 80_000_000, basis: 'anggaran' }, outcomes: ['batal'] },
      { outcomes: ['diadopsi'] },
    ]);
    expect(summary).toEqual({
      totals: [
        { basis: 'realisasi', total: 150_000_000, visits: 2, adopted: 2, perAdopted: 75_000_000 },
        { basis: 'anggaran', total: 80_000_000, visits: 1, adopted: 0 },
      ],
      unknown: 1,
    });
    expect(visitCostView({ cost: { amount: 90_000_000, basis: 'estimasi' }, outcomes: ['diadopsi', 'diadopsi', 'niat'] })).toEqual({ amount: 90_000_000, basis: 'estimasi', adopted: 2, perAdopted: 45_000_000 });
    expect(formatRupiah(48_500_000)).toBe('Rp48.500.000');
  });
});

describe('BPS crosswalk', () => {
  const crosswalk = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/bps-crosswalk.json'), 'utf8')) as BpsCrosswalk;

  it('ships a versioned table with a licence that passes its own rule', async () => {
    const official = await loadOfficialRegions();
    expect(crosswalk.version).not.toBe('');
    expect(crosswalkProblems(crosswalk, new Set(official.list.map((r) => r.code)))).toEqual([]);
  });

  it('joins a BPS row only through a pair, never by a code that merely looks the same', () => {
    // Fictional codes: one BPS code pointing at a different Kemendagri code, as the Papua provinces do.
    const table: BpsCrosswalk = { version: 'uji-1', source: { title: 'uji', licence: 'uji' }, pairs: [{ kemendagri: '98', bps: '97' }] };
    const { joined, unmatched } = joinBps([{ bps: '97', value: 1 }, { bps: '98', value: 2 }], table);
    expect([...joined]).toEqual([['98', { bps: '97', value: 1 }]]);
    expect(unmatched).toEqual([{ bps: '98', value: 2 }]);
    const collide: BpsCrosswalk = { ...table, pairs: [{ kemendagri: '98', bps: '97' }, { kemendagri: '99', bps: '97' }] };
    expect(crosswalkProblems(collide, new Set(['98', '99']))).toEqual([expect.stringContaining('kode BPS "97" sudah dipadankan dengan Kemendagri "98"')]);
  });
});

describe('IID export and import', () => {
  for (const [name, corpus] of [['seed', SEED_CORPUS], ['synthetic', SYNTHETIC_CORPUS]] as const) {
    it(`round-trips the ${name} corpus through CSV, import and the content check`, async () => {
      const exported = await exportProject(project(corpus));
      expect(exported.problems).toEqual([]);
      expect(exported.rows.length).toBeGreaterThan(0);
      const csv = toCsv(csvRows(exported.rows), ALL_COLUMNS);
      expect(parseCsv(csv).fields).toEqual(ALL_COLUMNS);
      // A project with only its region profiles: every innovation comes from the import.
      const root = project(corpus, ['regions']);
      const outcome = await importIntoProject(root, parseCsv(csv).rows as IidRow[]);
      expect(outcome.kind).toBe('written');
      const again = await exportProject(root);
      expect(again.problems).toEqual([]);
      expect(again.rows).toEqual(exported.rows);
    });
  }

  it('round-trips through JSON and keeps the IID profile of the synthetic corpus', async () => {
    const { rows } = await exportProject(project(SYNTHETIC_CORPUS));
    const alfa = rows.find((r) => r['ID Lintas'] === 'layanan-uji-alfa-sleman')!;
    expect(IID_COLUMNS.map((c) => alfa[c])).toEqual([
      'Kabupaten Sleman', 'Layanan Uji Alfa Sleman', 'Penerapan', 'Perangkat daerah', 'Digital', 'Inovasi pelayanan publik',
      '2.16 Komunikasi dan informatika', '2.10 Pertanahan\n1.02 Kesehatan', '2020-06', '2021-01-04',
      'Langkah uji fiktif pertama dari layanan alfa.\nLangkah uji fiktif kedua dari layanan alfa.', '', '', '',
    ]);
    const root = project(SYNTHETIC_CORPUS, ['regions']);
    const outcome = await importIntoProject(root, rowsFromJson(JSON.parse(JSON.stringify({ items: rows }))));
    expect(outcome.kind).toBe('written');
    expect((await exportProject(root)).rows).toEqual(rows);
  });

  it('writes nothing when the content check refuses a draft, and names row and column when a row cannot become an entry', async () => {
    const official = await loadOfficialRegions();
    const base: IidRow = { 'Nama Pemda': 'Kabupaten Sleman', 'Nama Inovasi': 'Uji impor fiktif', 'Tahapan Inovasi': 'Uji coba', Sumber: 'Laporan uji fiktif', 'Tanggal Sumber': '2023-05-01' };
    const root = project(SYNTHETIC_CORPUS, ['regions']);
    // Tahapan "Uji coba" with a date of application: the check refuses it, so the draft is taken back out.
    const refused = await importIntoProject(root, [{ ...base, 'Waktu Penerapan Inovasi Daerah': '2023-01-01' }]);
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' && refused.problems).toContainEqual(expect.objectContaining({ field: 'iid.penerapan' }));
    expect(existsSync(join(root, 'content/innovations'))).toBe(true);
    expect(readdirSync(join(root, 'content/innovations'))).toEqual([]);

    const { drafts, problems } = importIid([base, { ...base, 'Nama Pemda': 'Kabupaten Tidakada', 'Jenis Inovasi': 'Analog' }, { ...base, Sumber: '' }], official);
    expect(drafts.map((d) => d.path)).toEqual(['content/innovations/uji-impor-fiktif-sleman.md']);
    expect(drafts[0]!.text).toContain('[ISI]');
    expect(problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Nama Pemda' }),
      expect.objectContaining({ row: 3, column: 'Jenis Inovasi', hint: expect.stringContaining('Digital') }),
      expect.objectContaining({ row: 4, column: 'Sumber' }),
    ]);
  });
});

describe('pages show the official fields, the cost and the evidence (synthetic scenario)', () => {
  it('an innovation page lists its IID profile with the regulation of each list, and "belum dicatat" gaps with a sector suggestion', async () => {
    const { model } = await loadScenario('synthetic');
    const alfa = innovationView(model, model.innovations.get('layanan-uji-alfa-sleman')!, '2026-11-29').official;
    expect(alfa.facts.map((f) => [f.field, f.value, f.regulation])).toEqual([
      ['Tahapan Inovasi', 'Penerapan', 'PP 38/2017'],
      ['Bentuk Inovasi Daerah', 'Inovasi pelayanan publik', 'PP 38/2017'],
      ['Jenis Inovasi', 'Digital', 'Permendagri 104/2018'],
      ['Inisiator Inovasi Daerah', 'Perangkat daerah', 'PP 38/2017'],
      ['Urusan Inovasi Daerah', '2.16 Komunikasi dan informatika; 2.10 Pertanahan (beririsan); 1.02 Kesehatan (beririsan)', 'Permendagri 90/2019'],
      ['Waktu Uji Coba Inovasi Daerah', '2020-06', 'PP 38/2017'],
      ['Waktu Penerapan Inovasi Daerah', '2021-01-04', 'PP 38/2017'],
    ]);
    expect(alfa.suggestedUrusan).toBeUndefined();
    const beta = innovationView(model, model.innovations.get('layanan-uji-beta-surabaya')!, '2026-11-29').official;
    expect(beta.facts.filter((f) => f.value === undefined).map((f) => f.field)).toContain('Bentuk Inovasi Daerah');
    expect(beta.suggestedUrusan).toBe('1.02 Kesehatan');
  });

  it('a visit page shows its sourced cost and the cost per adopted commitment; the ledger totals sourced costs only and shows the evidence', async () => {
    const { model } = await loadScenario('synthetic');
    const visit = visitView(model, model.visits.find((v) => v.id === '2018-03-12-gowa-ke-sleman')!);
    expect(visit.costFacts).toMatchObject({ type: 'Studi tiru', cost: { amount: 'Rp48.500.000', basis: 'Realisasi', funding: 'APBD', perAdopted: 'Rp48.500.000', adopted: 1, lhpd: 'https://contoh.invalid/lhpd-uji-fiktif-1.pdf' } });
    const other = visitView(model, model.visits.find((v) => v.id === '2019-05-20-agam-ke-sleman')!);
    expect(other.costFacts.cost).toBeUndefined();
    const [first] = ledgerPaths(model, '2026-11-29');
    expect(first!.props.costs).toEqual({ totals: [{ basis: 'Realisasi', total: 'Rp48.500.000', visits: 1, adopted: 1, perAdopted: 'Rp48.500.000' }], unknown: model.visits.length - 1, visits: model.visits.length });
    const row = first!.props.page.items.find((r) => r.href.endsWith('#komitmen-tiru-alfa-1'));
    expect(row).toMatchObject({ status: 'diadopsi', evidence: { kind: 'Perjanjian kerja sama (PKS) / MoU', title: 'Perjanjian kerja sama uji fiktif' }, stage: 'Replikasi' });
  });
});
