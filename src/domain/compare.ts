/**
 * Comparing two regions: which figures line up, their differences and ratios, derived figures,
 * and where the years do not match. Pure and small: the build's comparison pages, their CSV and
 * JSON downloads and the in-browser compare tool all run this same code.
 */
import { formatNumber } from './format.ts';
import { METRICS, metricDef, metricShortName, type MetricGroup, type MetricKey } from './indicators.ts';

export { GROUP_LABELS, METRICS, type MetricGroup, type MetricKey } from './indicators.ts';

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
  /** A derived figure whose inputs come from different years: which input from which year. */
  mixedYears?: { input: string; years: number[]; publication?: boolean }[];
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
  const def = metricDef(key).derive;
  if (!def) return metrics[key];
  const inputs = [...def.numerator, ...def.denominator].map((k) => metrics[k]);
  if (inputs.some((v) => v === undefined)) return undefined;
  const sum = (keys: readonly MetricKey[]) => keys.reduce((total, k) => total + (metrics[k]?.value ?? 0), 0);
  const denominator = sum(def.denominator);
  if (denominator === 0) return undefined;
  const present = inputs as MetricValue[];
  const years = unique(present.flatMap((v) => v.years));
  const inputKeys = [...def.numerator, ...def.denominator];
  return {
    value: sum(def.numerator) / denominator,
    years,
    yearIsPublication: present.some((v) => v.yearIsPublication),
    // Inputs from different years give only a rough figure: say so, and show it whole.
    approximate: present.some((v) => v.approximate) || years.length > 1,
    source: `Dihitung dari: ${[...new Set(present.map((v) => v.source))].join('; ')}`,
    ...(years.length > 1
      ? { mixedYears: inputKeys.map((k) => ({ input: metricShortName(k), years: metrics[k]!.years, publication: metrics[k]!.yearIsPublication })) }
      : {}),
  };
}

/** Decimal places for a figure: the metric's own, none for a derived figure mixing years. */
export function metricDigits(key: MetricKey, value: MetricValue): number {
  return value.mixedYears ? 0 : METRICS[key].digits;
}

/** "campuran tahun: penduduk 2019*, desa 2025, kelurahan 2025" */
export function describeMixedYears(value: MetricValue): string | undefined {
  if (!value.mixedYears) return undefined;
  return `campuran tahun: ${value.mixedYears.map((m) => `${m.input} ${m.years.join(' & ')}${m.publication ? '*' : ''}`).join(', ')}`;
}

/** The year(s) a figure rests on, as a table cell says it: "2025", "2019*", or the mixed-year note. */
export function formatMetricYears(value: MetricValue): string {
  return describeMixedYears(value) ?? `${value.years.join(' & ')}${value.yearIsPublication ? '*' : ''}`;
}

/** "sekitar 1.130" / "8,9": the value with the digits its metric supports. */
export function formatMetricValue(key: MetricKey, value: MetricValue): string {
  return `${value.approximate ? 'sekitar ' : ''}${formatNumber(value.value, metricDigits(key, value))}`;
}

/** Digits for a row's difference: what both figures support. */
export function rowDigits(row: ComparisonRow): number {
  return Math.min(row.a ? metricDigits(row.key, row.a) : 2, row.b ? metricDigits(row.key, row.b) : 2);
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
    [`${a.name} tahun`]: r.a && (describeMixedYears(r.a) ?? r.a.years.join(' & ')),
    [`${a.name} sumber`]: r.a?.source,
    [`${b.name} nilai`]: r.b?.value,
    [`${b.name} tahun`]: r.b && (describeMixedYears(r.b) ?? r.b.years.join(' & ')),
    [`${b.name} sumber`]: r.b?.source,
    selisih: r.difference,
    rasio: r.ratio,
    'tahun berbeda': r.yearsDiffer ? 'ya' : '',
  }));
}
