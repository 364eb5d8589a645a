/**
 * What visits cost, only as sources state it. Totals add sourced amounts of one basis at a time
 * (a budget and an actual spend are different numbers), and a cost per adopted commitment divides
 * a visit's stated cost by the commitments from it that were adopted with evidence. Nothing here
 * estimates: a visit without a stated amount adds nothing and is counted as unknown.
 */
import type { CostBasis } from './vocabulary.ts';

export interface CostedVisit {
  cost?: { amount?: number; basis?: CostBasis };
  /** Statuses of the visit's commitments now. */
  outcomes: readonly string[];
}

/** A visit's stated cost, and per adopted commitment when any was adopted. */
export interface VisitCostView {
  amount: number;
  basis: CostBasis;
  adopted: number;
  /** amount / adopted, whole rupiah; undefined when nothing was adopted. */
  perAdopted?: number;
}

export function visitCostView(visit: CostedVisit): VisitCostView | undefined {
  const { amount, basis } = visit.cost ?? {};
  if (amount === undefined || basis === undefined) return undefined;
  const adopted = visit.outcomes.filter((s) => s === 'diadopsi').length;
  return { amount, basis, adopted, ...(adopted > 0 ? { perAdopted: Math.round(amount / adopted) } : {}) };
}

export interface CostTotal {
  basis: CostBasis;
  /** Sum of stated amounts of this basis. */
  total: number;
  visits: number;
  /** Adopted commitments from these visits. */
  adopted: number;
  perAdopted?: number;
}

export interface CostSummary {
  /** One total per basis that occurs, in the order realisasi, anggaran, estimasi. */
  totals: CostTotal[];
  /** Visits whose cost no source states. */
  unknown: number;
}

const ORDER: CostBasis[] = ['realisasi', 'anggaran', 'estimasi'];

export function costSummary(visits: readonly CostedVisit[]): CostSummary {
  const totals = new Map<CostBasis, CostTotal>();
  let unknown = 0;
  for (const visit of visits) {
    const view = visitCostView(visit);
    if (!view) {
      unknown += 1;
      continue;
    }
    const t = totals.get(view.basis) ?? { basis: view.basis, total: 0, visits: 0, adopted: 0 };
    t.total += view.amount;
    t.visits += 1;
    t.adopted += view.adopted;
    totals.set(view.basis, t);
  }
  return {
    totals: ORDER.flatMap((b) => {
      const t = totals.get(b);
      return t ? [{ ...t, ...(t.adopted > 0 ? { perAdopted: Math.round(t.total / t.adopted) } : {}) }] : [];
    }),
    unknown,
  };
}

/** "Rp125.000.000": rupiah as Indonesian readers write it. */
export function formatRupiah(amount: number): string {
  return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(amount)}`;
}
