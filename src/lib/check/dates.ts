/**
 * Dates against the calendar and against each other: nothing dated after "today", dated files
 * named by their date, news of a commitment not before the visit, one status per commitment per day.
 */
import { datePrefix, isCertainlyBefore } from '../../domain/dates.ts';
import { ISO_DATE_PATTERN } from '../../schemas/patterns.ts';
import type { Followup } from '../../schemas/followup.ts';
import type { Visit } from '../../schemas/visit.ts';
import type { Problem } from './types.ts';

/** What each dated field says when it lies after today, and what to do. */
const FUTURE = {
  lastVerified: { field: 'lastVerified', what: 'tanggal', hint: 'tulis tanggal keadaan inovasi terakhir dipastikan dari sumber, paling lambat hari ini' },
  visit: { field: 'date', what: 'tanggal kunjungan', hint: 'catat kunjungan yang sudah terjadi; periksa tahunnya' },
  news: { field: 'date', what: 'tanggal kabar', hint: 'catat kabar yang sudah terbit; periksa tahunnya' },
} as const;

/** A date after today. A partial date ("2099", "2099-01") compares by its first day: "2026-12" is after "2026-11-29". */
export function afterToday(file: string, date: string, today: string, kind: keyof typeof FUTURE): Problem | undefined {
  const { field, what, hint } = FUTURE[kind];
  return date > today ? { file, field, message: `${what} ${date} sesudah hari ini (${today})`, hint } : undefined;
}

/**
 * Visit, follow-up and news files are named by their date first, exactly as precise as the date
 * field: 2021-06-… for a month, never 2021-06-15-… (an invented day) nor 2021-… (a lost month).
 */
export function misnamedByDate(file: string, id: string, date: string, rest: string): Problem | undefined {
  const prefix = datePrefix(id);
  if (prefix === date) return undefined;
  const tail = prefix ? id.slice(prefix.length).replace(/^-/, '') : id;
  return {
    file,
    field: 'date',
    message: prefix ? `nama file diawali ${prefix}, tetapi tanggalnya ${date}` : `nama file harus diawali tanggal ${date}`,
    hint: `nama file memakai tanggal setepat isian date: ganti nama file menjadi ${date}-${tail || rest}.md (atau perbaiki isian date)`,
  };
}

/** News of a commitment dated before the visit at which it was made. */
export function beforeVisit(file: string, followup: Followup, visit: Visit): Problem | undefined {
  if (!isCertainlyBefore(followup.date, visit.date)) return undefined;
  return { file, field: 'date', message: `kabar bertanggal ${followup.date}, sebelum kunjungan ${visit.date}`, hint: 'periksa tanggal kabar dan tanggal kunjungan menurut sumbernya' };
}

/**
 * Two statuses on one known day contradict each other; within a month or a year they may simply
 * follow one another. `seen` remembers the first follow-up of each commitment and day.
 */
export function sameDayStatus(file: string, followup: Followup, seen: Map<string, { file: string; status: string }>): Problem | undefined {
  if (!ISO_DATE_PATTERN.test(followup.date)) return undefined;
  const day = `${followup.visit}/${followup.commitment}/${followup.date}`;
  const other = seen.get(day);
  if (!other) {
    seen.set(day, { file, status: followup.status });
    return undefined;
  }
  if (other.status === followup.status) return undefined;
  return { file, field: 'status', message: `kabar lain pada hari yang sama (${other.file}) menyebut status "${other.status}", kabar ini "${followup.status}"`, hint: 'satu komitmen satu status per hari: periksa sumbernya, lalu gabungkan kedua kabar menjadi satu file' };
}
