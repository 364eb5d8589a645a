/** The link helpers: every internal address under the site's base, anchors that ids and links share. */
import { describe, expect, it } from 'vitest';
import { anchorIdPatterns, anchors, links, linksUnder } from '../../src/lib/links.ts';

describe('link helpers', () => {
  it('build the addresses pages use at the default base', () => {
    expect(links.home()).toBe('/');
    expect(links.list('innovation')).toBe('/inovasi/');
    expect(links.region('kabupaten-katingan')).toBe('/daerah/kabupaten-katingan/');
    expect(links.region('kabupaten-banyuwangi', 'inovasi')).toBe('/daerah/kabupaten-banyuwangi/#inovasi');
    expect(links.commitment('2019-07-02-katingan-ke-banyuwangi', 'lounge-data')).toBe('/kunjungan/2019-07-02-katingan-ke-banyuwangi/#komitmen-lounge-data');
    expect(links.news('smart-kampung', '2023-kabar')).toBe('/inovasi/smart-kampung/#kabar-2023-kabar');
    expect(links.institution('Kementerian Dalam Negeri')).toBe('/lembaga/#kementerian-dalam-negeri');
    expect(links.search({ type: 'Inovasi', region: 'Kabupaten Katingan' })).toBe('/cari/?jenis=Inovasi&daerah=Kabupaten%20Katingan');
    expect(links.dataFile('komitmen', 'csv')).toBe('/data/komitmen.csv');
    expect(links.dataSchema('daerah')).toBe('/data/skema/daerah.schema.json');
  });

  it('give one comparison address whichever order the regions come in', () => {
    expect(links.comparison('kabupaten-katingan', 'kabupaten-banyuwangi')).toBe('/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/');
    expect(links.comparison('kabupaten-banyuwangi', 'kabupaten-katingan')).toBe(links.comparison('kabupaten-katingan', 'kabupaten-banyuwangi'));
    expect(links.comparisonFile('a-vs-b', 'json')).toBe('/bandingkan/a-vs-b/angka.json');
    expect(links.compareTool('a', 'b')).toBe('/bandingkan/?a=a&b=b');
  });

  it('put every address under a sub-folder base, with or without its trailing slash', () => {
    for (const base of ['/lintas', '/lintas/']) {
      const { links: under, withBase } = linksUnder(base);
      expect(under.home()).toBe('/lintas/');
      expect(under.innovation('x')).toBe('/lintas/inovasi/x/');
      expect(under.comparison('b', 'a')).toBe('/lintas/bandingkan/a-vs-b/');
      expect(under.commitment('v', 'c')).toBe('/lintas/kunjungan/v/#komitmen-c');
      expect(under.section('ledger')).toBe('/lintas/komitmen/');
      expect(under.compareData()).toBe('/lintas/bandingkan/wilayah.json');
      expect(withBase('/favicon.svg')).toBe('/lintas/favicon.svg');
    }
  });

  it('describe the ids their anchors produce, for the content check', () => {
    const ids = [anchors.commitment('x'), anchors.news('y'), anchors.source(3), anchors.stage(2)];
    for (const id of ids) expect(anchorIdPatterns.some((p) => p.test(id))).toBe(true);
    expect(anchorIdPatterns.some((p) => p.test('latar-belakang'))).toBe(false);
    expect(anchorIdPatterns.some((p) => p.test('komitmen'))).toBe(false);
  });
});
