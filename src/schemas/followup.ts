/**
 * A follow-up on a visit's commitment: a dated, sourced piece of news about what became of it.
 * Each follow-up is its own file, so the visit record stays as it was written and the history of
 * a commitment only ever grows.
 */
import { z } from 'astro/zod';
import { EVEN_WITH_ERRORS, checkSourceKeys, editorialNote, slug, source, sourceKey, text } from './common.ts';
import { partialDate } from './partial-date.ts';
import { ADOPTION_HINT, adoptionEvidence, replicationStage } from './official.ts';
import { commitmentStatus } from './visit.ts';

export const followupSchema = z
  .strictObject({
    visit: slug.describe('Slug kunjungan tempat komitmen disampaikan, mis. 2019-07-02-katingan-ke-banyuwangi.'),
    commitment: slug.describe('id komitmen dalam kunjungan itu, mis. lounge-data-layar-sentuh.'),
    date: partialDate.describe('Tanggal kabar ini, setepat sumbernya: TTTT-BB-HH, TTTT-BB bila sumber hanya menyebut bulan, TTTT bila hanya tahun. Nama file diawali tanggal yang sama.'),
    status: commitmentStatus.describe('Status komitmen sejak tanggal ini. "diadopsi" hanya dengan bukti (evidence).'),
    evidence: adoptionEvidence.optional(),
    replicationStage: replicationStage.optional(),
    text: text.describe('Apa kabarnya, dalam kalimat sederhana, hanya yang dikatakan sumber.'),
    source: sourceKey,
    quote: text.optional().describe('Kutipan dari sumber yang mendukung kabar ini.'),
    editorialNote: editorialNote.optional(),
    sources: z.array(source).min(1, { error: 'cantumkan minimal satu sumber' }),
  })
  .superRefine(checkSourceKeys, EVEN_WITH_ERRORS)
  .superRefine((f, ctx) => {
    if (f.status === 'diadopsi' && f.evidence === undefined) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'status "diadopsi" tanpa bukti replikasi (surat minat replikasi, PKS/MoU, surat pernyataan, atau SK/Perkada penetapan)', params: { hint: ADOPTION_HINT } });
    }
  }, EVEN_WITH_ERRORS)
  .describe('Kabar lanjutan tentang komitmen sebuah kunjungan.');
export type Followup = z.infer<typeof followupSchema>;
