/**
 * Calendar rules kept apart from schemas so the checker, pages, open data, the scaffolder and the
 * tests share them.
 *
 * Dates of events (a visit, news of a commitment, later news of an innovation) are as precise as
 * their source: a day (2021-11-15), a month (2021-06) or a year (2016). A partial date names a
 * span of days; nothing here ever invents the missing day. Ordering uses the first day of the
 * span; ages and staleness count from its last day, so an age is never overstated ("sedikitnya").
 */
import { ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN } from '../schemas/patterns.ts';

/** How much of a date the source gives. Values are Indonesian words, as in every vocabulary. */
export const DATE_PRECISIONS = {
  hari: 'Tanggal lengkap',
  bulan: 'Bulan dan tahun saja',
  tahun: 'Tahun saja',
} as const;
export type DatePrecision = keyof typeof DATE_PRECISIONS;

/** True when `value` is YYYY-MM-DD and names a day that exists (no 30 February). */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

function parts(value: string): Parts | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
}

/** True for a real day (2021-11-15), a real month (2021-06) or a year (2016). */
export function isPartialDate(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  if (p.day !== undefined) return isRealIsoDate(value);
  return p.month === undefined || (p.month >= 1 && p.month <= 12);
}

/** "hari", "bulan" or "tahun": how precise a well-formed date is. */
export function datePrecision(value: string): DatePrecision {
  const p = parts(value);
  if (!p || p.day !== undefined) return 'hari';
  return p.month !== undefined ? 'bulan' : 'tahun';
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first day a date may mean: 2021-06 → 2021-06-01, 2016 → 2016-01-01. */
export function firstDay(value: string): string {
  const p = parts(value);
  if (!p) return value;
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last day a date may mean: 2021-06 → 2021-06-30, 2016 → 2016-12-31. */
export function lastDay(value: string): string {
  const p = parts(value);
  if (!p) return value;
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysIn(p.year, month))}`;
}

/**
 * Oldest first: by the first possible day, then the narrower date first (2021-06-01 before
 * "Juni 2021", "Juni 2021" before the later days of June). Stable and the same in every list.
 */
export function compareDates(a: string, b: string): number {
  return firstDay(a).localeCompare(firstDay(b)) || lastDay(a).localeCompare(lastDay(b));
}

/** True when `a` is certainly before `b`: every day `a` may mean is earlier than every day `b` may mean. */
export function isCertainlyBefore(a: string, b: string): boolean {
  return lastDay(a) < firstDay(b);
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/**
 * As readers see it, never with an invented day: "2019-07-02" → "2 Juli 2019", "2021-06" →
 * "Juni 2021", "2016" → "2016". Independent of the machine's locale data.
 */
export function formatDate(value: string): string {
  const p = parts(value);
  if (!p) return value;
  const month = p.month === undefined ? undefined : MONTHS[p.month - 1];
  if (p.month !== undefined && !month) return value;
  return [p.day === undefined ? '' : String(p.day), month ?? '', String(p.year)].filter(Boolean).join(' ');
}

/**
 * The leading date of an entry id: "2021-06-bangli-ke-banyuwangi" → "2021-06". A two-digit part
 * after the year or month is read as part of the date, so "2021-06-15-…" yields 2021-06-15.
 */
export function datePrefix(id: string): string | undefined {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=-|$)/.exec(id)?.[0];
}

/** Whole calendar months between two days (YYYY-MM-DD): 2019-07-02 → 2020-07-01 is 11. Never negative. */
export function monthsBetweenDays(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

export interface Age {
  /** Whole months since the date; counted from its last possible day when the date is partial. */
  months: number;
  /** True when the date is partial, so the true age may be larger: readers are told "sedikitnya". */
  atLeast: boolean;
}

/** How long ago `date` was on `today` (YYYY-MM-DD), never more than certain. */
export function ageOf(date: string, today: string): Age {
  return { months: monthsBetweenDays(lastDay(date), today), atLeast: datePrecision(date) !== 'hari' };
}

/** "3 bulan", "2 tahun 1 bulan": an age in plain Indonesian. */
export function formatMonths(months: number): string {
  if (months < 1) return 'kurang dari sebulan';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? `${years} tahun` : '', rest ? `${rest} bulan` : ''].filter(Boolean).join(' ');
}

/** "7 tahun 4 bulan", or "sedikitnya 4 tahun 4 bulan" when the date is partial. */
export function formatAgeOf(age: Age): string {
  if (age.atLeast && age.months < 1) return 'belum genap sebulan sejak akhir rentang tanggalnya';
  return `${age.atLeast ? 'sedikitnya ' : ''}${formatMonths(age.months)}`;
}

/** The note a page puts beside an age counted from a partial date, so the reader knows how it was counted. */
export function ageBasisNote(date: string): string | undefined {
  const precision = datePrecision(date);
  if (precision === 'hari') return undefined;
  return `sumber hanya menyebut ${precision === 'bulan' ? 'bulannya' : 'tahunnya'}; umur dihitung dari ${formatDate(lastDay(date))}`;
}
