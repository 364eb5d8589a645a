/**
 * Every internal address the site writes: entry pages, lists, comparisons, anchors within a page,
 * open-data files, search links. Each honours Astro's `base`, so the site can be served from a
 * sub-folder (`base: '/lintas'`) without a page building its own href. Anchors (`#komitmen-x`)
 * are built here too, so an element's id and every link to it agree.
 */
import { KINDS, SECTIONS, type RoutedKind, type Section } from '../domain/kinds.ts';
import { pairSlug } from '../domain/compare.ts';
import { slugify } from '../domain/slug.ts';

/**
 * Astro's `base` ("/" by default); outside Vite (CLI, plain Node) there is none. Read through
 * `.BASE_URL` directly: where a module names Vite's env object without a property after it (even
 * with `?.`), Astro inlines every build-machine environment variable whose name occurs in the
 * module's text (`_`, the shell's last command, among them), so the page code, and with it every
 * page's incremental-build hash, changed with the shell a build was started from
 * (tests/unit/import-meta-env.test.ts).
 */
const SITE_BASE = ((): string => {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/'; // plain Node has no env object on import.meta
  }
})();

/** Ids of elements that other pages and citations link to. */
export const anchors = {
  /** A commitment on its visit's page. */
  commitment: (commitmentId: string) => `komitmen-${commitmentId}`,
  /** A news entry on its innovation's page. */
  news: (newsId: string) => `kabar-${newsId}`,
  /** A numbered source in an entry's source list (by key) or a comparison's (by number). */
  source: (key: string | number) => `sumber-${key}`,
  /** The n-th place (from 1) a page cites a source, which the source list links back to. */
  citation: (key: string | number, n: number) => `rujukan-${key}-${n}`,
  /** A playbook stage, numbered from 1. */
  stage: (n: number | string) => `tahap-${n}`,
  /** A visiting institution on /lembaga/: its name as a slug. */
  institution: (name: string) => slugify(name) || 'lembaga',
};

/**
 * The ids the anchor builders above produce, as patterns: the content check refuses a body heading
 * whose id would take one (src/lib/check/project.ts, readPageIds). Derived from the builders themselves.
 */
const patterned: ((key: string) => string)[] = [anchors.commitment, anchors.news, anchors.source, anchors.stage, (key) => anchors.citation(key, 1)];
export const anchorIdPatterns: RegExp[] = patterned.map((build) => {
  const [before, after] = build('\u0000').split('\u0000');
  const escape = (text = '') => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}.+${escape(after)}$`);
});

/** The folder of the RSS feeds ("umpan" is Indonesian for feed). */
export const FEEDS_ROUTE = 'umpan';

/**
 * An absolute address for a site path (canonical links, feeds, JSON-LD, sitemap): `site` is Astro's
 * `site` (LINTAS_SITE), so a deployment's own domain reaches every absolute URL from one setting.
 */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;

const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');

/** The link helpers for a site served under `base` ("/", "/lintas", "/lintas/"). */
export function linksUnder(base: string) {
  const root = base.replace(/\/+$/, '');
  /** A site path (starting with "/") under `base`. */
  const withBase = (path: string) => `${root}${path}`;
  const links = {
    home: () => withBase('/'),
    /** An element on the same page: no base, no path, so it works in any copy of the page. */
    here: (anchor: string) => hash(anchor),
    /** A kind's list (page 1), e.g. /inovasi/. */
    list: (kind: RoutedKind) => withBase(`/${KINDS[kind].route}/`),
    /** A section that is not a content kind, e.g. /komitmen/. */
    section: (section: Section, anchor?: string) => withBase(`/${SECTIONS[section].route}/`) + hash(anchor),
    /** An entry's page, optionally at an anchor on it. */
    entry: (kind: Exclude<RoutedKind, 'comparison'>, id: string, anchor?: string) => withBase(`/${KINDS[kind].route}/${id}/`) + hash(anchor),
    innovation: (id: string, anchor?: string) => links.entry('innovation', id, anchor),
    playbook: (id: string, anchor?: string) => links.entry('playbook', id, anchor),
    visit: (id: string, anchor?: string) => links.entry('visit', id, anchor),
    region: (slug: string, anchor?: string) => links.entry('region', slug, anchor),
    /** A commitment on its visit's page. */
    commitment: (visitId: string, commitmentId: string) => links.visit(visitId, anchors.commitment(commitmentId)),
    /** A news entry on its innovation's page. */
    news: (innovationId: string, newsId: string) => links.innovation(innovationId, anchors.news(newsId)),
    /** A visiting institution's visits on /lembaga/. */
    institution: (name: string) => links.section('institutions', anchors.institution(name)),
    /** The static comparison page of a pair, in either order (the address puts the slugs in alphabetical order). */
    comparison: (a: string, b: string) => withBase(`/${KINDS.comparison.route}/${pairSlug(a, b)}/`),
    /** The page a pair's reverse address (`b-vs-a`) redirects to: same as `comparison`. */
    comparisonBySlug: (slug: string) => withBase(`/${KINDS.comparison.route}/${slug}/`),
    /** The comparison's figures as a download. */
    comparisonFile: (slug: string, format: 'csv' | 'json') => withBase(`/${KINDS.comparison.route}/${slug}/angka.${format}`),
    /** Any two regions in the browser's compare tool (for pairs without a static page). */
    compareTool: (a: string, b: string) => withBase(`/${KINDS.comparison.route}/?a=${a}&b=${b}`),
    /** The compare tool's and peer finder's data file. */
    compareData: () => withBase(`/${KINDS.comparison.route}/wilayah.json`),
    /** The peer finder, optionally for one region. */
    peers: (slug?: string) => withBase(`/${SECTIONS.peers.route}/`) + (slug ? `?daerah=${slug}` : ''),
    /** Search, optionally filtered by type and region. */
    search: (filters?: { type: string; region: string }) =>
      withBase(`/${SECTIONS.search.route}/`) + (filters ? `?jenis=${encodeURIComponent(filters.type)}&daerah=${encodeURIComponent(filters.region)}` : ''),
    /** An open-data file and its JSON Schema. */
    dataFile: (dataset: string, format: 'json' | 'csv') => withBase(`/${SECTIONS.data.route}/${dataset}.${format}`),
    dataSchema: (dataset: string) => withBase(`/${SECTIONS.data.route}/skema/${dataset}.schema.json`),
    /** A site-wide RSS feed (src/lib/seo/feeds.ts names them). */
    feed: (name: string) => withBase(`/${FEEDS_ROUTE}/${name}.xml`),
    /** A region's own feed: its innovations, visits made and received, news on its commitments. */
    regionFeed: (slug: string) => withBase(`/${FEEDS_ROUTE}/${KINDS.region.route}/${slug}.xml`),
    /** The sitemap index that @astrojs/sitemap writes (robots.txt points to it). */
    sitemap: () => withBase('/sitemap-index.xml'),
  };
  return { withBase, links };
}

export const { withBase, links } = linksUnder(SITE_BASE);
