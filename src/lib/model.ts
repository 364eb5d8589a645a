/**
 * The site's cross-links, computed once per build from all content: which region hosts which
 * innovations, who visited whom, which visits studied an innovation, where commitments stand.
 * Pages look things up here instead of scanning collections, so build cost grows with content,
 * not with content squared.
 */
import { commitmentStanding, type CommitmentStanding } from '../domain/commitments.ts';
import { compareDates } from '../domain/dates.ts';
import { innovationState, type InnovationState } from '../domain/innovation-news.ts';
import type { Innovation } from '../schemas/innovation.ts';
import type { Playbook } from '../schemas/playbook.ts';
import type { RegionProfile } from '../schemas/region.ts';
import type { Commitment, Visit } from '../schemas/visit.ts';
import type { Followup } from '../schemas/followup.ts';
import type { News } from '../schemas/news.ts';
import type { OfficialRegion, OfficialRegions } from './official-regions.ts';
import { pairSlug, type RegionFacts } from '../domain/compare.ts';
import { nearestPeers, peerSizes, type Peer, type PeerSizes } from '../domain/peers.ts';
import { rankBy, type Rank } from '../domain/ranks.ts';
import { regionFacts } from './region-facts.ts';
import { anchors, links } from './links.ts';

/** The official figures a region is ranked on. */
export const RANKED = ['penduduk', 'luas', 'kepadatan'] as const;
export type RankedFigure = (typeof RANKED)[number];
export interface RegionRanks {
  /** Among the regencies/cities of its province (absent for a province). */
  province?: Rank;
  /** Among all 514 regencies/cities, or all 38 provinces for a province. */
  national?: Rank;
}

/** Any entry with an id and typed data (Astro's collection entries fit this shape). */
export interface Entry<T> {
  id: string;
  data: T;
}

export interface Region<P extends Entry<RegionProfile> = Entry<RegionProfile>> {
  slug: string;
  official: OfficialRegion;
  /** The province for a regency/city; undefined for a province. */
  province?: OfficialRegion;
  profile?: P;
}

