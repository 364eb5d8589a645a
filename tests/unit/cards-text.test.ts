import { describe, expect, it } from 'vitest';
import { cardPathFor, cardSpecJson, validateCardSpec, type CardSpec } from '../../src/cards/spec.ts';
import { fitText, sanitizeText, wrapWords } from '../../src/cards/text.ts';
import { loadFonts } from '../../src/cards/fonts.ts';
import { formatDate } from '../../src/cards/templates.ts';

const fonts = loadFonts();
const bold = (text: string, size: number) => fonts.measure(text, size, 700);

describe('cardPathFor', () => {
  it.each([
    ['/', '/kartu/beranda.png'],
    ['', '/kartu/beranda.png'],
    ['/index.html', '/kartu/beranda.png'],
    ['/inovasi/smart-kampung-banyuwangi/', '/kartu/inovasi/smart-kampung-banyuwangi.png'],
    ['/inovasi/smart-kampung-banyuwangi', '/kartu/inovasi/smart-kampung-banyuwangi.png'],
    ['/inovasi/', '/kartu/inovasi.png'],
    ['/bandingkan/a-vs-b/?x=1#y', '/kartu/bandingkan/a-vs-b.png'],
    ['/404.html', '/kartu/404.png'],
    ['/../etc/passwd', '/kartu/etc/passwd.png'],
  ])('%s → %s', (page, card) => expect(cardPathFor(page)).toBe(card));
});

describe('validateCardSpec', () => {
  it('accepts each kind', () => {
    const specs: CardSpec[] = [
      { kind: 'inovasi', title: 'A', region: 'Kabupaten Banyuwangi', status: 'Berjalan' },
      { kind: 'panduan', title: 'A', stages: 6 },
      { kind: 'kunjungan', title: 'A', visitor: 'X', host: 'Y', date: '2019-07-02', delegationSize: 12 },
      { kind: 'daerah', title: 'Kabupaten Katingan', facts: [{ label: 'Desa', value: 154 }] },
      { kind: 'perbandingan', title: 'A', regions: ['X', 'Y'], figures: [{ label: 'Desa', values: [1, 2] }] },
      { kind: 'daftar', title: 'Semua inovasi', count: 5, noun: 'inovasi' },
      { kind: 'beranda', title: 'Lintas' },
    ];
    for (const spec of specs) expect(validateCardSpec(spec)).toEqual({ ok: true, spec });
  });

  it('lists every problem: unknown kind, missing fields, unknown fields, bad figures', () => {
    expect(validateCardSpec({ kind: 'poster', title: 'x' }).ok).toBe(false);
    const result = validateCardSpec({ kind: 'perbandingan', title: '', regions: ['X'], figures: [], extra: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(4);
    expect(validateCardSpec({ kind: 'panduan', title: 'A', stages: 2.5 }).ok).toBe(false);
    expect(validateCardSpec(null).ok).toBe(false);
  });
});

describe('cardSpecJson', () => {
  it('cannot close the script element and round-trips', () => {
    const spec: CardSpec = { kind: 'beranda', title: 'a </script><script>alert(1)</script> & \u2028' };
    const json = cardSpecJson(spec);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(spec);
  });
});

describe('sanitizeText', () => {
  it('keeps Indonesian and Latin text as is', () => {
    const text = 'Peningkatan “layanan” publik — Desa Ñuñoa, Kota Bau-Bau: 25 kecamatan / 189 desa';
    expect(sanitizeText(text, fonts.covers)).toBe(text);
  });

  it('drops emoji, ZWJ sequences, CJK and control characters, never throws', () => {
    expect(sanitizeText('Desa 🚀 digital 👨‍👩‍👧 智慧城市\u0007\u0000 cerdas\u200D\uFE0F', fonts.covers)).toBe('Desa digital cerdas');
    expect(sanitizeText('\u202Eterbalik\u202C', fonts.covers)).toBe('terbalik');
    expect(sanitizeText('baris\nbaru\tdan\u2028pemisah', fonts.covers)).toBe('baris baru dan pemisah');
    expect(sanitizeText('🏳️‍🌈', fonts.covers)).toBe('');
    expect(sanitizeText(undefined, fonts.covers)).toBe('');
    for (const odd of ['\uD800', '\uDFFF a', '\u{10FFFF}', 'a\u0301\u0301\u0301', 'ﷺ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'])
      expect(() => sanitizeText(odd, fonts.covers)).not.toThrow();
  });

  it('keeps only characters the fonts cover', () => {
    const out = sanitizeText('Tiếng Việt Ελληνικά русский 한국어 العربية ✓ → ∞ ½', fonts.covers);
    for (const ch of out) expect(fonts.covers(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
  });
});

describe('fitText', () => {
  const box = { width: 1056, height: 270, sizes: [76, 68, 60, 52, 46], lineHeight: 1.15, maxLines: 4, measure: bold };

  it('keeps a short title at the largest size on one line', () => {
    expect(fitText('Smart Kampung', box)).toEqual({ size: 76, lines: ['Smart Kampung'], clamped: false });
  });

  it('shrinks a longer title before clamping it', () => {
    const fitted = fitText('Peningkatan kualitas pelayanan administrasi kependudukan terintegrasi di tingkat desa', box);
    expect(fitted.clamped).toBe(false);
    expect(fitted.size).toBeLessThan(76);
    expect(fitted.lines.join(' ')).toBe('Peningkatan kualitas pelayanan administrasi kependudukan terintegrasi di tingkat desa');
  });

  it('clamps a very long title with an ellipsis, every line within the width', () => {
    const long = Array.from({ length: 12 }, () => 'pemberdayaan masyarakat desa berbasis teknologi').join(' ');
    const fitted = fitText(long, box);
    expect(fitted.clamped).toBe(true);
    expect(fitted.size).toBe(46);
    expect(fitted.lines.length).toBeLessThanOrEqual(4);
    expect(fitted.lines.at(-1)).toMatch(/\S…$/);
    for (const line of fitted.lines) expect(bold(line, fitted.size)).toBeLessThanOrEqual(1056);
  });

  it('breaks a single over-long word instead of overflowing', () => {
    const lines = wrapWords('x'.repeat(200), 400, 40, bold);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(bold(line, 40)).toBeLessThanOrEqual(400);
  });
});

describe('formatDate', () => {
  it('writes Indonesian dates', () => {
    expect(formatDate('2019-07-02')).toBe('2 Juli 2019');
    expect(formatDate('2024-12')).toBe('Desember 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('kemarin')).toBe('kemarin');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
  });
});
