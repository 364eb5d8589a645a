/**
 * Issue 13, items 3–8, on the fixture corpus in tests/fixtures/partial-facts/ (the partial-facts scenario, never content/):
 * dates as precise as the source, unknown delegation facts, institutions as visitors, later news
 * of an innovation, and the open data that carries all of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { fileURLToPath } from 'node:url';
import { checkContent, parseFrontmatter, readContent, suggest, type RawEntry } from '../../src/lib/check/index.ts';
import type { Model } from '../../src/lib/model.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { dataset, datasetSchema } from '../../src/lib/open-data.ts';
import { describeDelegation, NOT_STATED } from '../../src/domain/delegation.ts';
import { innovationState, mergeSources } from '../../src/domain/innovation-news.ts';
import { visitSchema } from '../../src/schemas/visit.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { loadScenario } from '../fixtures/scenarios.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/partial-facts', import.meta.url));

let official: OfficialRegions;
let corpus: RawEntry[];
let site: Model;
beforeAll(async () => {
  official = await loadOfficialRegions();
  corpus = readContent(FIXTURE);
  const { check, model } = await loadScenario('partial-facts');
  expect(check.problems).toEqual([]);
  site = model;
}, 60_000);

/** The corpus with the file ending in `suffix` replaced by `text` (or added when none matches). */
function withFile(file: string, text: string, collection: RawEntry['collection'] = 'visits'): RawEntry[] {
  return [...corpus.filter((e) => e.file !== file), { collection, file, text }];
}
const visitText = (frontmatter: string) => `---\n${frontmatter.trim()}\n---\n\nIsi.\n`;
const base = (date: string, extra = '') =>
  visitText(`title: Uji\ndate: ${date}\nvisitor:\n  region: kabupaten-bangli\nhost: kabupaten-banyuwangi\n${extra}sources:\n  - id: s\n    title: Sumber\n    date: 2021-07-01`);

describe('dates as precise as the source, in the schema and the check', () => {
  it.each([
    ['2021-06', '2021-06'],
    ['"2021-06"', '2021-06'],
    ['2016', '2016'],
    ['"2016"', '2016'],
    ['2021-11-15', '2021-11-15'],
  ])('reads date: %s as %j', (written, expected) => {
    const parsed = visitSchema.safeParse(parseFrontmatter(base(written)).data);
    expect(parsed.success && parsed.data.date).toBe(expected);
  });

  it('accepts the Date object Astro makes of an unquoted day, and the number it makes of an unquoted year', () => {
    const data = parseFrontmatter(base('2016')).data as Record<string, unknown>;
    expect(visitSchema.safeParse({ ...data, date: new Date('2021-11-15') }).success).toBe(true);
    expect(visitSchema.safeParse({ ...data, date: 2016 }).success).toBe(true);
  });

  it.each(['2021-13', '2021-02-30', '21-06', 'Juni 2021', '2021-6'])('refuses %j with the three accepted forms in the message', (written) => {
    const { problems } = checkContent(withFile('content/visits/2021-06-bangli-ke-banyuwangi-uji.md', base(JSON.stringify(written))), official);
    const problem = problems.find((p) => p.field === 'date');
    expect(problem?.message).toMatch(/tidak ada di kalender|TTTT-BB/);
  });

  it('asks for a file name as precise as the date: no invented day, no lost month, with the exact new name', () => {
    const { problems } = checkContent(
      [
        ...corpus,
        { collection: 'visits', file: 'content/visits/2021-06-15-bangli-ke-banyuwangi.md', text: base('2021-06') },
        { collection: 'visits', file: 'content/visits/2021-bangli-ke-banyuwangi.md', text: base('2021-06') },
      ],
      official,
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/visits/2021-06-15-bangli-ke-banyuwangi.md', field: 'date', hint: expect.stringContaining('2021-06-bangli-ke-banyuwangi.md') }),
      expect.objectContaining({ file: 'content/visits/2021-bangli-ke-banyuwangi.md', field: 'date', hint: expect.stringContaining('2021-06-bangli-ke-banyuwangi.md') }),
    ]);
  });

  it('refuses news of a commitment only when it is certainly before the visit', () => {
    const followup = (date: string) => ({
      collection: 'followups' as const,
      file: `content/followups/${date}-layanan-desa.md`,
      text: `---\nvisit: 2021-06-bangli-ke-banyuwangi\ncommitment: layanan-desa\ndate: "${date}"\nstatus: berjalan\ntext: Uji.\nsource: s\nsources:\n  - id: s\n    title: S\n    date: 2021-07-01\n---\n`,
    });
    const { problems } = checkContent([...corpus, followup('2021-05-31'), followup('2021'), followup('2021-06-01')], official);
    expect(problems.map((p) => p.file)).toEqual(['content/followups/2021-05-31-layanan-desa.md']);
  });
});

