/**
 * `npm run new` run for real (a child process per call) against a temporary copy of the seed corpus
 * (tests/fixtures/corpora/seed/): what it writes passes the content check, and what it refuses it names.
 * The pure scaffold rules are unit-tested in tests/unit/scaffold.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/check/index.ts';
import { checkProject } from '../../src/lib/check/index.ts';
import { SEED_CORPUS } from '../fixtures/content.ts';
import { runNew } from './run-new.ts';

describe('npm run new (the real CLI) against a copy of the seed corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-new-'));
  cpSync(join(SEED_CORPUS, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => runNew(dir, ...args);

  it('scaffolds a visit from flags, prints its path, and the project still passes the check', async () => {
    const out = run('visit', '--from', 'Bangli', '--to', 'banyuwangi', '--date', '2021-11-15', '--title', 'Kabupaten Bangli belajar ke Banyuwangi');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.trim()).toBe('content/visits/2021-11-15-bangli-ke-banyuwangi.md');
    const text = readFileSync(join(dir, 'content/visits/2021-11-15-bangli-ke-banyuwangi.md'), 'utf8');
    expect(parseFrontmatter(text).data).toMatchObject({ visitor: { region: 'kabupaten-bangli' }, host: 'kabupaten-banyuwangi', date: '2021-11-15' });
    const { problems, warnings } = await checkProject(dir);
    expect(problems).toEqual([]);
    expect(warnings.some((w) => w.file.endsWith('2021-11-15-bangli-ke-banyuwangi.md'))).toBe(true);
  });

  it('scaffolds the other three types from flags, and the project still passes the check', async () => {
    for (const args of [
      ['innovation', '--host', '35.10', '--title', 'Pasar Digital Desa'],
      ['playbook', '--owner', 'Kabupaten Banyuwangi', '--title', 'Membangun mal pelayanan publik', '--innovation', 'mal-pelayanan-publik-banyuwangi'],
      ['region', '--region', 'Kota Bandung'],
    ]) {
      const out = run(...args);
      expect(out.code, out.stderr).toBe(0);
      expect(existsSync(join(dir, out.stdout.trim()))).toBe(true);
    }
    expect((await checkProject(dir)).problems).toEqual([]);
  });

  it('scaffolds a follow-up on an existing commitment, which then sets the commitment\'s status', async () => {
    const out = run('followup', '--visit', '2019-07-02-katingan-ke-banyuwangi', '--commitment', 'lounge-data-layar-sentuh', '--date', '2020-01-15', '--status', 'direncanakan');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.trim()).toBe('content/followups/2020-01-15-lounge-data-layar-sentuh.md');
    const { problems, content } = await checkProject(dir);
    expect(problems).toEqual([]);
    expect(content.followups.get('2020-01-15-lounge-data-layar-sentuh')).toMatchObject({ status: 'direncanakan', visit: '2019-07-02-katingan-ke-banyuwangi' });
  });

  it('refuses a follow-up on a commitment the visit does not have, listing the ones it has', () => {
    const out = run('followup', '--visit', '2019-07-02-katingan-ke-banyuwangi', '--commitment', 'lounge', '--date', '2020-01-15', '--status', 'berjalan');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('pilih: lounge-data-layar-sentuh');
  });

  it('refuses to overwrite an existing file', () => {
    const out = run('region', '--region', 'Kota Bandung');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('sudah ada');
  });

  it('lists both choices for an ambiguous name ("Bandung") and exits non-zero without writing', () => {
    const out = run('visit', '--from', 'Bangli', '--to', 'Bandung', '--date', '2021-11-16');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('Kabupaten Bandung (32.04)');
    expect(out.stderr).toContain('Kota Bandung (32.73)');
    expect(existsSync(join(dir, 'content/visits/2021-11-16-bangli-ke-bandung.md'))).toBe(false);
  });

  it('suggests the closest name for a misspelt region', () => {
    const out = run('visit', '--from', 'Banglii', '--to', 'Banyuwangie', '--date', '2021-11-16');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/"Banglii" tidak ditemukan[\s\S]*Kabupaten Bangli \(51\.06\)/);
    expect(out.stderr).toMatch(/"Banyuwangie" tidak ditemukan[\s\S]*Kabupaten Banyuwangi \(35\.10\)/);
  });

  it('without a terminal, fails listing every missing flag', () => {
    const out = run('visit', '--from', 'Bangli');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('--to, --date');
  });

  it('rejects an impossible date', () => {
    const out = run('visit', '--from', 'Bangli', '--to', 'Banyuwangi', '--date', '2019-02-30');
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('2019-02-30');
  });
});
