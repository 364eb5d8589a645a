/**
 * Visual regression: every card design rendered now must match its reference image (committed under
 * tests/fixtures/card-references/, checked by eye when made) within a small tolerance, so a renderer
 * or template change that makes a card illegible — text gone, overflowing, shifted, clipped — fails.
 * Anti-aliasing differences between machines stay under the tolerance.
 * After an intended change in a design: `LINTAS_UPDATE_CARD_REFERENCES=1 npx vitest run tests/unit/cards-visual.test.ts`,
 * look at every image, and commit them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/cards/render.ts';
import type { CardSpec } from '../../src/cards/spec.ts';

const REFERENCES = fileURLToPath(new URL('../fixtures/card-references/', import.meta.url));
const UPDATE = process.env.LINTAS_UPDATE_CARD_REFERENCES === '1';
/** Share of pixels allowed to differ (beyond pixelmatch's per-pixel colour threshold). */
const MAX_DIFFERENT = 0.005;

/** One spec per design, plus the hard cases: a clamped title and text with glyphs the fonts lack. */
const DESIGNS: Record<string, CardSpec> = {
  inovasi: { kind: 'inovasi', title: 'Smart Kampung', region: 'Kabupaten Banyuwangi', province: 'Jawa Timur', status: 'Berjalan', year: 2015 },
  panduan: { kind: 'panduan', title: 'Menyiapkan Smart Kampung di desa Anda', stages: 6, region: 'Kabupaten Banyuwangi' },
  kunjungan: { kind: 'kunjungan', title: 'Kabupaten Katingan belajar tata kelola pemerintahan ke Banyuwangi', visitor: 'Kabupaten Katingan', host: 'Kabupaten Banyuwangi', date: '2019-07-02', delegationSize: 12 },
  daerah: { kind: 'daerah', title: 'Kabupaten Katingan', province: 'Kalimantan Tengah', facts: [{ label: 'Kecamatan', value: 13 }, { label: 'Desa', value: 154 }, { label: 'Kelurahan', value: 7 }] },
  perbandingan: {
    kind: 'perbandingan',
    title: 'Kabupaten Banyuwangi dan Kabupaten Katingan',
    regions: ['Kabupaten Banyuwangi', 'Kabupaten Katingan'],
    figures: [{ label: 'Kecamatan', values: [25, 13] }, { label: 'Desa', values: [189, 154] }, { label: 'Luas wilayah (km²)', values: [5782, 'sekitar 20.000'] }],
  },
  daftar: { kind: 'daftar', title: 'Semua inovasi daerah', section: 'Inovasi', count: 5084, noun: 'inovasi', description: 'Praktik yang sudah dijalankan pemerintah daerah' },
  beranda: { kind: 'beranda', title: 'Belajar dari daerah lain, tanpa harus selalu berkunjung', facts: [{ label: 'Inovasi', value: 5 }, { label: 'Kunjungan', value: 1 }, { label: 'Daerah', value: 552 }] },
  'judul-panjang': {
    kind: 'inovasi',
    title: 'Peningkatan kualitas pelayanan administrasi kependudukan terintegrasi di tingkat desa dan kelurahan melalui gerai pelayanan keliling yang menjangkau pulau-pulau terluar',
    region: 'Kabupaten Kepulauan Siau Tagulandang Biaro',
    province: 'Sulawesi Utara',
    status: 'Berjalan',
  },
  'huruf-asing': { kind: 'kunjungan', title: 'Desa 🚀 digital 智慧城市 Ñuñoa “kutip” — Āčē', visitor: 'Kota Bandung', host: 'Kabupaten Badung', date: '2021-06', delegation: 'DPRD dan dinas' },
};

function decode(png: Buffer): PNG {
  return PNG.sync.read(png);
}

describe('card designs against their reference images', () => {
  it.each(Object.keys(DESIGNS))('%s', async (name) => {
    const png = await renderCard(DESIGNS[name]!);
    const file = join(REFERENCES, `${name}.png`);
    if (UPDATE || !existsSync(file)) {
      // A missing reference is written but fails the run, so it is never accepted unseen.
      mkdirSync(REFERENCES, { recursive: true });
      writeFileSync(file, png);
      if (!UPDATE) expect.fail(`referensi ${name}.png belum ada: dibuat sekarang, periksa gambarnya lalu commit`);
      return;
    }
    const actual = decode(png);
    const expected = decode(readFileSync(file));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
    const share = different / (actual.width * actual.height);
    if (share > MAX_DIFFERENT) writeFileSync(join(REFERENCES, `${name}.diff.png`), PNG.sync.write(diff));
    expect(share, `${name}: ${different} piksel berbeda (lihat ${name}.diff.png)`).toBeLessThanOrEqual(MAX_DIFFERENT);
  });

  it('notices a wrong card: another title differs from the reference by more than the tolerance', async () => {
    const actual = decode(await renderCard({ ...DESIGNS.inovasi!, title: 'Smart Desa' } as CardSpec));
    const expected = decode(readFileSync(join(REFERENCES, 'inovasi.png')));
    const different = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
    expect(different / (actual.width * actual.height)).toBeGreaterThan(MAX_DIFFERENT);
  });
});
