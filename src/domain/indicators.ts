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
