/** A visit's page: who came, delegation, what was studied, commitments with their follow-ups. */
import type { CardSpec } from '../../cards/spec.ts';
import { DATE_PRECISIONS, datePrecision, formatDate } from '../../domain/dates.ts';
import { describeDelegation, personText } from '../../domain/delegation.ts';
import { KINDS } from '../../domain/kinds.ts';
import type { SearchRecord } from '../../domain/search.ts';
import { SECTORS } from '../../domain/vocabulary.ts';
import type { Visit } from '../../schemas/visit.ts';
import type { Entry, Model } from '../model.ts';
import { visitPack } from '../offline-packs.ts';
import { innovationCard, regionLink, visitorLink } from './shared.ts';
import { visitCostFacts } from './official.ts';

/**
 * The page's title and description: the one source for its <title>, Open Graph, JSON-LD and its
 * feed entries (src/lib/seo/), so every place that shares the page says the same.
 */
export function visitMeta(site: Model, visit: Entry<Visit>) {
  const { data } = visit;
  const studied = data.innovationsStudied.filter((i) => site.innovations.has(i)).length;
  const visitor = visitorLink(site, data.visitor);
  const host = regionLink(site, data.host);
  return {
    title: data.title,
    description: `${formatDate(data.date)}: ${visitor.name} berkunjung ke ${host.name}. ${studied} inovasi dipelajari, ${data.commitments.length} komitmen.`,
  };
}

export function visitView(site: Model, visit: Entry<Visit>) {
  const { id, data } = visit;
  const studied = data.innovationsStudied.map((i) => site.innovations.get(i)).filter((i) => i !== undefined);
  const visitor = visitorLink(site, data.visitor);
  const host = regionLink(site, data.host);
  const visitorRegion = data.visitor.region ? site.region(data.visitor.region) : undefined;
  const hostRegion = site.region(data.host);
  const delegation = describeDelegation(data.delegation);
  const precision = datePrecision(data.date);
  const card: CardSpec = {
    kind: 'kunjungan',
    title: data.title,
    visitor: visitor.name,
    host: host.name,
    date: data.date,
    ...(delegation.short ? { delegation: delegation.short } : {}),
  };
  const search: SearchRecord = {
    type: KINDS.visit.searchType,
    filters: {
      provinsi: [...new Set([visitorRegion?.province?.name, hostRegion?.province?.name].filter((n) => n !== undefined))],
      daerah: [visitorRegion?.official.name, hostRegion?.official.name].filter((n) => n !== undefined),
      // The visit's own topics, not every sector of every innovation it looked at.
      sektor: data.sectors.map((s) => SECTORS[s]),
      tahun: [data.date.slice(0, 4)],
    },
    meta: { daerah: `${visitor.name} → ${host.name}`, tanggal: formatDate(data.date), tahun: data.date.slice(0, 4) },
  };
  return {
    card,
    search,
    /** What "save for offline" stores with the page. */
    pack: visitPack(site, visit),
    ...visitMeta(site, visit),
    visitor,
    host,
    /** How precise the date is, when less than a day: "bulan", "tahun". */
    imprecision: precision !== 'hari' ? DATE_PRECISIONS[precision].toLowerCase() : undefined,
    sectors: data.sectors.map((s) => SECTORS[s]).join(', '),
    delegation,
    receivedBy: data.receivedBy.map(personText).join('; '),
    /** Visit type and what it cost, only as sources state it. */
    costFacts: visitCostFacts(site, visit),
    studied: studied.map((i) => innovationCard(site, i)),
    commitments: site.commitmentsOf(id).map(({ commitment, followups, standing }) => ({ commitment, followups, status: standing.status, since: standing.since })),
  };
}
export type VisitView = ReturnType<typeof visitView>;
