import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/slug.ts';

describe('slugify: an official name becomes a page address', () => {
  it.each([
    ['Kabupaten Katingan', 'kabupaten-katingan'],
    ['Kabupaten Toli-Toli', 'kabupaten-toli-toli'],
    ['Kota Palangka Raya', 'kota-palangka-raya'],
    ['Jawa Timur', 'jawa-timur'],
    ['Daerah Istimewa Yogyakarta', 'daerah-istimewa-yogyakarta'],
  ])('turns "%s" into "%s"', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('collapses runs of spaces and punctuation into a single hyphen and trims hyphens at both ends', () => {
    expect(slugify('  Kabupaten   Pangkajene dan Kepulauan (Pangkep) ')).toBe('kabupaten-pangkajene-dan-kepulauan-pangkep');
  });

  it('drops accents instead of dropping letters', () => {
    expect(slugify('Kota Bandar Lámpúng')).toBe('kota-bandar-lampung');
  });

  it('produces only lower-case letters, digits and single hyphens', () => {
    expect(slugify("Kab. Kep. Siau Tagulandang Biaro / SITARO 2'")).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
