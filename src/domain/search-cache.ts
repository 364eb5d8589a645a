/**
 * Which search bundles must be indexed again. Each bundle (the hub and every province bundle of
 * src/domain/search-bundles.ts) gets one key: a digest of everything its Pagefind output depends
 * on — the Pagefind version and settings, what the integration does to the output afterwards, the
 * bundle's path, and per member page its URL and the exact HTML sent. An unchanged key means Pagefind would
 * write the same bundle, so the previous one is placed instead. A cache entry carries a listing
 * of its files (size and SHA-256); an entry that does not match its listing is never used.
 * Pure: the search-index integration (src/lib/search-cache.ts for the files) and the tests use it.
 */
import { createHash } from 'node:crypto';

/** Raised when what a cache entry holds or how it is laid out changes, so older entries are not used. */
export const SEARCH_CACHE_FORMAT = 1;

/** The file in every cache entry that lists its other files; written last. */
export const ENTRY_LISTING = 'lintas-entry.json';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** One page sent to Pagefind: its URL and the digest of the HTML sent. */
export const memberDigest = (url: string, sent: string | Uint8Array) => `${url}\u0000${sha256(sent)}`;

export interface BundleInputs {
  /** '' for the hub, 'wilayah/<province>/' otherwise. */
  path: string;
  /** Everything global that changes Pagefind's output: its version, createIndex options, files removed afterwards. */
  settings: Record<string, unknown>;
  /** memberDigest of each page sent with addHTMLFile. */
  pages: string[];
}

/** Key order and member order do not matter (the site is walked in directory order); content does. */
export function bundleKey(inputs: BundleInputs): string {
  const hash = createHash('sha256');
  hash.update(`lintas-search ${SEARCH_CACHE_FORMAT}\n${inputs.path}\n${canonical(inputs.settings)}\n`);
  hash.update('pages\n');
  for (const p of [...inputs.pages].sort()) hash.update(`${p}\n`);
  return hash.digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a cache entry's listing file holds. */
export interface EntryListing {
  format: number;
  key: string;
  /** The bundle's path ('' for the hub), for whoever looks into the cache. */
  bundle: string;
  /** Relative path ('/'-separated) → [size in bytes, SHA-256]. */
  files: Record<string, [number, string]>;
}

/**
 * Why a cache entry may not be used, or null when it holds exactly the files its listing names
 * with their sizes and digests. `found` is what is on disk now (the listing file itself aside).
 */
export function entryProblem(key: string, listing: unknown, found: Record<string, [number, string]>): string | null {
  if (!listing || typeof listing !== 'object') return 'daftar berkas tidak ada atau rusak';
  const l = listing as Partial<EntryListing>;
  if (l.format !== SEARCH_CACHE_FORMAT) return `format ${String(l.format)}, bukan ${SEARCH_CACHE_FORMAT}`;
  if (l.key !== key) return 'kunci tidak cocok';
  if (!l.files || typeof l.files !== 'object' || Object.keys(l.files).length === 0) return 'daftar berkas kosong';
  for (const [file, [size, digest]] of Object.entries(l.files)) {
    const have = found[file];
    if (!have) return `${file} hilang`;
    if (have[0] !== size) return `${file} berukuran ${have[0]} B, seharusnya ${size} B`;
    if (have[1] !== digest) return `${file} isinya berubah`;
  }
  const extra = Object.keys(found).find((f) => !(f in l.files!));
  return extra ? `${extra} tidak ada dalam daftar` : null;
}
