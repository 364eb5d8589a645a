/** A study visit: who came, what they saw, what they said they would do. */
import { z } from 'astro/zod';
import { COMMITMENT_STATUSES, keysOf } from '../domain/vocabulary.ts';
import { checkSourceKeys, editorialNote, EVEN_WITH_ERRORS, indicatorKey, person, regionRef, slug, source, statement, text } from './common.ts';
import { sector } from './innovation.ts';
import { ADOPTION_HINT, visitCost, visitType } from './official.ts';
import { partialDate } from './partial-date.ts';

export const commitmentStatus = z.enum(keysOf(COMMITMENT_STATUSES), {
  error: `status komitmen tidak dikenal; pilih: ${Object.keys(COMMITMENT_STATUSES).join(', ')}`,
});

export const commitment = statement
  .extend({
    id: slug.describe('Kunci pendek komitmen, unik dalam kunjungan ini, mis. lounge-data.'),
    innovation: slug.optional().describe('Slug inovasi yang hendak ditiru, bila ada di Lintas.'),
    status: commitmentStatus
      .default('niat')
      .describe('Status saat komitmen disampaikan. Kabar sesudahnya ditulis sebagai file tindak lanjut (content/followups/); "diadopsi" hanya lewat tindak lanjut yang menyebut buktinya.'),
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
    region: regionRef.optional().describe('Slug daerah pengunjung, bila pengunjungnya pemerintah daerah. Jangan diisi bersama institution.'),
    institution: text
      .optional()
      .describe('Nama lembaga pengunjung (kementerian, badan, universitas, DPRD, …) bila bukan pemerintah daerah, ditulis lengkap seperti di sumber. Jangan diisi bersama region.'),
  })
  // Both run even when a value is malformed (EVEN_WITH_ERRORS), so every problem shows in one run.
  .refine((v) => v.region || v.institution, { error: 'isi region (slug daerah) atau institution (nama lembaga)', ...EVEN_WITH_ERRORS })
  .refine((v) => !(v.region && v.institution), {
    error: 'isi salah satu saja: region bila pengunjungnya pemerintah daerah, institution bila lembaga lain; hapus yang lain',
    ...EVEN_WITH_ERRORS,
  })
  .describe('Pihak yang berkunjung: satu pemerintah daerah atau satu lembaga.');

/**
 * Sources describe a delegation in different ways: a named leader "bringing 20 heads of office",
 * or only "a group of 25". Each is recorded as said; nothing the source leaves out is required,
 * and the page itself says "tidak disebutkan sumber" for what is missing.
 */
export const delegation = z
  .strictObject({
    leader: person.optional().describe('Pemimpin rombongan, hanya bila sumber menyebutkannya. Bila tidak, hapus isian ini; halaman menulis "tidak disebutkan sumber".'),
    size: z
      .number({ error: 'jumlah harus berupa angka, mis. 25' })
      .int({ error: 'jumlah harus bilangan bulat' })
      .positive({ error: 'jumlah harus lebih dari 0' })
      .optional()
      .describe('Jumlah seluruh orang dalam rombongan, termasuk pemimpinnya, bila sumber menyebut jumlah total (mis. "rombongan berjumlah 25 orang").'),
    members: z
      .strictObject({
        count: z
          .number({ error: 'jumlah harus berupa angka, mis. 20' })
          .int({ error: 'jumlah harus bilangan bulat' })
          .positive({ error: 'jumlah harus lebih dari 0' })
          .optional()
          .describe('Jumlah anggota selain pemimpin, bila sumber menyebutnya begitu (mis. "bupati memboyong 20 kepala dinas"). Bila sumber menyebut jumlah seluruh rombongan, pakai size.'),
        description: text.optional().describe('Susunan rombongan menurut sumber, mis. "asisten dan kepala dinas".'),
      })
      .refine((m) => m.count !== undefined || m.description !== undefined, { error: 'isi count (jumlah) atau description (susunan), atau hapus isian members' })
      .optional()
      .describe('Anggota rombongan selain pemimpinnya.'),
    source: slug.describe('Kunci sumber yang menyebut rombongan.'),
    quote: text.optional().describe('Kutipan kalimat sumber tentang rombongan.'),
  })
  .superRefine((d, ctx) => {
    // Runs on unvalidated data too (EVEN_WITH_ERRORS): only compare numbers that are numbers.
    if (!d.leader && d.size === undefined && !d.members) {
      ctx.addIssue({ code: 'custom', path: [], message: 'rombongan tanpa keterangan: isi leader, size atau members menurut sumber, atau hapus seluruh isian delegation bila sumber tidak menyebut rombongannya' });
    }
    // Members "besides the leader" imply a leader, named or not: the whole group is at least one more.
    const count = d.members?.count;
    if (typeof d.size === 'number' && typeof count === 'number' && d.size < count + 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: `size (${d.size}) adalah jumlah seluruh rombongan, sehingga paling sedikit ${count + 1}: ${count} anggota ditambah pemimpinnya`,
      });
    }
  }, EVEN_WITH_ERRORS)
  .describe('Rombongan pengunjung, sejauh disebut sumber.');
export type Delegation = z.infer<typeof delegation>;

export const visitSchema = z
  .strictObject({
    title: text.describe('Judul ringkas kunjungan.'),
    date: partialDate.describe(
      'Tanggal kunjungan, setepat sumbernya: TTTT-BB-HH (2021-11-15); TTTT-BB bila sumber hanya menyebut bulan (2021-06, mis. "akhir Juni 2021"); TTTT bila hanya tahun (2016). Jangan mengarang tanggal. Nama file diawali tanggal yang sama.',
    ),
    visitor,
    host: regionRef.describe('Slug daerah tuan rumah.'),
    location: text.optional().describe('Tempat pertemuan, bila sumber menyebutkannya.'),
    visitType: visitType.optional(),
    cost: visitCost.optional(),
    delegation: delegation.optional(),
    sectors: z
      .array(sector)
      .default([])
      .describe('Topik yang dipelajari dalam kunjungan ini, dari daftar sektor yang sama dengan inovasi. Pencarian dan halaman memakai isian ini, bukan sektor inovasi yang dipelajari.'),
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
      // Adoption needs a cited document, which only a follow-up carries.
      if (c.status === 'diadopsi') {
        ctx.addIssue({
          code: 'custom',
          path: ['commitments', i, 'status'],
          message: 'komitmen tidak bisa "diadopsi" pada hari kunjungan: hari itu belum ada dokumen buktinya',
          params: { hint: `tulis status saat kunjungan (mis. niat); adopsi dicatat kemudian dengan npm run new -- followup, lalu ${ADOPTION_HINT}` },
        });
      }
    });
  }, EVEN_WITH_ERRORS)
  .describe('Kunjungan belajar antardaerah.');
export type Visit = z.infer<typeof visitSchema>;
