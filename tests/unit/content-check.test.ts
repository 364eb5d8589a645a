/**
 * The content check runs every rule over all content at once: schema rules per file, then
 * cross-references (regions against the official list, innovations ↔ playbooks ↔ visits).
 * Each case builds the entries from the real seed files and changes them as an author would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, entryId, fieldPath, parseFrontmatter, type RawEntry } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { edit, seedEntries, withEdited, withRenamed } from '../fixtures/content.ts';

const VISIT = 'content/visits/2019-07-02-katingan-ke-banyuwangi.md';
const MAL = 'content/innovations/mal-pelayanan-publik-banyuwangi.md';
const SMART_KAMPUNG = 'content/innovations/smart-kampung-banyuwangi.md';
const PELAPORAN_PLAYBOOK = 'content/playbooks/pelaporan-bulanan-terintegrasi-banyuwangi.md';
const SMART_KAMPUNG_PLAYBOOK = 'content/playbooks/smart-kampung-banyuwangi.md';
const KATINGAN = 'content/regions/kabupaten-katingan.md';
const BANYUWANGI = 'content/regions/kabupaten-banyuwangi.md';

let official: OfficialRegions;
let seed: RawEntry[];
beforeAll(async () => {
  official = await loadOfficialRegions();
  seed = seedEntries();
});

const check = (entries: RawEntry[]) => checkContent(entries, official).problems;
const problem = (file: string, field: string, message: string | RegExp, hint?: string | RegExp) =>
  expect.objectContaining({
    file,
    field,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
    ...(hint === undefined ? {} : { hint: typeof hint === 'string' ? expect.stringContaining(hint) : expect.stringMatching(hint) }),
  });

describe('the seed content', () => {
  it('passes the whole content check with no problems', () => {
    expect(check(seed)).toEqual([]);
  });

  it('returns every valid entry keyed by its file name', () => {
    const { content } = checkContent(seed, official);
    expect([...content.regions.keys()].sort()).toEqual(['kabupaten-banyuwangi', 'kabupaten-katingan']);
    expect(content.innovations.size).toBe(5);
    expect(content.playbooks.size).toBe(2);
    expect([...content.visits.keys()]).toEqual(['2019-07-02-katingan-ke-banyuwangi']);
  });

  it('lets two collections use the same slug (smart-kampung-banyuwangi is an innovation and a playbook)', () => {
    const { content } = checkContent(seed, official);
    expect(content.innovations.has('smart-kampung-banyuwangi')).toBe(true);
    expect(content.playbooks.has('smart-kampung-banyuwangi')).toBe(true);
  });
});

describe('references to regions must name an official region', () => {
  it('reports a visit host that does not exist, naming file, field, value and the closest real region', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'host: kabupaten-banyuwangi', 'host: kabupaten-banyuwang'));
    expect(check(entries)).toEqual([
      { file: VISIT, field: 'host', message: expect.stringContaining('"kabupaten-banyuwang"'), hint: 'maksud Anda "kabupaten-banyuwangi"?' },
    ]);
  });

  it('reports an unknown visitor region', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'region: kabupaten-katingan', 'region: kabupaten-katinggan'));
    expect(check(entries)).toEqual([problem(VISIT, 'visitor.region', '"kabupaten-katinggan"', 'kabupaten-katingan')]);
  });

  it('without a close region, says where the valid names are instead of guessing', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'host: kabupaten-banyuwangi', 'host: zzzzzzzzzzzzzzzzzzzz-qqqq'));
    const problems = check(entries);
    expect(problems).toEqual([problem(VISIT, 'host', '"zzzzzzzzzzzzzzzzzzzz-qqqq"')]);
    expect(problems[0]!.hint).toContain('/daerah/');
  });

  it('reports a visit whose visitor and host are the same region', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'region: kabupaten-katingan', 'region: kabupaten-banyuwangi'));
    expect(check(entries)).toEqual([problem(VISIT, 'visitor.region', 'tidak boleh daerah yang sama')]);
  });

  it('accepts a province as host (province slugs like jawa-timur are regions too)', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'host: kabupaten-banyuwangi', 'host: jawa-timur'));
    expect(check(entries)).toEqual([]);
  });

  it('reports an innovation host and a playbook owner that do not exist', () => {
    let entries = withEdited(seed, MAL, (t) => edit(t, 'host: kabupaten-banyuwangi', 'host: kota-banyuwangi'));
    entries = withEdited(entries, PELAPORAN_PLAYBOOK, (t) => edit(t, 'owner: kabupaten-banyuwangi', 'owner: banyuwangi'));
    const problems = check(entries);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(problem(MAL, 'host', '"kota-banyuwangi"'));
    expect(problems).toContainEqual(problem(PELAPORAN_PLAYBOOK, 'owner', '"banyuwangi"'));
  });
});

describe('references to innovations and playbooks must name an existing entry', () => {
  it('reports a studied innovation that does not exist, at its position in the list', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, '  - lounge-data-layar-sentuh-banyuwangi\n', '  - lounge-data-layar-sentu-banyuwangi\n'));
    expect(check(entries)).toEqual([problem(VISIT, 'innovationsStudied[1]', '"lounge-data-layar-sentu-banyuwangi"', 'lounge-data-layar-sentuh-banyuwangi')]);
  });

  it('reports a commitment pointing at an innovation that does not exist', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'innovation: lounge-data-layar-sentuh-banyuwangi', 'innovation: lounge-data'));
    expect(check(entries)).toEqual([problem(VISIT, 'commitments[0].innovation', '"lounge-data"')]);
  });

  it('reports an innovation linking to a playbook that does not exist', () => {
    const entries = withEdited(seed, SMART_KAMPUNG, (t) => edit(t, 'playbook: smart-kampung-banyuwangi', 'playbook: smart-kampong-banyuwangi'));
    expect(check(entries)).toEqual([problem(SMART_KAMPUNG, 'playbook', '"smart-kampong-banyuwangi"', 'smart-kampung-banyuwangi')]);
  });

  it('reports a playbook listing an innovation that does not exist', () => {
    const entries = withEdited(seed, PELAPORAN_PLAYBOOK, (t) =>
      edit(t, 'innovations: [pelaporan-terintegrasi-banyuwangi]', 'innovations: [pelaporan-terintegrasi-banyuwangi, e-budgeting-banyuwangi]'),
    );
    expect(check(entries)).toEqual([problem(PELAPORAN_PLAYBOOK, 'innovations[1]', '"e-budgeting-banyuwangi"')]);
  });

  it('reports an innovation whose playbook does not list it back', () => {
    const entries = withEdited(seed, MAL, (t) => edit(t, '\nsources:\n', '\nplaybook: smart-kampung-banyuwangi\nsources:\n'));
    expect(check(entries)).toEqual([
      problem(MAL, 'playbook', 'panduan "smart-kampung-banyuwangi" tidak mencantumkan inovasi ini', 'mal-pelayanan-publik-banyuwangi'),
    ]);
  });

  it('does not also report an entry with a schema error as "not found" where other entries refer to it', () => {
    const entries = withEdited(seed, SMART_KAMPUNG, (t) => edit(t, 'lastVerified: 2019-07-02', 'lastVerified: 2019-02-30'));
    expect(check(entries)).toEqual([problem(SMART_KAMPUNG, 'lastVerified', '2019-02-30')]);
  });
});

describe('file names are page addresses', () => {
  it('reports two files with the same name in one collection (.md and .mdx), naming both', () => {
    const mal = seed.find((e) => e.file === MAL)!;
    const entries = [...seed, { ...mal, file: MAL.replace(/\.md$/, '.mdx') }];
    expect(check(entries)).toEqual([problem(`${MAL}x`, '', MAL)]);
  });

  it('reports a file name that is not a slug', () => {
    const playbook = seed.find((e) => e.file === SMART_KAMPUNG_PLAYBOOK)!;
    const entries = [...seed, { ...playbook, file: 'content/playbooks/Smart Kampung_v2.md' }];
    expect(check(entries)).toEqual([problem('content/playbooks/Smart Kampung_v2.md', '', '"Smart Kampung_v2"')]);
  });

  it('reports a visit whose file name does not start with its date, suggesting the right name', () => {
    const entries = withRenamed(seed, VISIT, 'content/visits/katingan-ke-banyuwangi.md');
    expect(check(entries)).toEqual([
      problem('content/visits/katingan-ke-banyuwangi.md', 'date', '2019-07-02', '2019-07-02-katingan-ke-banyuwangi.md'),
    ]);
  });

  it('reports a visit whose file name starts with a different date', () => {
    const entries = withRenamed(seed, VISIT, 'content/visits/2019-07-03-katingan-ke-banyuwangi.md');
    expect(check(entries)).toEqual([
      problem('content/visits/2019-07-03-katingan-ke-banyuwangi.md', 'date', '2019-07-02', '2019-07-02-katingan-ke-banyuwangi.md'),
    ]);
  });
});

describe('region profiles must agree with the official Kemendagri data', () => {
  it('reports a code that belongs to another region than the file name, naming both', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, 'code: "62.06"', 'code: "62.02"'));
    const problems = check(entries);
    expect(problems).toContainEqual(problem(KATINGAN, 'code', /62\.02.*Kabupaten Kotawaringin Timur.*kabupaten-katingan/, 'kabupaten-kotawaringin-timur.md'));
    expect(problems.every((p) => p.file === KATINGAN)).toBe(true);
  });

  it('reports a code that is not in the official data', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, 'code: "62.06"', 'code: "62.99"'));
    expect(check(entries)).toEqual([problem(KATINGAN, 'code', '"62.99"')]);
  });

  it('reports a name that differs from the official name, naming both', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, 'name: Kabupaten Katingan', 'name: Kab. Katingan'));
    expect(check(entries)).toEqual([problem(KATINGAN, 'name', /"Kab\. Katingan".*"Kabupaten Katingan"/, 'Kabupaten Katingan')]);
  });

  it('reports a kind that contradicts the official data', () => {
    const entries = withEdited(seed, BANYUWANGI, (t) => edit(t, 'kind: kabupaten', 'kind: kota'));
    expect(check(entries)).toEqual([problem(BANYUWANGI, 'kind', '"kota"')]);
  });

  it('reports a province that is not the region\'s official province, giving the right slug', () => {
    const entries = withEdited(seed, BANYUWANGI, (t) => edit(t, 'province: jawa-timur', 'province: jawa-tengah'));
    expect(check(entries)).toEqual([problem(BANYUWANGI, 'province', /Jawa Timur.*"jawa-tengah"/, 'province: jawa-timur')]);
  });

  it('reports a comparison region (compareWith) that is not an official region, with the closest one', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, '\nsources:\n', '\ncompareWith: [kabupaten-kotawaringin-timur, kabupaten-kotawaringin-timor]\nsources:\n'));
    expect(check(entries)).toEqual([problem(KATINGAN, 'compareWith[1]', '"kabupaten-kotawaringin-timor"', 'kabupaten-kotawaringin-timur')]);
  });

  const provinceProfile = (extra: string): RawEntry => ({
    collection: 'regions',
    file: 'content/regions/jawa-timur.md',
    text: `---\ncode: "35"\nname: Jawa Timur\nkind: provinsi\n${extra}sources:\n  - id: s\n    title: Sumber\n    date: 2020-01-01\n---\n`,
  });

  it('accepts a province profile matching the official data', () => {
    expect(check([...seed, provinceProfile('')])).toEqual([]);
  });

  it('reports a province profile that names a province of its own', () => {
    expect(check([...seed, provinceProfile('province: jawa-timur\n')])).toEqual([problem('content/regions/jawa-timur.md', 'province', 'provinsi')]);
  });
});

describe('schema problems become readable problems with a field path', () => {
  // Region profiles are used here because no other entry refers to them, so one mistake gives one problem.
  it('reports a missing required field as "wajib diisi" at its dotted path', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, '  - key: penduduk\n    value: 167000\n    year: 2019\n', '  - key: penduduk\n    value: 167000\n'));
    expect(check(entries)).toEqual([{ file: KATINGAN, field: 'indicators[0].year', message: 'wajib diisi', hint: expect.stringContaining('yearBasis: terbit') }]);
  });

  it('passes on the schema\'s advice for a value of the wrong type: a region code written as a number must be quoted', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, 'code: "62.06"', 'code: 62.06'));
    expect(check(entries)).toEqual([problem(KATINGAN, 'code', 'tulis dalam tanda kutip, mis. code: "62.06"')]);
  });

  it('reports a misspelt field by its name, with a hint to check the spelling', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, 'location: Kantor', 'lokasi: Kantor'));
    expect(check(entries)).toEqual([problem(VISIT, '', 'isian tidak dikenal: lokasi', 'ejaan')]);
  });

  it('reports a misspelt nested field at the object that contains it', () => {
    const entries = withEdited(seed, VISIT, (t) => edit(t, '  members:\n    count: 20', '  members:\n    jumlah: 20'));
    expect(check(entries)).toEqual([problem(VISIT, 'delegation.members', 'isian tidak dikenal: jumlah')]);
  });

  it('reports frontmatter that is not valid YAML instead of throwing', () => {
    const entries = withEdited(seed, KATINGAN, (t) => edit(t, 'summary: Kabupaten di', 'summary: [Kabupaten di'));
    const text = entries.find((e) => e.file === KATINGAN)!.text;
    const line = text.slice(0, text.indexOf('summary: [')).split('\n').length;
    // The YAML reader notices the unclosed [ where the next field starts: one line further, counted from the top of the file.
    expect(check(entries)).toEqual([problem(KATINGAN, `frontmatter (baris ${line + 1})`, `frontmatter tidak terbaca: baris ${line + 1}: tanda kurung [`, 'tutup daftar dengan ]')]);
  });

  it('reports a file without frontmatter instead of throwing', () => {
    const entries = [...seed, { collection: 'innovations' as const, file: 'content/innovations/catatan.md', text: '# Hanya catatan\n' }];
    expect(check(entries)).toEqual([problem('content/innovations/catatan.md', 'frontmatter (baris 1)', 'tidak ada frontmatter', 'diawali baris ---')]);
  });
});

describe('all problems across all collections are reported in one run', () => {
  it('reports five mistakes in five files of four collections together', () => {
    let entries = withEdited(seed, VISIT, (t) => edit(t, 'host: kabupaten-banyuwangi', 'host: kabupaten-banyuwang'));
    entries = withEdited(entries, KATINGAN, (t) => edit(t, 'key: penduduk', 'key: populasi'));
    entries = withEdited(entries, BANYUWANGI, (t) => edit(t, 'name: Kabupaten Banyuwangi', 'name: Kabupaten Banyuwangie'));
    entries = withEdited(entries, MAL, (t) => edit(t, '\nsources:\n', '\nplaybook: panduan-mal-pelayanan\nsources:\n'));
    entries = withEdited(entries, SMART_KAMPUNG_PLAYBOOK, (t) => edit(t, 'owner: kabupaten-banyuwangi', 'owner: kabupaten-banyuwangii'));
    const problems = check(entries);
    expect(problems).toHaveLength(5);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([VISIT, KATINGAN, BANYUWANGI, MAL, SMART_KAMPUNG_PLAYBOOK]));
    expect(problems).toEqual(
      expect.arrayContaining([
        problem(VISIT, 'host', '"kabupaten-banyuwang"'),
        problem(KATINGAN, 'indicators[0].key', 'indikator tidak dikenal'),
        problem(BANYUWANGI, 'name', '"Kabupaten Banyuwangie"'),
        problem(MAL, 'playbook', '"panduan-mal-pelayanan"'),
        problem(SMART_KAMPUNG_PLAYBOOK, 'owner', '"kabupaten-banyuwangii"'),
      ]),
    );
  });

  it('reports several schema mistakes in the same file together', () => {
    const entries = withEdited(seed, MAL, (t) =>
      edit(edit(edit(t, 'status: berjalan', 'status: aktif'), 'lastVerified: 2019-07-02', 'lastVerified: 2019-02-30'), 'sectors: [pelayanan-publik]', 'sectors: [layanan]'),
    );
    const fields = check(entries).filter((p) => p.file === MAL).map((p) => p.field).sort();
    expect(fields).toEqual(['lastVerified', 'sectors[0]', 'status']);
  });
});

describe('helpers', () => {
  it('entryId is the file name without folder and extension', () => {
    expect(entryId('content/visits/2019-07-02-katingan-ke-banyuwangi.md')).toBe('2019-07-02-katingan-ke-banyuwangi');
    expect(entryId('content/innovations/smart-kampung-banyuwangi.mdx')).toBe('smart-kampung-banyuwangi');
  });

  it('fieldPath writes list positions in brackets and object keys with dots', () => {
    expect(fieldPath(['commitments', 0, 'updates', 2, 'date'])).toBe('commitments[0].updates[2].date');
    expect(fieldPath(['host'])).toBe('host');
    expect(fieldPath([])).toBe('');
  });
});

describe('parseFrontmatter', () => {
  const mal = () => seed.find((e) => e.file === MAL)!.text;

  it('reads a file saved with Windows line endings the same as one with Unix line endings', () => {
    const crlf = mal().replace(/\n/g, '\r\n');
    expect(parseFrontmatter(crlf).data).toEqual(parseFrontmatter(mal()).data);
  });

  it('ignores a byte-order mark at the start of the file', () => {
    expect(parseFrontmatter(`\uFEFF${mal()}`).data).toEqual(parseFrontmatter(mal()).data);
  });

  it('returns the Markdown body after the closing --- as Astro renders it (trimmed), and the file line it starts on', () => {
    const { body, bodyLine } = parseFrontmatter('---\ntitle: A\n---\n\nIsi halaman.\n');
    expect(body).toBe('Isi halaman.');
    expect(bodyLine).toBe(5);
  });

  it('keeps codes, dates and long numeric ids exactly as written when quoted, and dates as text even unquoted', () => {
    const { data } = parseFrontmatter('---\ncode: "11.10"\ndate: 2019-07-02\nnik: "3510012345678901"\n---\n');
    expect(data).toEqual({ code: '11.10', date: '2019-07-02', nik: '3510012345678901' });
  });

  it('throws when the file has no frontmatter', () => {
    expect(() => parseFrontmatter('# Judul\n')).toThrow(/frontmatter/);
  });
});


describe('a visit with a misspelt host region and 30 February', () => {
  it('fails with both problems in one run, each naming the file, with a suggestion for the region', () => {
    const entries = withEdited(seedEntries(), VISIT, (text) =>
      edit(edit(text, 'host: kabupaten-banyuwangi', 'host: banyuwang'), 'date: 2019-07-02\nvisitor', 'date: 2019-02-30\nvisitor'),
    );
    const problems = check(entries);
    expect(problems).toContainEqual(problem(VISIT, 'date', /2019-02-30 tidak ada di kalender/));
    expect(problems).toContainEqual(problem(VISIT, 'host', 'daerah "banyuwang" tidak ditemukan', /kabupaten-banyuwangi/));
  });
});
