/**
 * Other governments come to search innovations; delegations search for what they saw.
 * Pagefind, in Indonesian, on the built site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';

const site = useSiteBrowser('fixture');

async function search(query: string, params = ''): Promise<Page> {
  const page = await site.open(`/cari/?q=${encodeURIComponent(query)}${params}`);
  await page.waitForFunction(() => /hasil/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page;
}
const results = (page: Page) => page.locator('[data-results] > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
const labels = (page: Page) => page.locator('[data-results] > li .badge').allInnerTexts();

describe('search', () => {
  it('"smart kampung" lists the Smart Kampung innovation and playbook first', async () => {
    const found = await results(await search('smart kampung'));
    expect(found.slice(0, 2).sort()).toEqual(['/inovasi/smart-kampung-banyuwangi/', '/panduan/smart-kampung-banyuwangi/']);
  });

  it('"katingan" finds the 2019 visit and the Katingan region page', async () => {
    const found = await results(await search('katingan'));
    expect(found).toContain('/kunjungan/2019-07-02-katingan-ke-banyuwangi/');
    expect(found).toContain('/daerah/kabupaten-katingan/');
  });

  it('labels each result with its type', async () => {
    const page = await search('smart kampung');
    expect(new Set(await labels(page))).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(await labels(page)).toEqual(expect.arrayContaining(['Inovasi', 'Panduan']));
  });

  it('a filter by type narrows the results to that type, and lives in the URL', async () => {
    const page = await search('katingan');
    const before = (await results(page)).length;
    await page.locator('[data-filters] summary').click(); // the filters are folded below the box
    await page.selectOption('#saring-jenis', 'Kunjungan');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('jenis') === 'Kunjungan');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-results] > li .badge')].every((b) => b.textContent === 'Kunjungan'));
    const after = await results(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    expect(new Set(await labels(page))).toEqual(new Set(['Kunjungan']));
  });

  it('a province filter keeps only pages about that province', async () => {
    const page = await search('banyuwangi', '&provinsi=Kalimantan%20Tengah');
    expect(await page.locator('#saring-tempat').inputValue()).toBe('Kalimantan Tengah');
    const found = await results(page);
    // The visit and the comparison concern both provinces; Banyuwangi's own pages are Jawa Timur only.
    expect(found).toContain('/kunjungan/2019-07-02-katingan-ke-banyuwangi/');
    expect(found).not.toContain('/daerah/kabupaten-banyuwangi/');
    expect(found).not.toContain('/inovasi/smart-kampung-banyuwangi/');
  });

  it('a stemmed form finds the same page: "layanan" and "pelayanan" both find the public-service mall', async () => {
    const pelayanan = await results(await search('pelayanan'));
    const layanan = await results(await search('layanan'));
    expect(pelayanan).toContain('/inovasi/mal-pelayanan-publik-banyuwangi/');
    expect(layanan).toContain('/inovasi/mal-pelayanan-publik-banyuwangi/');
  });

  it('a shared /cari/?q= address restores the search: the box is filled and results shown', async () => {
    const page = await search('serat optik');
    expect(await page.locator('#q').inputValue()).toBe('serat optik');
    expect(await results(page)).toContain('/inovasi/serat-optik-desa-banyuwangi/');
  });

  it('typing a new query updates the address so it can be shared', async () => {
    const page = await site.open('/cari/');
    await page.locator('#q').fill('pelaporan');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'pelaporan');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 0);
    expect(await results(page)).toContain('/inovasi/pelaporan-terintegrasi-banyuwangi/');
  });

  it('without JavaScript the search page says so and links to the browsable lists', async () => {
    const page = await site.open('/cari/', { javaScriptEnabled: false });
    const noscript = await page.locator('noscript').innerText();
    expect(noscript).toContain('Pencarian memerlukan JavaScript');
    for (const href of ['/inovasi/', '/panduan/', '/kunjungan/', '/daerah/']) expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThan(0);
  });
});
