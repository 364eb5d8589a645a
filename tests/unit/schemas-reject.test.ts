/**
 * Each class of mistake an author can make in frontmatter is rejected by the collection schema,
 * with an issue at the exact field and a message that says what to write instead. Every case
 * starts from a valid seed file and changes one thing, as an author would.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/check/index.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { addToFrontmatter, edit, schemaIssues, seedEntry } from '../fixtures/content.ts';

const INNOVATION = seedEntry('innovations/mal-pelayanan-publik-banyuwangi.md').text;
const SMART_KAMPUNG = seedEntry('innovations/smart-kampung-banyuwangi.md').text;
const REGION = seedEntry('regions/kabupaten-katingan.md').text;
const VISIT = seedEntry('visits/2019-07-02-katingan-ke-banyuwangi.md').text;
const PLAYBOOK = seedEntry('playbooks/pelaporan-bulanan-terintegrasi-banyuwangi.md').text;

const issue = (path: PropertyKey[], message: string | RegExp) =>
  expect.objectContaining({ path, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });

describe('starting point', () => {
  it('the seed files used below are valid before any change', () => {
    expect(schemaIssues('innovations', INNOVATION)).toEqual([]);
    expect(schemaIssues('innovations', SMART_KAMPUNG)).toEqual([]);
    expect(schemaIssues('regions', REGION)).toEqual([]);
    expect(schemaIssues('visits', VISIT)).toEqual([]);
    expect(schemaIssues('playbooks', PLAYBOOK)).toEqual([]);
  });
});

describe('dates must be real calendar days written YYYY-MM-DD', () => {
  it('frontmatter is read with the YAML core schema, so an unquoted date stays the text written', () => {
    const { data } = parseFrontmatter(edit(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 2019-02-30'));
    expect((data as { lastVerified: unknown }).lastVerified).toBe('2019-02-30');
  });

  it.each([
    ['unquoted', 'lastVerified: 2019-02-30'],
    ['quoted', 'lastVerified: "2019-02-30"'],
  ])('rejects the impossible date 2019-02-30 written %s, naming the field and the date', (_how, line) => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'lastVerified: 2019-07-02', line));
    expect(issues).toEqual([issue(['lastVerified'], 'tanggal 2019-02-30 tidak ada di kalender')]);
  });

  it('rejects an impossible visit date and an impossible source date at their own fields', () => {
    const text = edit(VISIT, /^date: 2019-07-02$/m, 'date: 2019-06-31');
    expect(schemaIssues('visits', text)).toContainEqual(issue(['date'], '2019-06-31'));
    const source = edit(INNOVATION, /^ {4}date: 2019-07-02$/m, '    date: 2019-02-29');
    expect(schemaIssues('innovations', source)).toEqual([issue(['sources', 0, 'date'], 'tanggal 2019-02-29 tidak ada di kalender')]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(schemaIssues('innovations', edit(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 2020-02-29'))).toEqual([]);
  });

  it('rejects a date written as a number, telling the format to use', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 20190702'));
    expect(issues).toEqual([issue(['lastVerified'], 'TTTT-BB-HH')]);
  });

  it('rejects a date in the wrong format (02-07-2019), telling the format to use', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 02-07-2019'));
    expect(issues).toContainEqual(issue(['lastVerified'], 'tanggal harus ditulis TTTT-BB-HH, mis. 2019-07-02'));
  });

  it('does not also claim that a wrongly formatted date (02-07-2019, a real day) is missing from the calendar', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 02-07-2019'));
    expect(issues.filter((i) => i.message.includes('tidak ada di kalender'))).toEqual([]);
  });

  it('accepts a Date object (what Astro\'s own YAML parser produces) and keeps it as YYYY-MM-DD text', () => {
    const data = parseFrontmatter(INNOVATION).data as Record<string, unknown>;
    const parsed = COLLECTIONS.innovations.schema.parse({ ...data, lastVerified: new Date('2019-07-02T00:00:00Z') });
    expect(parsed.lastVerified).toBe('2019-07-02');
  });
});

describe('region codes are strings', () => {
  it('rejects code: 62.06 written unquoted (a YAML number), telling the author to quote it', () => {
    const issues = schemaIssues('regions', edit(REGION, 'code: "62.06"', 'code: 62.06'));
    expect(issues).toEqual([issue(['code'], /ditulis sebagai angka \(62\.06\); tulis dalam tanda kutip, mis\. code: "62\.06"/)]);
  });

  it('rejects code: 11.10 unquoted, which YAML has already shortened to 11.1', () => {
    const issues = schemaIssues('regions', edit(REGION, 'code: "62.06"', 'code: 11.10'));
    expect(issues).toEqual([issue(['code'], /\(11\.1\).*tanda kutip/)]);
  });

  it.each(['"6206"', '"62.6"', '"62.06.01"', '"Katingan"'])('rejects the quoted code %s, which is not "PP" or "PP.RR"', (code) => {
    expect(schemaIssues('regions', edit(REGION, 'code: "62.06"', `code: ${code}`))).toEqual([issue(['code'], '"62.06"')]);
  });
});

describe('controlled vocabularies reject unknown values and list the allowed ones', () => {
  it('rejects an unknown innovation status', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'status: berjalan', 'status: aktif'));
    expect(issues).toEqual([issue(['status'], /status tidak dikenal.*ide, uji-coba, berjalan, berhenti/)]);
  });

  it('rejects an unknown commitment status', () => {
    const issues = schemaIssues('visits', edit(VISIT, '    status: niat\n', '    status: janji\n'));
    expect(issues).toEqual([issue(['commitments', 0, 'status'], /status komitmen tidak dikenal.*niat, direncanakan, berjalan, diadopsi, batal/)]);
  });

  it('rejects an unknown sector at its position in the list', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'sectors: [pelayanan-publik]', 'sectors: [pelayanan-publik, pelayanan]'));
    expect(issues).toEqual([issue(['sectors', 1], /sektor tidak dikenal.*pelayanan-publik/)]);
  });

  it('rejects an innovation with no sector at all', () => {
    expect(schemaIssues('innovations', edit(INNOVATION, 'sectors: [pelayanan-publik]', 'sectors: []'))).toEqual([issue(['sectors'], 'minimal satu sektor')]);
  });

  it('rejects an unknown indicator key in a region profile', () => {
    const issues = schemaIssues('regions', edit(REGION, 'key: penduduk', 'key: populasi'));
    expect(issues).toEqual([issue(['indicators', 0, 'key'], /indikator tidak dikenal.*penduduk, luas/)]);
  });

  it('rejects an unknown indicator key on a visit constraint', () => {
    const text = edit(VISIT, /(\nconstraints:\n {2}- text: [^\n]*\n)(?: {4}indicator: [^\n]*\n)?/, '$1    indicator: internet\n');
    expect(schemaIssues('visits', text)).toEqual([issue(['constraints', 0, 'indicator'], 'indikator tidak dikenal')]);
  });

  it('rejects an unknown indicator key on an innovation prerequisite', () => {
    const issues = schemaIssues('innovations', edit(SMART_KAMPUNG, 'indicator: desa-terhubung-serat-optik', 'indicator: serat-optik'));
    expect(issues).toEqual([issue(['prerequisites', 0, 'indicator'], 'indikator tidak dikenal')]);
  });
});

describe('a figure always carries its year, unit and source', () => {
  it.each([
    ['year', '    year: 2019\n    yearBasis: terbit\n', '    yearBasis: terbit\n', 'tahun'],
    ['unit', '    unit: item\n', '', 'teks'],
    ['source', '    yearBasis: terbit\n    source: banyuwangi-2019\n', '    yearBasis: terbit\n', 'teks'],
  ])('rejects a result figure without %s', (field, from, to, words) => {
    const issues = schemaIssues('innovations', edit(INNOVATION, from, to));
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['results', 0, field], message: expect.stringContaining(words) })]);
  });

  it('rejects a region indicator without a year', () => {
    const text = edit(REGION, '  - key: penduduk\n    value: 167000\n    year: 2019\n', '  - key: penduduk\n    value: 167000\n');
    expect(schemaIssues('regions', text)).toEqual([issue(['indicators', 0, 'year'], 'tahun')]);
  });

  it('rejects a value written with thousands separators as text ("167.000 jiwa")', () => {
    const issues = schemaIssues('regions', edit(REGION, 'value: 167000', 'value: "167.000 jiwa"'));
    expect(issues).toEqual([issue(['indicators', 0, 'value'], 'tanpa titik ribuan')]);
  });
});

describe('every citation names one of the entry\'s own sources', () => {
  const approach = '    source: banyuwangi-2019\n    quote: Banyuwangi ini punya mal pelayanan publik yang melayani 199 item.\nresults:';

  it('rejects a statement citing a source key not listed in sources, listing the keys that exist', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, approach, approach.replace('banyuwangi-2019', 'banyuwangi-2020')));
    expect(issues).toEqual([issue(['approach', 0, 'source'], /sumber "banyuwangi-2020" tidak ada di daftar sources.*tersedia: banyuwangi-2019/)]);
  });

  it('checks citations at any depth: a playbook stage citation and a visit delegation', () => {
    const stage = edit(PLAYBOOK, '    citations:\n      - source: banyuwangi-2019\n        quote: Namun', '    citations:\n      - source: kompas-2019\n        quote: Namun');
    expect(schemaIssues('playbooks', stage)).toEqual([issue(['stages', 1, 'citations', 0, 'source'], '"kompas-2019"')]);
    const delegation = edit(VISIT, '  source: banyuwangi-2019\n  quote: Bupati Katingan', '  source: humas-2019\n  quote: Bupati Katingan');
    expect(schemaIssues('visits', delegation)).toEqual([issue(['delegation', 'source'], '"humas-2019"')]);
  });

  it('rejects two sources with the same id, pointing at the second', () => {
    const text = addToFrontmatter(INNOVATION, '  - id: banyuwangi-2019\n    title: Salinan lain\n    date: 2019-07-03');
    expect(schemaIssues('innovations', text)).toEqual([issue(['sources', 2, 'id'], 'kunci sumber "banyuwangi-2019" dipakai dua kali')]);
  });

  it('rejects an entry with no sources', () => {
    const text = edit(INNOVATION, /\nsources:\n[\s\S]*?\n---/, '\nsources: []\n---');
    expect(schemaIssues('innovations', text)).toContainEqual(issue(['sources'], 'minimal satu sumber'));
  });

  it('still reports a citation to an unlisted source when the same entry has another mistake (all problems in one run)', () => {
    let text = edit(INNOVATION, approach, approach.replace('banyuwangi-2019', 'banyuwangi-2020'));
    text = edit(text, 'status: berjalan', 'status: aktif');
    const issues = schemaIssues('innovations', text);
    expect(issues).toContainEqual(issue(['status'], 'status tidak dikenal'));
    expect(issues).toContainEqual(issue(['approach', 0, 'source'], '"banyuwangi-2020"'));
  });
});

describe('only known fields are allowed (strict objects catch misspellings)', () => {
  it('rejects a misspelt top-level field, naming it', () => {
    const issues = schemaIssues('visits', edit(VISIT, 'location: Kantor', 'lokasi: Kantor'));
    expect(issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', path: [], message: expect.stringContaining('lokasi') })]);
  });

  it('rejects an unknown field inside a nested object, at that object\'s path', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, '    unit: item\n', '    unit: item\n    satuan: item\n'));
    expect(issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', path: ['results', 0], message: expect.stringContaining('satuan') })]);
  });

  it('rejects a field from another collection (a visit "date" on an innovation)', () => {
    const text = edit(INNOVATION, '\nsources:\n', '\ndate: 2019-07-02\nsources:\n');
    expect(schemaIssues('innovations', text)).toEqual([expect.objectContaining({ code: 'unrecognized_keys', path: [], message: expect.stringContaining('date') })]);
  });
});

describe('visits: who came, and what they committed to', () => {
  it('rejects a visitor with neither a region nor an institution', () => {
    const issues = schemaIssues('visits', edit(VISIT, 'visitor:\n  region: kabupaten-katingan\n', 'visitor: {}\n'));
    expect(issues).toEqual([issue(['visitor'], /region.*institution/)]);
  });

  it('accepts a visitor that is an institution rather than a region', () => {
    const text = edit(VISIT, 'visitor:\n  region: kabupaten-katingan\n', 'visitor:\n  institution: Kementerian Dalam Negeri\n');
    expect(schemaIssues('visits', text)).toEqual([]);
  });

  const secondCommitment = (id: string) =>
    `  - id: ${id}\n    text: Komitmen kedua.\n    source: banyuwangi-2019\n`;

  it('rejects two commitments with the same id, pointing at the second', () => {
    const text = edit(VISIT, '\neditorialNotes:\n', `\n${secondCommitment('lounge-data-layar-sentuh')}editorialNotes:\n`);
    expect(schemaIssues('visits', text)).toEqual([issue(['commitments', 1, 'id'], 'id komitmen "lounge-data-layar-sentuh" dipakai dua kali')]);
  });

  it('accepts two commitments with different ids', () => {
    expect(schemaIssues('visits', edit(VISIT, '\neditorialNotes:\n', `\n${secondCommitment('mal-pelayanan-publik')}editorialNotes:\n`))).toEqual([]);
  });

  it('rejects history written into the visit: later news goes in a follow-up file, not an updates list', () => {
    const text = edit(VISIT, '    status: niat\n', '    status: niat\n    updates: []\n');
    expect(schemaIssues('visits', text)).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
  });

  it('still reports duplicate commitment ids when the same visit has another mistake (all problems in one run)', () => {
    let text = edit(VISIT, '\neditorialNotes:\n', `\n${secondCommitment('lounge-data-layar-sentuh')}editorialNotes:\n`);
    text = edit(text, 'location: Kantor', 'lokasi: Kantor');
    const issues = schemaIssues('visits', text);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
    expect(issues).toContainEqual(issue(['commitments', 1, 'id'], 'dipakai dua kali'));
  });
});

describe('playbooks: ordered stages, each with a source', () => {
  it('rejects a playbook with no stages', () => {
    const text = edit(PLAYBOOK, /\nstages:\n[\s\S]*?\neditorialNotes:/, '\nstages: []\neditorialNotes:');
    expect(schemaIssues('playbooks', text)).toEqual([issue(['stages'], 'panduan perlu minimal satu tahap')]);
  });

  it('rejects a stage with no citation', () => {
    const text = edit(
      PLAYBOOK,
      '    goal: Pelaporan dilakukan per bulan.\n    citations:\n      - source: banyuwangi-2019\n        quote: Namun secara bertahap, kami mengubahnya menjadi per bulan.\n',
      '    goal: Pelaporan dilakukan per bulan.\n    citations: []\n',
    );
    expect(schemaIssues('playbooks', text)).toEqual([issue(['stages', 1, 'citations'], 'minimal satu rujukan sumber')]);
  });

  it('rejects a playbook that names no innovation', () => {
    const text = edit(PLAYBOOK, 'innovations: [pelaporan-terintegrasi-banyuwangi]', 'innovations: []');
    expect(schemaIssues('playbooks', text)).toEqual([issue(['innovations'], 'minimal satu inovasi')]);
  });
});

describe('references are written as slugs', () => {
  it('rejects a host written as a name instead of a slug', () => {
    const issues = schemaIssues('innovations', edit(INNOVATION, 'host: kabupaten-banyuwangi', 'host: Kabupaten Banyuwangi'));
    expect(issues).toEqual([issue(['host'], 'huruf kecil')]);
  });
});
