/**
 * Nothing half-published: a build that fails in a late step — the share cards, or a step after
 * the search index — leaves the previously built dist/ byte for byte as it was. Runs real
 * `astro build`s on a temporary copy of the project whose dist/ is a copy of the site built by
 * `npm test` (so this needs that build first, like the dist tests).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_DIR, assertDistBuilt } from '../support/dist.ts';
import { ROOT, edit } from '../fixtures/content.ts';
import { run, type RunResult } from '../support/run.ts';
import { projectCopy } from './project.ts';

function astroBuild(cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return run(join(cwd, 'node_modules', '.bin', 'astro'), ['build'], cwd, env, 170_000);
}

/** One digest over every file's path and bytes (and every folder's path), so any change shows. */
function treeDigest(dir: string): { files: number; digest: string } {
  const hash = createHash('sha256');
  let files = 0;
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      hash.update(`${relative(dir, full)}\0`);
      if (statSync(full).isDirectory()) walk(full);
      else {
        files++;
        hash.update(readFileSync(full));
      }
    }
  };
  walk(dir);
  return { files, digest: hash.digest('hex') };
}

describe('a failed build publishes nothing', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('leaves the previous dist/ byte-identical when the cards or the last step fail', { timeout: 360_000 }, async () => {
    assertDistBuilt();
    const dir = projectCopy();
    dirs.push(dir);
    cpSync(DIST_DIR, join(dir, 'dist'), { recursive: true });
    const before = treeDigest(join(dir, 'dist'));
    expect(before.files).toBeGreaterThan(500);

    // 1. The share cards fail (their cache folder cannot be created), after every page is written.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const cards = await astroBuild(dir, { LINTAS_CARD_CACHE: join(dir, 'not-a-folder', 'cache') });
    expect(cards.code, cards.output).not.toBe(0);
    expect(cards.output).toMatch(/ENOTDIR/);
    expect(existsSync(join(dir, '.dist-staging', 'daerah', 'kabupaten-katingan', 'index.html'))).toBe(true); // pages were written before it failed
    expect(treeDigest(join(dir, 'dist'))).toEqual(before);

    // 2. The step just before publishing fails: the latest a build can fail before it is published.
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(
      config,
      edit(
        readFileSync(config, 'utf8'),
        ' atomicPublish()]',
        " { name: 'uji:gagal-di-akhir', hooks: { 'astro:build:done': () => { throw new Error('langkah terakhir gagal (uji)'); } } }, atomicPublish()]",
      ),
    );
    const late = await astroBuild(dir);
    expect(late.code, late.output).not.toBe(0);
    expect(late.output).toContain('langkah terakhir gagal (uji)');
    expect(late.output).toMatch(/halaman diindeks/); // the search index had been written (into staging)
    expect(existsSync(join(dir, '.dist-staging', 'pagefind'))).toBe(true);
    expect(treeDigest(join(dir, 'dist'))).toEqual(before);
  });
});
