/** An innovation one region runs that others may learn from. */
import { z } from 'astro/zod';
import { INNOVATION_STATUSES, SECTORS, keysOf } from '../domain/vocabulary.ts';
import { checkSourceKeys, editorialNote, EVEN_WITH_ERRORS, figure, indicatorKey, isoDate, regionRef, slug, source, statement, text, year } from './common.ts';
import { iidProfile } from './official.ts';

export const prerequisite = statement
  .extend({
    indicator: indicatorKey
      .optional()
      .describe('Indikator daerah yang menunjukkan apakah syarat ini terpenuhi, bila ada di katalog.'),
  })
  .describe('Hal yang harus ada sebelum inovasi ini bisa ditiru.');
export type Prerequisite = z.infer<typeof prerequisite>;

/** A sector from the fixed list: innovations, visits and the search facet share it. */
export const sector = z.enum(keysOf(SECTORS), { error: `sektor tidak dikenal; pilih dari: ${Object.keys(SECTORS).join(', ')}` });

export const innovationSchema = z
  .strictObject({
    title: text.describe('Nama inovasi.'),
    host: regionRef.describe('Slug daerah yang menjalankan inovasi, mis. kabupaten-banyuwangi.'),
    summary: text.describe('Satu kalimat: apa inovasi ini.'),
    sectors: z
      .array(sector)
      .min(1, { error: 'pilih minimal satu sektor' })
      .describe('Sektor inovasi, dari daftar tetap.'),
    startYear: year.optional().describe('Tahun mulai, hanya bila sumber menyebutkannya.'),
    status: z
      .enum(keysOf(INNOVATION_STATUSES), { error: `status tidak dikenal; pilih: ${Object.keys(INNOVATION_STATUSES).join(', ')}` })
      .describe('Keadaan inovasi menurut sumber entri ini: ide, uji-coba, berjalan atau berhenti. Kabar inovasi yang lebih baru dan menyebut status menggantikannya di halaman.'),
    lastVerified: isoDate.describe(
      'Tanggal keadaan inovasi terakhir dipastikan dari sumber entri ini. Fakta yang datang kemudian ditulis sebagai kabar inovasi (content/news/); halaman memakai tanggal terbaru dari keduanya.',
    ),
    problem: z.array(statement).default([]).describe('Masalah yang dijawab inovasi ini, menurut sumber.'),
    approach: z.array(statement).min(1, { error: 'jelaskan minimal satu langkah cara kerjanya' }).describe('Cara kerja inovasi.'),
    results: z.array(figure).default([]).describe('Hasil yang terukur, masing-masing dengan tahun dan sumber.'),
    outcomes: z.array(statement).default([]).describe('Hasil yang dinyatakan sumber tanpa angka.'),
    prerequisites: z.array(prerequisite).default([]).describe('Syarat sebelum meniru, mis. serat optik sampai ke desa.'),
    playbook: slug.optional().describe('Slug panduan langkah demi langkah untuk inovasi ini, bila ada.'),
    iid: iidProfile.optional(),
    editorialNotes: z.array(editorialNote).default([]),
    sources: z.array(source).min(1, { error: 'cantumkan minimal satu sumber' }),
  })
  .superRefine(checkSourceKeys, EVEN_WITH_ERRORS)
  .superRefine((i, ctx) => {
    // Tahapan follows the status, so dates the status rules out would make the two disagree.
    const iid = i.iid as { ujiCoba?: unknown; penerapan?: unknown } | undefined;
    if (!iid || typeof iid !== 'object') return;
    if (i.status === 'ide' && iid.ujiCoba !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['iid', 'ujiCoba'], message: 'status "ide" (tahapan inisiatif) tetapi ada waktu uji coba: bila sumber menyebut uji coba, status sedikitnya "uji-coba"' });
    }
    if ((i.status === 'ide' || i.status === 'uji-coba') && iid.penerapan !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['iid', 'penerapan'], message: `status "${i.status}" tetapi ada waktu penerapan: bila sumber menyebut inovasi sudah diterapkan, status "berjalan" (tahapan penerapan)` });
    }
  }, EVEN_WITH_ERRORS)
  .describe('Inovasi daerah.');
export type Innovation = z.infer<typeof innovationSchema>;
