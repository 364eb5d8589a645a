import { describe, expect, it } from 'vitest';
import { cardTextRuns, renderCard } from '../../src/cards/render.ts';
import type { CardSpec } from '../../src/cards/spec.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** All text the renderer laid out on the card (its own measurement), without white space. */
async function cardText(spec: CardSpec): Promise<string> {
  return squash((await cardTextRuns(spec)).join(''));
}
const squash = (s: string) => s.replace(/\s+/g, '');

const cases: Array<{ spec: CardSpec; expected: string[] }> = [
  {
    spec: { kind: 'inovasi', title: 'Smart Kampung', region: 'Kabupaten Banyuwangi', province: 'Jawa Timur', status: 'Berjalan', year: 2015 },
    expected: ['INOVASI', 'Smart Kampung', 'Kabupaten Banyuwangi', 'Jawa Timur', 'Berjalan', '2015'],
  },
  {
    spec: { kind: 'panduan', title: 'Menyiapkan Smart Kampung di desa Anda', stages: 6, region: 'Kabupaten Banyuwangi' },
    expected: ['PANDUAN', 'Menyiapkan Smart Kampung di desa Anda', '6 tahap', 'Kabupaten Banyuwangi'],
  },
  {
    spec: { kind: 'kunjungan', title: 'Katingan belajar ke Banyuwangi', visitor: 'Kabupaten Katingan', host: 'Kabupaten Banyuwangi', date: '2019-07-02', delegationSize: 12 },
    expected: ['KUNJUNGAN', 'Katingan belajar ke Banyuwangi', 'Kabupaten Katingan', 'Kabupaten Banyuwangi', '2 Juli 2019', '12 orang'],
  },
  {
    spec: { kind: 'daerah', title: 'Kabupaten Katingan', province: 'Kalimantan Tengah', facts: [{ label: 'Kecamatan', value: 13 }, { label: 'Desa', value: 154 }, { label: 'Penduduk', value: 167000 }] },
    expected: ['DAERAH', 'Kabupaten Katingan', 'Provinsi Kalimantan Tengah', 'Kecamatan', '13', 'Desa', '154', '167.000'],
  },
  {
    spec: { kind: 'perbandingan', title: 'Banyuwangi dan Katingan', regions: ['Kabupaten Banyuwangi', 'Kabupaten Katingan'], figures: [{ label: 'Desa', values: [189, 154] }, { label: 'Luas wilayah (km²)', values: [5782, 'sekitar 20.000'] }] },
    expected: ['PERBANDINGAN', 'Kabupaten Banyuwangi', 'Kabupaten Katingan', 'Desa', '189', '154', 'Luas wilayah (km²)', '5.782', 'sekitar 20.000'],
  },
  {
    spec: { kind: 'daftar', title: 'Semua inovasi daerah', section: 'Inovasi', count: 5, noun: 'inovasi' },
    expected: ['INOVASI', 'Semua inovasi daerah', 'Jumlah', '5 inovasi'],
  },
  {
    spec: { kind: 'beranda', title: 'Belajar dari daerah lain', description: 'Basis pengetahuan inovasi pemerintah daerah', facts: [{ label: 'Inovasi', value: 5 }] },
    expected: ['Belajar dari daerah lain', 'Basis pengetahuan inovasi pemerintah daerah', 'Inovasi', '5'],
  },
];

describe('card templates', () => {
  it.each(cases)('$spec.kind: 1200×630 PNG ≤ 300 KB with the wordmark and the key text', async ({ spec, expected }) => {
    const png = await renderCard(spec);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(300 * 1024);
    const text = await cardText(spec);
    expect(text).toContain(squash('Lintas · belajar lintas daerah'));
    for (const key of expected) expect(text, key).toContain(squash(key));
  });

  it('clamps a long title with an ellipsis instead of overflowing', async () => {
    const title = `${'Peningkatan kualitas pelayanan administrasi kependudukan terintegrasi di tingkat desa dan kelurahan '.repeat(4)}AKHIR-JUDUL`;
    const spec: CardSpec = { kind: 'inovasi', title, region: 'Kabupaten Kepulauan Siau Tagulandang Biaro', status: 'Berjalan' };
    const text = await cardText(spec);
    expect(text).toContain('…');
    expect(text).not.toContain('AKHIR-JUDUL');
    expect(text).toContain(squash('Peningkatan kualitas pelayanan'));
    expect(pngSize(await renderCard(spec))).toEqual({ width: 1200, height: 630 });
  });

  it('never breaks on odd glyphs: emoji, ZWJ sequences, CJK, RTL, control characters, lone surrogates', async () => {
    const odd = 'Desa 🚀 digital 👨‍👩‍👧‍👦 🏳️‍🌈 智慧城市 한국 مرحبا \u0000\u0007\u001b[31m \u202Eterbalik \uD800 ﷽ 𝔘𝔫𝔦';
    const specs: CardSpec[] = [
      { kind: 'inovasi', title: odd, region: `Kota ${odd}`, status: odd, province: odd },
      { kind: 'kunjungan', title: odd, visitor: odd, host: '🙂', date: odd, delegationSize: 3 },
      { kind: 'perbandingan', title: odd, regions: [odd, '北京'], figures: [{ label: odd, values: [odd, '🙂'] }] },
      { kind: 'daerah', title: '🙂🙂🙂', facts: [{ label: '🙂', value: '🙂' }] },
    ];
    for (const spec of specs) {
      const png = await renderCard(spec);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
    const text = await cardText(specs[0]!);
    expect(text).toContain(squash('Desa digital'));
    expect(text).not.toMatch(/[\u{1F300}-\u{1FAFF}\u4E00-\u9FFF\u0000-\u001F\u200D]/u);
  });
});
