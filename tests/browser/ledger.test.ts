/**
 * Every trip leaves a trace: what was promised, and what became of it.
 * On the fixture site: the seed's Katingan visit plus the synthetic corpus's commitments in every status.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { SYNTHETIC } from '../support/pages.ts';

const site = useSiteBrowser('fixture');

describe('the replication ledger', () => {
  it("lists Katingan's intent to adopt the data lounge with its age, flagged for lack of news", async () => {
    const page = await site.open('/komitmen/');
    const row = page.locator('[data-ledger] tbody tr', { hasText: 'layar sentuh' });
    const text = await row.innerText();
    expect(text).toContain('Kabupaten Katingan');
    expect(text).toContain('Kabupaten Banyuwangi');
    expect(text).toContain('Niat disampaikan');
    expect(text).toMatch(/Umur \d+ tahun/);
    expect(text).toContain('Perlu ditanyakan');
  });

  it('filters by status and region, keeping the choice in the URL', async () => {
    const page = await site.open('/komitmen/');
    await page.selectOption('#saring-status', 'diadopsi');
    const shown = page.locator('[data-ledger] tbody tr:not([hidden])');
    await expect.poll(() => shown.count()).toBe(2);
    expect((await shown.allInnerTexts()).map((t) => /nomor (\d+)/.exec(t)?.[1]).sort()).toEqual(['1', '7']);
    expect(new URL(page.url()).searchParams.get('status')).toBe('diadopsi');
    await page.selectOption('#saring-status', 'niat');
    await page.selectOption('#saring-daerah', 'kabupaten-katingan');
    await expect.poll(() => page.locator('[data-ledger] tbody tr:not([hidden])').count()).toBe(1);
  });

  it('the latest follow-up sets the current status: after direncanakan and berjalan, Gowa has adopted', async () => {
    const page = await site.open('/komitmen/');
    const text = await page.locator('[data-ledger] tbody tr', { hasText: 'Komitmen uji fiktif nomor 1:' }).innerText();
    expect(text).toContain('Kabupaten Gowa');
    expect(text).toContain('Sudah diadopsi');
    expect(text).toContain('Kabar terakhir: 12 Maret 2021');
    const visit = await site.open(SYNTHETIC.adoptedVisit);
    const commitments = await visit.locator('main').innerText();
    for (const status of ['Direncanakan', 'Sedang dikerjakan', 'Sudah diadopsi']) expect(commitments).toContain(status);
  });

  it('draws the learning network Katingan → Banyuwangi with a text equivalent', async () => {
    const page = await site.open('/komitmen/');
    expect(await page.locator('figure.network svg[role="img"] title').textContent()).toContain('Jaringan belajar');
    const table = await page.locator('table', { hasText: 'Daerah yang belajar' }).last().innerText();
    expect(table).toMatch(/Kabupaten Katingan\s+Kabupaten Banyuwangi\s+1\s+Niat disampaikan/);
  });

  it('the data lounge shows who committed to adopt it, and the innovation says how many delegations studied it', async () => {
    const page = await site.open('/inovasi/lounge-data-layar-sentuh-banyuwangi/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('1 rombongan, 1 berniat menirunya');
    expect(await page.locator('#komitmen + .table-wrap').innerText()).toContain('Kabupaten Katingan');
  });
});
