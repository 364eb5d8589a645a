/**
 * The date of an event, as precise as its source: a day (2021-11-15), a month (2021-06) or a year
 * (2016). Used by visits, follow-ups and innovation news; the rules live in src/domain/dates.ts.
 */
import { z } from 'astro/zod';
import { isPartialDate } from '../domain/dates.ts';
import { PARTIAL_DATE_PATTERN } from './patterns.ts';

export const PARTIAL_DATE_FORMAT = 'TTTT-BB-HH, atau TTTT-BB bila sumber hanya menyebut bulan, atau TTTT bila hanya tahun (mis. 2021-11-15, 2021-06, 2016)';

/**
 * Astro's YAML reader turns an unquoted 2021-11-15 into a Date and an unquoted 2016 into a
 * number; both are turned back into the text the author wrote. Our own checker reads YAML
 * without the Date conversion, so impossible days (2019-02-30) are caught there.
 */
function asWritten(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  return value;
}

export const partialDate = z.preprocess(
  asWritten,
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `tanggal ${issue.input} terbaca sebagai angka; tulis dalam tanda kutip, mis. "2021-06"`
          : `tanggal harus ditulis ${PARTIAL_DATE_FORMAT}`,
    })
    .regex(PARTIAL_DATE_PATTERN, { error: `tanggal harus ditulis ${PARTIAL_DATE_FORMAT}` })
    .refine((value) => !PARTIAL_DATE_PATTERN.test(value) || isPartialDate(value), {
      error: (issue) => `tanggal ${String(issue.input)} tidak ada di kalender`,
    }),
);
