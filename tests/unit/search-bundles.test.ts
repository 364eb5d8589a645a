/** How the search index is split: a hub of whole types within the limit, province bundles for the rest. */
import { describe, expect, it } from 'vitest';
import { planBundles, provinceBundlePath, type IndexedPage } from '../../src/domain/search-bundles.ts';
import { indexedOnly, mainOnly, pageFilters } from '../../src/integrations/search-index.ts';

const page = (url: string, type: string, provinces: string[], extra: Record<string, string[]> = {}): IndexedPage => ({
  url,
  type,
  provinces,
  filters: { jenis: [type], provinsi: provinces, ...extra },
});
const regionProvince = { 'Kabupaten Bangli': 'Bali', 'Kabupaten Katingan': 'Kalimantan Tengah', 'Kota Denpasar': 'Bali' };

describe('planBundles', () => {
  const pages = [
    page('/daerah/bali/', 'Daerah', ['Bali'], { daerah: ['Bali'] }),
    page('/daerah/kabupaten-bangli/', 'Daerah', ['Bali'], { daerah: ['Kabupaten Bangli'] }),
    page('/panduan/a/', 'Panduan', ['Bali']),
    page('/inovasi/a/', 'Inovasi', ['Bali'], { daerah: ['Kabupaten Bangli'] }),
    page('/inovasi/b/', 'Inovasi', ['Kalimantan Tengah'], { daerah: ['Kabupaten Katingan'] }),
    page('/kunjungan/a/', 'Kunjungan', ['Bali', 'Kalimantan Tengah'], { daerah: ['Kabupaten Bangli', 'Kabupaten Katingan'] }),
    page('/kunjungan/lembaga/', 'Kunjungan', []),
  ];

  it('keeps everything in the hub when the site is small (the seed scale): no province bundles', () => {
    const plan = planBundles(pages, regionProvince);
    expect(plan.manifest.provinces).toEqual([]);
    expect(plan.manifest.splitTypes).toEqual([]);
    expect(plan.manifest.hubPages).toBe(pages.length);
    for (const p of pages) expect(plan.bundlesOf(p)).toEqual(['']);
  });

  it('fills the hub with whole types in order until the limit, and splits every later type by province', () => {
    const plan = planBundles(pages, regionProvince, 4);
    expect(plan.manifest.hubTypes).toEqual(['Daerah', 'Panduan']);
    expect(plan.manifest.splitTypes).toEqual(['Inovasi', 'Kunjungan']);
    expect(plan.bundlesOf(pages[3]!)).toEqual([provinceBundlePath('Bali')]);
    // A visit between two provinces is in both bundles (the search page shows it once).
    expect(plan.bundlesOf(pages[5]!)).toEqual([provinceBundlePath('Bali'), provinceBundlePath('Kalimantan Tengah')]);
    // A page of a split type with no province stays in the hub, so it is never lost.
    expect(plan.bundlesOf(pages[6]!)).toEqual(['']);
    expect(plan.manifest.hubPages).toBe(4);
    expect(plan.manifest.provinces).toEqual([
      { name: 'Bali', path: 'wilayah/bali/', pages: 2 },
      { name: 'Kalimantan Tengah', path: 'wilayah/kalimantan-tengah/', pages: 2 },
    ]);
  });

  it('a type that does not fit sends every later type to the province bundles, even small ones', () => {
    const plan = planBundles(pages, regionProvince, 2);
    expect(plan.manifest.hubTypes).toEqual(['Daerah']);
    expect(plan.manifest.splitTypes).toEqual(['Panduan', 'Inovasi', 'Kunjungan']);
  });

  it('counts every facet value over all pages and maps only regions that have pages to their province', () => {
    const { manifest } = planBundles(pages, regionProvince, 4);
    expect(manifest.facets.jenis).toEqual([['Daerah', 2], ['Inovasi', 2], ['Kunjungan', 2], ['Panduan', 1]]);
    expect(manifest.facets.daerah).toBeUndefined();
    expect(manifest.regions).toEqual({ Bali: ['Kabupaten Bangli'], 'Kalimantan Tengah': ['Kabupaten Katingan'] });
  });
});

describe('pageFilters', () => {
  it('reads the filter spans Base.astro writes, entities decoded', () => {
    const html =
      '<main><div hidden data-pagefind-ignore><span data-pagefind-filter="jenis">Kunjungan</span><span data-pagefind-meta="jenis">Kunjungan</span>' +
      '<span data-pagefind-filter="provinsi">Bali</span><span data-pagefind-filter="provinsi">Nusa Tenggara Barat</span>' +
      '<span data-pagefind-filter="sektor">Air &amp; sanitasi</span></div><h1 data-pagefind-body>Judul</h1></main>';
    expect(pageFilters(html)).toEqual({ jenis: ['Kunjungan'], provinsi: ['Bali', 'Nusa Tenggara Barat'], sektor: ['Air & sanitasi'] });
  });
});

describe('indexedOnly', () => {
  const page = (main: string) => `<!doctype html><html lang="id"><head><title>T</title></head><body><header><h1>Lintas</h1></header>${main}<footer>Kemendagri</footer></body></html>`;

  it('sends each body element whole (nested tags of its name included), the filter and meta spans, and nothing else', () => {
    const html = page(
      '<main><h1 data-pagefind-body data-pagefind-weight="10">Judul</h1><ul class="card-list" data-pagefind-ignore><li>daftar</li></ul>' +
        '<dl><div data-pagefind-body><dt data-pagefind-ignore>Daerah</dt><dd><div class="x">Kab. A</div>, Bali</dd></div><div>lain</div></dl>' +
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="jenis">Inovasi</span><span data-pagefind-meta="jenis">Inovasi</span></div></main>',
    );
    const sent = indexedOnly(html);
    expect(sent).toContain('<h1 data-pagefind-body data-pagefind-weight="10">Judul</h1>');
    expect(sent).toContain('<div data-pagefind-body><dt data-pagefind-ignore>Daerah</dt><dd><div class="x">Kab. A</div>, Bali</dd></div>');
    expect(sent).toContain('<span data-pagefind-filter="jenis">Inovasi</span><span data-pagefind-meta="jenis">Inovasi</span>');
    for (const gone of ['daftar', 'lain', 'Lintas', 'Kemendagri', '<title>']) expect(sent).not.toContain(gone);
    expect(pageFilters(sent)).toEqual(pageFilters(html));
  });

  it('falls back to the whole <main> when a body element does not end', () => {
    const html = page('<main><div data-pagefind-body><p>tanpa akhir</p></main>');
    expect(indexedOnly(html)).toBe(mainOnly(html));
    expect(mainOnly(html)).not.toContain('Kemendagri');
    expect(mainOnly('<p>tanpa main</p>')).toBe('<p>tanpa main</p>');
  });
});
