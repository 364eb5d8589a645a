/**
 * What search engines and feed readers get from any valid build (src/lib/seo/):
 * - every JSON-LD block on every page parses, uses only schema.org terms, carries the breadcrumb
 *   trail, and names the page with the same title, description and address as <title>, Open
 *   Graph and the canonical link; a visit's Event is dated as the page's <time>;
 * - /data/ describes every download in dist/data/ as a Dataset;
 * - the sitemap index lists sitemaps that exist, which list every indexable page once (no
 *   redirect, no noindex page), on the site's own origin; robots.txt points to the index;
 * - every feed is well-formed RSS a feed parser reads, each item links to a page in dist/, and an
 *   item about a page says what the page says; every <link rel="alternate"> names a feed in dist/;
 * - every such file gets the deployment headers' restrictive policy.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, DIST_DIR, fileForUrlPath, listDistFiles, urlPathOf } from '../support/dist.ts';
import { headersFor, parseCsp, readHeadersFile } from '../support/headers-file.ts';
import { vocabularyProblems } from '../support/schema-vocabulary.ts';

interface Page {
  path: string;
  title: string;
  ogTitle?: string;
  ogDescription?: string;
  description?: string;
  canonical?: string;
  noindex: boolean;
  ld: string[];
  feeds: string[];
  times: string[];
}

type Node = ReturnType<typeof parseDocument>['children'][number];
const textOf = (node: Node): string => ('data' in node ? String(node.data) : 'children' in node ? (node.children as Node[]).map(textOf).join('') : '');

function readPage(file: string): Page {
  const page: Page = { path: urlPathOf(file), title: '', noindex: false, ld: [], feeds: [], times: [] };
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script') {
        const a = node.attribs;
        if (node.name === 'title' && !page.title) page.title = textOf(node); // the document's, not an SVG's
        if (node.name === 'meta' && a.property === 'og:title') page.ogTitle = a.content;
        if (node.name === 'meta' && a.property === 'og:description') page.ogDescription = a.content;
        if (node.name === 'meta' && a.name === 'description') page.description = a.content;
        if (node.name === 'meta' && a.name === 'robots' && /noindex/.test(a.content ?? '')) page.noindex = true;
        if (node.name === 'link' && a.rel === 'canonical') page.canonical = a.href;
        if (node.name === 'link' && a.rel === 'alternate' && a.type === 'application/rss+xml') page.feeds.push(a.href!);
        if (node.name === 'script' && a.type === 'application/ld+json') page.ld.push(textOf(node));
        if (node.name === 'time' && a.datetime) page.times.push(a.datetime);
      }
      if ('children' in node) walk(node.children as Node[]);
    }
  };
  walk(parseDocument(readFileSync(file, 'utf8')).children);
  return page;
}

const RESTRICTIVE = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";
let pages: Page[] = [];
let origin = '';
let files: string[] = [];

beforeAll(() => {
  assertDistBuilt();
  files = listDistFiles();
  pages = files.filter((f) => f.endsWith('.html') && !urlPathOf(f).startsWith('/admin/')).map(readPage);
  origin = new URL(pages.find((p) => p.path === '/')!.canonical!).origin;
});

type Json = Record<string, any>;
const graphOf = (page: Page): Json[] => JSON.parse(page.ld[0]!)['@graph'];

describe('JSON-LD on every page', () => {
  it('every indexable page has exactly one block; it parses and uses only schema.org terms', () => {
    expect(pages.length).toBeGreaterThan(500);
    const problems: string[] = [];
    for (const page of pages.filter((p) => p.canonical && !p.noindex)) {
      if (page.ld.length !== 1) {
        problems.push(`${page.path}: ${page.ld.length} JSON-LD blocks`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(page.ld[0]!);
      } catch (error) {
        problems.push(`${page.path}: ${(error as Error).message}`);
        continue;
      }
      problems.push(...vocabularyProblems(value).map((p) => `${page.path} ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('the breadcrumb trail ends with the page under its Open Graph title and canonical address', () => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => p.ld.length === 1)) {
      const trail = graphOf(page).find((n) => n['@type'] === 'BreadcrumbList');
      const last = trail?.itemListElement.at(-1);
      const expected = page.path === '/' ? { name: 'Beranda', item: page.canonical } : { name: page.ogTitle, item: page.canonical };
      if (!last || last.name !== expected.name || last.item !== expected.item) wrong.push(`${page.path}: ${JSON.stringify(last)}`);
      if (trail?.itemListElement.some((c: Json, i: number) => c.position !== i + 1 || !fileForUrlPath(new URL(c.item).pathname))) wrong.push(`${page.path}: trail`);
    }
    expect(wrong).toEqual([]);
  });

  it('main entities share the page\'s title, description and address (one source for every share target)', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const page of pages.filter((p) => p.ld.length === 1)) {
      for (const node of graphOf(page).filter((n) => n['@type'] !== 'BreadcrumbList')) {
        checked++;
        if (node.name !== page.ogTitle || node.description !== page.ogDescription || node.url !== page.canonical || page.description !== page.ogDescription) {
          wrong.push(`${page.path}: ${node['@type']} ${JSON.stringify([node.name, node.description, node.url])} vs ${JSON.stringify([page.ogTitle, page.ogDescription, page.canonical])}`);
        }
        if (!page.title.startsWith(page.ogTitle!)) wrong.push(`${page.path}: <title> ${page.title}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('a visit\'s Event starts on the date its page shows, no more precise; a region carries its code as text', () => {
    const visits = pages.filter((p) => /^\/kunjungan\/[^/]+\/$/.test(p.path) && !/^\/kunjungan\/halaman\//.test(p.path));
    for (const page of visits) {
      const event = graphOf(page).find((n) => n['@type'] === 'Event')!;
      expect(event, page.path).toBeDefined();
      expect(page.times[0]).toBe(event.startDate);
    }
    const regions = pages.filter((p) => /^\/daerah\/[^/]+\/$/.test(p.path));
    expect(regions.length).toBe(552);
    for (const page of regions) {
      const area = graphOf(page).find((n) => n['@type'] === 'AdministrativeArea')!;
      expect(typeof area.identifier.value, page.path).toBe('string');
      expect(area.identifier.value).toMatch(/^\d{2}(\.\d{2})?$/);
    }
  });

  it('/data/ is a Dataset with every download in dist/data/ listed, each at an address that resolves', () => {
    const data = pages.find((p) => p.path === '/data/')!;
    const catalog = graphOf(data).find((n) => n['@type'] === 'Dataset')!;
    const listed = catalog.hasPart.flatMap((d: Json) => d.distribution.map((f: Json) => f.contentUrl as string));
    const published = files.map((f) => urlPathOf(f)).filter((p) => /^\/data\/[^/]+\.(json|csv)$/.test(p));
    expect(listed.map((u: string) => new URL(u).pathname).sort()).toEqual(published.sort());
    for (const url of listed) expect(url.startsWith(`${origin}/`)).toBe(true);
    for (const part of catalog.hasPart) {
      expect(part.license).toMatch(/^https:\/\//);
      expect(part.creator.name).toBe('Lintas');
      expect(part.description.length).toBeGreaterThan(20);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('the index lists sitemaps that exist; together they list every indexable page once, and nothing else', () => {
    const index = readFileSync(`${DIST_DIR}sitemap-index.xml`, 'utf8');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemaps = locs(index);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((url) => {
      expect(url.startsWith(`${origin}/`)).toBe(true);
      const xml = readFileSync(fileForUrlPath(new URL(url).pathname)!, 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      for (const lastmod of xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)) expect(Number.isNaN(Date.parse(lastmod[1]!))).toBe(false);
      return locs(xml);
    });
    expect(new Set(urls).size).toBe(urls.length);
    const indexable = pages.filter((p) => p.canonical && !p.noindex && p.canonical === `${origin}${p.path}`).map((p) => p.canonical!);
    expect([...urls].sort()).toEqual([...indexable].sort());
  });

  it('robots.txt points to the sitemap index on the site\'s own origin', () => {
    expect(readFileSync(`${DIST_DIR}robots.txt`, 'utf8')).toContain(`\nSitemap: ${origin}/sitemap-index.xml\n`);
  });
});

describe('RSS feeds', () => {
  it('every feed is well-formed RSS in Indonesian that a feed parser reads, newest first, items linking to pages in dist/', () => {
    const feeds = files.filter((f) => urlPathOf(f).startsWith('/umpan/'));
    expect(feeds.length).toBeGreaterThan(552);
    const problems: string[] = [];
    for (const file of feeds) {
      const xml = readFileSync(file, 'utf8');
      const valid = XMLValidator.validate(xml);
      if (valid !== true) {
        problems.push(`${urlPathOf(file)}: ${JSON.stringify(valid)}`);
        continue;
      }
      const feed = parseFeed(xml);
      if (feed.language !== 'id') problems.push(`${urlPathOf(file)}: language ${feed.language}`);
      if (!fileForUrlPath(new URL(feed.url!).pathname)) problems.push(`${urlPathOf(file)}: channel link ${feed.url}`);
      const dates = feed.items.map((i) => i.published?.getTime()).filter((t) => t !== undefined);
      if (JSON.stringify(dates) !== JSON.stringify([...dates].sort((a, b) => b - a))) problems.push(`${urlPathOf(file)}: not newest first`);
      for (const item of feed.items) {
        const url = new URL(item.url!);
        if (url.origin !== origin || !fileForUrlPath(url.pathname)) problems.push(`${urlPathOf(file)}: item ${item.url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('an item about a page says what the page says (title, description, address)', () => {
    const byCanonical = new Map(pages.map((p) => [p.canonical, p]));
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => urlPathOf(f).startsWith('/umpan/'))) {
      for (const item of parseFeed(readFileSync(file, 'utf8')).items) {
        const page = byCanonical.get(item.url!);
        if (!page) continue; // news on a place within a page (#komitmen-…, #kabar-…)
        checked++;
        if (item.title !== page.ogTitle || item.description !== page.ogDescription) wrong.push(`${urlPathOf(file)}: ${item.url}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('every <link rel="alternate"> names a feed in dist/, and region pages link their own', () => {
    const missing = pages.flatMap((p) => p.feeds.filter((href) => !fileForUrlPath(href)).map((href) => `${p.path}: ${href}`));
    expect(missing).toEqual([]);
    expect(pages.find((p) => p.path === '/')!.feeds.length).toBe(3);
    for (const page of pages.filter((p) => /^\/daerah\/[^/]+\/$/.test(p.path))) expect(page.feeds).toEqual([`/umpan${page.path.replace(/\/$/, '.xml')}`]);
  });
});

it('feeds, robots.txt and every sitemap file get the restrictive policy of files that are never pages', () => {
  const rules = readHeadersFile(DIST_DIR);
  const machineFiles = files.map((f) => urlPathOf(f)).filter((p) => p.startsWith('/umpan/') || p === '/robots.txt' || /^\/sitemap-[^/]+\.xml$/.test(p));
  const unprotected = machineFiles.filter((p) => !parseCsp(headersFor(rules, p)['content-security-policy'] ?? '').some((policy) => [...policy].map(([k, v]) => [k, ...v].join(' ')).join('; ') === RESTRICTIVE));
  expect(unprotected).toEqual([]);
});
