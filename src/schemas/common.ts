/**
 * Building blocks shared by every collection schema: dates, slugs, official codes,
 * sources and the citations that tie each fact to one of them.
 *
 * Messages are in Indonesian because host staff read them; each names what to write instead.
 */
import { z } from 'astro/zod';
import { isRealIsoDate } from '../domain/dates.ts';
import { INDICATORS, type IndicatorKey } from '../domain/indicators.ts';
import { ISO_DATE_PATTERN, REGION_CODE_PATTERN, SLUG_PATTERN } from './patterns.ts';

/**
 * A calendar date written YYYY-MM-DD. Astro's YAML parser turns an unquoted date into a Date
 * object (and silently rolls 2019-02-30 over into March); our own checker reads frontmatter
 * without that conversion, so impossible dates are caught there, and here a Date is accepted
 * only to undo Astro's conversion.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'tanggal harus ditulis TTTT-BB-HH, mis. 2019-07-02' })
    .regex(ISO_DATE_PATTERN, { error: 'tanggal harus ditulis TTTT-BB-HH, mis. 2019-07-02' })
    .refine((value) => !ISO_DATE_PATTERN.test(value) || isRealIsoDate(value), {
      error: (issue) => `tanggal ${String(issue.input)} tidak ada di kalender`,
    }),
);

/** Lower-case words joined by hyphens: the last part of a page's address. */
export const slug = z
  .string({ error: 'harus berupa teks, mis. kabupaten-katingan' })
  .regex(SLUG_PATTERN, {
    error: 'hanya huruf kecil, angka dan tanda hubung, mis. kabupaten-katingan',
  });

/** A reference to a region page by its slug (checked against all regions by the content check). */
export const regionRef = slug.describe('Slug daerah, mis. kabupaten-katingan atau jawa-timur.');

/**
 * Kemendagri region code, always a string: YAML reads an unquoted 62.06 as the number 62.06
 * and 11.10 as 11.1, losing the code.
 */
export const regionCode = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `kode wilayah ditulis sebagai angka (${issue.input}); tulis dalam tanda kutip, mis. code: "62.06"`
        : 'kode wilayah wajib diisi dalam tanda kutip, mis. code: "62.06"',
  })
  .regex(REGION_CODE_PATTERN, { error: 'kode wilayah Kemendagri berbentuk "62" (provinsi) atau "62.06" (kabupaten/kota)' })
  .describe('Kode wilayah Kemendagri sebagai teks: "62" untuk provinsi, "62.06" untuk kabupaten/kota.');

const year = z
  .number({ error: 'tahun harus berupa angka, mis. 2019' })
  .int({ error: 'tahun harus bilangan bulat' })
  .min(1945, { error: 'tahun terlalu awal (sebelum 1945)' })
  .max(2100, { error: 'tahun terlalu jauh di masa depan' });
export { year };

const text = z.string({ error: 'wajib diisi dengan teks' }).trim().min(1, { error: 'tidak boleh kosong' });
export { text };

const indicatorKeys = Object.keys(INDICATORS) as [IndicatorKey, ...IndicatorKey[]];

/** A key from the indicator catalogue (src/domain/indicators.ts), the shared vocabulary that makes regions comparable. */
export const indicatorKey = z.enum(indicatorKeys, { error: `indikator tidak dikenal; pilih salah satu: ${indicatorKeys.join(', ')}` });

/**
 * The one rule for every URL an author writes: after trimming, an absolute http(s) address with a
 * host, and nothing a browser would read differently. Anything else (javascript:, JaVaScRiPt:,
 * java<TAB>script:, data:, vbscript:, file:, a bare word) would be published as a live link on
 * pages, in /data/*.json and in the compare tool, so it is an error. Whitespace and control
 * characters inside are refused because browsers silently strip them (java\tscript: runs).
 */
export function isWebUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const WEB_URL_HINT = 'salin alamat lengkap dari bilah alamat peramban, diawali https:// (atau http://); bila sumber tidak ada di web, hapus isian url';

export const webUrl = z
  .string({ error: 'alamat web harus berupa teks, mis. https://…' })
  .trim()
  .refine(isWebUrl, {
    error: (issue) => `alamat web "${String(issue.input).trim().slice(0, 60)}" tidak diterima: hanya alamat https:// atau http:// yang lengkap`,
  })
  .describe('Alamat web lengkap, diawali https:// atau http://.');

/** A short key naming one of the entry's own sources, e.g. `banyuwangi-2019`. */
export const sourceKey = slug.describe('Kunci salah satu sumber yang dicantumkan pada entri ini (daftar sources).');

export const source = z
  .strictObject({
    id: sourceKey.describe('Kunci pendek sumber ini, dipakai fakta-fakta pada entri untuk mengutipnya.'),
    title: text.describe('Judul sumber sebagaimana tertulis.'),
    publisher: text.optional().describe('Penerbit atau situs; kosongkan bila salinan sumber tidak menyebutkannya.'),
    date: isoDate.describe('Tanggal terbit sumber (TTTT-BB-HH).'),
    url: webUrl.optional().describe('Alamat web sumber, bila diketahui (https://… atau http://…).'),
    licence: text.optional().describe('Lisensi sumber bila disebutkan, mis. "CC BY 4.0" atau "Domain publik (peraturan perundang-undangan)"; wajib diperhatikan bila angkanya diterbitkan ulang.'),
  })
  .describe('Sumber yang dikutip entri ini.');
