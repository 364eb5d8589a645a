/**
 * The real `astro build` on copies of the project with the seed corpus (tests/fixtures/corpora/seed/), two builds:
 * a visit scaffolded with the real `npm run new` from names as a host would type them is published and linked
 * from its region; and two planted mistakes in two files make the build exit non-zero listing both, each under
 * its file with the field and the bad value, with no dist/ written. Each build is a real Astro process (minutes
 * on a loaded machine), so only what needs a build is tested here; the check's rules are unit-tested.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_CORPUS, edit } from '../fixtures/content.ts';
import { blockOf, projectCopy, run } from './project.ts';

const VISIT = 'content/visits/2019-07-02-katingan-ke-banyuwangi.md';
const INNOVATION = 'content/innovations/mal-pelayanan-publik-banyuwangi.md';

describe('astro build', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('publishes a visit scaffolded from names as a host would type them', { timeout: 450_000 }, async () => {
    const dir = projectCopy(SEED_CORPUS);
    dirs.push(dir);
    const scaffolded = await run(process.execPath, [join(dir, 'src/cli/new.ts'), 'visit', '--from', 'Bangli', '--to', 'banyuwangi', '--date', '2021-11-15', '--title', 'Kabupaten Bangli belajar ke Banyuwangi', '--root', dir], dir);
    expect(scaffolded.code, scaffolded.output).toBe(0);
    const { code, output } = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir);
    expect(code, output).toBe(0);
    const page = readFileSync(join(dir, 'dist/kunjungan/2021-11-15-bangli-ke-banyuwangi/index.html'), 'utf8');
    expect(page).toContain('Kabupaten Bangli belajar ke Banyuwangi');
    expect(page).toContain('href="/daerah/kabupaten-bangli/"');
    expect(readFileSync(join(dir, 'dist/daerah/kabupaten-bangli/index.html'), 'utf8')).toContain('/kunjungan/2021-11-15-bangli-ke-banyuwangi/');
  });

  it('fails on bad content and names the file, field and bad value of every problem', { timeout: 450_000 }, async () => {
    const dir = projectCopy(SEED_CORPUS);
    dirs.push(dir);

    const change = (file: string, from: string, to: string) =>
      writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8'), from, to));
    change(VISIT, 'host: kabupaten-banyuwangi', 'host: kabupaten-banyuwang');
    change(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 2019-02-30');

    const { code, output } = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir);

    expect(code, output).not.toBe(0);
    expect(blockOf(output, VISIT), output).toContainEqual(expect.stringMatching(/^\s*- host: .*"kabupaten-banyuwang"/));
    expect(blockOf(output, INNOVATION), output).toContainEqual(expect.stringMatching(/^\s*- lastVerified: .*2019-02-30/));
    expect(existsSync(join(dir, 'dist')), 'nothing is published').toBe(false);
  });
});
