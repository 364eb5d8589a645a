/** How a commitment's standing is derived from its history, and when news of it is stale. */
import type { CommitmentStatus } from './vocabulary.ts';

export interface CommitmentStanding {
  status: CommitmentStatus;
  /** Date of the latest word on it: the last follow-up, or the visit itself. */
  since: string;
  /** Number of follow-ups recorded. */
  followups: number;
}

/** News older than this many months is flagged: someone should ask what became of it. */
export const STALE_AFTER_MONTHS = 12;

/**
 * The latest dated follow-up wins; on the same date, the one listed later wins (files are read in
 * name order). With no follow-up, the status stated at the visit holds.
 */
export function commitmentStanding(
  stated: CommitmentStatus,
  visitDate: string,
  followups: readonly { date: string; status: CommitmentStatus }[],
): CommitmentStanding {
  let latest = { status: stated, since: visitDate };
  for (const f of followups) if (f.date >= latest.since) latest = { status: f.status, since: f.date };
  return { ...latest, followups: followups.length };
}

/** Whole calendar months from one ISO date to another (2019-07-02 → 2020-07-01 is 11). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function isStale(since: string, today: string): boolean {
  return monthsBetween(since, today) >= STALE_AFTER_MONTHS;
}

/** "3 bulan", "2 tahun 1 bulan": an age in plain Indonesian. */
export function formatAge(months: number): string {
  if (months < 1) return 'kurang dari sebulan';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? `${years} tahun` : '', rest ? `${rest} bulan` : ''].filter(Boolean).join(' ');
}