export type Source = z.infer<typeof source>;

/** An editor's note beside a slip in a source: the source is quoted as written, never silently fixed. */
export const editorialNote = z
  .strictObject({
    about: text.optional().describe('Kata atau frasa dalam sumber yang dikomentari, persis seperti tertulis.'),
    text: text.describe('Catatan redaksi: apa yang dimaksud atau keliru dalam sumber.'),
  })
  .describe('Catatan redaksi atas kekeliruan atau ketidakjelasan dalam sumber.');
export type EditorialNote = z.infer<typeof editorialNote>;

const citationFields = {
  source: sourceKey,
  quote: text.optional().describe('Kutipan kalimat dari sumber yang mendukung pernyataan ini.'),
  editorialNote: editorialNote.optional(),
};

/** One claim in plain words, tied to a source. */
export const statement = z
  .strictObject({
    text: text.describe('Pernyataan dalam kalimat sederhana, hanya yang dikatakan sumber.'),
    ...citationFields,
  })
  .describe('Pernyataan yang didukung sumber.');
export type Statement = z.infer<typeof statement>;

/** A citation without a claim of its own: for things like a playbook stage. */
export const citation = z.strictObject(citationFields).describe('Rujukan ke sumber, dengan kutipan bila ada.');
export type Citation = z.infer<typeof citation>;

/**
 * A figure's value: a count or measure, so never negative, and no larger than the largest integer
 * a JSON or CSV reader keeps exactly (9.007.199.254.740.991); 1e308 or .inf are typing slips, and
 * CSV would print them as Infinity where JSON prints null.
 */
export const figureValue = z
  .number({ error: 'nilai harus berupa angka tanpa titik ribuan, mis. 167000' })
  .refine((n) => Number.isFinite(n), { error: 'nilai bukan angka terhingga' })
  .refine((n) => n >= 0, { error: (issue) => `nilai ${String(issue.input)} negatif; angka di Lintas selalu jumlah atau ukuran` })
  .refine((n) => !Number.isFinite(n) || n <= Number.MAX_SAFE_INTEGER, { error: (issue) => `nilai ${String(issue.input)} terlalu besar untuk angka yang masuk akal` });

/** A number with its unit, year and source: no figure appears without all four. */
export const figure = z
  .strictObject({
    label: text.describe('Apa yang diukur, mis. "Item layanan di Mal Pelayanan Publik".'),
    value: figureValue.describe('Nilai angka (tidak negatif).'),
    unit: text.describe('Satuan, mis. jiwa, km², desa, item layanan.'),
    year: year.describe('Tahun data. Bila sumber tidak menyebut tahun data, isi tahun terbit sumber dan yearBasis: terbit.'),
    yearBasis: z
      .enum(['data', 'terbit'], { error: 'yearBasis hanya boleh "data" atau "terbit"' })
      .default('data')
      .describe('"data" bila tahun itu tahun data; "terbit" bila sumber tidak menyebut tahun dan dipakai tahun terbitnya.'),
    approximate: z
      .boolean()
      .default(false)
      .describe('true bila sumber membulatkan angka (mis. "167 ribu jiwa").'),
    ...citationFields,
  })
  .describe('Angka beserta satuan, tahun dan sumbernya.');
export type Figure = z.infer<typeof figure>;

/** A named person, or a role alone when the source gives no name. */
export const person = z
  .strictObject({
    name: text.optional().describe('Nama orang, bila sumber menyebutkannya.'),
    role: text.describe('Jabatan, mis. "Bupati Katingan".'),
  })
  .describe('Orang atau jabatan yang disebut sumber.');
export type Person = z.infer<typeof person>;

/**
 * Options for entry-level refinements: run them even when a field already failed, so an author
 * sees every problem in one run (zod otherwise skips refinements on an object with errors).
 * The refinement then receives unvalidated data and must check shapes itself.
 */
export const EVEN_WITH_ERRORS = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/**
 * Every citation in an entry must name one of the entry's own sources. Walks the data and
 * reports each `source` key that is not listed, at its exact path.
 */
export function checkSourceKeys(data: { sources?: unknown }, ctx: z.RefinementCtx): void {
  const sources = (Array.isArray(data.sources) ? data.sources : []).filter(
    (s): s is { id: string } => typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string',
  );
  const known = new Set(sources.map((s) => s.id));
  const seen = new Set<string>();
  sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `kunci sumber "${s.id}" dipakai dua kali` });
    seen.add(s.id);
  });
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string' && path[0] !== 'sources' && !known.has(child)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, key],
            message: `sumber "${child}" tidak ada di daftar sources entri ini (tersedia: ${[...known].join(', ') || 'belum ada'})`,
          });
        } else visit(child, [...path, key]);
      }
    }
  };
  visit(data, []);
}
