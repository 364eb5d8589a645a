/**
 * Extra measurements: the hook where features report their own cost. Each one runs after a build
 * of the kind it applies to and returns labelled figures that the report prints under the main
 * table. Add an object to EXTRA_MEASUREMENTS; nothing else in the benchmark needs to change.
 *
 * - Share cards: cards rendered and taken from the cache, cards/s, the largest PNG, read from the
 *   line the card integration logs.
 * - Search index: Pagefind's indexing time (from its log line), index size and file count on disk.
 * - First search: bytes and requests for a first, a next and a place query, and the time to the
 *   first result under simulated slow 4G, measured in Chromium against the built site served gzipped.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from './measure.ts';

export interface ExtraContext {
  /** Which site was built. */
  kind: 'project' | 'baseline';
  /** 'cold' or 'warm'. */
  run: 'cold' | 'warm';
  root: string;
  dist: string;
  build: BuildResult;
}

export interface ExtraMeasurement {
  name: string;
  appliesTo: 'project' | 'baseline' | 'both';
  /** Returns label → value (already formatted); an empty object when the feature is absent. */
  measure(ctx: ExtraContext): Promise<Record<string, string>> | Record<string, string>;
}

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

/** The build's log text (BuildResult.log is the log file's path). */
const logText = (build: BuildResult) => (existsSync(build.log) ? readFileSync(build.log, 'utf8') : '');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Chrome DevTools' "Slow 4G" preset, as Lighthouse applies it with packet-level throttling: 150 ms
 * RTT and 1.6 Mbit/s down scaled by DevTools' factors (×3.75 latency, ×0.9 throughput).
 */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

/** The queries measured: a common phrase, a second one, and one naming a place (which may merge a province's bundle). */
/** Milliseconds between keys when the benchmark types a query under slow 4G. */
export const TYPING_MS = 200;

export const SEARCH_QUERIES = { first: 'pelayanan desa', next: 'kesehatan', place: 'pelayanan banyuwangi' } as const;

/**
 * A first, a next and a place query on /cari/, measured in Chromium against the built site served
 * gzipped (as most hosts do): bytes on the wire (CDP encodedDataLength: body as sent, plus headers)
 * and requests for each; then, on a fresh page under simulated slow 4G, the time from focusing the
 * box and typing the first query to the first result on screen, and from opening a shared
 * /cari/?q= link to its first result.
 */
