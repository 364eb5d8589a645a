/**
 * `npm run new`: every entry type scaffolds a file that passes the content check as written,
 * holds only what the author typed plus [ISI] placeholders, and is listed as a warning until
 * those are filled in. The CLI is run for real against a temporary copy of the seed corpus (tests/fixtures/corpora/seed/).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, checkProject, parseFrontmatter, PLACEHOLDER, type RawEntry } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { scaffold, type ScaffoldInput } from '../../src/lib/scaffold.ts';
import { ROOT, SEED_CORPUS, seedEntries } from '../fixtures/content.ts';

let official: OfficialRegions;
let seed: RawEntry[];
beforeAll(async () => {
  official = await loadOfficialRegions();
  seed = seedEntries();
});

const region = (slug: string) => official.bySlug.get(slug)!;
const asEntry = ({ path, text }: { path: string; text: string }): RawEntry => ({
  collection: path.split('/')[1] as RawEntry['collection'],
  file: path,
  text,
});

describe('scaffold: each type passes the check as written', () => {
  const cases: [string, () => ScaffoldInput, string][] = [
    ['visit', () => ({ type: 'visit', visitor: { region: region('kabupaten-bangli') }, host: region('kabupaten-banyuwangi'), date: '2021-11-15', title: 'Bangli belajar ke Banyuwangi' }), 'content/visits/2021-11-15-bangli-ke-banyuwangi.md'],
    ['visit by an institution', () => ({ type: 'visit', visitor: { institution: 'Universitas Udayana' }, host: region('kota-bandung'), date: '2022-01-03' }), 'content/visits/2022-01-03-universitas-udayana-ke-kota-bandung.md'],
    ['innovation', () => ({ type: 'innovation', host: region('kabupaten-banyuwangi'), title: 'Pasar Digital Desa', lastVerified: '2024-05-01' }), 'content/innovations/pasar-digital-desa-banyuwangi.md'],
    ['innovation whose title already names the host', () => ({ type: 'innovation', host: region('kabupaten-banyuwangi'), title: 'Festival Inovasi Banyuwangi', status: 'uji-coba', lastVerified: '2024-05-01' }), 'content/innovations/festival-inovasi-banyuwangi.md'],
    ['playbook', () => ({ type: 'playbook', owner: region('kabupaten-banyuwangi'), title: 'Membangun mal pelayanan publik', innovations: ['mal-pelayanan-publik-banyuwangi'], date: '2024-05-01' }), 'content/playbooks/membangun-mal-pelayanan-publik-banyuwangi.md'],
    ['region (regency)', () => ({ type: 'region', region: region('kota-bandung'), date: '2024-05-01' }), 'content/regions/kota-bandung.md'],
    ['region (province)', () => ({ type: 'region', region: region('jawa-barat'), date: '2024-05-01' }), 'content/regions/jawa-barat.md'],
  ];

  it.each(cases)('%s', (_name, input, path) => {
    const result = scaffold(input(), official);
    expect(result.path).toBe(path);
    const { problems, warnings } = checkContent([...seed, asEntry(result)], official);
    expect(problems).toEqual([]);
    // Every placeholder is listed, so the author sees what is left to fill in.
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.file === path)).toBe(true);
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'sources[0].title' }));
    expect(warnings).toContainEqual(expect.objectContaining({ field: '', message: expect.stringContaining('petunjuk "# ISI:"') }));
  });

  it('writes region codes in quotes and lets the official data fill name, kind and province', () => {
    const { text } = scaffold({ type: 'region', region: region('kabupaten-katingan'), date: '2024-05-01' }, official);
    expect(text).toContain('code: "62.06"');
    expect(parseFrontmatter(text).data).toMatchObject({ code: '62.06', name: 'Kabupaten Katingan', kind: 'kabupaten', province: 'kalimantan-tengah' });
  });

  it('holds only what the author typed: the visit names the two regions and the date, everything else is a placeholder', () => {
    const { text } = scaffold({ type: 'visit', visitor: { region: region('kabupaten-bangli') }, host: region('kabupaten-banyuwangi'), date: '2021-11-15', title: 'Judul: "kutipan" & lain-lain' }, official);
    const data = parseFrontmatter(text).data as Record<string, any>;
    expect(data.title).toBe('Judul: "kutipan" & lain-lain');
    // No delegation is forced: sources often name no leader, and the page says so itself.
    expect(data.delegation).toBeUndefined();
    expect(data.sources).toEqual([{ id: 'sumber-1', title: `${PLACEHOLDER} Judul berita atau notulen kunjungan`, date: '2021-11-15' }]);
    expect(Object.keys(data).sort()).toEqual(['date', 'host', 'sectors', 'sources', 'title', 'visitor']);
  });
});

describe('npm run new (the real CLI) against a copy of the seed corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-new-'));
  cpSync(join(SEED_CORPUS, 'content'), join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/new.ts'), ...args, '--root', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

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
