/** How a commitment's standing is derived from its history, and when news of it is stale. */
import { ageOf, compareDates, formatMonths } from './dates.ts';
import type { CommitmentStatus } from './vocabulary.ts';

export interface CommitmentStanding {
  status: CommitmentStatus;
  /** Date of the latest word on it: the last follow-up, or the visit itself (as precise as its source). */
  since: string;
  /** Number of follow-ups recorded. */
  followups: number;
}

/** News older than this many months is flagged: someone should ask what became of it. */
export const STALE_AFTER_MONTHS = 12;

/**
 * Any follow-up supersedes the status stated at the visit (the content check refuses news dated
 * before the visit). Among follow-ups the latest dated wins (partial dates ordered as in
 * compareDates); on the same date, the one listed later wins (files are read in name order).
 */
export function commitmentStanding(
  stated: CommitmentStatus,
  visitDate: string,
  followups: readonly { date: string; status: CommitmentStatus }[],
): CommitmentStanding {
  const ordered = [...followups].sort((a, b) => compareDates(a.date, b.date));
  const latest = ordered[ordered.length - 1];
  return { status: latest?.status ?? stated, since: latest?.date ?? visitDate, followups: followups.length };
}

/**
 * Whole calendar months from a date to a day (2019-07-02 → 2020-07-01 is 11). A partial `from`
 * (2021-06, 2016) counts from its last possible day, so an age is never overstated.
 */
export function monthsBetween(from: string, to: string): number {
  return ageOf(from, to).months;
}

/** Stale only when certainly so: a partial date counts from its last possible day. */
export function isStale(since: string, today: string): boolean {
  return monthsBetween(since, today) >= STALE_AFTER_MONTHS;
}

/** Commitments that have reached an end: adopted (with evidence) or cancelled. Nobody needs to chase them. */
export const SETTLED_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['diadopsi', 'batal'];

/** "Perlu ditanyakan": a commitment still open (intended, planned, under way) with no news for a year. */
export function awaitsNews(standing: Pick<CommitmentStanding, 'status' | 'since'>, today: string): boolean {
  return !SETTLED_COMMITMENT_STATUSES.includes(standing.status) && isStale(standing.since, today);
}

/** "3 bulan", "2 tahun 1 bulan": an age in plain Indonesian. */
export const formatAge = formatMonths;
