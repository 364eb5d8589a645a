/**
 * A delegation saves what it needs and reads it with no signal: a saved pack opens offline page by
 * page with its styles and a note that it is a saved copy, the saved-pages page lists and removes
 * it, an unsaved page says so, search
 * answers from what was fetched or says honestly why not, and a new build refreshes the pack whole
 * (never an old page with a new build's assets) and tells the reader. Budgets: sw.js ≤ 10 KB and
 * precache ≤ 200 KB compressed; nothing registered or precached on Save-Data.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRECACHE_BUDGET, WORKER_BUDGET, precacheList, writeWorker } from '../../src/integrations/offline.ts';
import { OFFLINE_PAGE, assetsOf } from '../../src/offline/packs.ts';
import { launchChromium } from '../support/chromium.ts';
import { FIXTURE_DIST_DIR } from '../support/fixture-site.ts';
import { startStaticServer, type RunningServer } from '../support/static-server.ts';
import type { Browser } from 'playwright-core';

const VISIT = '/kunjungan/2019-07-02-katingan-ke-banyuwangi/';

let browser: Browser;
let server: RunningServer;
let root = FIXTURE_DIST_DIR;
const temp: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  // Its own server, so a test can deploy another build on the same address.
  server = await startStaticServer(() => root);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, init?: () => void): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'id-ID' });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(path);
  return { page, context };
}

/** Saves the page's pack with its link (which leads to the saved-pages page) and returns the pack's paths. */
async function savePack(page: Page): Promise<string[]> {
  const link = page.getByRole('link', { name: 'Simpan untuk dibaca offline' });
  const paths = JSON.parse((await link.getAttribute('data-save-pack'))!).paths;
  await link.click();
  await page.waitForURL((url) => url.pathname === OFFLINE_PAGE);
  await expect.poll(() => page.locator('[data-status]').innerText(), { timeout: 15_000 }).toMatch(/^Tersimpan: \d+ halaman, [\d,]+ KB, disimpan .* Kembali ke /);
  return paths;
}

/** The page was styled by its own stylesheet (not a bare offline page): the header has the brand colour. */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);

