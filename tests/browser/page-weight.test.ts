/**
 * Lintas must load on a weak connection in a district office: a content page's first load is at most
 * 100 KB of uncompressed HTML, CSS, JavaScript and fonts (images not counted), and reading needs no
 * JavaScript at all. Script may arrive only once someone reaches for search or a tool, and then
 * at most 20 KB of it.
 *
 * Measured from the browser: every response of a cold first load (fresh context, empty cache) is
 * recorded with its resource type and decoded body size; the local server does not compress.
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
const COUNTED = ['document', 'stylesheet', 'script', 'font', 'fetch', 'xhr', 'manifest', 'other'];

interface Load {
  bytes: Record<string, number>;
  files: { type: string; url: string; bytes: number }[];
}

/** Records the decoded size of every response the page receives from now on. */
function record(page: Page): { done: () => Promise<Load> } {
  const pending: Promise<{ type: string; url: string; bytes: number }>[] = [];
  page.on('response', (response: Response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => ({ type, url: response.url(), bytes: body.byteLength }))
        .catch(() => ({ type, url: response.url(), bytes: 0 })), // redirects have no body
    );
  });
  return {
    async done() {
      const files = await Promise.all(pending);
      const bytes: Record<string, number> = {};
      for (const f of files) bytes[f.type] = (bytes[f.type] ?? 0) + f.bytes;
      return { bytes, files };
    },
  };
}

const figures: Record<string, Record<string, string>> = {};
const kb = (n: number) => (n / KB).toFixed(1);

afterAll(() => {
  console.log('\nPage weight, cold first load (KB, uncompressed; images excluded; budget 100 KB, JS 0):');
  console.table(figures);
});

describe('a content page loads in at most 100 KB, with no JavaScript', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.blank();
      const recorder = record(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const { bytes, files } = await recorder.done();

      const counted = COUNTED.reduce((sum, type) => sum + (bytes[type] ?? 0), 0);
      figures[path] = {
        html: kb(bytes.document ?? 0),
        css: kb(bytes.stylesheet ?? 0),
        js: kb(bytes.script ?? 0),
        fonts: kb(bytes.font ?? 0),
        'total (budget 100)': kb(counted),
        'images (not counted)': kb(bytes.image ?? 0),
      };

      expect(counted, `first load of ${path}: ${files.map((f) => `${f.type} ${f.url} ${f.bytes} B`).join(', ')}`).toBeLessThanOrEqual(
        FIRST_LOAD_BUDGET,
      );
      // No script files, and no inline script that would run: reading needs no JavaScript.
      expect(files.filter((f) => f.type === 'script').map((f) => f.url)).toEqual([]);
      const inlineScripts = await page.locator('script').evaluateAll((scripts) =>
        scripts
          .filter((s) => !/^application\/(ld\+)?json$/i.test(s.getAttribute('type') ?? ''))
          .map((s) => s.outerHTML.slice(0, 120)),
      );
      expect(inlineScripts).toEqual([]);
    });
  }
});

/**
 * Search boxes and tools, wherever they appear on the representative pages. Reading the built HTML
 * decides which tests exist: until the site has a search box or a tool, these are reported as skipped.
 */
const TOOL_SELECTOR = 'input[type="search"], [role="search"] input, search input, [data-tool]';
const toolPages = PAGE_TYPES.filter(({ path }) => {
  const file = fileForUrlPath(path);
  return file !== undefined && /type="search"|role="search"|<search[\s>]|data-tool/.test(readFileSync(file, 'utf8'));
});

describe('JavaScript arrives only when someone touches search or a tool, at most 20 KB', () => {
  if (toolPages.length === 0) it.skip('no representative page has a search box or a tool yet', () => {});
  for (const { label, path } of toolPages) {
    it(`${label}: ${path}`, async () => {
      const page = await site.blank();
      const recorder = record(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const trigger = page.locator(TOOL_SELECTOR).first();
      await trigger.focus();
      if (await trigger.evaluate((el) => el instanceof HTMLInputElement)) await trigger.pressSequentially('banyuwangi');
      else await trigger.click();
      await page.waitForLoadState('networkidle');
      const { files } = await recorder.done();
      const js = files.filter((f) => f.type === 'script').reduce((sum, f) => sum + f.bytes, 0);
      figures[`${path} after using search/tool`] = { js: kb(js) };
      expect(js).toBeLessThanOrEqual(TOOL_JS_BUDGET);
    });
  }
});
