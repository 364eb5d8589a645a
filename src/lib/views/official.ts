/**
 * The official fields as pages show them: an innovation's IID profile with the regulation each
 * list comes from, a visit's stated cost, and the evidence behind an adoption. Built here once so
 * the innovation, visit and ledger pages only place them.
 */
import { BENTUK, EVIDENCE_KINDS, INISIATOR, JENIS, REGULATIONS, REPLICATION_STAGES, TAHAPAN, URUSAN, tahapanLabel, urusanLabel, urusanOfSectors, type OfficialList } from '../../domain/official-vocabulary.ts';
import { costSummary, formatRupiah, visitCostView } from '../../domain/visit-cost.ts';
import { COST_BASES, FUNDING_SOURCES, VISIT_TYPES, type InnovationStatus } from '../../domain/vocabulary.ts';
import type { Followup } from '../../schemas/followup.ts';
import type { Innovation } from '../../schemas/innovation.ts';
import type { Visit } from '../../schemas/visit.ts';
import type { Entry, Model } from '../model.ts';

/** One row of the IID profile: the form's field name, the value (undefined: not recorded), where the list comes from. */
export interface OfficialFact {
  field: string;
  value?: string;
  regulation: string;
  /** Key of the entry's source for the value; none for a value Lintas derives. */
  source?: string;
  /** How the value was obtained, when not from a source: "mengikuti status". */
  note?: string;
}

const reg = (list: OfficialList) => REGULATIONS[list.regulation].short;

export function officialFacts(data: Innovation, status: InnovationStatus): { facts: OfficialFact[]; suggestedUrusan?: string } {
  const iid = data.iid;
  const cite = iid?.source;
  const pick = <K extends string>(list: OfficialList<K>, key: K | undefined): OfficialFact => ({
    field: list.field,
    ...(key ? { value: list.values[key], source: cite } : {}),
    regulation: reg(list),
  });
  const urusan = iid?.urusan ? [urusanLabel(iid.urusan), ...iid.urusanLain.map((c) => `${urusanLabel(c)} (beririsan)`)].join('; ') : undefined;
  const suggested = urusanOfSectors(data.sectors);
  return {
    facts: [
      { field: TAHAPAN.field, value: tahapanLabel(status), regulation: reg(TAHAPAN), note: 'mengikuti status inovasi' },
      pick(BENTUK, iid?.bentuk),
      pick(JENIS, iid?.jenis),
      pick(INISIATOR, iid?.inisiator),
      { field: URUSAN.field, ...(urusan ? { value: urusan, source: cite } : {}), regulation: reg(URUSAN) },
      { field: 'Waktu Uji Coba Inovasi Daerah', ...(iid?.ujiCoba ? { value: iid.ujiCoba, source: cite } : {}), regulation: reg(TAHAPAN) },
      { field: 'Waktu Penerapan Inovasi Daerah', ...(iid?.penerapan ? { value: iid.penerapan, source: cite } : {}), regulation: reg(TAHAPAN) },
    ],
    // Only offered where no urusan is recorded, and labelled as Lintas's own mapping.
    ...(!urusan && suggested.length ? { suggestedUrusan: suggested.map(urusanLabel).join('; ') } : {}),
  };
}

/** A visit's stated cost as its page shows it; undefined when the source states none of it. */
export function visitCostFacts(site: Model, visit: Entry<Visit>) {
  const { cost, visitType } = visit.data;
  const outcomes = site.commitmentsOf(visit.id).map((c) => c.standing.status);
  const view = visitCostView({ cost, outcomes });
  return {
    type: visitType ? VISIT_TYPES[visitType] : undefined,
    cost: cost
      ? {
          amount: view ? formatRupiah(view.amount) : undefined,
          basis: view ? COST_BASES[view.basis] : undefined,
          funding: cost.funding ? FUNDING_SOURCES[cost.funding] : undefined,
          perAdopted: view?.perAdopted !== undefined ? formatRupiah(view.perAdopted) : undefined,
          adopted: view?.adopted ?? 0,
          source: cost.source,
          quote: cost.quote,
          lhpd: cost.lhpd,
        }
      : undefined,
  };
}
export type VisitCostFacts = ReturnType<typeof visitCostFacts>;

/** The ledger's cost line: totals of sourced costs only, one per basis. */
export function ledgerCosts(site: Model) {
  const summary = costSummary(site.visits.map((v) => ({ cost: v.data.cost, outcomes: site.commitmentsOf(v.id).map((c) => c.standing.status) })));
  return {
    totals: summary.totals.map((t) => ({
      basis: COST_BASES[t.basis],
      total: formatRupiah(t.total),
      visits: t.visits,
      adopted: t.adopted,
      perAdopted: t.perAdopted !== undefined ? formatRupiah(t.perAdopted) : undefined,
    })),
    unknown: summary.unknown,
    visits: site.visits.length,
  };
}

/** The evidence behind a commitment's standing: the latest follow-up that cites a document. */
export function evidenceOf(followups: readonly Entry<Followup>[]) {
  const withEvidence = [...followups].reverse().find((f) => f.data.evidence);
  const staged = [...followups].reverse().find((f) => f.data.replicationStage);
  return {
    ...(withEvidence?.data.evidence ? { evidence: { kind: EVIDENCE_KINDS.values[withEvidence.data.evidence.kind], title: withEvidence.data.evidence.title } } : {}),
    ...(staged?.data.replicationStage ? { stage: REPLICATION_STAGES.values[staged.data.replicationStage] } : {}),
  };
}

/** Follow-up lines for the evidence and the replication stage, with their sources' words. */
export function followupOfficial(data: Followup) {
  return {
    evidence: data.evidence ? { kind: EVIDENCE_KINDS.values[data.evidence.kind], title: data.evidence.title, date: data.evidence.date, url: data.evidence.url } : undefined,
    stage: data.replicationStage ? REPLICATION_STAGES.values[data.replicationStage] : undefined,
    regulation: { evidence: REGULATIONS[EVIDENCE_KINDS.regulation].short, stage: REGULATIONS[REPLICATION_STAGES.regulation].short },
  };
}
