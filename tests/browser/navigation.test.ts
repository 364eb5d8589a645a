/**
 * A council officer arriving on Lintas can find their way: the main menu reaches every section,
 * and the seed story (Katingan visiting Banyuwangi, Smart Kampung and its playbook) is connected by links.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { SEED, SYNTHETIC } from '../support/pages.ts';

const site = useSiteBrowser('fixture');
const pathOf = (url: string) => new URL(url).pathname;

describe('from the home page, the main menu reaches every section', () => {
  const sections = [
    { label: 'Inovasi', path: '/inovasi/' },
    { label: 'Panduan', path: '/panduan/' },
    { label: 'Kunjungan', path: '/kunjungan/' },
    { label: 'Daerah', path: '/daerah/' },
  ];
  for (const section of sections) {
    it(`“${section.label}” opens ${section.path}, with a heading and the menu item marked as the current page`, async () => {
      const page = await site.open('/');
      const menu = page.getByRole('navigation', { name: 'Menu utama' });
      await menu.getByRole('link', { name: section.label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === section.path);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      const current = menu.getByRole('link', { name: section.label, exact: true });
      expect(await current.getAttribute('aria-current')).toBe('page');
      // Only one menu item claims to be the current page.
      expect(await menu.locator('[aria-current="page"]').count()).toBe(1);
    });
  }

  it('the brand link leads back home from any page', async () => {
    const page = await site.open(SEED.playbook);
    await page.getByRole('link', { name: /^Lintas/ }).first().click();
    await page.waitForURL((url) => url.pathname === '/');
  });
});

describe('a keyboard user can skip the menu', () => {
  it('the first Tab focuses “Langsung ke isi”, and following it puts focus on the main content', async () => {
    const page = await site.open(SEED.playbook);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { text: el?.textContent?.trim(), href: el?.getAttribute('href'), visible: !!el && el.getBoundingClientRect().left >= 0 };
    });
    expect(focused).toEqual({ text: 'Langsung ke isi', href: '#isi', visible: true });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id}`))
      .toBe('main#isi');
  });
});

describe('a region page describes one of the 552 official regions', () => {
  it('the region index leads to Kabupaten Katingan, with its official code, province and administrative counts', async () => {
    const page = await site.open('/daerah/');
    await page.getByRole('link', { name: 'Kabupaten Katingan', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === SEED.visitor);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Kabupaten Katingan');
    const main = page.locator('main');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('62.06'); // Kemendagri code
    expect(text).toContain('Kalimantan Tengah');
    // 13 kecamatan, 154 desa, 7 kelurahan, per the official data and the seed article.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Kecamatan\s*13/);
    // The region links to the visit its delegation made.
    expect(await main.locator(`a[href="${SEED.visit}"]`).count()).toBeGreaterThan(0);
  });

  it('a province page exists for every province name in the index, e.g. Jawa Timur', async () => {
    const page = await site.open('/daerah/jawa-timur/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Jawa Timur');
  });
});

describe('an innovation leads to its playbook', () => {
  it('Smart Kampung is listed under Inovasi and links to “Menerapkan Smart Kampung”, whose stages are numbered', async () => {
    const page = await site.open('/inovasi/');
    await page.locator('main').getByRole('link', { name: 'Smart Kampung', exact: true }).click();
    await page.waitForURL((url) => url.pathname === SEED.innovation);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Smart Kampung');

    await page.locator(`main a[href="${SEED.playbook}"]`).first().click();
    await page.waitForURL((url) => url.pathname === SEED.playbook);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Smart Kampung');
    const stages = page.locator('ol.stages > li');
    expect(await stages.count()).toBeGreaterThan(0);
    const headings = await stages.locator('h3').allTextContents();
    headings.forEach((heading, n) => expect(heading).toMatch(new RegExp(`^Tahap ${n + 1}: `)));
    // And the playbook links back to the innovation.
    expect(await page.locator(`main a[href="${SEED.innovation}"]`).count()).toBeGreaterThan(0);
  });
});

describe('a visit records who learned what from whom', () => {
  it('the Katingan → Banyuwangi visit names both regions, links to them, and cites its source', async () => {
    const page = await site.open('/kunjungan/');
    await page.locator(`main a[href="${SEED.visit}"]`).first().click();
    await page.waitForURL((url) => pathOf(url.href) === SEED.visit);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Katingan');
    const main = page.locator('main');
    expect(await main.locator(`a[href="${SEED.visitor}"]`).count()).toBeGreaterThan(0);
    expect(await main.locator(`a[href="${SEED.host}"]`).count()).toBeGreaterThan(0);
    expect(await main.locator('time[datetime="2019-07-02"]').count()).toBeGreaterThan(0);
    // Every citation marker jumps to a source listed on the same page.
    const targets = await main.locator('a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of new Set(targets)) {
      expect(await page.locator(target!).count(), `citation target ${target}`).toBe(1);
    }
  });

  it('a visit by an institution names the institution as visitor, links the host, and counts on the host page', async () => {
    const page = await site.open(SYNTHETIC.institutionVisit);
    const main = page.locator('main');
    expect(await main.innerText()).toContain('Lembaga Uji Fiktif Nasional');
    expect(await main.locator('a[href="/daerah/kota-surabaya/"]').count()).toBeGreaterThan(0);
    const host = await site.open('/daerah/kota-surabaya/');
    expect(await host.locator(`main a[href="${SYNTHETIC.institutionVisit}"]`).count()).toBeGreaterThan(0);
  });
});

it('no page in this walk fetched anything from another site', () => {
  expect(site.offSiteRequests()).toEqual([]);
});
