/**
 * The content check reads each file as Astro will (Astro's own frontmatter splitter, its YAML
 * reading, its image metadata reader) and holds content to every limit a later step enforces,
 * so what it accepts the build publishes. Entries here are built in memory, never read from content/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, checkProject, imageDefects, LIMITS, parseFrontmatter, readPageIds, type Problem, type RawEntry } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { isWebUrl } from '../../src/schemas/common.ts';

let official: OfficialRegions;
beforeAll(async () => {
  official = await loadOfficialRegions();
});

const SOURCES = 'sources:\n  - id: sumber\n    title: Judul sumber\n    date: 2021-11-15\n';
const innovation = (fields = '', body = '', { title = 'Inovasi contoh', name = 'contoh-banyuwangi', ext = 'md', sources = SOURCES } = {}): RawEntry => ({
  collection: 'innovations',
  file: `content/innovations/${name}.${ext}`,
  text: `---\ntitle: ${title}\nhost: kabupaten-banyuwangi\nsummary: Ringkasan.\nsectors: [tata-kelola]\nstatus: berjalan\nlastVerified: 2021-11-15\napproach:\n  - text: Satu langkah.\n    source: sumber\n${fields}${sources}---\n${body}`,
});
const visit = (date = '2021-11-15', fields = '', visitor = 'kabupaten-bangli'): RawEntry => ({
  collection: 'visits',
  file: `content/visits/${date}-bangli-ke-banyuwangi.md`,
  text: `---\ntitle: Kunjungan\ndate: ${date}\nvisitor:\n  region: ${visitor}\nhost: kabupaten-banyuwangi\ndelegation:\n  leader:\n    role: Bupati\n  source: sumber\ncommitments:\n  - id: mal\n    text: Meniru.\n    source: sumber\n${fields}${SOURCES}---\n`,
});
const followup = (name: string, date: string, status: string): RawEntry => ({
  collection: 'followups',
  file: `content/followups/${name}.md`,
  text: `---\nvisit: 2021-11-15-bangli-ke-banyuwangi\ncommitment: mal\ndate: ${date}\nstatus: ${status}\ntext: Kabar.\nsource: sumber\n${SOURCES}---\n`,
});

const check = (entries: RawEntry[], today = '2026-01-01') => checkContent(entries, official, { today }).problems;
const only = (problems: Problem[]) => {
  expect(problems).toHaveLength(1);
  expect(problems[0]!.hint.length, 'every problem has a hint').toBeGreaterThan(10);
  return problems[0]!;
};

describe('the frontmatter as Astro splits and reads it', () => {
  it('accepts the fixture entries as written', () => {
    expect(check([innovation(), visit(), followup('2021-12-01-mal', '2021-12-01', 'berjalan')])).toEqual([]);
  });

  it('reads an unquoted date the way Astro does (a Date) besides the way the check does (as written)', () => {
    const { data, astroData } = parseFrontmatter('---\ntitle: 2019-07-02\n---\n');
    expect(data).toEqual({ title: '2019-07-02' });
    expect((astroData as { title: unknown }).title).toBeInstanceOf(Date);
  });

  it('refuses an unquoted date-like text in a text field or a source key, and says to quote it', () => {
    expect(only(check([innovation('', '', { title: '2019-07-02' })]))).toMatchObject({ field: 'title', message: expect.stringContaining('sebagai tanggal'), hint: 'tulis dalam tanda kutip: title: "2019-07-02"' });
    const keyed = innovation('', '', { sources: 'sources:\n  - id: 2019-08-05\n    title: Judul\n    date: 2019-08-05\n' });
    const entry = { ...keyed, text: keyed.text.replace('    source: sumber', '    source: "2019-08-05"') };
    expect(only(check([entry]))).toMatchObject({ field: 'sources[0].id', hint: 'tulis dalam tanda kutip: id: "2019-08-05"' });
    expect(check([innovation('', '', { title: '"2019-07-02"' })])).toEqual([]);
  });

  it('refuses a quoted text whose line starts with --- or +++, naming the line where Astro ends the frontmatter', () => {
    for (const marker of ['---', '+++']) {
      const entry = innovation(`outcomes:\n  - text: "Dua hal:\n${marker} lebih cepat."\n    source: sumber\n`);
      const line = entry.text.split('\n').indexOf(`${marker} lebih cepat."`) + 1;
      expect(only(check([entry]))).toMatchObject({ field: `frontmatter (baris ${line})`, message: expect.stringContaining(`diawali ${marker}`), hint: expect.stringContaining('diawali --- atau +++') });
    }
  });

  it('accepts --- and +++ lines in the body and indented inside a block text', () => {
    const entry = innovation('outcomes:\n  - text: |\n      Dua hal:\n      --- lebih cepat\n    source: sumber\n', '\n---\n\n+++ bukan frontmatter\n');
    expect(check([entry])).toEqual([]);
  });

  it('refuses TOML frontmatter, which Astro would read with another parser', () => {
    const entry = { ...innovation(), text: '+++\ntitle = "x"\n+++\n' };
    expect(only(check([entry]))).toMatchObject({ message: expect.stringContaining('+++'), hint: expect.stringContaining('---') });
  });

  it('refuses YAML anchors and aliases at once, so an alias bomb costs nothing', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`).join('\n');
    const entry = innovation(`l0: &l0 ["xxxxxxxx"]\n${levels}\n`);
    const started = performance.now();
    const problem = only(check([entry]));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problem).toMatchObject({ field: 'frontmatter (baris 11)', message: expect.stringContaining('alias YAML'), hint: expect.stringContaining('langsung') });
  });

  it('counts YAML error lines from the top of the file, and says in Indonesian what is wrong', () => {
    const entry = innovation('outcomes:\n  - text: "tidak ditutup\n    source: sumber\n');
    const problem = only(check([entry]));
    expect(problem.field).toMatch(/^frontmatter \(baris \d+\)$/);
    expect(problem.message).toContain('tanda kutip " tidak ditutup');
  });

  it('counts body lines (MDX errors included) from the top of the file', () => {
    const entry = innovation('', '\nParagraf.\n\n<Catatan>tidak ditutup\n', { ext: 'mdx' });
    const problem = only(check([entry]));
    const line = entry.text.split('\n').indexOf('<Catatan>tidak ditutup') + 1;
    expect(problem.field).toMatch(/^body \(baris (\d+)\)$/);
    expect(Number(/\d+/.exec(problem.field)![0])).toBeGreaterThanOrEqual(line);
    expect(problem.message).toBe('tag <Catatan> tidak ditutup');
    const raw = innovation('', '\nParagraf.\n\n<div>blok</div>\n');
    expect(only(check([raw])).field).toBe(`body (baris ${raw.text.split('\n').indexOf('<div>blok</div>') + 1})`);
  });
});

describe('one URL rule for every URL field', () => {
  const withUrl = (url: string) => innovation('', '', { sources: `${SOURCES}    url: ${JSON.stringify(url)}\n` });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'example.org', 'https://', 'https://exa mple.org', 'https://example.org/\nx'])(
    'refuses %j with a hint',
    (url) => {
      expect(isWebUrl(url.trim())).toBe(false);
      expect(only(check([withUrl(url)]))).toMatchObject({ field: 'sources[0].url', hint: expect.stringContaining('https://') });
    },
  );

  it('accepts http and https addresses, trimming spaces around them', () => {
    for (const url of ['https://example.org/a?b=1&c=2#d', 'http://example.org', '  https://example.org/  ']) expect(check([withUrl(url)]), url).toEqual([]);
  });
});

describe('implausible figures and dates', () => {
  const result = (value: string) => innovation(`results:\n  - label: L\n    value: ${value}\n    unit: jiwa\n    year: 2021\n    source: sumber\n`);

  it.each([['-167000', 'negatif'], ['1e308', 'terlalu besar'], ['.inf', ''], ['-.inf', ''], ['.nan', '']])('refuses the figure %s', (value, message) => {
    const problem = only(check([result(value)]));
    expect(problem.field).toBe('results[0].value');
    expect(problem.message).toContain(message);
  });

  it('accepts zero and the largest exact integer', () => {
    expect(check([result('0'), { ...result(String(Number.MAX_SAFE_INTEGER)), file: 'content/innovations/lain-banyuwangi.md' }])).toEqual([]);
  });

  it('refuses a duplicate indicator key in a region', () => {
    const region: RawEntry = {
      collection: 'regions',
      file: 'content/regions/kabupaten-bangli.md',
      text: `---\ncode: "51.06"\nindicators:\n  - key: penduduk\n    value: 1\n    year: 2020\n    source: sumber\n  - key: luas\n    value: 2\n    year: 2020\n    source: sumber\n  - key: penduduk\n    value: 3\n    year: 2021\n    source: sumber\n${SOURCES}---\n`,
    };
    expect(only(check([region]))).toMatchObject({ field: 'indicators[2].key', message: expect.stringContaining('indicators[0]') });
  });

  it('refuses a visit, a follow-up or a verification dated after the as-of date', () => {
    expect(only(check([visit('2026-01-02')]))).toMatchObject({ field: 'date', message: expect.stringContaining('sesudah hari ini (2026-01-01)') });
    expect(check([visit('2026-01-01')])).toEqual([]);
    expect(only(check([visit(), followup('2026-02-01-mal', '2026-02-01', 'berjalan')]))).toMatchObject({ file: 'content/followups/2026-02-01-mal.md', field: 'date' });
    expect(only(check([{ ...innovation(), text: innovation().text.replace('lastVerified: 2021-11-15', 'lastVerified: 2027-01-01') }]))).toMatchObject({ field: 'lastVerified' });
  });

  it('refuses two follow-ups for one commitment on one day with different statuses, not with the same', () => {
    expect(check([visit(), followup('2021-12-01-mal-a', '2021-12-01', 'berjalan'), followup('2021-12-01-mal-b', '2021-12-01', 'berjalan')])).toEqual([]);
    const problem = only(check([visit(), followup('2021-12-01-mal-a', '2021-12-01', 'berjalan'), followup('2021-12-01-mal-b', '2021-12-01', 'batal')]));
    expect(problem).toMatchObject({ file: 'content/followups/2021-12-01-mal-b.md', field: 'status', message: expect.stringContaining('2021-12-01-mal-a.md') });
  });
});

describe('limits a later step enforces, with hints', () => {
  it('holds page titles to 70 characters as html-validate counts them: with the site suffix and & written as &amp;', () => {
    expect(check([innovation('', '', { title: 'a'.repeat(70) })])).toEqual([]);
    expect(only(check([innovation('', '', { title: 'a'.repeat(71) })])).field).toBe('title');
    // 57 characters get " · Lintas" (9): 66; one & adds 4 in the HTML: 70 is fine, a second one is not.
    expect(check([innovation('', '', { title: `"${'a'.repeat(56)}&"` })])).toEqual([]);
    expect(only(check([innovation('', '', { title: `"${'a'.repeat(55)}&&"` })])).message).toContain('74 karakter');
  });

  it('holds file names, bodies, texts and whole files to their limits', () => {
    expect(check([innovation('', '', { name: 'a'.repeat(LIMITS.idLength) })])).toEqual([]);
    expect(only(check([innovation('', '', { name: 'a'.repeat(LIMITS.idLength + 1) })])).message).toContain(`batas ${LIMITS.idLength}`);
    expect(only(check([innovation('', `\n${'kata '.repeat(LIMITS.bodyChars / 5 + 1)}\n`)])).field).toBe('body');
    expect(only(check([innovation('', '', { title: 'x'.repeat(LIMITS.textChars + 1) })]).filter((p) => p.message.includes('teks'))).field).toBe('title');
    expect(only(check([innovation('', `\n${'kata '.repeat(LIMITS.fileChars / 5)}\n`)])).message).toContain('file berisi');
  });
});

describe('body headings and the page\'s own ids', () => {
  it('reads the ids the templates use, literal and patterned', () => {
    const ids = readPageIds();
    for (const id of ['sumber', 'komitmen', 'tahap-1', 'sumber-banyuwangi-2019']) expect(ids.some((r) => r.test(id)), id).toBe(true);
    expect(ids.some((r) => r.test('latar-belakang'))).toBe(false);
  });

  it('refuses a heading whose id the page already uses, at its line, and accepts others', () => {
    const pageIds = [/^sumber$/, /^tahap-.+$/];
    const entry = innovation('', '\n## Latar belakang\n\n## Sumber berita\n\n## Tahap 2\n');
    const problems = checkContent([entry], official, { today: '2026-01-01', pageIds }).problems;
    const line = entry.text.split('\n').indexOf('## Tahap 2') + 1;
    expect(only(problems)).toMatchObject({ field: `body (baris ${line})`, message: expect.stringContaining('"tahap-2"') });
  });
});

describe('every message has a fix hint', () => {
  it('self-visit, follow-up before its visit, a missing playbook or innovation with no close match, a wrong kind', () => {
    expect(only(check([visit('2021-11-15', '', 'kabupaten-banyuwangi')])).hint).toContain('antardaerah');
    expect(only(check([visit(), followup('2021-11-01-mal', '2021-11-01', 'berjalan')])).hint).toContain('tanggal kunjungan');
    expect(only(check([innovation('playbook: zzzz-qqqq-xxxx\n')])).hint).toContain('npm run new -- playbook');
    expect(only(check([visit('2021-11-15', 'innovationsStudied: [zzzz-qqqq-xxxx]\n')])).hint).toContain('npm run new -- innovation');
    const region: RawEntry = { collection: 'regions', file: 'content/regions/kabupaten-bangli.md', text: `---\ncode: "51.06"\nkind: kota\n${SOURCES}---\n` };
    expect(only(check([region])).hint).toBe('tulis kind: kabupaten atau hapus isian kind');
  });
});

describe('files Astro cannot read or would refuse', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lintas-files-'));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('reports a folder named like an entry and a file that is not UTF-8, alongside the other problems', async () => {
    mkdirSync(join(dir, 'content/innovations/folder.md'), { recursive: true });
    writeFileSync(join(dir, 'content/innovations/latin1-banyuwangi.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'content/innovations/tanpa-judul-banyuwangi.md'), innovation().text.replace('title: Inovasi contoh\n', ''));
    const { problems } = await checkProject(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/innovations/folder.md', message: 'ini folder, bukan file entri' }),
        expect.objectContaining({ file: 'content/innovations/latin1-banyuwangi.md', message: 'file bukan teks UTF-8', hint: expect.stringContaining('UTF-8') }),
        expect.objectContaining({ file: 'content/innovations/tanpa-judul-banyuwangi.md', field: 'title' }),
      ]),
    );
  });

  it('finds the images Astro could not size: a text file named .jpg, an SVG without width, height or viewBox', async () => {
    expect(await imageDefects('a.jpg', Buffer.from('bukan gambar'))).toEqual([expect.objectContaining({ hint: expect.stringContaining('simpan ulang') })]);
    expect(await imageDefects('a.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toEqual([expect.objectContaining({ hint: expect.stringContaining('width dan height') })]);
    expect(await imageDefects('a.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><rect/></svg>'))).toEqual([]);
  });
});
