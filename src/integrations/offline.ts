/**
 * Offline reading: after the search index is written, bundles src/offline/worker.ts into /sw.js
 * with this build's id and the small precache (the saved-pages page with its assets, and
 * Pagefind's engine, entry and metadata so search can start offline). The id changes whenever a
 * page, an asset or the search index changes, so browsers pick up the new worker, which then
 * refreshes saved packs. Fails the build when the worker or the precache exceeds its budget.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { OFFLINE_PAGE, assetsOf, withImports } from '../offline/packs.ts';
import { SEARCH_MANIFEST_FILE } from '../domain/search-bundles.ts';

/** Budgets from the offline issue, compressed bytes. */
export const WORKER_BUDGET = 10_000;
export const PRECACHE_BUDGET = 200_000;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** What the worker fetches ahead: the saved-pages page, its assets, and Pagefind's start-up files. */
export async function precacheList(dist: string): Promise<string[]> {
  const page = join(dist, ...OFFLINE_PAGE.split('/').filter(Boolean), 'index.html');
  const assets = await withImports(assetsOf(readFileSync(page, 'utf8')), (path) => readFileSync(join(dist, path), 'utf8'));
  const list = [OFFLINE_PAGE, ...assets, '/favicon.svg'];
  const entryFile = join(dist, 'pagefind', 'pagefind-entry.json');
  if (existsSync(entryFile)) {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
    list.push('/pagefind/pagefind.js', '/pagefind/pagefind-entry.json');
    if (existsSync(join(dist, 'pagefind', SEARCH_MANIFEST_FILE))) list.push(`/pagefind/${SEARCH_MANIFEST_FILE}`);
    for (const { hash, wasm } of Object.values(entry.languages)) {
      list.push(`/pagefind/pagefind.${hash}.pf_meta`);
      if (wasm) list.push(`/pagefind/wasm.${wasm}.pagefind`);
    }
  }
  return list;
}

/**
 * Path and size of every file, plus the search index's own content hash: cheap at 60k pages (no
 * file is read), and any real change moves it. (A same-length edit the index does not see would
 * not; visited pages still refresh themselves in the background.)
 */
export function buildId(dist: string): string {
  const hash = createHash('sha256');
  for (const file of [...files(dist)].sort()) {
    const path = relative(dist, file).split(sep).join('/');
    if (path === 'sw.js') continue;
    hash.update(`${path}\0${statSync(file).size}\n`);
  }
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  if (existsSync(entry)) hash.update(readFileSync(entry));
  return hash.digest('hex').slice(0, 16);
}

export interface WrittenWorker {
  id: string;
  precache: string[];
  /** Compressed (gzip) bytes. */
  workerBytes: number;
  precacheBytes: number;
}

/** Writes `sw.js` into a built site; throws when a budget is exceeded. */
export async function writeWorker(dist: string): Promise<WrittenWorker> {
  const precache = await precacheList(dist);
  const id = buildId(dist);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../offline/worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    define: { LINTAS_BUILD: JSON.stringify(id), LINTAS_PRECACHE: JSON.stringify(precache) },
  });
  const worker = result.outputFiles[0]!.contents;
  writeFileSync(join(dist, 'sw.js'), worker);
  const workerBytes = gzipSync(worker).length;
  const precacheBytes = precache.reduce((sum, path) => {
    const file = path === OFFLINE_PAGE ? join(dist, path, 'index.html') : join(dist, path);
    return sum + gzipSync(readFileSync(file)).length;
  }, 0);
  if (workerBytes > WORKER_BUDGET) throw new Error(`sw.js ${workerBytes} B terkompresi, melebihi ${WORKER_BUDGET} B`);
  if (precacheBytes > PRECACHE_BUDGET) throw new Error(`Precache ${precacheBytes} B terkompresi, melebihi ${PRECACHE_BUDGET} B`);
  return { id, precache, workerBytes, precacheBytes };
}

export function offline(): AstroIntegration {
  return {
    name: 'lintas:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { id, precache, workerBytes, precacheBytes } = await writeWorker(fileURLToPath(dir));
        logger.info(`sw.js ${workerBytes} B, precache ${precache.length} berkas ${precacheBytes} B (gzip), versi ${id}`);
      },
    },
  };
}
