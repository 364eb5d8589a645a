/**
 * The official words regional staff already use when they report an innovation to Kemendagri's
 * Indeks Inovasi Daerah (IID) and to KemenPANRB's JIPPNas, beside Lintas's own vocabulary
 * (vocabulary.ts). Every list names where it comes from (REGULATIONS) and how that was checked,
 * so the field reference, the pages and the IID export cite the same thing. Values are keys in
 * Lintas's style (lower case, hyphens); labels are the official words.
 */
import type { InnovationStatus, Sector } from './vocabulary.ts';

/** A rule or guide a list comes from, and what copy of it was read to check the list. */
export interface Regulation {
  /** Short name as staff write it: "PP 38/2017". */
  short: string;
  title: string;
  /** Where the list was checked, honestly: which copy was read, and what could not be checked. */
  checked: string;
}

export const REGULATIONS = {
  'pp-38-2017': {
    short: 'PP 38/2017',
    title: 'Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah',
    checked:
      'Bentuk dan lima inisiator dicocokkan dengan paparan Kemendagri "Pengisian Satuan Inovasi Daerah dan Bukti Dukung" (Jayapura, 22–23 Maret 2022), yang merujuk PP 38/2017, dan dengan formulir proposal inovasi daerah yang dipakai pemda; lima inisiator juga dengan Kompas.com 28-09-2017. Tahapan (inisiatif, uji coba, penerapan) dicocokkan dengan formulir proposal inovasi daerah; PP 38/2017 mengatur uji coba dan penerapan (Pasal 20 sebagaimana dikutip Perbup Pamekasan 15/2022). Naskah resmi PP tidak tersedia untuk dibaca saat daftar ini disusun.',
  },
  'permendagri-104-2018': {
    short: 'Permendagri 104/2018',
    title: 'Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan dan/atau Insentif Inovasi Daerah',
    checked:
      'Urutan dan nama isian profil inovasi IID (Nama Pemda, Nama Inovasi, Tahapan, Inisiator, Jenis, Bentuk, Urusan, Waktu Uji Coba, Waktu Penerapan, Rancang Bangun, Tujuan, Manfaat, Hasil) dicocokkan dengan formulir proposal inovasi daerah dan salinan formulir IID di aplikasi pemda; jenis digital (daring) / non digital (luring) dengan paparan Kemendagri 2022 yang sama. Naskah Permendagri tidak dibaca langsung, dan jenis inovasi tidak dapat dipastikan berasal dari peraturan itu sendiri atau dari formulir IID.',
  },
  'permendagri-90-2019': {
    short: 'Permendagri 90/2019',
    title: 'Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah',
    checked:
      'Kode 32 urusan konkuren (1.01–1.06, 2.07–2.24, 3.25–3.32) dicocokkan kata demi kata dengan kutipan lampiran Permendagri 90/2019 ("pendidikan dengan kode 1-1 … transmigrasi dengan kode 3-32"); ejaan "Pertanahan" (bukan "Pertahanan") sesuai naskah. Lima unsur pendukung pemerintahan (kode 4–8) dicocokkan dengan beberapa salinan data induk SIPD yang saling sesuai, bukan dengan naskah lampirannya; sub-kodenya (mis. 5.01) belum dimuat karena naskahnya belum terbaca.',
  },
  'jippnas': {
    short: 'JIPPNas (KemenPANRB)',
    title: 'Jaringan Informasi Pelayanan Publik Nasional, Kementerian PANRB',
    checked: 'Status "berhenti/vakum" sebagaimana disebut isu #22; daftar status JIPPNas sendiri belum dibaca.',
  },
  'iid-replikasi': {
    short: 'IID, indikator Replikasi',
    title: 'Indeks Inovasi Daerah, indikator "Replikasi": inovasi daerah telah direplikasi oleh daerah lain',
    checked:
      'Data dukung "Perjanjian Kerja Sama (PKS)/MoU/Surat Pernyataan dari pemda yang mereplikasi/dokumen replikasi lainnya" dicocokkan dengan salinan indikator IID di aplikasi pemda; "surat minat replikasi" sebagai bukti dukung indikator replikasi menurut BSKDN Kemendagri (24 Oktober 2025); penetapan penerapan inovasi dengan peraturan kepala daerah menurut PP 38/2017 Pasal 20 ayat (2) sebagaimana dikutip Perbup Pamekasan 15/2022.',
  },
  'lan-replikasi-2017': {
    short: 'Pedoman Replikasi Inovasi LAN (2017)',
    title: 'Pedoman Replikasi Inovasi, Pusat Inovasi Tata Pemerintahan, Lembaga Administrasi Negara, Desember 2017',
    checked: 'Empat tahap model mandiri (persiapan; rencana dan pengembangan; replikasi; evaluasi) dicocokkan dengan kutipan pedoman di Pedoman Replikasi Portal Satu Data Kota Magelang.',
  },
} as const satisfies Record<string, Regulation>;
export type RegulationKey = keyof typeof REGULATIONS;

