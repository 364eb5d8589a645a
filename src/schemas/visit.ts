/** A study visit: who came, what they saw, what they said they would do. */
import { z } from 'astro/zod';
import { COMMITMENT_STATUSES, keysOf } from '../domain/vocabulary.ts';
import { checkSourceKeys, editorialNote, EVEN_WITH_ERRORS, indicatorKey, isoDate, person, regionRef, slug, source, statement, text } from './common.ts';

export const commitmentStatus = z.enum(keysOf(COMMITMENT_STATUSES), {
  error: `status komitmen tidak dikenal; pilih: ${Object.keys(COMMITMENT_STATUSES).join(', ')}`,
});

export const commitment = statement
  .extend({
    id: slug.describe('Kunci pendek komitmen, unik dalam kunjungan ini, mis. lounge-data.'),
    innovation: slug.optional().describe('Slug inovasi yang hendak ditiru, bila ada di Lintas.'),
    status: commitmentStatus.default('niat').describe('Status saat komitmen disampaikan. Kabar sesudahnya ditulis sebagai file tindak lanjut (content/followups/).'),
  })
  .describe('Apa yang hendak ditiru pengunjung.');
export type Commitment = z.infer<typeof commitment>;

/** A constraint at home, optionally tagged with the indicator it concerns so comparisons can set it beside an innovation's prerequisite. */
export const constraint = statement
  .extend({
    indicator: indicatorKey
      .optional()
      .describe('Indikator yang menyangkut kendala ini, mis. desa-terhubung-serat-optik untuk jaringan internet.'),
  })
  .describe('Kendala di daerah pengunjung.');

export const visitor = z
  .strictObject({
    region: regionRef.optional().describe('Slug daerah pengunjung, bila pengunjungnya pemerintah daerah.'),
    institution: text.optional().describe('Nama lembaga pengunjung (kementerian, universitas, …) bila bukan pemerintah daerah.'),
  })
  .refine((v) => v.region || v.institution, { error: 'isi region (slug daerah) atau institution (nama lembaga)' })
  .describe('Pihak yang berkunjung.');

export const visitSchema = z
  .strictObject({
    title: text.describe('Judul ringkas kunjungan.'),
    date: isoDate.describe('Tanggal kunjungan (TTTT-BB-HH).'),
    visitor,
    host: regionRef.describe('Slug daerah tuan rumah.'),
    location: text.optional().describe('Tempat pertemuan, bila sumber menyebutkannya.'),
    delegation: z
      .strictObject({
        leader: person.describe('Pemimpin rombongan.'),
        members: z
          .strictObject({
            count: z.number().int().positive().optional().describe('Jumlah anggota selain pemimpin, bila sumber menyebutkannya.'),
            description: text.describe('Susunan rombongan, mis. "asisten dan kepala dinas".'),
          })
          .optional()
          .describe('Anggota rombongan selain pemimpinnya.'),
        source: slug.describe('Kunci sumber yang menyebut rombongan.'),
        quote: text.optional().describe('Kutipan kalimat sumber tentang rombongan.'),
      })
      .describe('Rombongan pengunjung.'),
    receivedBy: z.array(person).default([]).describe('Pejabat tuan rumah yang menerima.'),
    innovationsStudied: z.array(slug).default([]).describe('Slug inovasi yang dipelajari.'),
    motivations: z.array(statement).default([]).describe('Mengapa pengunjung datang.'),
    constraints: z.array(constraint).default([]).describe('Kendala di daerah pengunjung.'),
    similarities: z.array(statement).default([]).describe('Kemiripan kedua daerah yang disebut.'),
    takeaways: z.array(statement).default([]).describe('Pelajaran yang dicatat.'),
    commitments: z.array(commitment).default([]).describe('Apa yang hendak ditiru pengunjung.'),
    editorialNotes: z.array(editorialNote).default([]),
    sources: z.array(source).min(1, { error: 'cantumkan minimal satu sumber' }),
  })
  .superRefine(checkSourceKeys, EVEN_WITH_ERRORS)
  .superRefine((visit, ctx) => {
    // Runs on unvalidated data too (EVEN_WITH_ERRORS): only look at well-formed parts.
    if (!Array.isArray(visit.commitments)) return;
    const ids = new Set<string>();
    visit.commitments.forEach((c, i) => {
      if (!c || typeof c !== 'object') return;
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['commitments', i, 'id'], message: `id komitmen "${c.id}" dipakai dua kali` });
      ids.add(c.id);
    });
  }, EVEN_WITH_ERRORS)
  .describe('Kunjungan belajar antardaerah.');
export type Visit = z.infer<typeof visitSchema>;
