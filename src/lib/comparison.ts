/**
 * Everything a comparison page shows about two regions, assembled from the site model: figures
 * side by side, what each region's innovations need and where the other stands on it, shared
 * features, and the visits between them. The page, its CSV/JSON downloads and the tests use this.
 */
import { compareRegions, type ComparisonRow, type MetricKey, type MetricValue } from '../domain/compare.ts';
import { FEATURES, type Feature } from '../domain/vocabulary.ts';
import type { Model } from './model.ts';

export interface Readiness {
  prerequisite: string;
  indicator?: MetricKey;
  /** The other region's figure for the prerequisite's indicator, when it has one. */
  figure?: MetricValue;
  /** What the other region said stands in its way on the same indicator, with the visit it was said on. */
  constraints: { text: string; quote?: string; visitId: string; date: string }[];
}

export interface InnovationNeeds {
  id: string;
  title: string;
  needs: Readiness[];
}

export const MAX_INNOVATIONS = 12;

/** Each pair's comparison is computed once per build, though its page and both downloads ask for it. */
const computed = new WeakMap<Model, Map<string, ReturnType<typeof compute>>>();

export function buildComparison(site: Model, slugA: string, slugB: string) {
  let cache = computed.get(site);
  if (!cache) computed.set(site, (cache = new Map()));
  const key = `${slugA}|${slugB}`;
  let comparison = cache.get(key);
  if (!comparison) cache.set(key, (comparison = compute(site, slugA, slugB)));
  return comparison;
}

function compute(site: Model, slugA: string, slugB: string) {
  const a = site.region(slugA);
  const b = site.region(slugB);
  const factsA = site.factsOf(slugA);
  const factsB = site.factsOf(slugB);
  if (!a || !b || !factsA || !factsB) throw new Error(`Perbandingan untuk daerah yang tidak ada: ${slugA}, ${slugB}`);
  const rows: ComparisonRow[] = compareRegions(factsA, factsB);

  const statedConstraints = (slug: string) =>
    site.visitsMadeBy(slug).flatMap((visit) => visit.data.constraints.map((c) => ({ ...c, visitId: visit.id, date: visit.data.date })));

  /**
   * What the host's innovations need, read against the learner's figures and stated constraints.
   * At most MAX_INNOVATIONS per side, those with the most stated prerequisites first, so a pair
   * page stays light when a region hosts hundreds; the region page lists them all.
   */
  const needs = (host: string, learner: string): InnovationNeeds[] => {
    const learnerFacts = site.factsOf(learner)!;
    const constraints = statedConstraints(learner);
    const hosted = [...site.innovationsHostedBy(host)]
      .sort((x, y) => y.data.prerequisites.length - x.data.prerequisites.length || x.data.title.localeCompare(y.data.title, 'id'))
      .slice(0, MAX_INNOVATIONS);
    return hosted.map((innovation) => ({
      id: innovation.id,
      title: innovation.data.title,
      needs: innovation.data.prerequisites.map((p) => ({
        prerequisite: p.text,
        indicator: p.indicator,
        figure: p.indicator ? learnerFacts.metrics[p.indicator] : undefined,
        constraints: constraints
          .filter((c) => p.indicator && c.indicator === p.indicator)
          .map((c) => ({ text: c.text, quote: c.quote, visitId: c.visitId, date: c.date })),
      })),
    }));
  };

  const featureKeys = (slug: string) => new Set<Feature>((site.region(slug)?.profile?.data.features ?? []).map((f) => f.key));
  const fa = featureKeys(slugA);
  const fb = featureKeys(slugB);
  const label = (keys: Feature[]) => keys.map((k) => FEATURES[k]);

  // Numbered sources for every figure on the page, in order of first use.
  const sources: { label: string; url?: string }[] = [];
  const sourceNumber = (value: MetricValue | undefined): number | undefined => {
    if (!value) return undefined;
    let index = sources.findIndex((s) => s.label === value.source);
    if (index === -1) index = sources.push({ label: value.source, url: value.sourceUrl }) - 1;
    return index + 1;
  };
  const numbered = rows.map((row) => ({ ...row, sourceA: sourceNumber(row.a), sourceB: sourceNumber(row.b) }));

  const pair = site.pairs.get(a.slug < b.slug ? `${a.slug}-vs-${b.slug}` : `${b.slug}-vs-${a.slug}`);
  return {
    a,
    b,
    factsA,
    factsB,
    rows: numbered,
    sources,
    needsFromA: needs(slugA, slugB),
    needsFromB: needs(slugB, slugA),
    hostedCountA: site.innovationsHostedBy(slugA).length,
    hostedCountB: site.innovationsHostedBy(slugB).length,
    constraintsA: statedConstraints(slugA),
    constraintsB: statedConstraints(slugB),
    sharedFeatures: label([...fa].filter((k) => fb.has(k))),
    onlyA: label([...fa].filter((k) => !fb.has(k))),
    onlyB: label([...fb].filter((k) => !fa.has(k))),
    visits: pair?.visits ?? [],
  };
}
export type Comparison = ReturnType<typeof compute>;
