/** A playbook: the ordered stages a region went through to put an innovation in place. */
import { z } from 'astro/zod';
import { EVEN_WITH_ERRORS, checkSourceKeys, citation, editorialNote, regionRef, slug, source, statement, text } from './common.ts';

const list = (description: string) => z.array(text).default([]).describe(description);

export const stage = z
  .strictObject({
    title: text.describe('Nama tahap.'),
    goal: text.describe('Apa yang dicapai di akhir tahap ini.'),
    prerequisites: list('Yang harus ada sebelum tahap ini dimulai.'),
    steps: list('Langkah atau daftar periksa dalam tahap ini, hanya yang disebut sumber.'),
    actors: list('Siapa yang mengerjakan, mis. "Pemerintah desa".'),
    duration: text.optional().describe('Lama tahap ini, hanya bila sumber menyebutkannya.'),
    evidence: list('Tanda bahwa tahap ini selesai, mis. "189 desa terhubung serat optik".'),
    citations: z.array(citation).min(1, { error: 'setiap tahap perlu minimal satu rujukan sumber' }).describe('Sumber tahap ini.'),
  })
  .describe('Satu tahap panduan.');
export type Stage = z.infer<typeof stage>;

export const playbookSchema = z
  .strictObject({
    title: text.describe('Judul panduan.'),
    summary: text.describe('Satu kalimat: apa yang dituntun panduan ini.'),
    owner: regionRef.describe('Slug daerah yang pengalamannya menjadi dasar panduan.'),
    innovations: z.array(slug).min(1, { error: 'sebutkan minimal satu inovasi' }).describe('Slug inovasi yang dituntun panduan ini.'),
    stages: z.array(stage).min(1, { error: 'panduan perlu minimal satu tahap' }).describe('Tahap-tahap berurutan.'),
    // Sources often list what a programme consists of without saying in what order it was done;
    // readers must be able to tell a sequence the source gives from one the editors arranged.
    stageOrder: z
      .enum(['sumber', 'redaksi'], { error: 'stageOrder hanya boleh "sumber" atau "redaksi"' })
      .default('redaksi')
      .describe('"sumber" bila sumber sendiri menyebut urutan tahap-tahapnya; "redaksi" (bawaan) bila urutan itu disusun redaksi dari keterangan sumber. Halaman menyebutkannya dengan jelas.'),
    components: z
      .array(statement)
      .default([])
      .describe('Komponen atau unsur program yang disebut sumber tanpa urutan, mis. bidang-bidang yang dipadukan program. Tidak ditampilkan sebagai langkah.'),
    outcomes: z
      .array(statement)
      .default([])
      .describe('Hasil yang dinyatakan sumber, mis. "urusan bisa diselesaikan di tingkat desa". Hasil bukan tahap.'),
    editorialNotes: z.array(editorialNote).default([]),
    sources: z.array(source).min(1, { error: 'cantumkan minimal satu sumber' }),
  })
  .superRefine(checkSourceKeys, EVEN_WITH_ERRORS)
  .describe('Panduan penerapan inovasi, tahap demi tahap.');
export type Playbook = z.infer<typeof playbookSchema>;
