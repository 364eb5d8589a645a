/**
 * How the search index is split so a first query costs little at any scale. Pagefind's start-up
 * file (`pf_meta`) grows by about 6 bytes per page and is fetched whole on the first query, so one
 * index of 60,000 pages cannot answer within the budget. The pages are split instead:
 *
 * - the **hub** (Pagefind's own bundle, `/pagefind/`), searched first: whole page types, in
 *   HUB_ORDER, as long as together they stay within HUB_LIMIT pages (at the seed scale and at
 *   10,000 pages it holds regions, playbooks, innovations and visits);
 * - one **province bundle** (`/pagefind/wilayah/<province>/`) per province for the types that did
 *   not fit, merged into the search (Pagefind's `mergeIndex`) only when the reader asks about that
 *   province: a province or region filter, a place named in the query, or "search every province".
 *
 * A page about two provinces (a visit, a comparison) is in both province bundles; the search page
 * shows it once. A page of a split type with no province stays in the hub, so no page is lost.
 * Pure: the search-index integration and the tests use it.
 */
import { slugify } from './slug.ts';

/**
 * At most this many pages in the hub. Measured at 10,000 pages (docs/benchmarks.md): about 5.5 B per
 * page of Pagefind's start-up file, on top of ~90 KB of engine and facet file and the query's index
 * chunks, keeps a first query under 150 KB; 7,658 pages sent 182 KB.
 */
export const HUB_LIMIT = 6000;

/** Types fill the hub in this order: the pages that identify places and ways of working first. */
export const HUB_ORDER = ['Daerah', 'Panduan', 'Inovasi', 'Kunjungan', 'Perbandingan'] as const;

/** Folder of the province bundles under /pagefind/. */
export const PROVINCE_BUNDLES_DIR = 'wilayah';

/** The file the search page reads first: facet values and the bundles, written at build time. */
export const SEARCH_MANIFEST_FILE = 'lintas-cari.json';

/** What the planner needs of an indexed page. */
export interface IndexedPage {
  url: string;
  /** The `jenis` filter value (a SearchType). */
  type: string;
  /** The `provinsi` filter values. */
  provinces: string[];
  /** Every filter value the page carries, by filter name (jenis included). */
  filters: Record<string, string[]>;
}

export interface ProvinceBundle {
  name: string;
  /** Bundle folder under /pagefind/, e.g. "wilayah/jawa-timur/". */
  path: string;
  pages: number;
}

/** The search page's map of the index, written to /pagefind/lintas-cari.json. */
export interface SearchManifest {
  /** Types searched by the first query (all pages of these types are in the hub). */
  hubTypes: string[];
  hubPages: number;
  /** Types whose pages are in province bundles (beside the hub's few without a province). */
  splitTypes: string[];
  provinces: ProvinceBundle[];
  /** Every facet's values with their page counts, sorted by value; `daerah` is left to `regions`, which names them once. */
  facets: Record<string, [string, number][]>;
  /** Each province's regencies and cities that have pages (the `daerah` facet's values), for the type-ahead. */
  regions: Record<string, string[]>;
}

export interface BundlePlan {
  manifest: SearchManifest;
  /** Bundle keys per page URL: '' for the hub, a province bundle's path otherwise. */
  bundlesOf(page: IndexedPage): string[];
}

export const provinceBundlePath = (province: string) => `${PROVINCE_BUNDLES_DIR}/${slugify(province)}/`;

const byValue = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0], 'id');

/**
 * `regionProvince` comes from the caller (the official regions), so the type-ahead can say which
 * province a region is in even when no page carries both.
 */
export function planBundles(pages: readonly IndexedPage[], regionProvince: Record<string, string>, limit = HUB_LIMIT): BundlePlan {
  const countByType = new Map<string, number>();
  for (const p of pages) countByType.set(p.type, (countByType.get(p.type) ?? 0) + 1);
  const order = [...HUB_ORDER, ...[...countByType.keys()].filter((t) => !(HUB_ORDER as readonly string[]).includes(t)).sort()];
  const hubTypes: string[] = [];
  const splitTypes: string[] = [];
  let hubPages = 0;
  for (const type of order) {
    const n = countByType.get(type) ?? 0;
    if (n === 0) continue;
    // Once one type does not fit, every later type is split too: the hub's types stay whole and predictable.
    if (splitTypes.length === 0 && hubPages + n <= limit) {
      hubTypes.push(type);
      hubPages += n;
    } else splitTypes.push(type);
  }
  const bundlesOf = (page: IndexedPage): string[] =>
    hubTypes.includes(page.type) || page.provinces.length === 0 ? [''] : [...new Set(page.provinces)].map(provinceBundlePath);

  const provinceCounts = new Map<string, number>();
  const facetCounts = new Map<string, Map<string, number>>();
  let inHub = 0;
  for (const page of pages) {
    if (bundlesOf(page).includes('')) inHub += 1;
    if (!hubTypes.includes(page.type)) for (const p of new Set(page.provinces)) provinceCounts.set(p, (provinceCounts.get(p) ?? 0) + 1);
    for (const [name, values] of Object.entries(page.filters)) {
      const counts = facetCounts.get(name) ?? new Map<string, number>();
      facetCounts.set(name, counts);
      for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  const facets = Object.fromEntries([...facetCounts].filter(([name]) => name !== 'daerah').map(([name, counts]) => [name, [...counts].sort(byValue)]));
  const usedRegions = new Set(facetCounts.get('daerah')?.keys());
  return {
    bundlesOf,
    manifest: {
      hubTypes,
      hubPages: inHub,
      splitTypes,
      provinces: [...provinceCounts]
        .map(([name, n]) => ({ name, path: provinceBundlePath(name), pages: n }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
      facets,
      regions: Object.entries(regionProvince)
        .filter(([region]) => usedRegions.has(region))
        .reduce<Record<string, string[]>>((by, [region, province]) => ((by[province] ??= []).push(region), by), {}),
    },
  };
}
