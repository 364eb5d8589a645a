/**
 * Controlled vocabularies: the values authors may write and the words readers see.
 * Values are Indonesian so an official can read a file without a glossary.
 */

export const REGION_KINDS = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' } as const;
export type RegionKind = keyof typeof REGION_KINDS;

export const INNOVATION_STATUSES = {
  ide: 'Gagasan',
  'uji-coba': 'Uji coba',
  berjalan: 'Berjalan',
  berhenti: 'Berhenti',
} as const;
export type InnovationStatus = keyof typeof INNOVATION_STATUSES;

/** Where a visitor's promise to adopt something stands, from first intent to outcome. */
export const COMMITMENT_STATUSES = {
  niat: 'Niat disampaikan',
  direncanakan: 'Direncanakan',
  berjalan: 'Sedang dikerjakan',
  diadopsi: 'Sudah diadopsi',
  batal: 'Dibatalkan',
} as const;
export type CommitmentStatus = keyof typeof COMMITMENT_STATUSES;

export const SECTORS = {
  'tata-kelola': 'Tata kelola pemerintahan',
  'pelayanan-publik': 'Pelayanan publik',
  'data-dan-informasi': 'Data dan informasi',
  tik: 'Teknologi informasi dan komunikasi',
  desa: 'Pembangunan desa',
  keuangan: 'Keuangan dan aset daerah',
  'pengadaan': 'Pengadaan barang/jasa',
  ekonomi: 'Ekonomi',
  pendidikan: 'Pendidikan',
  kesehatan: 'Kesehatan',
  kemiskinan: 'Pengentasan kemiskinan',
  pariwisata: 'Pariwisata',
  infrastruktur: 'Infrastruktur',
  lingkungan: 'Lingkungan hidup',
} as const;
export type Sector = keyof typeof SECTORS;

/** What kind of trip a visit was, in the words travel orders use. */
export const VISIT_TYPES = {
  'studi-tiru': 'Studi tiru',
  'kunjungan-kerja-dprd': 'Kunjungan kerja DPRD',
  benchmarking: 'Benchmarking',
  'luar-negeri': 'Kunjungan luar negeri',
} as const;
export type VisitType = keyof typeof VISIT_TYPES;

/** Who paid for a visit. */
export const FUNDING_SOURCES = { apbd: 'APBD', apbn: 'APBN', lainnya: 'Sumber lain' } as const;
export type FundingSource = keyof typeof FUNDING_SOURCES;

/**
 * What a stated cost is: money spent (realisasi), money budgeted (anggaran) or the source's own
 * estimate. Lintas never estimates; an estimate is shown only when a source states it.
 */
export const COST_BASES = { realisasi: 'Realisasi', anggaran: 'Anggaran', estimasi: 'Estimasi menurut sumber' } as const;
export type CostBasis = keyof typeof COST_BASES;

/** Notable features a region may have; comparisons find the ones two regions share. */
export const FEATURES = {
  'hutan-lindung': 'Hutan lindung',
  'taman-nasional': 'Taman nasional',
} as const;
export type Feature = keyof typeof FEATURES;

/** Keys of a record as a non-empty tuple, for z.enum. */
export function keysOf<T extends Record<string, string>>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
