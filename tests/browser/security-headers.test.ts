/**
 * The site under its deployment headers (the test server applies dist/_headers as Netlify and
 * Cloudflare Pages do): every page type, the search and the compare tool run without a single CSP
 * violation; no page can be framed; an SVG with a script, opened at its own address under
 * /_astro/, runs nothing (served without the header, the same file does run: the control).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { DIST_DIR } from '../support/dist.ts';
import { headersFor, readHeadersFile } from '../support/headers-file.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser();
const rules = readHeadersFile(DIST_DIR);

/** Opens `path`, collecting every CSP violation Chromium reports on the console. */
async function openWatching(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await site.blank();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  return { page, violations };
}

describe('under the deployment headers', () => {
  it.each(PAGE_TYPES)('$label ($path) loads with no CSP violation', async ({ path }) => {
    const { page, violations } = await openWatching(path);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('search (Pagefind, its worker and WebAssembly) runs with no CSP violation', async () => {
    const { page, violations } = await openWatching('/cari/?q=katingan');
    await page.waitForFunction(() => /hasil/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('the compare tool runs with no CSP violation', async () => {
    const { page, violations } = await openWatching('/bandingkan/?a=kota-bandung&b=kabupaten-katingan');
    await page.locator('[data-output] h2').waitFor();
    expect(violations).toEqual([]);
  });

  it('no page can be framed, even by a page of its own site (a page without the header can: the control)', async () => {
    const page = await site.blank();
    const html = (body: string) => ({ status: 200, contentType: 'text/html', body });
    await page.route('**/uji-bingkai.html', (route) => route.fulfill(html('<iframe src="/"></iframe><iframe src="/uji-kontrol.html"></iframe>')));
    await page.route('**/uji-kontrol.html', (route) => route.fulfill(html('<title>kontrol</title>')));
    await page.goto('/uji-bingkai.html');
    await page.waitForTimeout(1000);
    const titles = await Promise.all(page.frames().slice(1).map((f) => f.evaluate(() => document.title).catch(() => '')));
    expect(titles).toHaveLength(2);
    expect(titles[0]).not.toMatch(/Lintas/);
    expect(page.frames()[1]!.url()).toMatch(/^chrome-error:/); // refused, not merely slow
    expect(titles[1]).toBe('kontrol');
  });

  it('the violation watcher sees a violation when there is one (control)', async () => {
    const page = await site.blank();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    const body = `<meta http-equiv="content-security-policy" content="script-src 'self'"><script>document.title = 'jalan'</script>`;
    await page.route('**/uji-skrip.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
    await page.goto('/uji-skrip.html');
    await page.waitForTimeout(300);
    expect(violations.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('jalan');
  });

  it('an SVG with a script, opened at its own address under /_astro/, runs nothing; without the header it would', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>document.documentElement.setAttribute("data-ran", "ya")</script></svg>';
    const ran = async (path: string, headers: Record<string, string>) => {
      const page = await site.blank();
      await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', headers, body: svg }));
      await page.goto(path);
      await page.waitForTimeout(300);
      return page.evaluate(() => document.documentElement.getAttribute('data-ran'));
    };
    const headers = headersFor(rules, '/_astro/uji.svg');
    expect(headers['content-security-policy']).toContain('sandbox');
    expect(await ran('/_astro/uji.svg', headers)).toBeNull();
    expect(await ran('/_astro/kontrol.svg', {})).toBe('ya');
  });
});
