/**
 * `npm run new` for the facts real sources give (issue 13, items 3, 5, 6, 7): month- and
 * year-precise dates, institutions, later news of an innovation, a second delegation on the same
 * day, did-you-mean for partial slugs. Runs the real CLI on a temporary copy of the fixture
 * corpus in tests/fixtures/partial-facts/ (never content/).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, checkProject, parseFrontmatter, PLACEHOLDER, readContent } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { scaffold, uniquePath } from '../../src/lib/scaffold.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/partial-facts');

let official: OfficialRegions;
beforeAll(async () => {
  official = await loadOfficialRegions();
}, 60_000);
const region = (slug: string) => official.bySlug.get(slug)!;

describe('scaffold (pure)', () => {
  it('writes a month-precise visit: file name and page text use the month, the source date is marked as a guess to replace', () => {
    const result = scaffold({ type: 'visit', visitor: { region: region('kabupaten-bangli') }, host: region('kabupaten-banyuwangi'), date: '2021-06' }, official);
    expect(result.path).toBe('content/visits/2021-06-bangli-ke-banyuwangi.md');
    expect(result.text).toContain('Pada Juni 2021, Kabupaten Bangli berkunjung');
    expect(parseFrontmatter(result.text).data).toMatchObject({ date: '2021-06', sources: [{ date: '2021-06-01' }] });
    expect(result.text).toMatch(/# ISI: tanggal terbit sumber .*2021-06-01 hanya isian awal/);
    const { problems, warnings } = checkContent([...readContent(FIXTURE), { collection: 'visits', file: 'content/visits/2021-06-bangli-ke-banyuwangi-3.md', text: result.text }], official);
    expect(problems).toEqual([]);
    expect(warnings.filter((w) => w.file.endsWith('-3.md')).length).toBeGreaterThan(0);
  });

  it('names an institution visit <date>-<institution>-ke-<host>, with a year-precise date quoted so YAML keeps it text', () => {
    const result = scaffold({ type: 'visit', visitor: { institution: 'Kementerian Dalam Negeri' }, host: region('kabupaten-banyuwangi'), date: '2016' }, official);
    expect(result.path).toBe('content/visits/2016-kementerian-dalam-negeri-ke-banyuwangi.md');
    expect(result.text).toContain('date: "2016"');
    expect(result.text).not.toContain(`role: "${PLACEHOLDER}`);
  });

  it('writes news of an innovation that passes the check and lists its placeholders', () => {
    const result = scaffold({ type: 'news', innovation: 'layanan-uji-desa-banyuwangi', date: '2023' }, official);
    expect(result.path).toBe('content/news/2023-layanan-uji-desa-banyuwangi.md');
    const { problems, warnings } = checkContent([...readContent(FIXTURE), { collection: 'news', file: result.path, text: result.text }], official);
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ file: result.path, field: 'statements[0].text' }));
  });

  it('numbers a second entry of the same day instead of refusing it; refuses a second profile of one region', () => {
    const taken = new Set(['content/visits/a.md', 'content/visits/a-2.md', 'content/regions/kota-bandung.md']);
    expect(uniquePath('visit', 'content/visits/a.md', (p) => taken.has(p))).toBe('content/visits/a-3.md');
    expect(uniquePath('visit', 'content/visits/b.md', (p) => taken.has(p))).toBe('content/visits/b.md');
    expect(uniquePath('region', 'content/regions/kota-bandung.md', (p) => taken.has(p))).toBeUndefined();
  });
});

describe('npm run new on a copy of the fixture corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-partial-'));
  cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/new.ts'), ...args, '--root', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
  };

  it('takes --date 2021-06, and gives a second delegation on the same day its own file with a note', { timeout: 60_000 }, async () => {
    const first = run('visit', '--from', 'Bangli', '--to', 'banyuwangi', '--date', '2021-06');
    expect(first.code, first.stderr).toBe(0);
    // The corpus already holds 2021-06-bangli-ke-banyuwangi.md: the new one is numbered, not refused.
    expect(first.stdout).toBe('content/visits/2021-06-bangli-ke-banyuwangi-2.md');
    expect(first.stderr).toContain('sudah ada');
    expect(parseFrontmatter(readFileSync(join(dir, first.stdout), 'utf8')).data).toMatchObject({ date: '2021-06' });
    const news = run('kabar', '--innovation', 'layanan-uji-desa-banyuwangi', '--date', '2023-02', '--status', 'berjalan');
    expect(news.code, news.stderr).toBe(0);
    expect(news.stdout).toBe('content/news/2023-02-layanan-uji-desa-banyuwangi.md');
    expect((await checkProject(dir)).problems).toEqual([]);
  });

  it('suggests --institution when --from is not a region, and refuses both at once', { timeout: 60_000 }, () => {
    const ministry = run('visit', '--from', 'Kementerian Dalam Negeri', '--to', 'banyuwangi', '--date', '2016');
    expect(ministry.code).not.toBe(0);
    expect(ministry.stderr).toContain('--institution "Kementerian Dalam Negeri"');
    const both = run('visit', '--from', 'Bangli', '--institution', 'Kementerian Dalam Negeri', '--to', 'banyuwangi', '--date', '2016');
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('salah satu saja');
  });

  it('offers the full slug for a partial one, and refuses a date that is neither a day, a month nor a year', { timeout: 60_000 }, () => {
    const partial = run('news', '--innovation', 'layanan-uji-desa', '--date', '2023');
    expect(partial.code).not.toBe(0);
    expect(partial.stderr).toContain('maksud Anda "layanan-uji-desa-banyuwangi"?');
    const bad = run('visit', '--from', 'Bangli', '--to', 'banyuwangi', '--date', 'Juni 2021');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('2021-06 (bulan saja)');
  });
});
