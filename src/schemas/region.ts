/**
 * A curated region profile. The official identity (name, kind, province, administrative counts)
 * comes from Kemendagri data; a profile adds what sources say about the region and is merged onto
 * the official record by `code`. Name, kind and province may be written for readability, and
 * the content check rejects them if they contradict the official data.
 */
import { z } from 'astro/zod';
import { FEATURES, REGION_KINDS, keysOf } from '../domain/vocabulary.ts';
import { checkSourceKeys, citation, editorialNote, EVEN_WITH_ERRORS, figure, indicatorKey, regionCode, regionRef, source, text } from './common.ts';

export const indicator = figure
  .omit({ label: true, unit: true })
  .extend({
    key: indicatorKey
      .describe('Kunci indikator dari katalog (src/domain/indicators.ts); label dan satuannya ikut katalog.'),
  })
  .describe('Angka indikator daerah dengan tahun dan sumber.');
export type Indicator = z.infer<typeof indicator>;

export const feature = citation
  .extend({
    key: z
      .enum(keysOf(FEATURES), { error: `ciri tidak dikenal; pilih salah satu: ${Object.keys(FEATURES).join(', ')}` })
      .describe('Kunci ciri dari daftar tetap (src/domain/vocabulary.ts).'),
  })
  .describe('Ciri khas daerah yang disebut sumber.');
export type RegionFeature = z.infer<typeof feature>;

export const regionSchema = z
  .strictObject({
    code: regionCode,
    name: text.optional().describe('Nama resmi, mis. "Kabupaten Katingan". Boleh dikosongkan; bila diisi harus sama dengan data resmi.'),
    kind: z.enum(keysOf(REGION_KINDS)).optional().describe('provinsi, kabupaten atau kota. Bila diisi harus sesuai data resmi.'),
    province: regionRef.optional().describe('Slug provinsi, mis. kalimantan-tengah. Bila diisi harus sesuai data resmi.'),
    summary: text.optional().describe('Satu atau dua kalimat tentang daerah ini untuk daftar dan pratinjau.'),
    indicators: z.array(indicator).default([]).describe('Angka-angka daerah, masing-masing dengan tahun dan sumber.'),
    features: z
      .array(feature)
      .default([])
      .describe('Ciri khas yang disebut sumber, mis. hutan lindung dan taman nasional.'),
    compareWith: z
      .array(regionRef)
      .default([])
      .describe('Daerah pembanding yang dinyatakan (mis. satu kelompok sebaya); setiap pasangan mendapat halaman perbandingan.'),
    editorialNotes: z.array(editorialNote).default([]).describe('Catatan redaksi atas sumber yang dikutip halaman ini.'),
    sources: z.array(source).min(1, { error: 'cantumkan minimal satu sumber' }).describe('Sumber yang dikutip profil ini.'),
  })
  .superRefine(checkSourceKeys, EVEN_WITH_ERRORS)
  .describe('Profil daerah hasil kurasi, digabung ke data resmi Kemendagri berdasarkan kode.');
export type RegionProfile = z.infer<typeof regionSchema>;
