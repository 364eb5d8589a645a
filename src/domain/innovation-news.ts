/**
 * How later news ("kabar") about an innovation combines with the innovation entry: the newest
 * dated word sets the status and "terakhir dipastikan", and the page lists every source once.
 * Pure, so the innovation page, the lists, the open data and the tests agree.
 */
import { compareDates } from './dates.ts';
import type { InnovationStatus } from './vocabulary.ts';

export interface InnovationState {
  status: InnovationStatus;
  /** When the status was last stated: the entry's lastVerified or a news date (as precise as its source). */
  statusAsOf: string;
  /** The newest date any source confirmed something about the innovation. */
  lastVerified: string;
  /** Id of the news entry that gave lastVerified, when news is newer than the entry itself. */
  lastVerifiedBy?: string;
}

/**
 * The entry's own status holds as of its lastVerified; a news entry dated later (or the same
 * day: news is added afterwards) that states a status replaces it. Any later news, with or
 * without a status, moves "terakhir dipastikan".
 */
export function innovationState(
  innovation: { status: InnovationStatus; lastVerified: string },
  news: readonly { id?: string; date: string; status?: InnovationStatus }[],
): InnovationState {
  const state: InnovationState = { status: innovation.status, statusAsOf: innovation.lastVerified, lastVerified: innovation.lastVerified };
  const ordered = [...news].sort((a, b) => compareDates(a.date, b.date));
  for (const n of ordered) {
    if (compareDates(n.date, state.lastVerified) >= 0) {
      state.lastVerified = n.date;
      state.lastVerifiedBy = n.id;
    }
    if (n.status && compareDates(n.date, state.statusAsOf) >= 0) {
      state.status = n.status;
      state.statusAsOf = n.date;
    }
  }
  return state;
}

interface SourceLike {
  id: string;
  title: string;
  date: string;
  url?: string;
}

/**
 * One numbered source list for an innovation page: the entry's sources, then each news entry's
 * sources under page-unique keys. A news source that is the same publication as one already
 * listed (same URL, or same title and date) reuses its number.
 */
export function mergeSources<S extends SourceLike>(
  own: readonly S[],
  news: readonly { id: string; data: { sources: readonly S[] } }[],
): { sources: S[]; keyOf: (newsId: string, key: string) => string } {
  const sources = [...own];
  const identity = (s: S) => (s.url ? `url:${s.url}` : `judul:${s.title.trim().toLowerCase()}|${s.date}`);
  const byIdentity = new Map(sources.map((s) => [identity(s), s.id]));
  const keys = new Map<string, string>();
  for (const n of news) {
    for (const s of n.data.sources) {
      let key = byIdentity.get(identity(s));
      if (!key) {
        key = `kabar-${n.id}-${s.id}`;
        sources.push({ ...s, id: key });
        byIdentity.set(identity(s), key);
      }
      keys.set(`${n.id}#${s.id}`, key);
    }
  }
  return { sources, keyOf: (newsId, key) => keys.get(`${newsId}#${key}`) ?? key };
}