/** An official list: its values with their official words, and where it comes from. */
export interface OfficialList<K extends string = string> {
  /** The field's name in the IID form. */
  field: string;
  values: Record<K, string>;
  regulation: RegulationKey;
}

/**
 * Tahapan inovasi (IID; PP 38/2017). Never written by authors: derived from the innovation's
 * current status by tahapanOf, so the two cannot disagree.
 */
export const TAHAPAN = {
  field: 'Tahapan Inovasi',
  values: { inisiatif: 'Inisiatif', 'uji-coba': 'Uji coba', penerapan: 'Penerapan' },
  regulation: 'pp-38-2017',
} as const satisfies OfficialList;
export type Tahapan = keyof typeof TAHAPAN.values;

/** Status → tahapan. A stopped innovation has no IID tahapan; JIPPNas records it as "berhenti/vakum". */
const TAHAPAN_BY_STATUS: Record<InnovationStatus, Tahapan | undefined> = {
  ide: 'inisiatif',
  'uji-coba': 'uji-coba',
  berjalan: 'penerapan',
  berhenti: undefined,
};

/** The IID tahapan of an innovation in this status, or undefined when it has stopped. */
export function tahapanOf(status: InnovationStatus): Tahapan | undefined {
  return TAHAPAN_BY_STATUS[status];
}

/** The status an IID tahapan stands for (import): the inverse of tahapanOf. */
export function statusOfTahapan(tahapan: Tahapan): InnovationStatus {
  const found = (Object.keys(TAHAPAN_BY_STATUS) as InnovationStatus[]).find((s) => TAHAPAN_BY_STATUS[s] === tahapan);
  if (!found) throw new Error(`tahapan tanpa status: ${tahapan}`);
  return found;
}

/** What a page and the export write for an innovation's tahapan. */
export function tahapanLabel(status: InnovationStatus): string {
  const t = tahapanOf(status);
  return t ? TAHAPAN.values[t] : 'Berhenti (JIPPNas: berhenti/vakum; tidak ada tahapan IID)';
}

export const BENTUK = {
  field: 'Bentuk Inovasi Daerah',
  values: {
    'tata-kelola': 'Inovasi tata kelola pemerintahan daerah',
    'pelayanan-publik': 'Inovasi pelayanan publik',
    lainnya: 'Inovasi daerah lainnya sesuai dengan urusan pemerintahan yang menjadi kewenangan daerah',
  },
  regulation: 'pp-38-2017',
} as const satisfies OfficialList;
export type Bentuk = keyof typeof BENTUK.values;

export const JENIS = {
  field: 'Jenis Inovasi',
  values: { digital: 'Digital', 'non-digital': 'Non digital' },
  regulation: 'permendagri-104-2018',
} as const satisfies OfficialList;
export type Jenis = keyof typeof JENIS.values;

export const INISIATOR = {
  field: 'Inisiator Inovasi Daerah',
  values: {
    'kepala-daerah': 'Kepala daerah',
    'anggota-dprd': 'Anggota DPRD',
    asn: 'Aparatur sipil negara (ASN)',
    'perangkat-daerah': 'Perangkat daerah',
    masyarakat: 'Masyarakat',
  },
  regulation: 'pp-38-2017',
} as const satisfies OfficialList;
export type Inisiator = keyof typeof INISIATOR.values;

/**
 * Urusan pemerintahan by their Permendagri 90/2019 codes: the 32 concurrent urusan of UU 23/2014
 * (1 = wajib pelayanan dasar, 2 = wajib bukan pelayanan dasar, 3 = pilihan), then the supporting
 * elements at group level only (4–8), because their sub-codes could not be checked against the
 * regulation's text. Codes are strings: 2.10 is not 2.1.
 */
