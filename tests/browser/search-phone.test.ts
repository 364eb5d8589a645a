/**
 * Search on a 360 px phone, as a new visitor meets it: the results come first (filters folded away
 * below the box), the count is shown, excerpts keep fields apart, the place filter is a type-ahead
 * listing provinces before regions, and boilerplate (labels, credits) finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';

const site = useSiteBrowser('fixture');
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

async function searched(path: string): Promise<Page> {
  const page = await site.open(path, PHONE);
  await page.waitForFunction(() => /hasil/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page;
}
const results = (page: Page) => page.locator('[data-results] > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));

describe('search on a 360 px phone', () => {
  it('shows the count and the first results above the fold, with the filters folded below the box', async () => {
    const page = await searched('/cari/?q=banyuwangi');
    expect(await page.locator('[data-status]').innerText()).toMatch(/^\d+ hasil untuk “banyuwangi”\.$/);
    const filters = page.locator('[data-filters]');
    expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const box = await page.locator('#q').boundingBox();
    const folded = await filters.boundingBox();
    const count = await page.locator('[data-status]').boundingBox();
    const first = page.locator('[data-results] > li').first();
    const title = await first.locator('h2').boundingBox();
    const meta = await first.locator('.meta').boundingBox();
    expect(folded!.y).toBeGreaterThan(box!.y);
    expect(folded!.height, 'the folded filters take one line').toBeLessThan(48);
    expect(count!.y).toBeGreaterThan(folded!.y);
    expect(title!.y).toBeGreaterThan(count!.y);
    // Above the fold: the count and the first result's title and type line are on the first screen.
    expect(meta!.y + meta!.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('excerpts keep a page\'s fields apart instead of running them together', async () => {
    const page = await searched('/cari/?q=katingan%20banyuwangi');
    const excerpts = await page.locator('[data-results] > li .excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) {
      // "Tanggal2 Juli 2019PengunjungKabupaten Katingan" is what run-together fields look like.
      expect(text).not.toMatch(/[a-z]\d|\d[A-Z]|[a-z][A-Z]/);
    }
  });

  it('the place filter is a type-ahead listing provinces before regions; choosing one narrows the results and lives in the URL', async () => {
    const page = await searched('/cari/?q=layanan');
    const before = await results(page);
    await page.locator('[data-filters] summary').click();
    const options = await page.locator('#daftar-tempat option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const firstRegion = options.findIndex((o) => /^(Kabupaten|Kota) /.test(o));
    expect(firstRegion).toBeGreaterThan(0);
    expect(options.slice(firstRegion).some((o) => !/^(Kabupaten|Kota) /.test(o)), 'no province after the first region').toBe(false);
    await page.locator('#saring-tempat').fill('bangli');
    await page.locator('#saring-tempat').press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('daerah') === 'Kabupaten Bangli');
    await expect.poll(() => page.locator('#saring-tempat').inputValue()).toBe('Kabupaten Bangli');
    await expect.poll(async () => (await results(page)).length).toBeLessThan(before.length);
    expect(await results(page)).toContain('/inovasi/layanan-uji-gama-bangli/');
    expect(await results(page)).not.toContain('/inovasi/layanan-uji-alfa-sleman/');
  });

  it('a place name that fits no province or region says so and keeps the results', async () => {
    const page = await searched('/cari/?q=layanan');
    await page.locator('[data-filters] summary').click();
    await page.locator('#saring-tempat').fill('Atlantis');
    await page.locator('#saring-tempat').press('Enter');
    await expect.poll(() => page.locator('[data-place-info]').innerText()).toContain('Tidak ada provinsi atau daerah bernama “Atlantis”');
    expect(await page.locator('#saring-tempat').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('daerah')).toBeNull();
  });

  it('"Kemendagri" finds no page for the label or the credit every region page carries', async () => {
    const page = await site.open('/cari/?q=Kemendagri', PHONE);
    await page.waitForFunction(() => /hasil/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const found = await results(page);
    expect(found.filter((p) => p.startsWith('/daerah/'))).toEqual([]);
    // Whatever it does find is about Kemendagri: the word is in what was indexed of the page.
    for (const text of await page.locator('[data-results] > li .excerpt').allInnerTexts()) expect(text.toLowerCase()).toContain('kemendagri');
  });
});