describe('unknowns are not forced', () => {
  const withDelegation = (yaml: string) => visitSchema.safeParse(parseFrontmatter(base('2021-06', `delegation:\n${yaml}`)).data);

  it('takes a delegation with only its total size, or no delegation at all', () => {
    expect(withDelegation('  size: 25\n  source: s\n').success).toBe(true);
    expect(visitSchema.safeParse(parseFrontmatter(base('2021-06')).data).success).toBe(true);
  });

  it('refuses a total smaller than the members besides the leader plus the leader, and an empty delegation', () => {
    const tooSmall = withDelegation('  size: 12\n  members:\n    count: 12\n  source: s\n');
    expect(tooSmall.success ? [] : tooSmall.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['delegation.size', expect.stringContaining('paling sedikit 13')]]);
    const empty = withDelegation('  source: s\n');
    expect(empty.success).toBe(false);
  });

  it('reports every delegation and visitor problem in one run, even beside a malformed value', () => {
    const parsed = visitSchema.safeParse(
      parseFrontmatter(
        base('2021-06', 'delegation:\n  leader: Bupati\n  size: 5\n  members:\n    count: 12\n  source: s\n').replace('  region: kabupaten-bangli', '  region: Kabupaten Bangli\n  institution: Kementerian Uji'),
      ).data,
    );
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['delegation.leader', 'delegation.size', 'visitor', 'visitor.region']);
  });

  it('describes each delegation from what the source gave, total and members kept apart', () => {
    expect(describeDelegation({ size: 25 })).toEqual({ size: '25 orang (seluruh rombongan)', short: '25 orang' });
    expect(describeDelegation({ leader: { role: 'Sekda' }, members: { count: 12, description: 'kepala perangkat daerah' } })).toEqual({
      leader: 'Sekda',
      size: 'pemimpin dan 12 anggota',
      composition: 'kepala perangkat daerah',
      short: 'Sekda + 12 kepala perangkat daerah',
    });
    expect(describeDelegation(undefined)).toEqual({});
    expect(NOT_STATED).toBe('tidak disebutkan sumber');
  });
});

describe('institutions as visitors', () => {
  it('refuses a visitor that is both a region and an institution', () => {
    const parsed = visitSchema.safeParse(parseFrontmatter(base('2021-06').replace('  region: kabupaten-bangli', '  region: kabupaten-bangli\n  institution: Kementerian Uji')).data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['visitor', expect.stringContaining('salah satu saja')]]);
  });

  it("lists visiting institutions with their visits, which also count on the host's page", () => {
    expect(site.institutions.map((i) => [i.name, i.slug, i.visits.map((v) => v.id)])).toEqual([
      ['Kementerian Uji Coba', 'kementerian-uji-coba', ['2016-kementerian-uji-ke-banyuwangi']],
    ]);
    expect(site.visitsReceivedBy('kabupaten-banyuwangi').map((v) => v.id)).toContain('2016-kementerian-uji-ke-banyuwangi');
    expect(site.visitsMadeBy('kabupaten-bangli')).toHaveLength(3);
  });
});

describe('the model over partial dates and innovation news', () => {
  it('sorts visits newest first, a month after its own days would start and a year before its months', () => {
    expect(site.visits.map((v) => v.id)).toEqual([
      '2021-11-15-bangli-ke-banyuwangi',
      '2021-11-15-bangli-ke-banyuwangi-2',
      '2021-06-bangli-ke-banyuwangi',
      '2016-kementerian-uji-ke-banyuwangi',
    ]);
  });

  it('lets a month-dated follow-up set the standing of a month-dated visit', () => {
    const [record] = site.commitmentsOf('2021-06-bangli-ke-banyuwangi');
    expect(record?.standing).toEqual({ status: 'direncanakan', since: '2022-03', followups: 1 });
  });

  it('moves status and "last verified" with later news, and names the news that did', () => {
    expect(site.newsOf('layanan-uji-desa-banyuwangi').map((n) => n.id)).toEqual(['2022-05-layanan-uji-desa-banyuwangi']);
    expect(site.stateOf('layanan-uji-desa-banyuwangi')).toEqual({
      status: 'berjalan',
      statusAsOf: '2022-05',
      lastVerified: '2022-05',
      lastVerifiedBy: '2022-05-layanan-uji-desa-banyuwangi',
    });
  });

  it('keeps the entry state when news is older, and moves only "last verified" for news without a status', () => {
    const innovation = { status: 'berhenti' as const, lastVerified: '2023-01-10' };
    expect(innovationState(innovation, [{ id: 'a', date: '2022', status: 'berjalan' }])).toEqual({ status: 'berhenti', statusAsOf: '2023-01-10', lastVerified: '2023-01-10' });
    expect(innovationState(innovation, [{ id: 'b', date: '2024-02' }])).toEqual({ status: 'berhenti', statusAsOf: '2023-01-10', lastVerified: '2024-02', lastVerifiedBy: 'b' });
  });

  it('lists each source once on the innovation page: the same publication keeps its number, others get page-unique keys', () => {
    const own = [{ id: 'awal', title: 'A', date: '2019-01-01', url: 'https://x.test/a' }];
    const { sources, keyOf } = mergeSources(own, [
      { id: 'n1', data: { sources: [{ id: 's', title: 'Lain', date: '2019-01-01', url: 'https://x.test/a' }, { id: 't', title: 'B', date: '2020-01-01' }] } },
    ]);
    expect(sources.map((s) => s.id)).toEqual(['awal', 'kabar-n1-t']);
    expect([keyOf('n1', 's'), keyOf('n1', 't')]).toEqual(['awal', 'kabar-n1-t']);
  });

  it('refuses empty news, and news of an innovation that does not exist, with a did-you-mean for a partial slug', () => {
    expect(newsSchema.safeParse({ innovation: 'x', date: '2022', sources: [{ id: 's', title: 'S', date: '2022-01-01' }] }).success).toBe(false);
    const { problems } = checkContent(
      withFile(
        'content/news/2022-layanan-uji-desa.md',
        '---\ninnovation: layanan-uji-desa\ndate: 2022\nstatus: berjalan\nsources:\n  - id: s\n    title: S\n    date: 2022-01-01\n---\n',
        'news',
      ),
      official,
    );
    expect(problems).toEqual([expect.objectContaining({ field: 'innovation', hint: 'maksud Anda "layanan-uji-desa-banyuwangi"?' })]);
  });

  it('suggests the full slug for a partial one, and several when several match', () => {
    expect(suggest('smart-kampung', ['smart-kampung-banyuwangi', 'mal-pelayanan-publik-banyuwangi'])).toBe('maksud Anda "smart-kampung-banyuwangi"?');
    expect(suggest('pelayanan', ['mal-pelayanan-publik-banyuwangi', 'pelayanan-desa-bangli', 'smart-kampung-banyuwangi'])).toBe(
      'maksud Anda "mal-pelayanan-publik-banyuwangi" atau "pelayanan-desa-bangli"?',
    );
  });
});

