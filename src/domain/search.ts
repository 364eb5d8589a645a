/** What each page tells the search index: its type, facets, sort date and result metadata. */
import type { SearchType } from './kinds.ts';


/** Facet names as they appear in the index and the search page, in display order. */
export const SEARCH_FILTERS = { jenis: 'Jenis', provinsi: 'Provinsi', daerah: 'Daerah', sektor: 'Sektor', tahun: 'Tahun' } as const;

export interface SearchRecord {
  /** The page's kind, as `KINDS[kind].searchType` (src/domain/kinds.ts) names it. */
  type: SearchType;
  /**
   * Sort key (YYYY-MM-DD). Every indexed page gets one, because Pagefind drops pages without
   * the key from sorted results; undated pages (regions) sort last.
   */
  date?: string;
  filters?: Partial<Record<Exclude<keyof typeof SEARCH_FILTERS, 'jenis'>, string[]>>;
  meta?: Record<string, string>;
}
