/**
 * News of an innovation ("kabar"): facts a later source adds to an innovation — a launch month,
 * a number of villages, criteria, a change of status — each dated and sourced, in its own file.
 * The innovation entry stays as its first sources described it; the page shows both, and the
 * newest dated word sets "terakhir dipastikan" (and the status, when the news states one).
 */
import { z } from 'astro/zod';
import { INNOVATION_STATUSES, keysOf } from '../domain/vocabulary.ts';
import { EVEN_WITH_ERRORS, checkSourceKeys, editorialNote, figure, slug, source, statement } from './common.ts';
import { partialDate } from './partial-date.ts';

export const newsSchema = z
  .strictObject({
    innovation: slug.describe('Slug inovasi yang dikabarkan, mis. smart-kampung-banyuwangi.'),
    date: partialDate.describe(
      'Tanggal keadaan yang dikabarkan, biasanya tanggal terbit sumbernya: TTTT-BB-HH, TTTT-BB bila sumber hanya menyebut bulan, TTTT bila hanya tahun. Nama file diawali tanggal yang sama.',
    ),
    status: z
      .enum(keysOf(INNOVATION_STATUSES), { error: `status tidak dikenal; pilih: ${Object.keys(INNOVATION_STATUSES).join(', ')}` })
      .optional()
      .describe('Keadaan inovasi menurut kabar ini, hanya bila sumber menyebutnya (ide, uji-coba, berjalan, berhenti). Kabar terbaru yang menyebut status menjadi status inovasi di halamannya.'),
    statements: z.array(statement).default([]).describe('Fakta baru menurut sumber, satu per butir, mis. bulan peluncuran atau kriteria penerima.'),
    figures: z.array(figure).default([]).describe('Angka baru, mis. jumlah desa yang sudah menjalankan, masing-masing dengan tahun dan sumber.'),
    editorialNotes: z.array(editorialNote).default([]),
    sources: z.array(source).min(1, { error: 'cantumkan minimal satu sumber' }),
  })
  .superRefine(checkSourceKeys, EVEN_WITH_ERRORS)
  .superRefine((news, ctx) => {
    const empty = (list: unknown) => !Array.isArray(list) || list.length === 0;
    if (news.status === undefined && empty(news.statements) && empty(news.figures)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'kabar ini belum berisi apa pun: tulis statements, figures atau status menurut sumber' });
    }
  }, EVEN_WITH_ERRORS)
  .describe('Kabar inovasi: fakta baru dari sumber yang terbit kemudian, bertanggal dan bersumber.');
export type News = z.infer<typeof newsSchema>;
