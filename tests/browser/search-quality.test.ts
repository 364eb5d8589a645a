/**
 * Twenty fixed queries over the fixture corpora with the page a reader expects near the top, so a
 * leaner index (only title, lead and key facts) never loses the right answer. Each expectation
 * says how high the page must rank: 1 = first. Stemming is part of it: "layanan" and "pelayanan"
 * meet (the stemmer makes them one word, so a lone "pelayanan" ranks the "Layanan Uji" pages level
 * with the public-service mall; the last test holds that both find both).
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';

const site = useSiteBrowser('fixture');

/** [query, expected page, within the first n results]. */
const QUERIES: [string, string, number][] = [
  ['smart kampung', '/inovasi/smart-kampung-banyuwangi/', 2],
  ['menerapkan smart kampung', '/panduan/smart-kampung-banyuwangi/', 1],
  ['mal pelayanan publik', '/inovasi/mal-pelayanan-publik-banyuwangi/', 1],
  ['pelayanan publik', '/inovasi/mal-pelayanan-publik-banyuwangi/', 1],
  ['layanan publik', '/inovasi/mal-pelayanan-publik-banyuwangi/', 3],
  ['serat optik', '/inovasi/serat-optik-desa-banyuwangi/', 1],
  ['lounge data', '/inovasi/lounge-data-layar-sentuh-banyuwangi/', 1],
  ['layar sentuh', '/inovasi/lounge-data-layar-sentuh-banyuwangi/', 1],
  ['pelaporan triwulanan bulanan', '/panduan/pelaporan-bulanan-terintegrasi-banyuwangi/', 2],
  ['pengadaan aset terintegrasi', '/inovasi/pelaporan-terintegrasi-banyuwangi/', 2],
  ['Kabupaten Katingan', '/daerah/kabupaten-katingan/', 1],
  ['katingan tata kelola', '/kunjungan/2019-07-02-katingan-ke-banyuwangi/', 1],
  ['Kalimantan Tengah', '/daerah/kalimantan-tengah/', 1],
  ['Kabupaten Bangli', '/daerah/kabupaten-bangli/', 1],
  ['Kota Surabaya', '/daerah/kota-surabaya/', 1],
  ['layanan uji alfa', '/inovasi/layanan-uji-alfa-sleman/', 2],
  ['layanan uji beta surabaya', '/inovasi/layanan-uji-beta-surabaya/', 1],
  ['panduan layanan uji beta', '/panduan/layanan-uji-beta-surabaya/', 2],
  ['kunjungan uji fiktif nomor 7', '/kunjungan/2021-09-09-sleman-ke-surabaya/', 1],
  ['uji delta jayapura', '/inovasi/layanan-uji-delta-jayapura/', 1],
];

async function top(query: string): Promise<string[]> {
  const page = await site.open(`/cari/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /hasil/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page.locator('[data-results] > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('twenty queries find what a reader expects near the top', () => {
  it('holds twenty distinct queries', () => {
    expect(new Set(QUERIES.map(([q]) => q)).size).toBe(20);
  });

  it.each(QUERIES)('"%s" ranks %s within the first %i', async (query, expected, within) => {
    const found = await top(query);
    expect(found.slice(0, within), `top results: ${found.slice(0, 5).join(', ')}`).toContain(expected);
  });

  it('"layanan" and "pelayanan" meet: each finds the public-service mall and the "Layanan Uji" innovations', async () => {
    for (const query of ['layanan', 'pelayanan']) {
      const found = await top(query);
      expect(found, query).toContain('/inovasi/mal-pelayanan-publik-banyuwangi/');
      expect(found, query).toContain('/inovasi/layanan-uji-gama-bangli/');
    }
  });
});
