/**
 * Issue 22 on the fixture site: an innovation page shows its IID profile with the regulation of each list, a visit
 * with a sourced cost shows it (and per adopted commitment), and the ledger shows the evidence behind an adoption and
 * totals only sourced costs.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { SYNTHETIC } from '../support/pages.ts';

const site = useSiteBrowser('fixture');

describe('official fields, cost and evidence on the pages', () => {
  it('an innovation page lists tahapan, bentuk, jenis and urusan with their regulations, and gaps as "belum dicatat"', async () => {
    const page = await site.open(SYNTHETIC.innovation);
    const alfa = await page.locator('section', { has: page.locator('#isian-resmi') }).first().innerText();
    for (const text of ['Tahapan Inovasi', 'Penerapan', 'Inovasi pelayanan publik', 'Digital', '2.16 Komunikasi dan informatika', 'PP 38/2017', 'Permendagri 90/2019']) expect(alfa).toContain(text);
    const seed = await (await site.open('/inovasi/smart-kampung-banyuwangi/')).locator('main').innerText();
    expect(seed).toContain('Isian resmi (Indeks Inovasi Daerah)');
    expect(seed).toContain('belum dicatat');
  });

  it('a visit with a sourced cost shows it, with its basis, funding and cost per adopted commitment', async () => {
    const facts = await (await site.open(SYNTHETIC.adoptedVisit)).locator('dl.facts').innerText();
    for (const text of ['Studi tiru', 'Rp48.500.000', 'Realisasi', 'APBD', 'per komitmen yang diadopsi', 'LHPD']) expect(facts).toContain(text);
  });

  it('the ledger shows the evidence and the replication stage, and totals only sourced costs', async () => {
    const page = await site.open('/komitmen/');
    const row = await page.locator('[data-ledger] tbody tr', { hasText: 'Komitmen uji fiktif nomor 1:' }).innerText();
    expect(row).toContain('Bukti: Perjanjian kerja sama (PKS) / MoU');
    expect(row).toContain('Tahap replikasi: Replikasi');
    const costs = await page.locator('section', { has: page.locator('#biaya') }).first().innerText();
    expect(costs).toContain('Realisasi: Rp48.500.000 untuk 1 kunjungan');
    expect(costs).toMatch(/\d+ dari \d+ kunjungan tanpa biaya menurut sumber/);
  });
});
