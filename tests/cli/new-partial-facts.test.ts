/**
 * `npm run new` run for real for the facts real sources give (issue 13): month- and year-precise dates,
 * institutions, later news of an innovation, a second delegation on the same day, did-you-mean for partial slugs.
 * Runs the CLI on a temporary copy of tests/fixtures/partial-facts/ (never content/); the pure scaffold rules are
 * unit-tested in tests/unit/scaffold-partial-facts.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/lib/check/index.ts';
import { ROOT } from '../fixtures/content.ts';
import { runNew } from './run-new.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/partial-facts');

describe('npm run new on a copy of the fixture corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-partial-'));
  cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const out = runNew(dir, ...args);
    return { ...out, stdout: out.stdout.trim() };
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
