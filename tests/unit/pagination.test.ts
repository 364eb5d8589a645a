/** Long lists split into fixed-size pages: page 1 at the list's own address, /halaman/N/ after it, nothing lost. */
import { describe, expect, it } from 'vitest';
import { listPages, pageHref, PER_PAGE } from '../../src/lib/pagination.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
/** The address a getStaticPaths entry is published at, for a `[...page].astro` route under `base`. */
const addressOf = (base: string, page: string | undefined) => (page === undefined ? base : `${base}${page}/`);

describe('listPages', () => {
  it('gives an empty list one empty page at the list address, so the list page still exists', () => {
    expect(listPages([])).toEqual([{ params: { page: undefined }, props: { page: { items: [], number: 1, count: 1, total: 0 } } }]);
  });

  it('keeps a list of exactly one page whole, at the list address', () => {
    const pages = listPages(numbers(PER_PAGE));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.params.page).toBeUndefined();
    expect(pages[0]!.props.page.items).toHaveLength(PER_PAGE);
  });

  it('starts a second page at one item past a full page, numbered from 2 under halaman/', () => {
    const pages = listPages(numbers(2 * PER_PAGE + 1));
    expect(pages.map((p) => p.params.page)).toEqual([undefined, 'halaman/2', 'halaman/3']);
    expect(pages.map((p) => p.props.page.items.length)).toEqual([PER_PAGE, PER_PAGE, 1]);
    expect(pages.map((p) => [p.props.page.number, p.props.page.count, p.props.page.total])).toEqual([
      [1, 3, 121],
      [2, 3, 121],
      [3, 3, 121],
    ]);
  });

  it('publishes every item exactly once, in the order given, whatever the page size', () => {
    for (const [total, perPage] of [[250, 100], [7, 3], [1, 1], [59, 60]] as const) {
      const items = numbers(total);
      const pages = listPages(items, perPage);
      expect(pages.flatMap((p) => p.props.page.items), `${total} by ${perPage}`).toEqual(items);
      expect(pages).toHaveLength(Math.ceil(total / perPage));
      expect(pages.every((p) => p.props.page.items.length <= perPage)).toBe(true);
    }
  });
});

describe('pageHref', () => {
  it('links page 1 to the list address and later pages under halaman/N/', () => {
    expect(pageHref('/inovasi/', 1)).toBe('/inovasi/');
    expect(pageHref('/inovasi/', 2)).toBe('/inovasi/halaman/2/');
    expect(pageHref('/komitmen/', 12)).toBe('/komitmen/halaman/12/');
  });

  it('links every page to the address listPages publishes it at (the pager never points to a missing page)', () => {
    const pages = listPages(numbers(301), 100);
    expect(pages).toHaveLength(4);
    for (const page of pages) expect(pageHref('/kunjungan/', page.props.page.number)).toBe(addressOf('/kunjungan/', page.params.page));
  });
});
