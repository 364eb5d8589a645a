/**
 * Lintas must load on a weak connection in a district office.
 * - A page's first load is at most 100 KB of uncompressed HTML, CSS, JavaScript, fonts and data
 *   (images not counted).
 * - Reading needs no JavaScript. A page whose main content has no search box or tool runs none at all
 *   (the site-wide header search is a plain HTML form). No content page fetches a script file before the user
 *   touches something; only a tool page, whose whole purpose is the tool (search, compare), may load its script
 *   up front.
 * - Where there is a search box or a tool, its JavaScript (inline and fetched, before and after using it)
 *   is at most 20 KB. The search engine itself (Pagefind, under /pagefind/) is not the site's own code: it loads
 *   only once the user searches and is held to the search budget instead: the first query transfers at most
 *   150 KB (engine, index and results, as sent by a host that gzips text), a later query at most 50 KB.
 *
 * Measured from the browser: every response of a cold first load (fresh context, empty cache) is recorded
 * with its resource type and decoded body size; inline scripts are measured from the DOM.
 * The local server does not compress, so these are the real file sizes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { fileForUrlPath } from '../support/dist.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');
const KB = 1024;
const FIRST_LOAD_BUDGET = 100 * KB;
const TOOL_JS_BUDGET = 20 * KB;
const FIRST_QUERY_BUDGET = 150 * KB;
const NEXT_QUERY_BUDGET = 50 * KB;
/** Pagefind's engine and index: loaded on the first query, measured against the search budget. */
const SEARCH_ENGINE = (f: Fetched) => new URL(f.url).pathname.startsWith('/pagefind/');
const IMAGE_FILE = /\.(svg|png|jpe?g|gif|webp|avif|ico)$/i;

/** Images (including the favicon, which Chromium fetches as "other") are outside the budget. */
function notCounted(f: Fetched): boolean {
  return f.type === 'image' || f.type === 'media' || IMAGE_FILE.test(new URL(f.url).pathname);
}

/** Pages whose whole purpose is a tool: they may fetch their (≤ 20 KB) script on load. */
const TOOL_PAGES = new Set(['/bandingkan/', '/cari/']);
/** Search boxes, filters and tools in the page's main content: anything a user fills in or operates. */
const TOOL_SELECTOR = 'main form, main [role="search"], main input[type="search"], main search, main [data-tool]';
/** The site-wide search box in the header: a plain GET form to /cari/. */
const HEADER_SEARCH = 'header [role="search"] input[type="search"]';

interface Fetched {
  type: string;
  url: string;
  bytes: number;
  /** Bytes on the wire from a host that gzips (every common static host does); Pagefind's own files are pre-compressed. */
  transferred: number;
}

/** Records the decoded size of every response the page receives from now on. */
function record(page: Page): () => Promise<Fetched[]> {
  const pending: Promise<Fetched>[] = [];
  page.on('response', (response: Response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => ({ type, url: response.url(), bytes: body.byteLength, transferred: Math.min(body.byteLength, gzipSync(body).byteLength) }))
        .catch(() => ({ type, url: response.url(), bytes: 0, transferred: 0 })), // redirects have no body
    );
  });
  return () => Promise.all(pending);
}

function sum(files: Fetched[], filter: (f: Fetched) => boolean = () => true): number {
  return files.filter(filter).reduce((total, f) => total + f.bytes, 0);
}

/** Executable inline scripts (JSON data blocks excluded), with their size in bytes. */
function inlineScripts(page: Page): Promise<{ start: string; bytes: number }[]> {
  return page.locator('script:not([src])').evaluateAll((scripts) =>
    scripts
      .filter((s) => !/json$/i.test(s.getAttribute('type') ?? ''))
      .map((s) => ({ start: s.outerHTML.slice(0, 80), bytes: new TextEncoder().encode(s.textContent ?? '').byteLength })),
  );
}

const figures: Record<string, Record<string, string>> = {};
const kb = (n: number) => (n / KB).toFixed(1);

afterAll(() => {
  console.log('\nPage weight, cold first load, KB uncompressed (budget: 100 KB excluding images; JS 0, or ≤ 20 KB with a tool):');
  console.table(figures);
});

