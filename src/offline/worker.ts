/**
 * Lintas's service worker, bundled by src/integrations/offline.ts into /sw.js with this build's id
 * and precache list. Pages: the network's copy if it answers within a few seconds, else the saved
 * or visited copy (marked as a copy), else the saved-pages page. Not stale-while-revalidate: a
 * reading page has no script to say a newer version exists, and an outdated commitment status is a
 * wrong fact. Visited pages are kept (bounded). Assets and search chunks: cache-first (their names
 * carry a hash). A new build drops the visited copies, whose assets may be gone, and refreshes
 * every saved pack whole, then tells open pages that have a script.
 */
/// <reference lib="webworker" />
import { FROM_DEVICE, OFFLINE_PAGE, listPacks, savePack } from './packs.ts';

declare const self: ServiceWorkerGlobalScope;
declare const LINTAS_BUILD: string;
declare const LINTAS_PRECACHE: string[];

const CORE = `lintas-inti:${LINTAS_BUILD}`;
const SEARCH = `lintas-cari:${LINTAS_BUILD}`;
const VISITED = 'lintas-halaman';
const BUILD_MARK = 'lintas-versi';
/** Where the build id is kept: never a page's address, since page lookups search every cache. */
const BUILD_KEY = '/__lintas/versi';
/** How long a page may take on a weak signal before the saved copy is shown instead. */
const PATIENCE_MS = 4000;
const COPY_NOTE =
  '<p class="update-note" role="note">Anda membaca salinan yang tersimpan di perangkat ini, karena situs tidak terjangkau. Versi terbaru perlu sambungan.</p>';
/** Pages read but not saved, kept so the way back works offline; the oldest go first. */
const VISITED_LIMIT = 40;

const saveData = () => (self.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // On Save-Data nothing is fetched ahead: only what the reader opens or saves.
      if (!saveData()) await (await caches.open(CORE)).addAll(LINTAS_PRECACHE);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const mark = await caches.open(BUILD_MARK);
      const previous = await (await mark.match(BUILD_KEY))?.text();
      const updated = previous !== undefined && previous !== LINTAS_BUILD;
      for (const name of await caches.keys()) {
        const stale = (name.startsWith('lintas-inti:') && name !== CORE) || (name.startsWith('lintas-cari:') && name !== SEARCH) || (updated && name === VISITED);
        if (stale) await caches.delete(name);
      }
      await mark.put(BUILD_KEY, new Response(LINTAS_BUILD));
      await self.clients.claim();
      if (!updated) return;
      // Each pack is fetched again whole; one that fails keeps its previous, self-consistent copy.
      for (const pack of await listPacks()) await savePack(pack).catch(() => undefined);
      for (const client of await self.clients.matchAll()) client.postMessage({ type: 'lintas:versi-baru' });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request, VISITED));
  // The entry file is asked for with a changing ?ts=; the network's copy is the truth, the cached one the offline fallback.
  // The entry and the search page's map of the index are fixed names whose content changes with each build.
  else if (url.pathname.endsWith('/pagefind-entry.json') || url.pathname.endsWith('/lintas-cari.json')) event.respondWith(networkFirst(request, SEARCH));
  else if (url.pathname.startsWith('/pagefind/')) event.respondWith(cacheFirst(request, SEARCH));
  else event.respondWith(networkFirst(request));
});

/**
 * Pages: the network's copy when it answers in time, so a reader online never reads an outdated
 * fact (reading pages carry no script that could announce a newer version); the saved or visited
 * copy, marked as such, when it fails or is slow; the saved-pages page when there is neither.
 */
async function page(event: FetchEvent, url: URL): Promise<Response> {
  const key = url.pathname;
  const fresh = fetch(event.request).then(async (response) => {
    if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) await remember(key, response.clone());
    return response;
  });
  event.waitUntil(fresh.catch(() => undefined));
  const slow = new Promise<undefined>((resolve) => setTimeout(resolve, PATIENCE_MS));
  const answer = await Promise.race([fresh.catch(() => undefined), slow]);
  if (answer) return answer;
  const copy = await caches.match(key);
  if (copy) return marked(copy);
  const late = await fresh.catch(() => undefined);
  return (
    late ??
    (await caches.match(OFFLINE_PAGE)) ??
    new Response('Tidak ada sambungan, dan halaman ini belum disimpan untuk dibaca offline.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  );
}

/** A saved copy says it is one, in plain HTML at the top of the content (no script needed). */
async function marked(copy: Response): Promise<Response> {
  const html = (await copy.text()).replace(/(<main\b[^>]*>)/, `$1${COPY_NOTE}`);
  return new Response(html, { status: copy.status, headers: copy.headers });
}

/** Keeps a visited page, dropping the oldest beyond the limit (assets stay until the next build). */
async function remember(path: string, response: Response): Promise<void> {
  const cache = await caches.open(VISITED);
  await cache.put(path, response);
  const pages = (await cache.keys()).filter((r) => !new URL(r.url).pathname.startsWith('/_astro/'));
  for (const old of pages.slice(0, Math.max(0, pages.length - VISITED_LIMIT))) await cache.delete(old);
}

async function cacheFirst(request: Request, into: string): Promise<Response> {
  const copy = await caches.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(into)).put(request, response.clone());
  return response;
}

async function networkFirst(request: Request, into?: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (into && response.ok) await (await caches.open(into)).put(new URL(request.url).pathname, response.clone());
    return response;
  } catch (error) {
    const copy = await caches.match(request, { ignoreSearch: true });
    if (!copy) throw error;
    // Marked, so a page can tell "answered from this device" from "answered by the site".
    const headers = new Headers(copy.headers);
    headers.set(FROM_DEVICE, '1');
    return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
  }
}