export async function searchFigures(dist: string): Promise<Record<string, string>> {
  process.env.LINTAS_DIST = dist;
  const { startStaticServer } = await import('../tests/support/static-server.ts');
  const { launchChromium } = await import('../tests/support/chromium.ts');
  const server = await startStaticServer(dist, { gzip: true });
  const browser = await launchChromium();
  const out: Record<string, string> = {};
  try {
    const open = async (throttle: boolean) => {
      // A first visit: no offline worker yet to answer from its cache (the page would register one).
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      if (throttle) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      let log: number[] = [];
      const search = new Set<string>();
      // Only the search's own files (engine, facet file, index): not the page's icon or assets.
      cdp.on('Network.requestWillBeSent', (e) => new URL(e.request.url).pathname.startsWith('/pagefind/') && search.add(e.requestId));
      cdp.on('Network.loadingFinished', (e) => search.has(e.requestId) && log.push(e.encodedDataLength));
      const take = () => {
        const taken = log;
        log = [];
        return taken;
      };
      return { page, take, close: () => context.close() };
    };
    // A function, not a string: the site's CSP forbids eval, which Playwright uses for string predicates.
    const status = (q: string) => [(text: string) => (document.querySelector('[data-status]')?.textContent ?? '').includes(text), q] as const;

    const measured = await open(false);
    const { page, take } = measured;
    await page.goto(`${server.url}/cari/`, { waitUntil: 'networkidle' });
    take();
    for (const [label, q] of Object.entries(SEARCH_QUERIES)) {
      await page.locator('#q').fill(q);
      await page.waitForFunction(...status(q), { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const sizes = take();
      const hits = (await page.locator('[data-status]').innerText()).match(/^(\d+) hasil/)?.[1] ?? '0';
      out[`${label} query "${q}"`] = `${kb(sizes.reduce((a, b) => a + b, 0))} sent, ${sizes.length} requests, ${hits} results`;
    }
    // On a site split by province, what the explicit "search every province" costs on top of the first query.
    await page.locator('#q').fill(SEARCH_QUERIES.first);
    await page.waitForFunction(...status(SEARCH_QUERIES.first), { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    take();
    const everywhere = page.locator('[data-scope] button');
    if (await everywhere.isVisible()) {
      await everywhere.click();
      // The note goes once every province's bundle has answered.
      await page.locator('[data-scope]').waitFor({ state: 'hidden', timeout: 120_000 });
      await page.waitForFunction(...status(SEARCH_QUERIES.first), { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      const sizes = take();
      const hits = (await page.locator('[data-status]').innerText()).match(/^(\d+) hasil/)?.[1] ?? '0';
      out[`"${SEARCH_QUERIES.first}" in every province`] = `+${kb(sizes.reduce((a, b) => a + b, 0))} sent, ${sizes.length} requests, ${hits} results`;
    }
    await measured.close();

    const slow = await open(true);
    await slow.page.goto(`${server.url}/cari/`, { waitUntil: 'load', timeout: 120_000 });
    await slow.page.waitForTimeout(1000);
    // The engine starts loading when the box gets focus, while the reader types (200 ms a key here, a
    // brisk pace on a phone keyboard); the wait that counts is from the last key to the first result.
    const focused = performance.now();
    await slow.page.locator('#q').click();
    const ready = slow.page.locator('[data-filters]').waitFor({ state: 'visible', timeout: 120_000 }).then(() => performance.now());
    await slow.page.locator('#q').pressSequentially(SEARCH_QUERIES.first, { delay: TYPING_MS });
    let t = performance.now();
    await slow.page.locator('[data-results] > li').first().waitFor({ timeout: 120_000 });
    out['first result, slow 4G, typed'] =
      `${((performance.now() - t) / 1000).toFixed(2)} s after the last key (engine ready ${((await ready - focused) / 1000).toFixed(2)} s after focus; typing took ${((t - focused) / 1000).toFixed(1)} s)`;
    await slow.close();

    const shared = await open(true);
    t = performance.now();
    await shared.page.goto(`${server.url}/cari/?q=${encodeURIComponent(SEARCH_QUERIES.first)}`, { waitUntil: 'commit', timeout: 120_000 });
    await shared.page.locator('[data-results] > li').first().waitFor({ timeout: 120_000 });
    out['first result, slow 4G, shared link'] = `${((performance.now() - t) / 1000).toFixed(2)} s from opening /cari/?q=…`;
    await shared.close();
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

export const EXTRA_MEASUREMENTS: ExtraMeasurement[] = [
  {
    name: 'share cards',
    appliesTo: 'project',
    measure: ({ build }) => {
      const m = /(\d+) kartu: (\d+) dibuat, (\d+) dari cache, terbesar (\d+) KB[^,]*, (\d+) ms/.exec(logText(build));
      if (!m) return {};
      const [, total, rendered, cached, largest, ms] = m.map(Number) as number[];
      return {
        cards: String(total),
        rendered: String(rendered),
        'from cache': String(cached),
        'cards/s': ms! > 0 ? ((rendered! || total!) / (ms! / 1000)).toFixed(0) : '—',
        'card time': `${(ms! / 1000).toFixed(1)} s`,
        largest: `${largest} KB`,
      };
    },
  },
  {
    name: 'search index',
    appliesTo: 'project',
    measure: ({ build, dist }) => {
      const m = /(\d+) halaman diindeks dalam (\d+) ms(?: \((\d+) di indeks utama, (\S+) dalam (\d+) indeks provinsi\))?/.exec(logText(build));
      const { files, bytes } = walk(join(dist, 'pagefind'));
      return {
        pages: m?.[1] ?? '?',
        'indexing time': m ? `${(Number(m[2]) / 1000).toFixed(1)} s` : '?',
        bundles: m?.[3] ? `hub ${m[3]} pages; ${m[4]} in ${m[5]} province bundles` : 'one (hub)',
        'index on disk': `${(bytes / 1048576).toFixed(1)} MB`,
        files: String(files),
      };
    },
  },
  {
    name: 'first search',
    appliesTo: 'project',
    // Once per scale is enough: the bytes do not depend on a warm or cold build.
    measure: (ctx) => (ctx.run === 'cold' ? searchFigures(ctx.dist) : {}),
  },
];

export async function runExtras(ctx: ExtraContext): Promise<{ name: string; values: Record<string, string> }[]> {
  const results = [];
  for (const extra of EXTRA_MEASUREMENTS) {
    if (extra.appliesTo !== 'both' && extra.appliesTo !== ctx.kind) continue;
    try {
      results.push({ name: extra.name, values: await extra.measure(ctx) });
    } catch (error) {
      // A broken measurement must not hide the others: a benchmark reports, it does not fail.
      results.push({ name: extra.name, values: { error: (error as Error).message } });
    }
  }
  return results;
}
