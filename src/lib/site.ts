/**
 * The built site's one view of all content, loaded once per build and shared by every page.
 * Only this module talks to astro:content; everything it computes lives in pure modules.
 */
import { getCollection } from 'astro:content';
import { buildModel } from './model.ts';
import { loadOfficialRegions } from './official-regions.ts';
import { asOfDate } from './as-of.ts';
import { contentDigest, regionDataVersion, withCacheKeys } from './cache-key.ts';
import middlewareSource from '../middleware.ts?raw';
import pageCspSource from './page-csp.ts?raw';

async function load() {
  const [official, regions, innovations, playbooks, visits, followups, news] = await Promise.all([
    loadOfficialRegions(),
    getCollection('regions'),
    getCollection('innovations'),
    getCollection('playbooks'),
    getCollection('visits'),
    getCollection('followups'),
    getCollection('news'),
  ]);
  return buildModel({ official, regions, innovations, playbooks, visits, followups, news });
}

let site: ReturnType<typeof load> | undefined;

/** The middleware and its CSP rule by source text (`BuildInputs.outsideCode`). */
const OUTSIDE_CODE = contentDigest([middlewareSource, pageCspSource]);

/**
 * The day the site is built: ages and staleness are stated "as of" this date on every page.
 * LINTAS_TODAY (YYYY-MM-DD) pins it for reproducible builds and tests.
 */
export const BUILD_DATE = asOfDate();

export function getSite() {
  site ??= load();
  return site;
}
export type Site = Awaited<ReturnType<typeof load>>;

/**
 * `getStaticPaths` entries with the cache key Astro's incremental build compares (src/lib/cache-key.ts):
 * a page is rendered again only when its props, the region data or its code changed. A page that
 * shows BUILD_DATE or anything derived from it takes it through its props (a view computed with it,
 * or the date itself), so a new day renders again only the pages whose ages or dates read differently
 * (tests/unit/as-of-pages.test.ts holds every cache-keyed page to this).
 */
export async function cacheKeyed<T extends { params: Record<string, string | undefined>; props?: unknown }>(paths: T[]) {
  const site = await getSite();
  return withCacheKeys(paths, { regionData: regionDataVersion(site), outsideCode: OUTSIDE_CODE });
}
