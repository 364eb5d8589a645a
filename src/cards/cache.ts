/**
 * Content-hash cache for rendered cards. A card's key hashes everything its pixels depend on:
 * the spec (canonical JSON), TEMPLATE_VERSION, the source of the card modules, the font files and
 * the renderer's version (@takumi-rs/core). An unchanged card is therefore never rendered twice; any change
 * to the page's spec, a template, a font or the renderer misses and re-renders.
 * Entries are `<cacheDir>/<key>.png`, written atomically (temp file + rename).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontFiles } from './fonts.ts';
import { TEMPLATE_VERSION } from './templates.ts';
import type { CardSpec } from './spec.ts';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
/** Modules whose code decides a card's pixels. */
const RENDERING_SOURCES = ['templates.ts', 'text.ts', 'fonts.ts', 'render.ts', 'woff.ts'];

/** Default cache folder, relative to the project root. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/lintas-cards';

let rendererDigest: string | undefined;

/** A package's version from its package.json, found from its entry point (it does not export ./package.json). */
function packageVersion(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (dirname(dir) !== dir) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === pkg) return manifest.version ?? 'unknown';
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

/** Hash of templates, fonts and renderer versions; computed once per process. */
export function rendererFingerprint(): string {
  if (rendererDigest) return rendererDigest;
  const hash = createHash('sha256');
  hash.update(`template:${TEMPLATE_VERSION}\n`);
  for (const name of RENDERING_SOURCES) {
    const file = join(here, name);
    hash.update(`${name}:`).update(existsSync(file) ? readFileSync(file) : 'missing').update('\n');
  }
  for (const file of fontFiles()) hash.update(readFileSync(file));
  for (const pkg of ['@takumi-rs/core']) hash.update(`${pkg}@${packageVersion(pkg)}\n`);
  rendererDigest = hash.digest('hex');
  return rendererDigest;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of one card. */
export function cardKey(spec: CardSpec): string {
  return createHash('sha256').update(rendererFingerprint()).update('\n').update(canonicalJson(spec)).digest('hex').slice(0, 40);
}

export class CardCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  pathFor(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.pathFor(key));
  }

  /** Stores a PNG atomically; returns its path. */
  put(key: string, png: Buffer): string {
    const target = this.pathFor(key);
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, target);
    return target;
  }

  /**
   * Puts a cached PNG at `destination` (creating folders): a hard link where the file system allows
   * (a national build places ~51,000 cards; a link is two system calls, a copy reads and writes
   * every byte), a copy otherwise. Safe to share: `put` replaces an entry by rename, never in place,
   * so a published card never changes under the site. Returns the size in bytes.
   */
  copyTo(key: string, destination: string): number {
    const source = this.pathFor(key);
    mkdirSync(dirname(destination), { recursive: true });
    rmSync(destination, { force: true });
    try {
      linkSync(source, destination);
    } catch {
      copyFileSync(source, destination); // another file system (EXDEV) or no hard links here
    }
    return statSync(destination).size;
  }

  /**
   * Removes entries not in `keep`, but only once stale entries outnumber the live ones, so a
   * cache shared by a few branches is not emptied on every switch.
   */
  prune(keep: Set<string>): number {
    const stale = readdirSync(this.dir).filter((f) => f.endsWith('.png') && !keep.has(f.slice(0, -4)));
    if (stale.length <= Math.max(keep.size, 100)) return 0;
    for (const file of stale) rmSync(join(this.dir, file), { force: true });
    return stale.length;
  }
}