describe('a page loads in at most 100 KB, and reading it needs no JavaScript', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.blank();
      const responses = record(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const files = await responses();
      const inline = await inlineScripts(page);
      const hasTool = (await page.locator(TOOL_SELECTOR).count()) > 0;

      const counted = sum(files, (f) => !notCounted(f));
      const fetchedJs = sum(files, (f) => f.type === 'script');
      const inlineJs = inline.reduce((total, s) => total + s.bytes, 0);
      figures[path] = {
        html: kb(sum(files, (f) => f.type === 'document')),
        css: kb(sum(files, (f) => f.type === 'stylesheet')),
        'js (inline+fetched)': kb(inlineJs + fetchedJs),
        fonts: kb(sum(files, (f) => f.type === 'font')),
        data: kb(sum(files, (f) => f.type === 'fetch' || f.type === 'xhr')),
        'total (≤ 100)': kb(counted),
        'images (not counted)': kb(sum(files, notCounted)),
        tool: hasTool ? 'yes' : '',
      };

      const listing = files.map((f) => `${f.type} ${new URL(f.url).pathname} ${f.bytes} B`).join(', ');
      expect(counted, `first load of ${path}: ${listing}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
      if (!TOOL_PAGES.has(path)) {
        expect(files.filter((f) => f.type === 'script').map((f) => f.url), 'script files fetched before any use').toEqual([]);
      }
      if (hasTool) {
        expect(inlineJs + fetchedJs, 'JavaScript for the search box or tool').toBeLessThanOrEqual(TOOL_JS_BUDGET);
      } else {
        expect(inline.map((s) => s.start), 'inline scripts on a page without a tool').toEqual([]);
      }
    });
  }
});

/**
 * Using the search box or tool may bring its JavaScript, at most 20 KB in all. Which tests exist is decided
 * from the built HTML (a form, search box or [data-tool] inside <main>); pages without one are covered above.
 */
const toolPages = PAGE_TYPES.filter(({ path }) => {
  const file = fileForUrlPath(path);
  const main = file ? /<main[\s>][\s\S]*<\/main>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '' : '';
  return /<form[\s>]|role="search"|type="search"|<search[\s>]|data-tool/.test(main);
});

async function useTool(path: string, field: (page: Page) => ReturnType<Page['locator']>): Promise<{ js: number; listing: string }> {
  const page = await site.blank();
  const responses = record(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  const input = field(page);
  expect(await input.count(), 'the tool has a visible field once its script has run').toBe(1);
  if ((await input.evaluate((el) => el.tagName)) === 'SELECT') {
    const options = await input.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await input.selectOption(options.at(-1) ?? '');
  } else {
    await input.pressSequentially('banyuwangi');
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // debounced tools (e.g. search-as-you-type) fetch after a pause
  await page.waitForLoadState('networkidle');
  const files = await responses();
  const inlineJs = (await inlineScripts(page)).reduce((total, s) => total + s.bytes, 0);
  const js = inlineJs + sum(files, (f) => f.type === 'script' && !SEARCH_ENGINE(f));
  figures[`${path} after use`] = {
    'js (inline+fetched)': kb(js),
    data: kb(sum(files, (f) => f.type === 'fetch' || f.type === 'xhr')),
    'total (≤ 100)': kb(sum(files, (f) => !notCounted(f))),
  };
  const listing = files
    .filter((f) => f.type !== 'document' && f.type !== 'stylesheet')
    .map((f) => `${f.type} ${new URL(f.url).pathname} ${f.bytes} B`)
    .concat(inlineJs ? [`inline scripts ${inlineJs} B`] : [])
    .join(', ');
  return { js, listing };
}

describe('a search costs little on a weak connection', () => {
  it('the first query loads at most 150 KB of engine, index and results; the next at most 50 KB', async () => {
    const page = await site.blank();
    const first = record(page);
    await page.goto('/cari/', { waitUntil: 'networkidle' });
    const before = (await first()).length;
    // Official region names: every build indexes all 552 region pages, whatever the content holds.
    await page.locator('#q').fill('banyuwangi');
    await page.locator('[data-results] > li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const afterFirst = (await first()).slice(before);
    const transferred = (files: Fetched[]) => files.reduce((total, f) => total + f.transferred, 0);
    const firstBytes = transferred(afterFirst);
    const next = record(page);
    await page.locator('#q').fill('katingan');
    await page.waitForFunction(() => /katingan/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const nextFiles = await next();
    const nextBytes = transferred(nextFiles);
    figures['/cari/ first query'] = { 'search bytes transferred': kb(firstBytes), uncompressed: kb(sum(afterFirst)) };
    figures['/cari/ next query'] = { 'search bytes transferred': kb(nextBytes), uncompressed: kb(sum(nextFiles)) };
    expect(firstBytes, afterFirst.map((f) => `${new URL(f.url).pathname} ${f.transferred} B`).join(', ')).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    expect(nextBytes).toBeLessThanOrEqual(NEXT_QUERY_BUDGET);
  });
});

describe('JavaScript comes with search or a tool only, and at most 20 KB of it', () => {
  const reading = PAGE_TYPES.find((p) => p.label === 'playbook') ?? PAGE_TYPES.find((p) => p.label === 'innovation index')!;
  it(`typing into the header search box on a reading page (${reading.path}) loads no JavaScript (it is a plain form to /cari/)`, async () => {
    const { js, listing } = await useTool(reading.path, (page) => page.locator(HEADER_SEARCH).first());
    expect(js, listing).toBe(0);
  });
  for (const { label, path } of toolPages) {
    it(`${label}: ${path}, after typing into its first field`, async () => {
      const { js, listing } = await useTool(path, (page) =>
        page.locator(TOOL_SELECTOR).locator('input:visible, select:visible, textarea:visible').first(),
      );
      expect(js, `JavaScript after using the tool: ${listing}`).toBeLessThanOrEqual(TOOL_JS_BUDGET);
    });
  }
});
