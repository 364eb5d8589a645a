/**
 * A comparison page of two regions (and its reverse address, which redirects): the figures from
 * lib/comparison.ts with the page's title, description, card and search record, and the links it shows.
 */
import type { CardSpec } from '../../cards/spec.ts';
import { formatMetricValue, formatMetricYears } from '../../domain/compare.ts';
import { encodeCompareData } from '../../domain/compare-data.ts';
import { compareDates } from '../../domain/dates.ts';
import { KINDS } from '../../domain/kinds.ts';
import type { SearchRecord } from '../../domain/search.ts';
import { deferred } from '../cache-key.ts';
import { buildComparison } from '../comparison.ts';
import { links } from '../links.ts';
import type { Model } from '../model.ts';
import { comparisonPack } from '../offline-packs.ts';

/** The two regions' names and the page title, known for the redirect too. */
function names(site: Model, slugA: string, slugB: string) {
  const nameA = site.region(slugA)!.official.name;
  const nameB = site.region(slugB)!.official.name;
  return { nameA, nameB, title: `${nameA} dan ${nameB}` };
}

export function comparisonView(site: Model, slugA: string, slugB: string) {
  const c = buildComparison(site, slugA, slugB);
  const { nameA, nameB, title } = names(site, slugA, slugB);
  const keyFigures = c.rows.filter((r) => r.key === 'desa' || r.key === 'penduduk').filter((r) => r.a || r.b);
  const card: CardSpec = {
    kind: 'perbandingan',
    title,
    regions: [nameA, nameB],
    figures: c.rows
      .filter((r) => r.a && r.b && ['penduduk', 'luas', 'kecamatan'].includes(r.key))
      .map((r) => ({ label: r.key === 'kecamatan' ? r.label : `${r.label} ${formatMetricYears(r.a!)}`, values: [formatMetricValue(r.key, r.a!), formatMetricValue(r.key, r.b!)] })),
  };
  const search: SearchRecord = {
    type: KINDS.comparison.searchType,
    filters: {
      provinsi: [...new Set([c.a.province?.name, c.b.province?.name].filter((n) => n !== undefined))],
      daerah: [nameA, nameB],
    },
    meta: { daerah: `${nameA} dan ${nameB}` },
  };
  const side = (host: typeof c.a, learner: typeof c.a, list: typeof c.needsFromA, total: number) => ({
    slug: host.slug,
    name: host.official.name,
    learner: learner.official.name,
    innovations: list.map((i) => ({
      href: links.innovation(i.id),
      title: i.title,
      needs: i.needs.map((n) => ({
        prerequisite: n.prerequisite,
        /** The learner's figure, with its years and source; absent when there is no indicator or no figure. */
        figure: n.figure && n.indicator ? `${formatMetricValue(n.indicator, n.figure)} (${formatMetricYears(n.figure)}, ${n.figure.source})` : undefined,
        hasIndicator: n.indicator !== undefined,
        constraints: n.constraints.map((k) => ({ text: k.text, date: k.date, href: links.visit(k.visitId) })),
      })),
    })),
    /** All of the host's innovations, when the page shows only some. */
    more: total > list.length ? { total, href: links.region(host.slug, 'inovasi') } : undefined,
  });
  return {
    title,
    nameA,
    nameB,
    card,
    search,
    /** What "save for offline" stores with the page. */
    pack: comparisonPack(site, slugA, slugB),
    description: `Perbandingan ${nameA} dan ${nameB}: ${keyFigures.map((r) => `${r.label.toLowerCase()} ${r.a ? formatMetricValue(r.key, r.a) : '–'} dan ${r.b ? formatMetricValue(r.key, r.b) : '–'}`).join('; ')}. Inovasi, syarat menirunya, dan ${c.visits.length} kunjungan.`,
    comparison: c,
    sides: [side(c.a, c.b, c.needsFromA, c.hostedCountA), side(c.b, c.a, c.needsFromB, c.hostedCountB)],
    regionA: { name: nameA, href: links.region(c.a.slug) },
    regionB: { name: nameB, href: links.region(c.b.slug) },
    visits: c.visits.map((v) => ({
      id: v.id,
      href: links.visit(v.id),
      title: v.data.title,
      date: v.data.date,
      takeaways: v.data.takeaways.map((t) => t.text),
      hasCommitments: v.data.commitments.length > 0,
      commitments: site.commitmentsOf(v.id).map((r) => ({ text: r.commitment.text, status: r.standing.status })),
    })),
  };
}
export type ComparisonView = ReturnType<typeof comparisonView>;

