/**
 * "Regions like this one": nearest neighbours by official population, area, density and
 * administrative structure (kecamatan, and desa with kelurahan). Sizes are compared on a log
 * scale, so 10 vs 20 kecamatan counts as much as 100 vs 200. Each peer says why it is similar.
 * Pure: the build's region pages and the in-browser peer finder run this same code.
 */
import { formatNumber } from './format.ts';
import type { RegionFacts } from './compare.ts';

export const PEER_DIMENSIONS = {
  penduduk: { noun: 'penduduk', unit: 'jiwa', digits: 0 },
  luas: { noun: 'luas', unit: 'km²', digits: 0 },
  kepadatan: { noun: 'kepadatan', unit: 'jiwa/km²', digits: 1 },
  kecamatan: { noun: 'jumlah kecamatan', unit: '', digits: 0 },
  'desa-kelurahan': { noun: 'jumlah desa dan kelurahan', unit: '', digits: 0 },
} as const;
export type PeerDimension = keyof typeof PEER_DIMENSIONS;
export type PeerSizes = Partial<Record<PeerDimension, number>>;

export interface PeerCandidate {
  slug: string;
  /** Positive sizes by dimension; a missing dimension is skipped for that pair. */
  sizes: PeerSizes;
}

export interface Peer {
  slug: string;
  /** Root-mean-square difference of log sizes over the dimensions both share; 0 = identical. */
  distance: number;
  /** The dimensions the distance was computed on. */
  basis: PeerDimension[];
}

/** The sizes a region is matched on, from its comparable figures. */
export function peerSizes(metrics: RegionFacts['metrics']): PeerSizes {
  const m = metrics;
  return {
    penduduk: m.penduduk?.value,
    luas: m.luas?.value,
    kepadatan: m.penduduk && m.luas && m.luas.value > 0 ? m.penduduk.value / m.luas.value : undefined,
    kecamatan: m.kecamatan?.value,
    'desa-kelurahan': m.desa && m.kelurahan ? m.desa.value + m.kelurahan.value : undefined,
  };
}

export function peerDistance(a: PeerSizes, b: PeerSizes): { distance: number; basis: PeerDimension[] } | undefined {
  let sum = 0;
  const basis: PeerDimension[] = [];
  for (const key of Object.keys(PEER_DIMENSIONS) as PeerDimension[]) {
    const va = a[key];
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
    list.sort(byDistance);
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

const byDistance = (x: Peer, y: Peer) => x.distance - y.distance || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);

/** The k nearest to one region among the candidates (the peer finder, after its filters). */
export function peersOf(target: PeerCandidate, candidates: PeerCandidate[], k = 10): Peer[] {
  const peers: Peer[] = [];
  for (const c of candidates) {
    if (c.slug === target.slug) continue;
    const d = peerDistance(target.sizes, c.sizes);
    if (d) peers.push({ slug: c.slug, ...d });
  }
  return peers.sort(byDistance).slice(0, k);
}

/** Within this ratio a size is "hampir sama"; within SIMILAR_RATIO "sebanding"; beyond, not a reason. */
export const CLOSE_RATIO = 1.1;
export const SIMILAR_RATIO = 1.35;

export interface PeerReason {
  dimension: PeerDimension;
  a: number;
  b: number;
  /** Larger over smaller, ≥ 1. */
  ratio: number;
  closeness: 'sama' | 'hampir sama' | 'sebanding';
}

/** The dimensions on which two regions are alike, closest first. */
export function peerReasons(a: PeerSizes, b: PeerSizes): PeerReason[] {
  const reasons: PeerReason[] = [];
  for (const dimension of Object.keys(PEER_DIMENSIONS) as PeerDimension[]) {
    const va = a[dimension];
    const vb = b[dimension];
    if (va === undefined || vb === undefined || va <= 0 || vb <= 0) continue;
    const ratio = Math.max(va, vb) / Math.min(va, vb);
    if (ratio > SIMILAR_RATIO) continue;
    const { digits } = PEER_DIMENSIONS[dimension];
    const closeness = formatNumber(va, digits) === formatNumber(vb, digits) ? 'sama' : ratio <= CLOSE_RATIO ? 'hampir sama' : 'sebanding';
    reasons.push({ dimension, a: va, b: vb, ratio, closeness });
  }
  return reasons.sort((x, y) => x.ratio - y.ratio);
}

const list = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} dan ${parts.at(-1)}`);

/**
 * "mirip karena penduduk hampir sama (181.963 dan 190.000 jiwa) dan jumlah kecamatan sama (13)".
 * At most three reasons; when no single size is close, says the match is only overall.
 */
export function explainPeer(a: PeerSizes, b: PeerSizes): string {
  const reasons = peerReasons(a, b).slice(0, 3);
  if (reasons.length === 0) return 'paling dekat secara keseluruhan, meski tidak ada satu ukuran pun yang hampir sama';
  return `mirip karena ${list(
    reasons.map((r) => {
      const { noun, unit, digits } = PEER_DIMENSIONS[r.dimension];
      const values = r.closeness === 'sama' ? formatNumber(r.a, digits) : `${formatNumber(r.a, digits)} dan ${formatNumber(r.b, digits)}`;
      return `${noun} ${r.closeness} (${values}${unit ? ` ${unit}` : ''})`;
    }),
  )}`;
}
