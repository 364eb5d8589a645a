/**
 * The fixture site: the whole site built from the fixture corpora (a copy of the seed and the synthetic
 * corpus, tests/fixtures/corpora/) instead of content/. Tests that assert particular entries — a named
 * visit, a ledger row, a search hit — read this site, so authors can change content/ freely.
 *
 * Built once per test run by the browser project's global setup (tests/support/global-setup.ts), in a cache folder
 * outside the repository, and reused while nothing it depends on has changed (source, corpora, lockfile,
 * the date that ages are computed against).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.ts';

/** Absolute path of the project root (no trailing slash). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Each corpus is a folder holding `content/` laid out like the project's. */
export const CORPORA_DIR = join(ROOT, 'tests', 'fixtures', 'corpora');
export const CORPORA = ['seed', 'synthetic'] as const;
export type CorpusName = (typeof CORPORA)[number];

/** Where the fixture site is built; LINTAS_FIXTURE_SITE moves it. */
export const FIXTURE_SITE_DIR = process.env.LINTAS_FIXTURE_SITE || join(ROOT, 'node_modules', '.cache', 'lintas-fixture-site');
export const FIXTURE_CONTENT_DIR = join(FIXTURE_SITE_DIR, 'content');
export const FIXTURE_DIST_DIR = join(FIXTURE_SITE_DIR, 'dist', sep);
const STAMP = join(FIXTURE_SITE_DIR, 'inputs.sha256');

/** The `content/` folder of a fixture corpus. */
export function corpusContentDir(name: CorpusName): string {
  return join(CORPORA_DIR, name, 'content');
}

/** Copies the corpora's content into `dest` (a content folder); two corpora may not hold the same file. */
export function copyCorpora(names: readonly CorpusName[], dest: string): void {
  const owner = new Map<string, CorpusName>();
  for (const name of names) {
    const from = corpusContentDir(name);
    for (const file of listFiles(from)) {
      const rel = relative(from, file);
      const earlier = owner.get(rel);
      if (earlier) throw new Error(`fixture corpora ${earlier} and ${name} both hold ${rel}; rename one of them`);
      owner.set(rel, name);
    }
    cpSync(from, dest, { recursive: true });
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** Everything the fixture site's HTML depends on. */
function inputsDigest(): string {
  const hash = createHash('sha256');
  const inputs = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json', ...CORPORA.map((c) => relative(ROOT, corpusContentDir(c)))];
  for (const input of inputs) {
    const path = join(ROOT, input);
    for (const file of statSync(path, { throwIfNoEntry: false })?.isDirectory() ? listFiles(path) : existsSync(path) ? [path] : []) {
      hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  // Ages and staleness are computed against today (or LINTAS_TODAY): yesterday's build is not today's site.
  hash.update(`today=${process.env.LINTAS_TODAY ?? new Date().toISOString().slice(0, 10)} site=${process.env.LINTAS_SITE ?? ''}`);
  return hash.digest('hex');
}

/**
 * Builds the fixture site unless an identical build is already there. Returns what it did, for the log.
 * The build is the project's own `astro build`, pointed at the copied corpora with LINTAS_CONTENT.
 */
export async function ensureFixtureSite(): Promise<{ built: boolean; ms: number }> {
  const started = Date.now();
  const digest = inputsDigest();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest && existsSync(join(FIXTURE_DIST_DIR, 'index.html'))) {
    return { built: false, ms: Date.now() - started };
  }
  // Astro's content cache for this folder (content.astro-cache, see src/lib/content-location.ts) is kept.
  for (const stale of [STAMP, FIXTURE_CONTENT_DIR, FIXTURE_DIST_DIR]) rmSync(stale, { recursive: true, force: true });
  mkdirSync(FIXTURE_CONTENT_DIR, { recursive: true });
  copyCorpora(CORPORA, FIXTURE_CONTENT_DIR);
  const { code, output } = await run(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', FIXTURE_DIST_DIR], ROOT, {
    LINTAS_CONTENT: FIXTURE_CONTENT_DIR,
  });
  if (code !== 0) throw new Error(`astro build of the fixture corpora (${CORPORA.join(' + ')}) failed:\n${output}`);
  writeFileSync(STAMP, digest);
  return { built: true, ms: Date.now() - started };
}