export interface CommitmentRecord<V extends Entry<Visit> = Entry<Visit>, F extends Entry<Followup> = Entry<Followup>> {
  visit: V;
  commitment: Commitment;
  standing: CommitmentStanding;
  /** Follow-ups in date order. */
  followups: F[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Newest first (partial dates ordered as in compareDates), then by id so the order is stable between builds. */
const byDateDesc = <E extends Entry<{ date: string }>>(a: E, b: E) => compareDates(b.data.date, a.data.date) || a.id.localeCompare(b.id);

/** Anchor of a visiting institution on /lembaga/: its name as a slug. */
export const institutionSlug = anchors.institution;

/** A visiting institution (not a region), grouped by its name as written; `slug` is its anchor on /lembaga/. */
export interface Institution<V extends Entry<Visit> = Entry<Visit>> {
  name: string;
  slug: string;
  /** Newest first. */
  visits: V[];
}

export function buildModel<
  R extends Entry<RegionProfile>,
  I extends Entry<Innovation>,
  P extends Entry<Playbook>,
  V extends Entry<Visit>,
  F extends Entry<Followup>,
  N extends Entry<News> = Entry<News>,
>(input: { official: OfficialRegions; regions: R[]; innovations: I[]; playbooks: P[]; visits: V[]; followups: F[]; news?: N[] }) {
  const profileByCode = new Map(input.regions.map((r) => [r.data.code, r]));
  const regions = new Map<string, Region<R>>();
  const regenciesByProvince = new Map<string, Region<R>[]>();
  for (const official of input.official.list) {
    const region: Region<R> = {
      slug: official.slug,
      official,
      province: official.kind === 'provinsi' ? undefined : input.official.byCode.get(official.provinceCode),
      profile: profileByCode.get(official.code),
    };
    regions.set(official.slug, region);
    if (official.kind !== 'provinsi') push(regenciesByProvince, official.provinceCode, region);
  }

  const innovations = new Map(input.innovations.map((i) => [i.id, i]));
  const playbooks = new Map(input.playbooks.map((p) => [p.id, p]));
  const visits = [...input.visits].sort(byDateDesc);

  const innovationsByHost = new Map<string, I[]>();
  for (const i of input.innovations) push(innovationsByHost, i.data.host, i);
  const playbooksByInnovation = new Map<string, P[]>();
  for (const p of input.playbooks) for (const id of p.data.innovations) push(playbooksByInnovation, id, p);

  const visitsMade = new Map<string, V[]>();
  const visitsReceived = new Map<string, V[]>();
  const visitsByInnovation = new Map<string, V[]>();
  const followupsOf = new Map<string, F[]>();
  const byDateThenId = (a: F, b: F) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id);
  for (const f of [...input.followups].sort(byDateThenId)) push(followupsOf, `${f.data.visit}#${f.data.commitment}`, f);
  const commitmentsByVisitor = new Map<string, CommitmentRecord<V, F>[]>();
  const commitmentsByInnovation = new Map<string, CommitmentRecord<V, F>[]>();
  const commitmentsByVisit = new Map<string, CommitmentRecord<V, F>[]>();
  const commitments: CommitmentRecord<V, F>[] = [];
  const institutions = new Map<string, Institution<V>>();
  for (const visit of visits) {
    if (visit.data.visitor.region) push(visitsMade, visit.data.visitor.region, visit);
    const institution = visit.data.visitor.institution;
    if (institution) {
      // Grouped by slug so "Kementerian Dalam Negeri" and "kementerian dalam negeri" are one visitor.
      const key = institutionSlug(institution);
      const group = institutions.get(key) ?? { name: institution, slug: key, visits: [] };
      group.visits.push(visit);
      institutions.set(key, group);
    }
    push(visitsReceived, visit.data.host, visit);
    for (const id of new Set(visit.data.innovationsStudied)) push(visitsByInnovation, id, visit);
    for (const commitment of visit.data.commitments) {
      const followups = followupsOf.get(`${visit.id}#${commitment.id}`) ?? [];
      const standing = commitmentStanding(commitment.status, visit.data.date, followups.map((f) => f.data));
      const record = { visit, commitment, standing, followups };
      commitments.push(record);
      push(commitmentsByVisit, visit.id, record);
      if (visit.data.visitor.region) push(commitmentsByVisitor, visit.data.visitor.region, record);
      if (commitment.innovation) push(commitmentsByInnovation, commitment.innovation, record);
    }
  }

  const newsOf = new Map<string, N[]>();
  for (const n of [...(input.news ?? [])].sort(byDateDesc)) push(newsOf, n.data.innovation, n);
  const states = new Map<string, InnovationState>();
  for (const i of input.innovations) states.set(i.id, innovationState(i.data, (newsOf.get(i.id) ?? []).map((n) => ({ id: n.id, date: n.data.date, status: n.data.status }))));

  const facts = new Map<string, RegionFacts>();
  const sizes = new Map<string, PeerSizes>();
  for (const region of regions.values()) {
    const f = regionFacts(region);
    facts.set(region.slug, f);
    sizes.set(region.slug, peerSizes(f.metrics));
  }
  const regencies = [...regions.values()].filter((r) => r.official.kind !== 'provinsi');
  const peers = nearestPeers(regencies.map((r) => ({ slug: r.slug, sizes: sizes.get(r.slug)! })));

  // Ranks: regencies/cities nationally and within their province, provinces among provinces.
  const ranks = new Map<string, Partial<Record<RankedFigure, RegionRanks>>>();
  const provinces = [...regions.values()].filter((r) => r.official.kind === 'provinsi');
  for (const figure of RANKED) {
    const value = (r: Region<R>) => sizes.get(r.slug)![figure];
    const slug = (r: Region<R>) => r.slug;
    const set = (ranked: Map<string, Rank>, scope: keyof RegionRanks) => {
      for (const [s, rank] of ranked) {
        const entry = ranks.get(s) ?? {};
        entry[figure] = { ...entry[figure], [scope]: rank };
        ranks.set(s, entry);
      }
    };
    set(rankBy(regencies, value, slug), 'national');
    set(rankBy(provinces, value, slug), 'national');
    for (const list of regenciesByProvince.values()) set(rankBy(list, value, slug), 'province');
  }

  // Comparison pages exist for every pair linked by a visit or declared by a profile: they grow
  // with visits and declarations, never with regions squared.
  const pairs = new Map<string, { slug: string; a: string; b: string; visits: V[] }>();
  const addPair = (x: string, y: string, visit?: V) => {
    if (x === y || !regions.has(x) || !regions.has(y)) return;
    const slug = pairSlug(x, y);
    const pair = pairs.get(slug) ?? { slug, a: x < y ? x : y, b: x < y ? y : x, visits: [] };
    if (visit) pair.visits.push(visit);
    pairs.set(slug, pair);
  };
  for (const visit of visits) if (visit.data.visitor.region) addPair(visit.data.visitor.region, visit.data.host, visit);
  for (const profile of input.regions) {
    const own = input.official.byCode.get(profile.data.code)?.slug;
    if (own) for (const other of profile.data.compareWith) addPair(own, other);
  }

  const pairsByRegion = new Map<string, { slug: string; a: string; b: string; visits: V[] }[]>();
  for (const pair of pairs.values()) {
    push(pairsByRegion, pair.a, pair);
    push(pairsByRegion, pair.b, pair);
  }

  const list = <K, T>(map: Map<K, T[]>, key: K | undefined): T[] => (key === undefined ? [] : (map.get(key) ?? []));
  return {
    regions,
    innovations,
    playbooks,
    visits,
    commitments,
    pairs,
    region: (slug: string) => regions.get(slug),
    /** The figures comparisons use, official and curated, for any region. */
    factsOf: (slug: string) => facts.get(slug),
    /** The nearest regencies/cities by size (empty for provinces). */
    peersOf: (slug: string): Peer[] => peers.get(slug) ?? [],
    /** The sizes a region is matched on, for explaining why two regions are alike. */
    peerSizesOf: (slug: string): PeerSizes => sizes.get(slug) ?? {},
    /** Rank by population, area and density, in the province and nationally. */
    ranksOf: (slug: string) => ranks.get(slug) ?? {},
    /** The static comparison pages a region takes part in. */
    pairsOf: (slug: string) => list(pairsByRegion, slug),
    /** The static comparison page for a pair, if one is built. */
    comparisonHref: (x: string, y: string) => (pairs.has(pairSlug(x, y)) ? links.comparison(x, y) : undefined),
    /** Regencies and cities of a province, by province code, in official code order. */
    regenciesOf: (provinceCode: string) => list(regenciesByProvince, provinceCode),
    innovationsHostedBy: (slug: string) => list(innovationsByHost, slug),
    playbooksFor: (innovationId: string) => list(playbooksByInnovation, innovationId),
    visitsMadeBy: (slug: string) => list(visitsMade, slug),
    visitsReceivedBy: (slug: string) => list(visitsReceived, slug),
    visitsStudying: (innovationId: string) => list(visitsByInnovation, innovationId),
    /** Later news of an innovation, newest first. */
    newsOf: (innovationId: string) => list(newsOf, innovationId),
    /** Every news entry, newest first. */
    news: [...newsOf.values()].flat().sort(byDateDesc),
    /** An innovation's status and "last verified" after its news: what every page shows. */
    stateOf: (innovationId: string): InnovationState | undefined => states.get(innovationId),
    /** Visiting institutions (ministries, universities, …), by name. */
    institutions: [...institutions.values()].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    commitmentsOf: (visitId: string) => list(commitmentsByVisit, visitId),
    commitmentsMadeBy: (slug: string) => list(commitmentsByVisitor, slug),
    commitmentsToAdopt: (innovationId: string) => list(commitmentsByInnovation, innovationId),
  };
}
export type Model = ReturnType<typeof buildModel>;
