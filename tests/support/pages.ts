/**
 * The pages the browser tests walk.
 *
 * - `PAGE_TYPES`: one page per page type of dist/, found in whatever the real content/ produced — for an entry
 *   type, its largest page (the worst case for budgets and layout). Types the content does not have (no playbook
 *   yet) are simply absent. Only checks that hold for any valid content use this list.
 * - `SEED` and `SYNTHETIC`: named pages of the fixture site (tests/fixtures/corpora/), for checks of particular entries.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './dist.ts';

export interface PageType {
  label: string;
  path: string;
}

/** Pages every build has, whatever the content. */
const FIXED: PageType[] = [
  { label: 'home', path: '/' },
  { label: 'innovation index', path: '/inovasi/' },
  { label: 'playbook index', path: '/panduan/' },
  { label: 'visit index', path: '/kunjungan/' },
  { label: 'region index (all 552)', path: '/daerah/' },
  { label: 'comparison tool', path: '/bandingkan/' },
  { label: 'peer finder', path: '/mirip/' },
  { label: 'search', path: '/cari/' },
  { label: 'commitment ledger', path: '/komitmen/' },
  { label: 'open data', path: '/data/' },
];

const REGENCY = /^(kabupaten|kota)-/;

/** `/<section>/<slug>/` pages of a built site with their HTML size; aliases (pages that redirect) left out. */
function entryPages(dir: string, section: string): { path: string; bytes: number }[] {
  const folder = join(dir, section);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((slug) => existsSync(join(folder, slug, 'index.html')))
    .map((slug) => {
      const file = join(folder, slug, 'index.html');
      return { path: `/${section}/${slug}/`, bytes: statSync(file).size, html: readFileSync(file, 'utf8') };
    })
    .filter(({ path, html }) => !/<meta http-equiv="refresh"/i.test(html) && html.includes(`${path}"`))
    .map(({ path, bytes }) => ({ path, bytes }));
}

function largest(pages: { path: string; bytes: number }[]): string | undefined {
  return [...pages].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))[0]?.path;
}

/** One page per type found in the built site at `dir`: the fixed pages, then the largest page of each entry type. */
export function pageTypesOf(dir = DIST_DIR): PageType[] {
  const regions = entryPages(dir, 'daerah');
  const regencies = regions.filter((r) => REGENCY.test(r.path.split('/')[2]!));
  const found: [string, string | undefined][] = [
    ['innovation', largest(entryPages(dir, 'inovasi'))],
    ['playbook', largest(entryPages(dir, 'panduan'))],
    ['visit', largest(entryPages(dir, 'kunjungan'))],
    ['province', largest(regions.filter((r) => !regencies.includes(r)))],
    ['regency or city (largest page)', largest(regencies)],
    ['regency or city (smallest page)', [...regencies].sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path))[0]?.path],
    ['comparison', largest(entryPages(dir, 'bandingkan'))],
  ];
  return [...FIXED, ...found.filter((f): f is [string, string] => f[1] !== undefined).map(([label, path]) => ({ label, path }))];
}

/** The real content's page types (dist/, or LINTAS_DIST). */
export const PAGE_TYPES: PageType[] = existsSync(DIST_DIR) ? pageTypesOf(DIST_DIR) : [];

/** The seed story in the fixture site (tests/fixtures/corpora/seed/): Katingan visiting Banyuwangi in 2019. */
export const SEED = {
  visit: '/kunjungan/2019-07-02-katingan-ke-banyuwangi/',
  innovation: '/inovasi/smart-kampung-banyuwangi/',
  playbook: '/panduan/smart-kampung-banyuwangi/',
  visitor: '/daerah/kabupaten-katingan/',
  host: '/daerah/kabupaten-banyuwangi/',
  comparison: '/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/',
} as const;

/** Plainly fictional entries in the fixture site (tests/fixtures/corpora/synthetic/). */
export const SYNTHETIC = {
  /** A ministry-like institution visits, not a region. */
  institutionVisit: '/kunjungan/2020-10-01-lembaga-uji-fiktif-nasional-ke-surabaya/',
  /** Its commitment went niat → direncanakan → berjalan → diadopsi through three follow-ups. */
  adoptedVisit: '/kunjungan/2018-03-12-gowa-ke-sleman/',
  /** Host of six visits, two of them by institutions. */
  host: '/daerah/kabupaten-sleman/',
  innovation: '/inovasi/layanan-uji-alfa-sleman/',
  playbook: '/panduan/layanan-uji-alfa-sleman/',
} as const;

/** Fixture-site pages whose shape the real content may not have yet, held to the same page-level checks. */
export const FIXTURE_PAGE_TYPES: PageType[] = [
  { label: 'visit by an institution (fixture)', path: SYNTHETIC.institutionVisit },
  { label: 'visit with follow-ups (fixture)', path: SYNTHETIC.adoptedVisit },
  { label: 'host of many visits (fixture)', path: SYNTHETIC.host },
  { label: 'commitment ledger with every status (fixture)', path: '/komitmen/' },
  { label: 'innovation with an IID profile (fixture)', path: SYNTHETIC.innovation },
];
