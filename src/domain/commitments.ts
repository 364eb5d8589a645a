/** How a commitment's current standing is derived from its history. */
import type { Commitment } from '../schemas/visit.ts';
import type { CommitmentStatus } from './vocabulary.ts';

export interface CommitmentStanding {
  status: CommitmentStatus;
  /** Date of the latest word on it: the last update, or the visit itself. */
  since: string;
}

/** The latest dated update wins; with none, the status stated at the visit holds. */
export function commitmentStanding(commitment: Pick<Commitment, 'status' | 'updates'>, visitDate: string): CommitmentStanding {
  let latest: CommitmentStanding = { status: commitment.status, since: visitDate };
  for (const update of commitment.updates) {
    if (update.date >= latest.since) latest = { status: update.status, since: update.date };
  }
  return latest;
}
