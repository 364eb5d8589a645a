/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied, not rendered again. A page renders only from
 * its `getStaticPaths` props and build-wide values (the site address, in Astro's config hash; the
 * "as of" date reaches a page only through its props), so its key is a digest of exactly those:
 * each content entry by its id and Astro's content digest (its file)
 * plus its parsed data (so a schema default that changes data without changing the file counts),
 * every other value by its contents, and the region data version (the official records and
 * figures, which every view reads). Astro adds the page's code (its module graph), the config and
 * the lockfile on its side.
 */
import { createHash } from 'node:crypto';
import type { Model } from './model.ts';

/**
 * A prop computed when it is used, not when `getStaticPaths` runs: Astro holds every route's props
 * for the whole build, and at national scale (60,000 pages) the pages' views held at once cost
 * gigabytes. The cache key still covers it: `contentDigest` computes it, digests it and lets it go;
 * the page computes it again when it renders (`get()`).
 */
export class Deferred<T> {
  readonly #make: () => T;
  constructor(make: () => T) {
    this.#make = make;
  }
  get(): T {
    return this.#make();
  }
}

export const deferred = <T>(make: () => T) => new Deferred(make);

/**
 * Digests of objects already written, by identity. Pages share most of what their props reach
 * (entries, regions, the model's maps): without this, every page re-walks them, which made the keys
 * cost grow with pages × shared data. The model is built once per build and not changed afterwards,
 * so an object's digest stays true for the whole build.
 */
const objectDigests = new WeakMap<object, string>();

/** Objects written as fewer pieces than this are written inline (hashing them would cost more than it saves). */
const MEMO_MIN_PIECES = 48;

/** Pieces that mark a cut cycle: a digest written under a cycle depends on the path and is not remembered. */
let cyclesCut = 0;

const hashOf = (pieces: string[]) => createHash('sha256').update(pieces.join('')).digest('hex').slice(0, 32);

/**
 * Writes a value by content into `out` (one string per piece, hashed once at the end: many small
 * hash updates cost 3–4× as much): objects with sorted keys, Maps and Sets by entries, strings
 * length-prefixed so no two values write the same text, cycles cut. A large object is written as
 * its own digest (`#…;`), computed once per build (`objectDigests`).
 */
function write(out: string[], value: unknown, path: Set<object>): void {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const known = objectDigests.get(value);
    if (known) {
      out.push(known);
      return;
    }
    if (path.has(value)) {
      cyclesCut++;
      out.push('cycle;');
      return;
    }
    const pieces: string[] = [];
    const cyclesBefore = cyclesCut;
    path.add(value);
    writeObject(pieces, value, path);
    path.delete(value);
    // A Deferred is remembered whatever its size: its value is made again on every get(), so only
    // the Deferred itself can carry the digest to the next route that shares it.
    if ((pieces.length < MEMO_MIN_PIECES && !(value instanceof Deferred)) || cyclesCut !== cyclesBefore) {
      for (const piece of pieces) out.push(piece);
      return;
    }
    const digest = `#${hashOf(pieces)};`;
    objectDigests.set(value, digest);
    out.push(digest);
    return;
  }
  writeValue(out, value);
}

/** A primitive or a Date. */
function writeValue(out: string[], value: unknown): void {
  if (value === null || value === undefined) {
    out.push(value === null ? 'n;' : 'u;');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(`s${value.length}:`, value);
      return;
    case 'number':
    case 'boolean':
    case 'bigint':
      out.push(`${typeof value}:${String(value)};`);
      return;
    case 'function':
    case 'symbol':
      // Functions (model helpers) are code: the page's module graph covers them.
      out.push('f;');
      return;
  }
  if (value instanceof Date) out.push(`d:${value.toISOString()};`);
}

/** An object's contents other than a Date's (the caller has put it on `path`). */
function writeObject(out: string[], object: object, path: Set<object>): void {
  const value = object;
  if (value instanceof Deferred) write(out, value.get(), path);
  else if (isEntry(value)) {
    // An Astro content entry: its file is in `digest`; `body` and `rendered` follow from it.
    out.push(`e:${value.collection}/${value.id}@${value.digest};`);
    write(out, value.data, path);
  } else if (Array.isArray(value)) {
    out.push(`a${value.length}[`);
    for (const item of value) write(out, item, path);
    out.push(']');
  } else if (value instanceof Map) {
    out.push(`m${value.size}{`);
    for (const [k, v] of value) {
      write(out, k, path);
      write(out, v, path);
    }
    out.push('}');
  } else if (value instanceof Set) {
    out.push(`t${value.size}{`);
    for (const item of value) write(out, item, path);
    out.push('}');
  } else {
    const keys = Object.keys(object).sort();
    out.push(`o${keys.length}{`);
    for (const key of keys) {
      out.push(`${key}=`);
      write(out, (object as Record<string, unknown>)[key], path);
    }
    out.push('}');
  }
}

interface EntryLike {
  id: string;
  collection: string;
  digest: string;
  data: unknown;
}

function isEntry(value: unknown): value is EntryLike {
  const v = value as Partial<EntryLike>;
  return typeof v.id === 'string' && typeof v.collection === 'string' && typeof v.digest === 'string' && 'data' in (value as object);
}

/** A hex digest of any value by content (see `write`). */
export function contentDigest(value: unknown): string {
  const out: string[] = [];
  write(out, value, new Set());
  return hashOf(out);
}

const regionVersions = new WeakMap<object, string>();

/** The region data version: a digest of every official record with its figures, once per model. */
export function regionDataVersion(site: Pick<Model, 'regions'>): string {
  let version = regionVersions.get(site.regions);
  if (!version) {
    version = contentDigest([...site.regions.values()].map((region) => region.official));
    regionVersions.set(site.regions, version);
  }
  return version;
}

/**
 * What every page depends on besides its props. Not the "as of" date: a page that reads it takes it
 * through its props, and a view of ages counted to it changes its key only when an age reads
 * differently, so a daily build does not render every page again.
 */
export interface BuildInputs {
  /** The region data version (`regionDataVersion`). */
  regionData: string;
  /**
   * Code that shapes every page's output but is outside its module graph, which Astro's own key
   * covers: the middleware that narrows each page's CSP before Astro caches it (src/middleware.ts,
   * src/lib/page-csp.ts). Without it, a changed rule would leave restored pages with the old one.
   */
  outsideCode: string;
}

/** Adds a `cacheKey` to each `getStaticPaths` entry: a digest of its params, its props and the build inputs. */
export function withCacheKeys<T extends { params: Record<string, string | undefined>; props?: unknown }>(paths: T[], inputs: BuildInputs): (T & { cacheKey: string })[] {
  const shared = `${inputs.regionData}|${inputs.outsideCode}|`;
  return paths.map((path) => ({ ...path, cacheKey: shared + contentDigest([path.params, path.props]) }));
}
