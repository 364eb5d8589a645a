/**
 * The one registry of content kinds: for each, the collection it is read from, the route segment
 * of its pages, its label in navigation and breadcrumbs, its open-data file, its type in the
 * search index and its share-card kind. Every page, link helper, dataset and search record looks
 * kinds up here, so a kind is renamed or re-routed in one place.
 *
 * Identifiers are English; values (routes, labels, file names) are Indonesian, as the site shows them.
 * A kind's folder under content/ is its collection's `folder` in src/schemas/index.ts.
 */
import type { CardSpec } from '../cards/spec.ts';
import type { CollectionName } from '../schemas/index.ts';

export interface KindDef {
  /** The content collection behind the kind; none for kinds built from other content (comparisons). */
  collection?: CollectionName;
  /** First path segment of its pages (`/inovasi/…`); none for kinds shown inside another kind's page. */
  route?: string;
  /** Section label: navigation, breadcrumbs, list cards. */
  label: string;
  /** Name of its open-data files (`/data/<dataset>.json`). */
  dataset?: string;
  /** Its `jenis` facet in the search index; kinds without pages of their own are not indexed. */
  searchType?: string;
  /** The share-card kind of its pages. */
  card?: CardSpec['kind'];
}

export const KINDS = {
  innovation: { collection: 'innovations', route: 'inovasi', label: 'Inovasi', dataset: 'inovasi', searchType: 'Inovasi', card: 'inovasi' },
  playbook: { collection: 'playbooks', route: 'panduan', label: 'Panduan', dataset: 'panduan', searchType: 'Panduan', card: 'panduan' },
  visit: { collection: 'visits', route: 'kunjungan', label: 'Kunjungan', dataset: 'kunjungan', searchType: 'Kunjungan', card: 'kunjungan' },
  region: { collection: 'regions', route: 'daerah', label: 'Daerah', dataset: 'daerah', searchType: 'Daerah', card: 'daerah' },
  comparison: { route: 'bandingkan', label: 'Bandingkan', searchType: 'Perbandingan', card: 'perbandingan' },
  /** Follow-ups are shown on their visit's page, under the commitment they report on. */
  followup: { collection: 'followups', label: 'Tindak lanjut', dataset: 'tindak-lanjut' },
  /** Innovation news is shown on its innovation's page. */
  news: { collection: 'news', label: 'Kabar inovasi', dataset: 'kabar-inovasi' },
} as const satisfies Record<string, KindDef>;
export type Kind = keyof typeof KINDS;

/** Kinds that have pages of their own. */
export type RoutedKind = { [K in Kind]: (typeof KINDS)[K] extends { route: string } ? K : never }[Kind];
/** The search index's `jenis` values, one per routed kind. */
export type SearchType = { [K in Kind]: (typeof KINDS)[K] extends { searchType: infer T } ? T : never }[Kind];

/** The sections that are not content kinds: the commitment ledger, visiting institutions, tools. */
export const SECTIONS = {
  ledger: { route: 'komitmen', label: 'Komitmen', dataset: 'komitmen' },
  institutions: { route: 'lembaga', label: 'Lembaga' },
  search: { route: 'cari', label: 'Cari' },
  data: { route: 'data', label: 'Data' },
  peers: { route: 'mirip', label: 'Daerah mirip' },
  saved: { route: 'tersimpan', label: 'Halaman tersimpan' },
} as const satisfies Record<string, { route: string; label: string; dataset?: string }>;
export type Section = keyof typeof SECTIONS;

/** The site's main menu, in order. */
export const MAIN_MENU: readonly (RoutedKind | 'ledger')[] = ['innovation', 'playbook', 'visit', 'region', 'comparison', 'ledger'];
