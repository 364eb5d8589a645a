/**
 * The small pieces many pages show — a linked region name, an innovation card, a visit card, a
 * commitment row, the learning network — built from the site model once, so components receive
 * only what they show and never the model itself.
 */
import { formatStatusAsOf } from '../../domain/format.ts';
import { buildNetwork, type NetworkEdge } from '../../domain/network.ts';
import { INNOVATION_STATUSES, type CommitmentStatus } from '../../domain/vocabulary.ts';
import type { Innovation } from '../../schemas/innovation.ts';
import type { Visit } from '../../schemas/visit.ts';
import { links } from '../links.ts';
import type { CommitmentRecord, Entry, Model } from '../model.ts';

/** A name with the page it links to; no `href` when there is no page (an unknown slug, an institution without visits). */
export interface NamedLink {
  name: string;
  href?: string;
}

/** A region's official name linked to its page; the slug as written when no such region exists. */
export function regionLink(site: Model, slug: string): NamedLink {
  const region = site.region(slug);
  return region ? { name: region.official.name, href: links.region(region.slug) } : { name: slug };
}

/** Who visited: a region (linked to its page) or an institution (linked to its visits on /lembaga/). */
export function visitorLink(site: Model, visitor: Visit['visitor']): NamedLink & { institution: boolean } {
  return visitor.region
    ? { ...regionLink(site, visitor.region), institution: false }
    : { name: visitor.institution ?? '', href: links.institution(visitor.institution ?? ''), institution: true };
}

export interface InnovationCard {
  href: string;
  title: string;
  host: NamedLink;
  /** Status as the innovation page shows it, after later news: "Berjalan (per Juli 2023)". */
  status: string;
  summary: string;
}

export function innovationCard(site: Model, innovation: Entry<Innovation>): InnovationCard {
  const { id, data } = innovation;
  // Later news may have changed the status: show what the innovation page shows.
  const state = site.stateOf(id) ?? { status: data.status, statusAsOf: data.lastVerified };
  return {
    href: links.innovation(id),
    title: data.title,
    host: regionLink(site, data.host),
    status: formatStatusAsOf(INNOVATION_STATUSES[state.status], state.statusAsOf),
    summary: data.summary,
  };
}

export interface VisitCard {
  href: string;
  title: string;
  date: string;
  visitor: NamedLink & { institution: boolean };
  host: NamedLink;
}

export function visitCard(site: Model, visit: Entry<Visit>): VisitCard {
  return {
    href: links.visit(visit.id),
    title: visit.data.title,
    date: visit.data.date,
    visitor: visitorLink(site, visit.data.visitor),
    host: regionLink(site, visit.data.host),
  };
}

export interface CommitmentRow {
  /** The commitment on its visit's page. */
  href: string;
  text: string;
  visitor: NamedLink & { institution: boolean };
  visitDate: string;
  innovation?: { title: string; href: string };
  status: CommitmentStatus;
  since: string;
}

export function commitmentRow(site: Model, record: CommitmentRecord): CommitmentRow {
  const { visit, commitment, standing } = record;
  const innovation = commitment.innovation ? site.innovations.get(commitment.innovation) : undefined;
  return {
    href: links.commitment(visit.id, commitment.id),
    text: commitment.text,
    visitor: visitorLink(site, visit.data.visitor),
    visitDate: visit.data.date,
    ...(innovation ? { innovation: { title: innovation.data.title, href: links.innovation(innovation.id) } } : {}),
    status: standing.status,
    since: standing.since,
  };
}

export interface NetworkView {
  /** Region slugs, in drawing order. */
  nodes: string[];
  edges: NetworkEdge[];
  /** Each node's name and page. */
  names: Record<string, NamedLink>;
}

/** The learning network of some visits: who learned from whom, and how far their commitments came. */
export function networkView(site: Model, visits: readonly Entry<Visit>[]): NetworkView {
  const network = buildNetwork(
    visits.map((v) => ({ from: v.data.visitor.region, to: v.data.host, outcomes: site.commitmentsOf(v.id).map((c) => c.standing.status) })),
  );
  return { ...network, names: Object.fromEntries(network.nodes.map((slug) => [slug, regionLink(site, slug)])) };
}
