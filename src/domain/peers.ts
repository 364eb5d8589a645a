/**
 * "Regions like this one": nearest neighbours by the sizes every region has (its kecamatan,
 * desa and kelurahan counts) plus population and area where both regions have curated figures.
 * Sizes are compared on a log scale, so 10 vs 20 kecamatan counts as much as 100 vs 200.
 */

export interface PeerCandidate {
  slug: string;
  /** Positive sizes by dimension; a missing dimension is skipped for that pair. */
  sizes: Partial<Record<string, number>>;
}

export interface Peer {
  slug: string;
  /** Root-mean-square difference of log sizes over the dimensions both share; 0 = identical. */
  distance: number;
  /** The dimensions the distance was computed on. */
  basis: string[];
}

export function peerDistance(a: PeerCandidate['sizes'], b: PeerCandidate['sizes']): { distance: number; basis: string[] } | undefined {
  let sum = 0;
  const basis: string[] = [];
  for (const [key, va] of Object.entries(a)) {
    const vb = b[key];
    if (va === undefined || vb === undefined) continue;
    const d = Math.log1p(va) - Math.log1p(vb);
    sum += d * d;
    basis.push(key);
  }
  return basis.length === 0 ? undefined : { distance: Math.sqrt(sum / basis.length), basis };
}

/**
 * The k nearest peers of every candidate. One pass over all pairs (n²/2 distances for the 514
 * regencies/cities, about 132k, computed once per build); ties break by slug so output is stable.
 */
export function nearestPeers(candidates: PeerCandidate[], k = 5): Map<string, Peer[]> {
  const best = new Map<string, Peer[]>(candidates.map((c) => [c.slug, []]));
  const offer = (list: Peer[], peer: Peer) => {
    list.push(peer);
    list.sort((x, y) => x.distance - y.distance || x.slug.localeCompare(y.slug));
    if (list.length > k) list.pop();
  };
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      const d = peerDistance(a.sizes, b.sizes);
      if (!d) continue;
      offer(best.get(a.slug)!, { slug: b.slug, ...d });
      offer(best.get(b.slug)!, { slug: a.slug, ...d });
    }
  }
  return best;
}