describe('offline field pack', () => {
  it('stays within its budgets: worker ≤ 10 KB, precache ≤ 200 KB, compressed', async () => {
    const worker = gzipSync(readFileSync(join(FIXTURE_DIST_DIR, 'sw.js'))).length;
    const precache = await precacheList(FIXTURE_DIST_DIR);
    const bytes = precache.reduce((sum, p) => sum + gzipSync(readFileSync(join(FIXTURE_DIST_DIR, p === OFFLINE_PAGE ? 'tersimpan/index.html' : p))).length, 0);
    console.log(`offline: sw.js ${worker} B, precache ${precache.length} files ${bytes} B (gzip)`);
    expect(worker).toBeLessThanOrEqual(WORKER_BUDGET);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
    expect(precache).toContain('/pagefind/pagefind.js');
  });

  it('a saved visit pack reads offline page by page, styled; the saved list shows it; an unsaved page says so', async () => {
    const { page, context } = await open(VISIT);
    const brand = await styled(page);
    const paths = await savePack(page);
    expect(paths[0]).toBe(VISIT);
    expect(paths).toEqual(expect.arrayContaining(['/daerah/kabupaten-banyuwangi/', '/daerah/kabupaten-katingan/', '/inovasi/smart-kampung-banyuwangi/']));

    await context.setOffline(true);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').innerText(), path).not.toBe('');
      expect(await styled(page), path).toBe(brand);
      expect(await page.locator('main > .update-note').innerText(), path).toMatch(/^Anda membaca salinan yang tersimpan di perangkat ini/);
    }

    await page.goto(OFFLINE_PAGE);
    const item = page.locator('[data-packs] > li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toMatch(new RegExp(`${paths.length} halaman, [\\d,]+ KB, disimpan \\d+ \\w+ \\d{4} pukul`));
    await expect.poll(() => page.locator('[data-storage]').innerText()).toMatch(/^Ruang terpakai di perangkat ini: /);

    await page.goto('/daerah/kota-cimahi/');
    await expect.poll(() => page.locator('[data-offline-missing]').innerText()).toContain('/daerah/kota-cimahi/ belum disimpan');
    expect(await styled(page)).toBe(brand);

    // Removing it, by keyboard, leaves an empty list and says so.
    await page.goto(OFFLINE_PAGE);
    await page.getByRole('button', { name: /^Hapus simpanan / }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/^Simpanan “.+” dihapus\.$/);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    await context.close();
  });

  it('search offline answers from what this device fetched, and says honestly when it cannot', async () => {
    const found = () => page.waitForFunction(() => /hasil/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const { page, context } = await open('/cari/?q=kampung');
    await found();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Searched again now that the worker is in charge, so this device keeps what the search fetched.
    await page.reload();
    await found();
    await context.setOffline(true);
    await page.goto('/cari/?q=kampung');
    await found();
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    await page.goto('/cari/?q=pelaporan');
    await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/^Tanpa sambungan, pencarian hanya bisa memakai kata yang pernah dicari/);
    await context.close();
  });

  it('a page read online opens offline as itself, the home page too (nothing the worker keeps for itself is served as a page)', async () => {
    const { page, context } = await open('/cari/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto('/');
    const title = await page.locator('h1').innerText();
    await context.setOffline(true);
    await page.goto('/');
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.locator('main > .update-note').count()).toBe(1);
    await context.close();
  });

  it('on a Save-Data connection nothing is registered or fetched ahead until the reader saves', async () => {
    const { page, context } = await open('/cari/', () => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistration()) === undefined, await caches.keys()])).toEqual([true, []]);
    await context.close();
  });

  it('a new build refreshes the saved pack whole and tells the reader; offline it shows the new page with the new assets', async () => {
    // Build B: build A with the visit's title changed and its stylesheet renamed, as a real rebuild does.
    const next = mkdtempSync(join(tmpdir(), 'lintas-build-b-'));
    temp.push(next);
    cpSync(FIXTURE_DIST_DIR, next, { recursive: true });
    const visitFile = join(next, VISIT, 'index.html');
    const css = assetsOf(readFileSync(visitFile, 'utf8')).filter((a) => a.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const renamed = new Map(css.map((a) => [a, a.replace(/\.css$/, '.b.css')]));
    for (const [from, to] of renamed) {
      cpSync(join(next, from), join(next, to));
      rmSync(join(next, from));
    }
    const rewrite = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) rewrite(path);
        else if (entry.name.endsWith('.html')) {
          let html = readFileSync(path, 'utf8');
          for (const [from, to] of renamed) html = html.replaceAll(from, to);
          writeFileSync(path, html);
        }
      }
    };
    rewrite(next);
    writeFileSync(visitFile, readFileSync(visitFile, 'utf8').replace(/<h1([^>]*)>([^<]+)<\/h1>/, '<h1$1>$2 (versi baru)</h1>'));
    await writeWorker(next);

    const { page, context } = await open(VISIT);
    const brand = await styled(page);
    await savePack(page);
    root = next;
    try {
      await page.goto(OFFLINE_PAGE);
      await expect.poll(() => page.locator('.update-note').count(), { timeout: 20_000 }).toBe(1);
      // The refresh runs in the worker after the note; wait until the pack holds the new page.
      await expect
        .poll(() => page.evaluate(async (path) => (await (await caches.match(path))?.text())?.includes('(versi baru)') ?? false, VISIT), { timeout: 20_000 })
        .toBe(true);
      await context.setOffline(true);
      await page.goto(VISIT);
      expect(await page.locator('h1').innerText()).toMatch(/\(versi baru\)$/);
      expect(await styled(page)).toBe(brand);
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet !== null && l.href.endsWith('.b.css')))).toBe(true);
    } finally {
      root = FIXTURE_DIST_DIR;
      await context.close();
    }
  });
});
