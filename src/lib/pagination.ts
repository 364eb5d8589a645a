/**
 * Long lists split into pages of a fixed size, so a list page stays within the page-weight budget
 * however much content there is: /inovasi/, /inovasi/halaman/2/, …
 */
export const PER_PAGE = 60;

export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
  /** Total items across all pages. */
  total: number;
}

/** getStaticPaths entries for a `[...page].astro` route: page 1 at the list's own address. */
export function listPages<T>(items: readonly T[], perPage = PER_PAGE) {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    params: { page: i === 0 ? undefined : `halaman/${i + 1}` },
    props: { page: { items: items.slice(i * perPage, (i + 1) * perPage), number: i + 1, count, total: items.length } satisfies ListPage<T> },
  }));
}

export function pageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}halaman/${number}/`;
}
