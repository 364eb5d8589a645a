/**
 * Lintas must load on a weak connection in a district office.
 * - A page's first load is at most 100 KB of uncompressed HTML, CSS, JavaScript, fonts and data
 *   (images not counted).
 * - Reading needs no JavaScript: a page without a search box or a tool runs none at all, and no page
 *   fetches a script file before the user touches something — except a tool page, whose whole purpose is the tool.
 * - Where there is a search box or a tool, its JavaScript (inline and fetched, before and after using it)
 *   is at most 20 KB.
 *
 * Measured from the browser: every response of a cold first load (fresh context, empty cache) is recorded
 * with its resource type and decoded body size; inline scripts are measured from the DOM.
 * The local server does not compress, so these are the real file sizes.
 */
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { fileForUrlPath } from '../support/dist.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser();
const KB = 1024;
const FIRST_LOAD_BUDGET = 100 * KB;
const TOOL_JS_BUDGET = 20 * KB;
const NOT_COUNTED = new Set(['image', 'media']);

/** Pages whose whole purpose is a tool: they may fetch their (≤ 20 KB) script on load. */
const TOOL_PAGES = new Set(['/bandingkan/']);
/** Search boxes, filters and tools: anything a user fills in or operates. */
const TOOL_SELECTOR = 'main form, [role="search"], input[type="search"], search, [data-tool]';

interface Fetched {
  type: string;
  url: string;
  bytes: number;
}

/** Records the decoded size of every response the page receives from now on. */
function record(page: Page): () => Promise<Fetched[]> {
  const pending: Promise<Fetched>[] = [];
  page.on('response', (response: Response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => ({ type, url: response.url(), bytes: body.byteLength }))
        .catch(() => ({ type, url: response.url(), bytes: 0 })), // redirects have no body
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

      const counted = sum(files, (f) => !NOT_COUNTED.has(f.type));
      const fetchedJs = sum(files, (f) => f.type === 'script');
      const inlineJs = inline.reduce((total, s) => total + s.bytes, 0);
      figures[path] = {
        html: kb(sum(files, (f) => f.type === 'document')),
        css: kb(sum(files, (f) => f.type === 'stylesheet')),
        'js (inline+fetched)': kb(inlineJs + fetchedJs),
        fonts: kb(sum(files, (f) => f.type === 'font')),
        data: kb(sum(files, (f) => f.type === 'fetch' || f.type === 'xhr')),
        'total (≤ 100)': kb(counted),
        'images (not counted)': kb(sum(files, (f) => NOT_COUNTED.has(f.type))),
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
 * from the built HTML; pages without a tool are covered above (they must run no JavaScript at all).
 */
const toolPages = PAGE_TYPES.filter(({ path }) => {
  const file = fileForUrlPath(path);
  return file !== undefined && /<main[\s\S]*<form[\s>]|role="search"|type="search"|<search[\s>]|data-tool/.test(readFileSync(file, 'utf8'));
});

describe('JavaScript comes with search or a tool only, and at most 20 KB of it', () => {
  if (toolPages.length === 0) it.skip('no representative page has a search box or a tool yet', () => {});
  for (const { label, path } of toolPages) {
    it(`${label}: ${path}, after typing into its first field`, async () => {
      const page = await site.blank();
      const responses = record(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const field = page.locator(TOOL_SELECTOR).locator('input:visible, select:visible, textarea:visible').first();
      expect(await field.count(), 'the tool has a visible field once its script has run').toBe(1);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
        const options = await field.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        await field.selectOption(options.at(-1) ?? '');
      } else {
        await field.pressSequentially('banyuwangi');
      }
      await page.waitForLoadState('networkidle');
      const files = await responses();
      const inlineJs = (await inlineScripts(page)).reduce((total, s) => total + s.bytes, 0);
      const js = inlineJs + sum(files, (f) => f.type === 'script');
      figures[`${path} after use`] = { 'js (inline+fetched)': kb(js), data: kb(sum(files, (f) => f.type === 'fetch' || f.type === 'xhr')) };
      expect(js).toBeLessThanOrEqual(TOOL_JS_BUDGET);
    });
  }
});
