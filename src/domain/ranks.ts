/** Ranks by a figure, largest first: "ke-3 dari 14". Ties share a rank (1, 2, 2, 4). */
export interface Rank {
  rank: number;
  of: number;
}

export function rankBy<T>(items: T[], value: (item: T) => number | undefined, key: (item: T) => string): Map<string, Rank> {
  const present = items.flatMap((item) => {
    const v = value(item);
    return v === undefined || Number.isNaN(v) ? [] : [{ key: key(item), v }];
  });
  present.sort((x, y) => y.v - x.v);
  const ranks = new Map<string, Rank>();
  present.forEach((item, index) => {
    const previous = index > 0 ? present[index - 1]! : undefined;
    const rank = previous && previous.v === item.v ? ranks.get(previous.key)!.rank : index + 1;
    ranks.set(item.key, { rank, of: present.length });
  });
  return ranks;
}

export function formatRank(rank: Rank | undefined): string {
  return rank ? `ke-${rank.rank} dari ${rank.of}` : '—';
}
