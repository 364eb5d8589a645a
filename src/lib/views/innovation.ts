/** An innovation's page: facts, status after its news, playbooks, visits, commitments, merged sources. */
import type { CardSpec } from '../../cards/spec.ts';
import { isStale } from '../../domain/commitments.ts';
import { ageBasisNote, ageOf, formatAgeOf } from '../../domain/dates.ts';
import { formatStatusAsOf } from '../../domain/format.ts';
import { INDICATORS } from '../../domain/indicators.ts';
import { mergeSources } from '../../domain/innovation-news.ts';
import { KINDS } from '../../domain/kinds.ts';
import type { SearchRecord } from '../../domain/search.ts';
import { INNOVATION_STATUSES, SECTORS } from '../../domain/vocabulary.ts';
import type { Innovation } from '../../schemas/innovation.ts';
import { links } from '../links.ts';
import { innovationPack } from '../offline-packs.ts';
import type { Entry, Model } from '../model.ts';
import { commitmentRow, regionLink, visitCard } from './shared.ts';
import { officialFacts } from './official.ts';

/** The page's title and description: one source for <title>, Open Graph, JSON-LD and feed entries. */
export const innovationMeta = ({ data }: Entry<Innovation>) => ({ title: data.title, description: data.summary });

export function innovationView(site: Model, innovation: Entry<Innovation>, today: string) {
  const { id, data } = innovation;
  const host = site.region(data.host);
  const visits = site.visitsStudying(id);
  const commitments = site.commitmentsToAdopt(id);
  const news = site.newsOf(id);
  const state = site.stateOf(id)!;
  const status = formatStatusAsOf(INNOVATION_STATUSES[state.status], state.statusAsOf);
  // One numbered source list for the entry and its news; news citations point into it.
  const { sources, keyOf } = mergeSources(data.sources, news);
  const cited = <T extends { source: string }>(newsId: string, items: T[]) => items.map((item) => ({ ...item, source: keyOf(newsId, item.source) }));
  const age = ageOf(state.lastVerified, today);
  const sectors = data.sectors.map((s) => SECTORS[s]);
  const card: CardSpec = { kind: 'inovasi', title: data.title, region: host?.official.name ?? data.host, province: host?.province?.name, status, year: data.startYear };
  const search: SearchRecord = {
    type: KINDS.innovation.searchType,
    filters: {
      provinsi: host?.province ? [host.province.name] : [],
      daerah: host ? [host.official.name] : [],
      sektor: sectors,
      tahun: data.startYear ? [String(data.startYear)] : [],
    },
    meta: {
      daerah: host?.official.name ?? data.host,
      status: INNOVATION_STATUSES[state.status],
      ...(host?.province ? { provinsi: host.province.name } : {}),
      ...(data.startYear ? { tahun: String(data.startYear) } : {}),
    },
  };
  return {
    ...innovationMeta(innovation),
    card,
    search,
    /** What "save for offline" stores with the page. */
    pack: innovationPack(site, innovation),
    host: regionLink(site, data.host),
    province: host?.province?.name,
    status,
    /** The status comes from a news entry, not from the innovation's own last verification. */
    statusAsOf: state.statusAsOf !== data.lastVerified ? state.statusAsOf : undefined,
    sectors: sectors.join(', '),
    /** The IID profile in the form's words, with the regulation each list comes from. */
    official: officialFacts(data, state.status),
    lastVerified: state.lastVerified,
    lastVerifiedBy: state.lastVerifiedBy,
    stale: isStale(state.lastVerified, today) ? { age: formatAgeOf(age), basis: ageBasisNote(state.lastVerified) } : undefined,
    studiedBy: visits.length,
    /** Distinct visitors that committed to adopt it. */
    adopters: new Set(commitments.map((c) => c.visit.data.visitor.region ?? c.visit.data.visitor.institution)).size,
    playbooks: site.playbooksFor(id).map((p) => ({ href: links.playbook(p.id), title: p.data.title, stages: p.data.stages.length })),
    prerequisites: data.prerequisites.map((p) => ({ ...p, indicatorLabel: p.indicator ? INDICATORS[p.indicator].label : undefined })),
    news: news.map((n) => ({
      id: n.id,
      date: n.data.date,
      status: n.data.status ? formatStatusAsOf(INNOVATION_STATUSES[n.data.status], n.data.date) : undefined,
      statements: cited(n.id, n.data.statements),
      figures: cited(n.id, n.data.figures),
      editorialNotes: n.data.editorialNotes,
    })),
    sources,
    visits: visits.map((v) => visitCard(site, v)),
    commitments: commitments.map((c) => commitmentRow(site, c)),
  };
}
export type InnovationView = ReturnType<typeof innovationView>;

