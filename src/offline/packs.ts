/**
 * Offline packs: a page and what a delegation needs with it, saved together in one Cache Storage
 * cache with every stylesheet and script those pages load, so a saved page never meets another
 * build's assets. Shared by the page script (saving, listing, removing) and the service worker
 * (serving, refreshing after a new build). Runs in browsers only; no DOM needed.
 */

/** The page that lists saved packs; the worker shows it for a page that is neither saved nor reachable. */
export const OFFLINE_PAGE = '/tersimpan/';

/** `/tersimpan/?simpan=<page>` saves that page's pack. */
export const SAVE_PARAM = 'simpan';

/** The pack a built page declares on its save link (see SavePack.astro), or undefined. */
export function packDeclaredIn(html: string): PackRequest | undefined {
  const link = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>('[data-save-pack]');
  return link ? (JSON.parse(link.dataset.savePack!) as PackRequest) : undefined;
}

/** Header the worker adds to a copy it served because the network failed. */
export const FROM_DEVICE = 'x-lintas-dari-perangkat';

/**
 * Whether the site is out of reach. `navigator.onLine` says only that a network is attached (a
 * phone on a signal with no internet says true), so the site itself is asked; through the worker a
 * failed request comes back as a marked copy.
 */
export async function siteUnreachable(): Promise<boolean> {
  if (!navigator.onLine) return true;
  try {
    const response = await fetch(`/pagefind/pagefind-entry.json?cek=${Date.now()}`, { cache: 'no-store' });
    return response.headers.has(FROM_DEVICE);
  } catch {
    return true;
  }
}

/** Cache names: `lintas-pack:<id>:<saved at ms>`; the newest per id is the pack, older ones are being replaced. */
export const PACK_PREFIX = 'lintas-pack:';
/** Where a pack's description is kept inside its own cache (never a real page address). */
export const PACK_META_PATH = '/__lintas/paket.json';

export interface PackRequest {
  /** The page the pack was saved from; it names the pack. */
  id: string;
  title: string;
  /** Site paths of the pages in the pack, the saved page first. */
  paths: string[];
}

export interface PackMeta extends PackRequest {
  /** ISO time it was saved or last refreshed. */
  savedAt: string;
  /** Bytes stored: pages and their assets. */
  bytes: number;
}

/** Stylesheets, scripts and module preloads a built page loads from Astro's hashed asset folder. */
export function assetsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"?#]+)"/g)].map((m) => m[1]!))];
}

/** The modules a built script imports (Vite writes `from"./chunk.js"` and `import("./chunk.js")`), as site paths. */
export function importsOf(js: string, from: string): string[] {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => dir + m[1]!.slice(2));
}

/** Every asset reached from `start`, following script imports; `read` gives a script's text. */
export async function withImports(start: Iterable<string>, read: (path: string) => Promise<string> | string): Promise<string[]> {
  const seen = new Set(start);
  const queue = [...seen];
  while (queue.length) {
    const path = queue.shift()!;
    if (!path.endsWith('.js')) continue;
    for (const next of importsOf(await read(path), path)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

const cacheName = (id: string, at: number) => `${PACK_PREFIX}${id}:${at}`;
const idOf = (name: string) => name.slice(PACK_PREFIX.length, name.lastIndexOf(':'));

/**
 * Fetches every page of the pack and every asset they load, and only when all arrived stores them
 * as one new cache, then drops the pack's older copy: a failed refresh leaves the old pack whole.
 */
export async function savePack(request: PackRequest, now = Date.now()): Promise<PackMeta> {
  const fetched: [string, Response][] = [];
  const assets = new Set<string>();
  for (const path of request.paths) {
    const response = await fetch(path, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const html = await response.clone().text();
    for (const asset of assetsOf(html)) assets.add(asset);
    fetched.push([path, response]);
  }
  const responses = new Map<string, Response>();
  const get = async (asset: string) => {
    const response = await fetch(asset);
    if (!response.ok) throw new Error(`${asset}: ${response.status}`);
    responses.set(asset, response);
    return response.clone().text();
  };
  for (const asset of await withImports(assets, get)) {
    if (!responses.has(asset)) await get(asset);
    fetched.push([asset, responses.get(asset)!]);
  }
  let bytes = 0;
  const bodies = await Promise.all(fetched.map(async ([url, r]) => [url, r, await r.clone().arrayBuffer()] as const));
  for (const [, , body] of bodies) bytes += body.byteLength;
  const meta: PackMeta = { ...request, savedAt: new Date(now).toISOString(), bytes };
  const name = cacheName(request.id, now);
  const cache = await caches.open(name);
  await Promise.all(bodies.map(([url, r]) => cache.put(url, r)));
  await cache.put(PACK_META_PATH, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
  for (const other of await caches.keys()) if (other.startsWith(PACK_PREFIX) && other !== name && idOf(other) === request.id) await caches.delete(other);
  return meta;
}

/** Every saved pack, newest first. */
export async function listPacks(): Promise<PackMeta[]> {
  const names = (await caches.keys()).filter((n) => n.startsWith(PACK_PREFIX));
  const newest = new Map<string, string>();
  for (const name of names) {
    const id = idOf(name);
    const other = newest.get(id);
    if (!other || Number(name.slice(name.lastIndexOf(':') + 1)) > Number(other.slice(other.lastIndexOf(':') + 1))) newest.set(id, name);
  }
  const metas = await Promise.all(
    [...newest.values()].map(async (name) => (await (await caches.open(name)).match(PACK_META_PATH))?.json() as Promise<PackMeta> | undefined),
  );
  return metas.filter((m): m is PackMeta => m !== undefined).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function removePack(id: string): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(PACK_PREFIX) && idOf(name) === id) await caches.delete(name);
}

/** Whether a site path is in some saved pack. */
export async function isSaved(path: string): Promise<boolean> {
  for (const name of await caches.keys()) {
    if (name.startsWith(PACK_PREFIX) && (await (await caches.open(name)).match(path))) return true;
  }
  return false;
}