export const URUSAN = {
  field: 'Urusan Inovasi Daerah',
  values: {
    '1.01': 'Pendidikan',
    '1.02': 'Kesehatan',
    '1.03': 'Pekerjaan umum dan penataan ruang',
    '1.04': 'Perumahan rakyat dan kawasan permukiman',
    '1.05': 'Ketenteraman dan ketertiban umum serta perlindungan masyarakat',
    '1.06': 'Sosial',
    '2.07': 'Tenaga kerja',
    '2.08': 'Pemberdayaan perempuan dan perlindungan anak',
    '2.09': 'Pangan',
    '2.10': 'Pertanahan',
    '2.11': 'Lingkungan hidup',
    '2.12': 'Administrasi kependudukan dan pencatatan sipil',
    '2.13': 'Pemberdayaan masyarakat dan desa',
    '2.14': 'Pengendalian penduduk dan keluarga berencana',
    '2.15': 'Perhubungan',
    '2.16': 'Komunikasi dan informatika',
    '2.17': 'Koperasi, usaha kecil dan menengah',
    '2.18': 'Penanaman modal',
    '2.19': 'Kepemudaan dan olahraga',
    '2.20': 'Statistik',
    '2.21': 'Persandian',
    '2.22': 'Kebudayaan',
    '2.23': 'Perpustakaan',
    '2.24': 'Kearsipan',
    '3.25': 'Kelautan dan perikanan',
    '3.26': 'Pariwisata',
    '3.27': 'Pertanian',
    '3.28': 'Kehutanan',
    '3.29': 'Energi dan sumber daya mineral',
    '3.30': 'Perdagangan',
    '3.31': 'Perindustrian',
    '3.32': 'Transmigrasi',
    '4': 'Unsur pendukung urusan pemerintahan',
    '5': 'Unsur penunjang urusan pemerintahan',
    '6': 'Unsur pengawasan urusan pemerintahan',
    '7': 'Unsur kewilayahan',
    '8': 'Unsur pemerintahan umum',
  },
  regulation: 'permendagri-90-2019',
} as const satisfies OfficialList;
export type UrusanCode = keyof typeof URUSAN.values;

/** The codes in code order (JavaScript would list the whole-number keys 4–8 first). */
export const URUSAN_CODES = (Object.keys(URUSAN.values) as UrusanCode[]).sort();

/** "2.16 Komunikasi dan informatika": how pages and the export write an urusan. */
export const urusanLabel = (code: UrusanCode): string => `${code} ${URUSAN.values[code]}`;

/**
 * Lintas's sectors mapped onto urusan: a suggestion shown beside an innovation whose urusan is not
 * recorded, never written into its record. Sectors that name a form of innovation rather than an
 * urusan (tata kelola, pelayanan publik) or a function whose sub-code is unchecked map to nothing.
 */
export const SECTOR_URUSAN: Record<Sector, readonly UrusanCode[]> = {
  'tata-kelola': [],
  'pelayanan-publik': [],
  'data-dan-informasi': ['2.16', '2.20'],
  tik: ['2.16'],
  desa: ['2.13'],
  keuangan: ['5'],
  pengadaan: [],
  ekonomi: ['2.17', '2.18', '3.30', '3.31'],
  pendidikan: ['1.01'],
  kesehatan: ['1.02'],
  kemiskinan: ['1.06'],
  pariwisata: ['3.26'],
  infrastruktur: ['1.03', '2.15'],
  lingkungan: ['2.11'],
};

/** The urusan an innovation's sectors correspond to, in code order, each once. */
export function urusanOfSectors(sectors: readonly Sector[]): UrusanCode[] {
  const codes = new Set(sectors.flatMap((s) => SECTOR_URUSAN[s]));
  return URUSAN_CODES.filter((c) => codes.has(c));
}

/**
 * Documents that prove a region adopted (replicated) an innovation: the kinds IID's replication
 * indicator and Kemendagri accept. A commitment is "diadopsi" only with one of these cited.
 */
export const EVIDENCE_KINDS = {
  field: 'Bukti replikasi',
  values: {
    'surat-minat-replikasi': 'Surat minat replikasi',
    'pks-mou': 'Perjanjian kerja sama (PKS) / MoU',
    'surat-pernyataan': 'Surat pernyataan telah mereplikasi',
    'sk-perkada': 'SK atau peraturan kepala daerah penetapan',
  },
  regulation: 'iid-replikasi',
} as const satisfies OfficialList;
export type EvidenceKind = keyof typeof EVIDENCE_KINDS.values;

/** LAN's replication stages (model mandiri), in order. */
export const REPLICATION_STAGES = {
  field: 'Tahap replikasi',
  values: { persiapan: 'Persiapan', pengembangan: 'Rencana dan pengembangan', replikasi: 'Replikasi', evaluasi: 'Evaluasi' },
  regulation: 'lan-replikasi-2017',
} as const satisfies OfficialList;
export type ReplicationStage = keyof typeof REPLICATION_STAGES.values;

/** Every official list, for the field reference and the guides. */
export const OFFICIAL_LISTS = { TAHAPAN, BENTUK, JENIS, INISIATOR, URUSAN, EVIDENCE_KINDS, REPLICATION_STAGES } as const;
