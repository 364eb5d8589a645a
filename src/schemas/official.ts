/**
 * The official fields (IID/JIPPNas words) an innovation, a follow-up and a visit may carry, each
 * tied to a source like every other fact. The lists and where they come from live in
 * src/domain/official-vocabulary.ts; this module only says how they are written.
 */
import { z } from 'astro/zod';
import { compareDates, isPartialDate } from '../domain/dates.ts';
import {
  BENTUK,
  EVIDENCE_KINDS,
  INISIATOR,
  JENIS,
  REGULATIONS,
  REPLICATION_STAGES,
  URUSAN,
  URUSAN_CODES,
  type OfficialList,
  type UrusanCode,
} from '../domain/official-vocabulary.ts';
import { COST_BASES, FUNDING_SOURCES, VISIT_TYPES, keysOf } from '../domain/vocabulary.ts';
import { EVEN_WITH_ERRORS, figureValue, sourceKey, text, webUrl } from './common.ts';
import { partialDate } from './partial-date.ts';

/** "(PP 38/2017)": the regulation an official list comes from, for descriptions. */
const from = (list: OfficialList) => `(${REGULATIONS[list.regulation].short})`;

const officialEnum = <K extends string>(list: OfficialList<K>) =>
  z.enum(keysOf(list.values), { error: `${list.field.toLowerCase()} tidak dikenal; pilih: ${Object.keys(list.values).join(', ')}` });

/** Permendagri 90/2019 code, always quoted: YAML reads an unquoted 2.10 as the number 2.1. */
export const urusanCode = z.enum(URUSAN_CODES as [UrusanCode, ...UrusanCode[]], {
  error: (issue) =>
    typeof issue.input === 'number'
      ? `kode urusan ditulis sebagai angka (${issue.input}); tulis dalam tanda kutip, mis. "2.10" untuk Pertanahan`
      : `kode urusan tidak dikenal; pilih kode Permendagri 90/2019 dalam tanda kutip, mis. "1.01" (Pendidikan), "2.16" (Komunikasi dan informatika); daftar lengkap di referensi isian`,
});

/**
 * An innovation's profile in IID words. Tahapan is not here: it follows the innovation's status
 * (src/domain/official-vocabulary.ts), so the two can never disagree.
 */
export const iidProfile = z
  .strictObject({
    bentuk: officialEnum(BENTUK).optional().describe(`Bentuk Inovasi Daerah ${from(BENTUK)}: tata-kelola, pelayanan-publik atau lainnya (inovasi daerah lainnya sesuai urusan). Hanya bila sumber menyebutnya.`),
    jenis: officialEnum(JENIS).optional().describe(`Jenis Inovasi ${from(JENIS)}: digital atau non-digital. Hanya bila sumber menyebutnya.`),
    inisiator: officialEnum(INISIATOR).optional().describe(`Inisiator Inovasi Daerah ${from(INISIATOR)}: kepala-daerah, anggota-dprd, asn, perangkat-daerah atau masyarakat. Hanya bila sumber menyebutnya.`),
    urusan: urusanCode.optional().describe(`Urusan utama ${from(URUSAN)}, kode dalam tanda kutip, mis. "2.16" untuk Komunikasi dan informatika. Hanya bila sumber menyebutnya.`),
    urusanLain: z.array(urusanCode).default([]).describe(`Urusan lain yang beririsan ${from(URUSAN)}, kode dalam tanda kutip.`),
    ujiCoba: partialDate.optional().describe('Waktu Uji Coba Inovasi Daerah: mulai uji coba, setepat sumber (TTTT-BB-HH, TTTT-BB atau TTTT).'),
    penerapan: partialDate.optional().describe('Waktu Penerapan Inovasi Daerah: mulai diterapkan, setepat sumber (TTTT-BB-HH, TTTT-BB atau TTTT).'),
    source: sourceKey.describe('Kunci sumber yang menyebut isian-isian ini (mis. profil inovasi di laporan IID).'),
    quote: text.optional().describe('Kutipan kalimat sumber yang mendukung isian ini.'),
  })
  .superRefine((p, ctx) => {
    // Runs on unvalidated data too (EVEN_WITH_ERRORS): only compare values of the right shape.
    const filled = ['bentuk', 'jenis', 'inisiator', 'urusan', 'ujiCoba', 'penerapan'].some((k) => (p as Record<string, unknown>)[k] !== undefined);
    const others = Array.isArray(p.urusanLain) && p.urusanLain.length > 0;
    if (!filled && !others) {
      ctx.addIssue({ code: 'custom', path: [], message: 'isian iid kosong: isi bentuk, jenis, inisiator, urusan, ujiCoba atau penerapan menurut sumber, atau hapus seluruh isian iid' });
    }
    if (typeof p.urusan === 'string' && Array.isArray(p.urusanLain) && p.urusanLain.includes(p.urusan)) {
      ctx.addIssue({ code: 'custom', path: ['urusanLain'], message: `urusan "${p.urusan}" sudah menjadi urusan utama; hapus dari urusanLain` });
    }
    const valid = (d: unknown): d is string => typeof d === 'string' && isPartialDate(d);
    if (valid(p.ujiCoba) && valid(p.penerapan) && compareDates(p.penerapan, p.ujiCoba) < 0 && !p.ujiCoba.startsWith(p.penerapan) && !p.penerapan.startsWith(p.ujiCoba)) {
      ctx.addIssue({ code: 'custom', path: ['penerapan'], message: `penerapan (${p.penerapan}) sebelum uji coba (${p.ujiCoba}); periksa kembali kedua tanggal di sumber` });
    }
  }, EVEN_WITH_ERRORS)
  .describe('Profil inovasi dengan isian Indeks Inovasi Daerah (IID), hanya yang disebut sumber. Tahapan tidak ditulis: mengikuti status (ide → inisiatif, uji-coba → uji coba, berjalan → penerapan).');
