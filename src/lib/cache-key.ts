/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied, not rendered again. A page renders only from
 * its `getStaticPaths` props and build-wide values (the "as of" date, the site address), so its key
 * is a digest of exactly those: each content entry by its id and Astro's content digest (its file)
 * plus its parsed data (so a schema default that changes data without changing the file counts),
 * every other value by its contents, and the region data version (the official records and
 * figures, which every view reads). Astro adds the page's code (its module graph), the config and
 * the lockfile on its side.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Model } from './model.ts';

/** Feeds a value into the hash by content: objects with sorted keys, Maps and Sets by entries, cycles cut. */
function feed(hash: Hash, value: unknown, path: Set<object>): void {
  if (value === null || value === undefined) {
    hash.update(value === null ? 'n;' : 'u;');
    return;
  }
  switch (typeof value) {
    case 'string':
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
    case 'boolean':
    case 'bigint':
      hash.update(`${typeof value}:${String(value)};`);
      return;
    case 'function':
    case 'symbol':
      // Functions (model helpers) are code: the page's module graph covers them.
      hash.update('f;');
      return;
  }
  const object = value as object;
  if (path.has(object)) {
    hash.update('cycle;');
    return;
  }
  path.add(object);
  if (value instanceof Date) hash.update(`d:${value.toISOString()};`);
  else if (isEntry(value)) {
    // An Astro content entry: its file is in `digest`; `body` and `rendered` follow from it.
    hash.update(`e:${value.collection}/${value.id}@${value.digest};`);
    feed(hash, value.data, path);
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`);
    for (const item of value) feed(hash, item, path);
    hash.update(']');
  } else if (value instanceof Map) {
    hash.update(`m${value.size}{`);
    for (const [k, v] of value) {
      feed(hash, k, path);
      feed(hash, v, path);
    }
    hash.update('}');
  } else if (value instanceof Set) {
    hash.update(`t${value.size}{`);
    for (const item of value) feed(hash, item, path);
    hash.update('}');
  } else {
    const keys = Object.keys(object).sort();
    hash.update(`o${keys.length}{`);
    for (const key of keys) {
      hash.update(`${key}=`);
      feed(hash, (object as Record<string, unknown>)[key], path);
    }
    hash.update('}');
  }
  path.delete(object);
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

/** A hex digest of any value by content (see `feed`). */
export function contentDigest(value: unknown): string {
  const hash = createHash('sha256');
  feed(hash, value, new Set());
  return hash.digest('hex').slice(0, 32);
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

/** What every page depends on besides its props. */
export interface BuildInputs {
  /** The "as of" date ages and staleness are stated at. */
  buildDate: string;
  /** The region data version (`regionDataVersion`). */
  regionData: string;
}

/** Adds a `cacheKey` to each `getStaticPaths` entry: a digest of its params, its props and the build inputs. */
export function withCacheKeys<T extends { params: Record<string, string | undefined>; props?: unknown }>(paths: T[], inputs: BuildInputs): (T & { cacheKey: string })[] {
  const shared = `${inputs.buildDate}|${inputs.regionData}|`;
  return paths.map((path) => ({ ...path, cacheKey: shared + contentDigest([path.params, path.props]) }));
}
