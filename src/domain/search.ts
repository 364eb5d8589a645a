/**
 * What each page tells the search index: its type, facets and result metadata. No sort key: a date
 * sort cost about 17 KB of every first query at 10,000 pages (2.5 B per dated page in Pagefind's
 * start-up file), and Pagefind orders results merged from several bundles by score, so it could not
 * hold across province bundles anyway; the year filter narrows by date instead.
 */
import type { SearchType } from './kinds.ts';


/** Facet names as they appear in the index and the search page, in display order. */
export const SEARCH_FILTERS = { jenis: 'Jenis', provinsi: 'Provinsi', daerah: 'Daerah', sektor: 'Sektor', tahun: 'Tahun' } as const;

export interface SearchRecord {
  /** The page's kind, as `KINDS[kind].searchType` (src/domain/kinds.ts) names it. */
  type: SearchType;
  filters?: Partial<Record<Exclude<keyof typeof SEARCH_FILTERS, 'jenis'>, string[]>>;
  meta?: Record<string, string>;
}