export type IidProfile = z.infer<typeof iidProfile>;

/** The document a follow-up cites to show a commitment was adopted. */
export const adoptionEvidence = z
  .strictObject({
    kind: officialEnum(EVIDENCE_KINDS).describe(`Jenis dokumen bukti ${from(EVIDENCE_KINDS)}: surat-minat-replikasi, pks-mou, surat-pernyataan atau sk-perkada.`),
    title: text.describe('Nama atau nomor dokumen seperti disebut sumber, mis. "PKS Nomor 180/12/2023 tentang Replikasi …".'),
    date: partialDate.optional().describe('Tanggal dokumen, setepat sumber.'),
    url: webUrl.optional().describe('Alamat dokumen, bila terbuka untuk umum.'),
  })
  .describe('Dokumen yang membuktikan replikasi, sebagaimana diakui IID dan Kemendagri.');
export type AdoptionEvidence = z.infer<typeof adoptionEvidence>;

export const replicationStage = officialEnum(REPLICATION_STAGES).describe(
  `Tahap replikasi ${from(REPLICATION_STAGES)}: persiapan, pengembangan (rencana dan pengembangan), replikasi atau evaluasi. Hanya bila sumber menyebutnya.`,
);

/** The hint every "diadopsi without evidence" problem gives. */
export const ADOPTION_HINT = `tulis bukti di file tindak lanjut: evidence dengan kind (${Object.keys(EVIDENCE_KINDS.values).join(', ')}) dan title (nama atau nomor dokumen) menurut sumber; bila sumber belum menyebut dokumennya, pakai status "berjalan"`;

export const visitType = z
  .enum(keysOf(VISIT_TYPES), { error: `jenis kunjungan tidak dikenal; pilih: ${Object.keys(VISIT_TYPES).join(', ')}` })
  .describe(`Jenis kunjungan: ${Object.keys(VISIT_TYPES).join(', ')}. Hanya bila sumber menyebutnya.`);

/** What a visit cost, only as a source states it: Lintas never estimates. */
export const visitCost = z
  .strictObject({
    amount: figureValue
      .refine((n) => !Number.isFinite(n) || Number.isInteger(n), { error: 'biaya ditulis dalam rupiah penuh tanpa titik atau koma, mis. 125000000' })
      .optional()
      .describe('Biaya dalam rupiah, angka bulat tanpa titik ribuan, mis. 125000000. Hanya angka yang disebut sumber.'),
    basis: z
      .enum(keysOf(COST_BASES), { error: `dasar biaya tidak dikenal; pilih: ${Object.keys(COST_BASES).join(', ')}` })
      .optional()
      .describe('Dasar angka biaya: realisasi (yang dibelanjakan), anggaran (pagu) atau estimasi (perkiraan sumber itu sendiri). Wajib bila amount diisi.'),
    funding: z
      .enum(keysOf(FUNDING_SOURCES), { error: `sumber dana tidak dikenal; pilih: ${Object.keys(FUNDING_SOURCES).join(', ')}` })
      .optional()
      .describe('Sumber dana: apbd, apbn atau lainnya. Hanya bila sumber menyebutnya.'),
    source: sourceKey.describe('Kunci sumber yang menyebut biaya atau sumber dananya.'),
    quote: text.optional().describe('Kutipan kalimat sumber tentang biaya.'),
    lhpd: webUrl.optional().describe('Alamat laporan hasil perjalanan dinas (LHPD), bila terbuka untuk umum.'),
  })
  .superRefine((c, ctx) => {
    if (c.amount !== undefined && c.basis === undefined) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'biaya tanpa dasar: isi basis (realisasi, anggaran atau estimasi) seperti disebut sumber' });
    }
    if (c.basis !== undefined && c.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'basis diisi tanpa amount: isi biaya dalam rupiah menurut sumber, atau hapus basis' });
    }
    if (c.amount === undefined && c.basis === undefined && c.funding === undefined && c.lhpd === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'isian cost kosong: isi amount dan basis, funding atau lhpd menurut sumber, atau hapus seluruh isian cost' });
    }
  }, EVEN_WITH_ERRORS)
  .describe('Biaya kunjungan, hanya sebagaimana dinyatakan sumber. Lintas tidak pernah menaksir biaya.');
export type VisitCost = z.infer<typeof visitCost>;
