/**
 * The learning network: who visited whom to learn, how often, and what came of the commitments.
 * Pure, so the SVG on the ledger and region pages and its text equivalent come from one place.
 */
import type { CommitmentStatus } from './vocabulary.ts';

export interface NetworkEdge {
  from: string;
  to: string;
  visits: number;
  /** The furthest any commitment on this route has come; undefined when none was recorded. */
  outcome?: CommitmentStatus;
}

/** Order of progress used to pick an edge's outcome; "batal" counts only when nothing else exists. */
const PROGRESS: CommitmentStatus[] = ['batal', 'niat', 'direncanakan', 'berjalan', 'diadopsi'];

export function buildNetwork(
  visits: readonly { from?: string; to: string; outcomes: CommitmentStatus[] }[],
): { nodes: string[]; edges: NetworkEdge[] } {
  const edges = new Map<string, NetworkEdge>();
  for (const v of visits) {
    if (!v.from) continue;
    const key = `${v.from}>${v.to}`;
    const edge = edges.get(key) ?? { from: v.from, to: v.to, visits: 0 };
    edge.visits += 1;
    for (const o of v.outcomes) {
      if (edge.outcome === undefined || PROGRESS.indexOf(o) > PROGRESS.indexOf(edge.outcome)) edge.outcome = o;
    }
    edges.set(key, edge);
  }
  const list = [...edges.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const nodes = [...new Set(list.flatMap((e) => [e.from, e.to]))].sort();
  return { nodes, edges: list };
}

/** Nodes evenly on a circle, in a stable order, so a picture only changes when the network does. */
export function circleLayout(nodes: readonly string[], size: number, margin: number): Map<string, { x: number; y: number }> {
  const r = size / 2 - margin;
  return new Map(
    nodes.map((n, i) => {
      const angle = nodes.length === 1 ? 0 : (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [n, { x: size / 2 + r * Math.cos(angle), y: size / 2 + r * Math.sin(angle) }];
    }),
  );
}
