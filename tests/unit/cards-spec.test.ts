/** Card specs: one zod schema per kind, a discriminated union on `kind`, messages naming the field. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CardSpecSchema, cardSpecKinds, validateCardSpec } from '../../src/cards/spec.ts';

describe('CardSpecSchema', () => {
  it('has one member per kind in cardSpecKinds, and no other', () => {
    const kinds = CardSpecSchema.options.map((option) => option.shape.kind.value);
    expect([...kinds].sort()).toEqual([...cardSpecKinds].sort());
  });

  it('returns the spec unchanged (no trimming or defaults), so cache keys stay the same', () => {
    const spec = { kind: 'daftar', title: '  Semua inovasi ', count: 0, noun: 'inovasi' };
    expect(validateCardSpec(spec)).toEqual({ ok: true, spec });
  });
});

describe('validateCardSpec messages', () => {
  it('name the field, down to list items', () => {
    const result = validateCardSpec({
      kind: 'perbandingan',
      title: 'A',
      regions: ['X', ' '],
      figures: [{ label: 'Desa', values: [1, 2] }, { label: 'Luas', values: [1] }, { label: 'Kecamatan', values: [1, 2], unit: 'km' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: ['regions[1]: harus teks tidak kosong', 'figures[1].values: harus dua nilai [a, b]', 'figures[2]: kolom tak dikenal: unit'],
    });
  });

  it('name the allowed kinds, and the limits of lists and counts', () => {
    expect(validateCardSpec({ kind: 'poster', title: 'x' })).toEqual({
      ok: false,
      errors: ['kind: harus salah satu dari inovasi, panduan, kunjungan, daerah, perbandingan, daftar, beranda'],
    });
    const facts = [1, 2, 3, 4].map((value) => ({ label: 'x', value }));
    expect(validateCardSpec({ kind: 'beranda', title: 'x', facts })).toEqual({ ok: false, errors: ['facts: paling banyak 3 fakta'] });
    expect(validateCardSpec({ kind: 'kunjungan', title: 'x', visitor: 'A', host: 'B', date: '2019', delegationSize: -1 })).toEqual({
      ok: false,
      errors: ['delegationSize: harus bilangan bulat ≥ 0'],
    });
    expect(validateCardSpec([])).toEqual({ ok: false, errors: ['spec harus objek JSON'] });
  });

  it('are Indonesian whatever zod’s global locale is', () => {
    const before = z.config().localeError;
    try {
      z.config(z.locales.en());
      const result = validateCardSpec({ kind: 'inovasi', title: 'A', region: 'R', province: 7 });
      expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^province: harus teks$/)] });
      const generic = validateCardSpec({ kind: 'daerah', title: 'A', facts: 'banyak' });
      expect(generic.ok || generic.errors[0]).toMatch(/^facts: Input tidak valid/);
    } finally {
      z.config({ localeError: before });
    }
  });
});
