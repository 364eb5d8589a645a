/** "Which regions are like mine?": the peer finder, and the province table's re-sorting. */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';

const site = useSiteBrowser('content');

describe('the peer finder', () => {
  it('lists the nearest regencies/cities from the URL, each with its reason and a comparison link', async () => {
    const page = await site.open('/mirip/?daerah=kabupaten-katingan');
    const items = page.locator('[data-output] ol > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(10);
    const first = await items.first().innerText();
    expect(first).toMatch(/: (mirip karena|paling dekat)/);
    const compare = items.first().locator('a', { hasText: 'Bandingkan dengan Kabupaten Katingan' });
    expect(await compare.getAttribute('href')).toMatch(/^\/bandingkan\/(\?a=kabupaten-katingan&b=|kabupaten-)/);
    expect(await page.locator('[data-output]').innerText()).not.toMatch(/Kabupaten Katingan \(/);
  });

  it('filters by province, island group and kind, and keeps the choice in the URL', async () => {
    const page = await site.open('/mirip/');
    await page.locator('#daerah').fill('Kabupaten Katingan');
    await page.locator('#pulau').selectOption('kalimantan');
    await page.locator('#jenis').selectOption('kabupaten');
    await page.getByRole('button', { name: 'Tampilkan daerah mirip' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pulau') === 'kalimantan');
    const provinces = await page.locator('[data-output] ol > li .meta').allInnerTexts();
    expect(provinces.length).toBeGreaterThan(0);
    for (const p of provinces) expect(p).toMatch(/Kalimantan/);
    const names = await page.locator('[data-output] ol > li > a:first-child').allInnerTexts();
    for (const n of names) expect(n).toMatch(/^Kabupaten /);

    await page.locator('#provinsi').selectOption('kalimantan-tengah');
    await page.getByRole('button', { name: 'Tampilkan daerah mirip' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('provinsi') === 'kalimantan-tengah');
    for (const p of await page.locator('[data-output] ol > li .meta').allInnerTexts()) expect(p).toBe('(Kalimantan Tengah)');
    expect(await page.locator('[data-output] ol > li').count()).toBe(10); // 13 other kabupaten in Kalimantan Tengah
  });
});

describe('a province\'s regencies and cities', () => {
  it('are ordered by population without JavaScript, and re-sort with the control', async () => {
    const page = await site.open('/daerah/kalimantan-tengah/');
    const values = async (column: number) =>
      page.locator('#tabel-kabkota tbody tr').evaluateAll((rows, c) => rows.map((r) => Number((r as HTMLTableRowElement).cells[c]!.dataset.value)), column);
    const population = await values(1);
    expect(population).toEqual([...population].sort((a, b) => b - a));
    await page.locator('#urutan-kabkota').selectOption('2:naik');
    const area = await values(2);
    expect(area).toEqual([...area].sort((a, b) => a - b));
    expect(await page.locator('#tabel-kabkota th[aria-sort]').innerText()).toBe('Luas (km²)');
  });
});
