/** A delegation compares its region with any other before it travels; the comparison lives in the URL. */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';

const site = useSiteBrowser('fixture');

describe('the compare-any-two tool', () => {
  it('renders a pair that has no static page from its URL, with official counts side by side', async () => {
    const page = await site.open('/bandingkan/?a=kota-bandung&b=kabupaten-katingan');
    const output = page.locator('[data-output]');
    await output.locator('h2').waitFor();
    expect(await output.locator('h2').innerText()).toBe('Kota Bandung dan Kabupaten Katingan');
    expect(await output.innerText()).toContain('Belum ada halaman perbandingan lengkap');
    const kecamatan = output.locator('tr', { hasText: 'Kecamatan' }).first();
    expect(await kecamatan.locator('td').nth(1).innerText()).toContain('13');
    // Population, area and density from the 2025 decree for both, with year and source.
    const population = output.locator('tr', { hasText: 'Jumlah penduduk' }).first();
    expect(await population.locator('td').nth(1).innerText()).toMatch(/^181\.963\s+2025 \[\d\]$/);
    expect(await output.locator('tr', { hasText: 'Kepadatan penduduk' }).first().locator('td').nth(1).innerText()).toMatch(/^8,9\s+2025/);
    expect(await output.innerText()).toMatch(/Kepmendagri 300\.2\.2-2138 Tahun 2025: jumlah penduduk/);
    expect(await output.innerText()).not.toContain('campuran tahun');
  });

  it('picks two regions typed by name, writes them into the URL, and links the static page when one exists', async () => {
    const page = await site.open('/bandingkan/');
    await page.locator('#daerah-a').fill('Kabupaten Katingan');
    await page.locator('#daerah-b').fill('kabupaten banyuwangi');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('b') === 'kabupaten-banyuwangi');
    expect(new URL(page.url()).searchParams.get('a')).toBe('kabupaten-katingan');
    const link = page.locator('[data-output] a[href="/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/"]');
    expect(await link.count()).toBe(1);
  });

  it('says clearly when a typed name is not a region, on its field, and suggests the closest', async () => {
    const page = await site.open('/bandingkan/');
    await page.locator('#daerah-a').fill('Kabupaten Katingann');
    await page.locator('#daerah-b').fill('Kota Bandung');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    const error = page.locator('#daerah-a-galat');
    await expect.poll(() => error.innerText()).toBe('“Kabupaten Katingann” tidak ditemukan. Maksud Anda: Kabupaten Katingan?');
    expect(await page.locator('#daerah-b').getAttribute('aria-invalid')).toBeNull();
  });

  it('accepts the one region a short name means ("katingan") and lists the choices for a shared one ("bandung")', async () => {
    const page = await site.open('/bandingkan/');
    await page.locator('#daerah-a').fill('katingan');
    await page.locator('#daerah-b').fill('bandung');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await expect.poll(() => page.locator('#daerah-b-galat').innerText()).toMatch(/^“bandung” cocok dengan 2 daerah: Kabupaten Bandung, Kota Bandung\./);
    expect(await page.locator('#daerah-a').getAttribute('aria-invalid')).toBeNull();
    await page.locator('#daerah-b').fill('Kota Bandung');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await expect.poll(() => page.locator('[data-output] h2').innerText()).toBe('Kabupaten Katingan dan Kota Bandung');
  });

  it('by keyboard alone: an error is tied to its field and takes focus, and an old comparison does not stay under it (WCAG 3.3.1, 3.3.3)', async () => {
    const page = await site.open('/bandingkan/');
    const a = page.locator('#daerah-a');
    await a.focus();
    await page.keyboard.type('Kabupaten Katingan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kota Bandung');
    await page.keyboard.press('Enter');
    // The comparison's heading takes focus so a screen reader starts reading there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Kabupaten Katingan dan Kota Bandung');

    await a.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Kota Bandung');
    await page.keyboard.press('Enter');
    const b = page.locator('#daerah-b');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('daerah-b');
    expect(await b.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await b.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).innerText()).toBe('Pilih daerah yang berbeda dari daerah pertama.');
    expect(await page.locator('[data-status]').innerText()).toBe('Satu isian perlu diperbaiki.');
    expect(await page.locator('[data-output]').innerText()).toBe('');

    // Fixing the field clears its error.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Kabupaten Katingan');
    await a.fill('Kota Bandung');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-output] h2').innerText()).toBe('Kota Bandung dan Kabupaten Katingan');
    expect(await b.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#daerah-b-galat').isVisible()).toBe(false);
  });

  it('without JavaScript still offers the list of static comparisons', async () => {
    const page = await site.open('/bandingkan/', { javaScriptEnabled: false });
    expect(await page.locator('main a[href="/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/"]').count()).toBe(1);
    expect(await page.locator('form.compare-form').isVisible()).toBe(false);
  });

  it('the reverse-order address leads to the one canonical comparison page', async () => {
    const page = await site.open('/bandingkan/kabupaten-katingan-vs-kabupaten-banyuwangi/');
    await page.waitForURL(/kabupaten-banyuwangi-vs-kabupaten-katingan\/$/);
    expect(await page.locator('h1').innerText()).toBe('Kabupaten Banyuwangi dan Kabupaten Katingan');
  });
});

describe('a static comparison page', () => {
  it('shows official counts, Katingan\'s population with its source, the innovations with their needs, and the 2019 visit', async () => {
    const page = await site.open('/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Jumlah penduduk');
    expect(text).toContain('Bupati Katingan Boyong Para Kepala Dinas Belajar Tata Kelola Pemerintahan di Banyuwangi');
    expect(text).toContain('Smart Kampung');
    expect(text).toMatch(/Syarat:.*serat optik/s);
    expect(text).toContain('Kendala yang dinyatakan: Jaringan internet di Katingan belum terhubung secara merata');
    expect(text).toContain('hutan lindung, taman nasional');
    expect(text).toContain('Kabupaten Katingan belajar tata kelola pemerintahan ke Banyuwangi');
  });

  it('offers its figures as CSV and JSON that open as data', async () => {
    const page = await site.open('/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/');
    const csvHref = await page.locator('a', { hasText: 'CSV' }).getAttribute('href');
    const jsonHref = await page.locator('a', { hasText: 'JSON' }).getAttribute('href');
    const csv = await (await page.request.get(site.url(csvHref!))).text();
    expect(csv.split('\n')[0]).toContain('Kabupaten Banyuwangi nilai');
    expect(csv).toMatch(/Kecamatan,kecamatan,25,2025,.*,13,2025,/);
    const json = await (await page.request.get(site.url(jsonHref!))).json();
    expect(json.a.code).toBe('35.10');
    expect(json.rows.find((r: { key: string }) => r.key === 'desa').b.value).toBe(154);
  });
});
