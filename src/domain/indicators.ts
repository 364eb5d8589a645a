/**
 * The one catalogue of region figures: what a profile may report (same key, same unit, so two
 * regions' figures compare) and what Lintas derives from them. One label and unit per key, used by
 * the region pages, comparisons, downloads, the compare tool and the web form alike. Add a key
 * here before using it in content.
 */

export type MetricGroup = 'struktur' | 'indikator' | 'turunan';

interface MetricDef<Input extends string = string> {
  label: string;
  unit: string;
  /** The figure's name inside a sentence ("campuran tahun: penduduk 2019, desa 2025"); the label in lower case if absent. */
  short?: string;
  group: MetricGroup;
  /** Decimal places shown; a derived figure resting on several years is shown whole (see compare.ts). */
  digits: number;
  /** For derived figures: numerator and denominator keys (a denominator list is summed). */
  derive?: { numerator: readonly Input[]; denominator: readonly Input[] };
}

/** The figures a region profile may report, in the order the schema and the web form list them. */
export const INDICATORS = {
  penduduk: { label: 'Jumlah penduduk', short: 'penduduk', unit: 'jiwa', group: 'indikator', digits: 0 },
  luas: { label: 'Luas wilayah', short: 'luas', unit: 'km²', group: 'indikator', digits: 1 },
  kecamatan: { label: 'Kecamatan', unit: 'kecamatan', group: 'struktur', digits: 0 },
  desa: { label: 'Desa', unit: 'desa', group: 'struktur', digits: 0 },
  kelurahan: { label: 'Kelurahan', unit: 'kelurahan', group: 'struktur', digits: 0 },
  'desa-terhubung-serat-optik': { label: 'Desa terhubung serat optik', unit: 'desa', group: 'indikator', digits: 0 },
} as const satisfies Record<string, MetricDef>;
export type IndicatorKey = keyof typeof INDICATORS;

/**
 * Each indicator's metadata in the style of BPS's MS-Ind (metadata statistik indikator): what it
 * means, its unit, how often it is measured and at which level of government it is estimated.
 * The unit is the catalogue's own; the year and source of each value travel with the value.
 */
export interface IndicatorMetadata {
  definisi: string;
  satuan: string;
  periodisitas: string;
  levelEstimasi: string;
}

const LEVEL = 'provinsi, kabupaten/kota';
const META: Record<IndicatorKey, Omit<IndicatorMetadata, 'satuan'>> = {
  penduduk: { definisi: 'Jumlah penduduk suatu daerah menurut sumber yang dikutip; angka resmi Lintas dari Kepmendagri 300.2.2-2138 Tahun 2025.', periodisitas: 'Tahunan; tahun data ditulis pada setiap angka.', levelEstimasi: LEVEL },
  luas: { definisi: 'Luas wilayah suatu daerah dalam kilometer persegi menurut sumber yang dikutip; angka resmi Lintas dari Badan Informasi Geospasial sebagaimana dipakai Kepmendagri 2025.', periodisitas: 'Saat sumber terbit; tahun data ditulis pada setiap angka.', levelEstimasi: LEVEL },
  kecamatan: { definisi: 'Jumlah kecamatan di wilayah daerah; angka resmi Lintas dihitung dari kode wilayah Kemendagri, angka kurasi menurut sumber yang dikutip.', periodisitas: 'Setiap pemutakhiran kode wilayah Kemendagri (angka resmi); saat sumber terbit (angka kurasi).', levelEstimasi: LEVEL },
  desa: { definisi: 'Jumlah desa di wilayah daerah; angka resmi Lintas dihitung dari kode wilayah Kemendagri (tanpa kelas kode desa adat), angka kurasi menurut sumber yang dikutip.', periodisitas: 'Setiap pemutakhiran kode wilayah Kemendagri (angka resmi); saat sumber terbit (angka kurasi).', levelEstimasi: LEVEL },
  kelurahan: { definisi: 'Jumlah kelurahan di wilayah daerah; angka resmi Lintas dihitung dari kode wilayah Kemendagri, angka kurasi menurut sumber yang dikutip.', periodisitas: 'Setiap pemutakhiran kode wilayah Kemendagri (angka resmi); saat sumber terbit (angka kurasi).', levelEstimasi: LEVEL },
  'desa-terhubung-serat-optik': { definisi: 'Jumlah desa yang terhubung jaringan serat optik menurut sumber yang dikutip.', periodisitas: 'Saat sumber terbit; tahun data ditulis pada setiap angka.', levelEstimasi: LEVEL },
};

/** An indicator's MS-Ind-style metadata. */
export const indicatorMetadata = (key: IndicatorKey): IndicatorMetadata => ({ ...META[key], satuan: INDICATORS[key].unit });

/** Figures Lintas derives from reported ones; never written by hand. */
const DERIVED = {
  kepadatan: { label: 'Kepadatan penduduk', unit: 'jiwa/km²', group: 'turunan', digits: 1, derive: { numerator: ['penduduk'], denominator: ['luas'] } },
  'desa-per-kecamatan': {
    label: 'Desa dan kelurahan per kecamatan',
    unit: 'desa/kelurahan',
    group: 'turunan',
    digits: 1,
    derive: { numerator: ['desa', 'kelurahan'], denominator: ['kecamatan'] },
  },
  'penduduk-per-desa': {
    label: 'Penduduk per desa/kelurahan',
    unit: 'jiwa',
    group: 'turunan',
    digits: 0,
    derive: { numerator: ['penduduk'], denominator: ['desa', 'kelurahan'] },
  },
} as const satisfies Record<string, MetricDef<IndicatorKey>>;

/** Every figure, in the order comparison tables list them: structure first, derived last. */
export const METRICS = {
  kecamatan: INDICATORS.kecamatan,
  desa: INDICATORS.desa,
  kelurahan: INDICATORS.kelurahan,
  penduduk: INDICATORS.penduduk,
  luas: INDICATORS.luas,
  'desa-terhubung-serat-optik': INDICATORS['desa-terhubung-serat-optik'],
  ...DERIVED,
};
export type MetricKey = keyof typeof METRICS;

/** A figure's definition, with the optional parts every entry may have. */
export const metricDef = (key: MetricKey): MetricDef<IndicatorKey> => METRICS[key];

/** A figure's name inside a sentence. */
export const metricShortName = (key: MetricKey): string => metricDef(key).short ?? metricDef(key).label.toLowerCase();

export const GROUP_LABELS: Record<MetricGroup, string> = {
  struktur: 'Struktur pemerintahan (data resmi Kepmendagri 2025)',
  indikator: 'Penduduk, luas dan indikator lain',
  turunan: 'Angka turunan (dihitung Lintas)',
};