describe('open data carries the precision and the news', () => {
  it('publishes dates as written with their precision, in JSON and CSV', () => {
    const { json, rows } = dataset(site, 'kunjungan', '2026-11-29');
    const items = (json as { items: { id: string; datePrecision: string; data: { date: string } }[] }).items;
    expect(items.map((i) => [i.id, i.data.date, i.datePrecision])).toContainEqual(['2021-06-bangli-ke-banyuwangi', '2021-06', 'bulan']);
    expect(items.map((i) => [i.data.date, i.datePrecision])).toContainEqual(['2016', 'tahun']);
    expect(rows.find((r) => r.id === '2016-kementerian-uji-ke-banyuwangi')).toMatchObject({
      tanggal: '2016',
      ketelitian_tanggal: 'tahun',
      jenis_pengunjung: 'lembaga',
      pemimpin: '',
      jumlah_rombongan: 25,
      jumlah_anggota: undefined,
    });
    expect(dataset(site, 'tindak-lanjut', '2026-11-29').rows).toEqual([expect.objectContaining({ tanggal: '2022-03', ketelitian_tanggal: 'bulan' })]);
  });

  it('publishes innovation news one fact per row, and the innovation with its current state', () => {
    expect(dataset(site, 'kabar-inovasi', '2026-11-29').rows).toEqual([
      expect.objectContaining({ jenis: 'pernyataan', isi: 'Fakta rekaan yang datang kemudian.', tanggal: '2022-05', sumber: expect.stringContaining('Sumber rekaan susulan') }),
      expect.objectContaining({ jenis: 'angka', isi: 'Desa yang menjalankan', nilai: 42, satuan: 'desa', tahun: 2022 }),
    ]);
    expect(dataset(site, 'inovasi', '2026-11-29').rows[0]).toMatchObject({ status: 'Berjalan', terakhir_dipastikan: '2022-05', jumlah_kabar: 1 });
  });

  it.each(['kunjungan', 'tindak-lanjut', 'kabar-inovasi', 'inovasi'] as const)('%s.json validates against its JSON Schema, which refuses a wrong precision', (name) => {
    const validate = new Ajv2020({ strict: false }).compile(datasetSchema(name));
    const json = JSON.parse(JSON.stringify(dataset(site, name, '2026-11-29').json));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    if (name === 'inovasi') return;
    json.items[0].datePrecision = 'minggu';
    expect(validate(json)).toBe(false);
  });

  it('publishes the "desa adat" code class under its own name and only where villages carry it', () => {
    const { rows, json } = dataset(site, 'daerah', '2026-11-29');
    const bangli = rows.find((r) => r.slug === 'kabupaten-bangli')!;
    const jayapura = rows.find((r) => r.slug === 'kabupaten-jayapura')!;
    expect(bangli.desa_adat_berkode_kemendagri).toBeUndefined();
    expect(jayapura.desa_adat_berkode_kemendagri).toBe(14);
    const items = (json as { items: { id: string; official: { counts: Record<string, number> } }[] }).items;
    expect(Object.keys(items.find((i) => i.id === 'kabupaten-bangli')!.official.counts)).toEqual(['kecamatan', 'desa', 'kelurahan']);
    expect(items.find((i) => i.id === 'kabupaten-jayapura')!.official.counts.desaAdatBerkodeKemendagri).toBe(14);
  });
});
