/**
 * Comparing two regions: which figures line up, their differences and ratios, derived figures,
 * and where the years do not match. Pure and small: the build's comparison pages, their CSV and
 * JSON downloads and the in-browser compare tool all run this same code.
 */

export type MetricKey =
  | 'kecamatan'
  | 'desa'
  | 'kelurahan'
  | 'penduduk'
  | 'luas'
  | 'desa-terhubung-serat-optik'
  | 'kepadatan'
  | 'desa-per-kecamatan'
  | 'penduduk-per-desa';

export type MetricGroup = 'struktur' | 'indikator' | 'turunan';

interface MetricDef {
  label: string;
  unit: string;
  group: MetricGroup;
  /** For derived metrics: numerator and denominator keys (a denominator list is summed). */
  derive?: { numerator: MetricKey[]; denominator: MetricKey[] };
}

export const METRICS: Record<MetricKey, MetricDef> = {
  kecamatan: { label: 'Kecamatan', unit: 'kecamatan', group: 'struktur' },
  desa: { label: 'Desa', unit: 'desa', group: 'struktur' },
  kelurahan: { label: 'Kelurahan', unit: 'kelurahan', group: 'struktur' },
  penduduk: { label: 'Jumlah penduduk', unit: 'jiwa', group: 'indikator' },
  luas: { label: 'Luas wilayah', unit: 'km²', group: 'indikator' },
  'desa-terhubung-serat-optik': { label: 'Desa terhubung serat optik', unit: 'desa', group: 'indikator' },
  kepadatan: { label: 'Kepadatan penduduk', unit: 'jiwa/km²', group: 'turunan', derive: { numerator: ['penduduk'], denominator: ['luas'] } },
  'desa-per-kecamatan': {
    label: 'Desa dan kelurahan per kecamatan',
    unit: 'desa/kelurahan',
    group: 'turunan',
    derive: { numerator: ['desa', 'kelurahan'], denominator: ['kecamatan'] },
  },
  'penduduk-per-desa': {
    label: 'Penduduk per desa/kelurahan',
    unit: 'jiwa',
    group: 'turunan',
    derive: { numerator: ['penduduk'], denominator: ['desa', 'kelurahan'] },
  },
};

export const GROUP_LABELS: Record<MetricGroup, string> = {
  struktur: 'Struktur pemerintahan (data resmi)',
  indikator: 'Indikator menurut sumber',
  turunan: 'Angka turunan (dihitung Lintas)',
};

/** One figure with where and when it comes from. */
export interface MetricValue {
  value: number;
  /** Every year the figure rests on: one for a reported figure, one per input for a derived one. */
  years: number[];
  /** The source's publication year stands in for the data year. */
  yearIsPublication?: boolean;
  approximate?: boolean;
  /** Human-readable source, e.g. the article title or the official data set. */
  source: string;
  sourceUrl?: string;
}

export interface RegionFacts {
  slug: string;
  name: string;
  metrics: Partial<Record<MetricKey, MetricValue>>;
}

export interface ComparisonRow {
  key: MetricKey;
  label: string;
  unit: string;
  group: MetricGroup;
  a?: MetricValue;
  b?: MetricValue;
  /** a − b, when both exist. */
  difference?: number;
  /** a ÷ b, when both exist and b is not zero. */
  ratio?: number;
  /** Both exist but rest on different years: compare with care. */
  yearsDiffer: boolean;
}

const unique = (years: number[]) => [...new Set(years)].sort((x, y) => x - y);

/** A derived figure exists only when every input does and the denominator is not zero. */
export function deriveMetric(metrics: RegionFacts['metrics'], key: MetricKey): MetricValue | undefined {
  const def = METRICS[key].derive;
  if (!def) return metrics[key];
  const inputs = [...def.numerator, ...def.denominator].map((k) => metrics[k]);
  if (inputs.some((v) => v === undefined)) return undefined;
  const sum = (keys: MetricKey[]) => keys.reduce((total, k) => total + (metrics[k]?.value ?? 0), 0);
  const denominator = sum(def.denominator);
  if (denominator === 0) return undefined;
  const present = inputs as MetricValue[];
  return {
    value: sum(def.numerator) / denominator,
    years: unique(present.flatMap((v) => v.years)),
    yearIsPublication: present.some((v) => v.yearIsPublication),
    approximate: present.some((v) => v.approximate),
    source: `Dihitung dari: ${[...new Set(present.map((v) => v.source))].join('; ')}`,
  };
}

const sameYears = (a: MetricValue, b: MetricValue) => a.years.join() === b.years.join();

export function compareRegions(a: RegionFacts, b: RegionFacts): ComparisonRow[] {
  return (Object.keys(METRICS) as MetricKey[]).map((key) => {
    const { label, unit, group } = METRICS[key];
    const va = deriveMetric(a.metrics, key);
    const vb = deriveMetric(b.metrics, key);
    const both = va !== undefined && vb !== undefined;
    return {
      key,
      label,
      unit,
      group,
      a: va,
      b: vb,
      difference: both ? va.value - vb.value : undefined,
      ratio: both && vb.value !== 0 ? va.value / vb.value : undefined,
      yearsDiffer: both ? !sameYears(va, vb) : false,
    };
  });
}

/** The one address of a pair's comparison: slugs in alphabetical order. */
export function pairSlug(a: string, b: string): string {
  return a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`;
}


/** One flat record per metric, both regions side by side: what the CSV download holds. */
export function comparisonRowsForCsv(a: RegionFacts, b: RegionFacts, rows: ComparisonRow[]): Record<string, string | number | undefined>[] {
  return rows.map((r) => ({
    kelompok: r.group,
    ukuran: r.label,
    satuan: r.unit,
    [`${a.name} nilai`]: r.a?.value,
    [`${a.name} tahun`]: r.a?.years.join(' & '),
    [`${a.name} sumber`]: r.a?.source,
    [`${b.name} nilai`]: r.b?.value,
    [`${b.name} tahun`]: r.b?.years.join(' & '),
    [`${b.name} sumber`]: r.b?.source,
    selisih: r.difference,
    rasio: r.ratio,
    'tahun berbeda': r.yearsDiffer ? 'ya' : '',
  }));
}