/** getStaticPaths entries: each pair's page, and its reverse address redirecting to it. */
/** A pair's reverse address (`b-vs-a`), which only redirects: kept out of the sitemap (src/lib/seo/sitemap.ts). */
export const reversePairSlug = (pair: { a: string; b: string }) => `${pair.b}-vs-${pair.a}`;

/** getStaticPaths entries of the pair pages; the view is computed when the page renders (`Deferred`). */
export function comparisonPaths(site: Model) {
  return [...site.pairs.values()].flatMap((pair) => [
    { params: { pair: pair.slug }, props: { view: deferred(() => comparisonView(site, pair.a, pair.b)), redirect: undefined } },
    // The reverse order resolves too, to the one canonical page.
    { params: { pair: reversePairSlug(pair) }, props: { view: undefined, redirect: { href: links.comparisonBySlug(pair.slug), title: names(site, pair.a, pair.b).title } } },
  ]);
}

const filePaths = new WeakMap<Model, ReturnType<typeof pairFilePaths>>();
const pairFilePaths = (site: Model) =>
  [...site.pairs.values()].map((pair) => ({ params: { pair: pair.slug }, props: { comparison: deferred(() => buildComparison(site, pair.a, pair.b)) } }));

/**
 * getStaticPaths entries of a pair's downloads (CSV and JSON): the same entries for both routes,
 * so each pair's comparison is built for its cache key once, not once per format (the digest of a
 * `Deferred` is remembered by identity).
 */
export function comparisonFilePaths(site: Model) {
  let paths = filePaths.get(site);
  if (!paths) filePaths.set(site, (paths = pairFilePaths(site)));
  return paths;
}

/** The JSON download: both regions and every row without its source numbers. */
export function comparisonJson(c: ReturnType<typeof buildComparison>) {
  const region = (r: typeof c.a) => ({ slug: r.slug, name: r.official.name, code: r.official.code });
  return {
    a: region(c.a),
    b: region(c.b),
    rows: c.rows.map(({ sourceA: _a, sourceB: _b, ...row }) => row),
    note: 'difference = a − b; ratio = a ÷ b; years lists every year a figure rests on.',
  };
}

/** How many pairs /bandingkan/ lists; every pair is also linked from both regions' pages. */
export const LISTED_PAIRS = 40;

/** /bandingkan/: the pairs with the newest visits first. */
export function comparisonIndexView(site: Model) {
  const pairs = [...site.pairs.values()].sort(
    (x, y) => compareDates(y.visits[0]?.data.date ?? '0000', x.visits[0]?.data.date ?? '0000') || x.slug.localeCompare(y.slug),
  );
  return {
    total: pairs.length,
    listed: pairs.slice(0, LISTED_PAIRS).map((p) => ({ href: links.comparisonBySlug(p.slug), title: names(site, p.a, p.b).title, visits: p.visits.length })),
  };
}

/** The compare tool's and peer finder's data file: every region's comparable figures and the pairs with pages. */
export function compareDataFile(site: Model) {
  const regions = [...site.regions.values()].map((r) => ({ facts: site.factsOf(r.slug)!, code: r.official.code, provinceCode: r.province?.code }));
  return encodeCompareData(regions, [...site.pairs.keys()]);
}
