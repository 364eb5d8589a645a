/**
 * Nothing half-published: a build that fails in a late step — the share cards, or a step after
 * the search index — leaves the previously built dist/ byte for byte as it was. Runs real
 * `astro build`s on a temporary copy of the project whose dist/ is a copy of the site built by
 * `npm test` (so this needs that build first, like the dist tests).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_DIR, assertDistBuilt } from '../support/dist.ts';
import { ROOT, edit } from '../fixtures/content.ts';

function astroBuild(cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(cwd, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd,
      env: {
        ...process.env,
        // The astro bin starts with `#!/usr/bin/env node`: make that the Node running the tests (22+).
        PATH: [join(cwd, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(':'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
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
    const dir = mkdtempSync(join(tmpdir(), 'lintas-atomic-'));
    dirs.push(dir);
    for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public', 'content']) {
      if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
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

    // 2. A step after the search index fails: the latest a build can fail before it is published.
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(
      config,
      edit(
        readFileSync(config, 'utf8'),
        'searchIndex(), atomicPublish()',
        "searchIndex(), { name: 'uji:gagal-di-akhir', hooks: { 'astro:build:done': () => { throw new Error('langkah terakhir gagal (uji)'); } } }, atomicPublish()",
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
