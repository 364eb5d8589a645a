/**
 * Being found and followed (src/lib/seo/): JSON-LD that uses only schema.org terms and claims no
 * more than the page (a month-dated visit starts in that month, not on a day), author text that
 * cannot close its <script>, RSS feeds that a feed parser reads back (newest first, bounded,
 * absolute, Indonesian, dates without invented days), the sitemap's lastmod from entries' own
 * dates, and the sitemap index splitting at scale through the real @astrojs/sitemap.
 */
import { getRssString } from '@astrojs/rss';
import type { AstroIntegration } from 'astro';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datePrecision, lastDay } from '../../src/domain/dates.ts';
import { SITEMAP_ENTRY_LIMIT, sitemapIntegrations } from '../../src/integrations/sitemap.ts';
import { links } from '../../src/lib/links.ts';
import { FEED_LIMIT, newestFirst, regionFeed, rssOptions, siteFeed, SITE_FEEDS, type FeedItem, type SiteFeed } from '../../src/lib/seo/feeds.ts';
import { robotsTxt } from '../../src/lib/seo/robots.ts';
import { latestDay, sitemapPlan, type SitemapPlan } from '../../src/lib/seo/sitemap.ts';
import { breadcrumbList, dateSpan, jsonLdText, openDataCatalog, pageGraph, regionArea, visitEvent } from '../../src/lib/seo/structured-data.ts';
import { openDataView } from '../../src/lib/views/open-data.ts';
import { visitMeta } from '../../src/lib/views/visit.ts';
import { regionMeta } from '../../src/lib/views/region.ts';
import { innovationMeta } from '../../src/lib/views/innovation.ts';
import { loadScenario, modelOf, SCENARIO_NAMES } from '../fixtures/scenarios.ts';
import { vocabularyProblems } from '../support/schema-vocabulary.ts';

const ORIGIN = 'https://pemda.contoh.go.id';
const HOSTILE = 'Kunjungan </script><script>alert("x")</script> & <!-- ]]> \u2028';

/** The text of every <script type="application/ld+json"> in some HTML, as a browser's parser splits it. */
function ldScripts(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const node of nodes) {
      if (node.type === 'script' && node.attribs.type === 'application/ld+json') out.push(node.children.map((c) => ('data' in c ? c.data : '')).join(''));
      if ('children' in node) walk(node.children as typeof nodes);
    }
  };
  walk(parseDocument(html).children);
  return out;
}

describe('JSON-LD', () => {
  it.each(SCENARIO_NAMES)('every block of scenario %s uses only schema.org terms', async (name) => {
    const { model } = await loadScenario(name);
    const nodes = [
      ...model.visits.map((v) => visitEvent(model, v, ORIGIN)),
      ...[...model.regions.values()].filter((r) => r.profile || model.visitsReceivedBy(r.slug).length).map((r) => regionArea(model, r, ORIGIN)),
      openDataCatalog({ title: 'Data terbuka', description: 'd', url: `${ORIGIN}/data/` }, openDataView(model), ORIGIN),
      breadcrumbList([{ href: links.list('visit'), label: 'Kunjungan' }], { title: 't', description: 'd', url: `${ORIGIN}/kunjungan/x/` }, ORIGIN),
    ];
    expect(nodes.length).toBeGreaterThan(3);
    expect(vocabularyProblems(JSON.parse(jsonLdText(pageGraph(nodes))))).toEqual([]);
  });

  it('the vocabulary check refuses made-up types and properties (the control)', () => {
    expect(vocabularyProblems({ '@context': 'https://schema.org', '@type': 'Event', startDate: '2021', kodeDaerah: '62.06' })).toEqual(['$: Event has no property "kodeDaerah"']);
    expect(vocabularyProblems({ '@type': 'Kunjungan' })).toHaveLength(1);
    expect(vocabularyProblems({ '@type': 'Dataset', startDate: '2021' })).toHaveLength(1);
  });

  it('a visit is an Event dated exactly as its source: a month or a year claims no day', async () => {
    const { model } = await loadScenario('partial-facts');
    const precisions = new Set<string>();
    for (const visit of model.visits) {
      const event = visitEvent(model, visit, ORIGIN) as unknown as Record<string, unknown>;
      expect(event.startDate).toBe(visit.data.date);
      precisions.add(datePrecision(String(event.startDate)));
      expect(event).not.toHaveProperty('endDate');
      expect(event.name).toBe(visitMeta(model, visit).title);
      expect(event.description).toBe(visitMeta(model, visit).description);
      expect(event.url).toBe(`${ORIGIN}${links.visit(visit.id)}`);
    }
    expect([...precisions].sort()).toEqual(['bulan', 'hari', 'tahun']);
    const institution = model.visits.find((v) => v.data.visitor.institution)!;
    expect((visitEvent(model, institution, ORIGIN) as { attendee: { '@type': string; name: string } }).attendee).toMatchObject({ '@type': 'Organization', name: institution.data.visitor.institution });
  });

  it('a region is an AdministrativeArea identified by its official code as a string, inside its province', async () => {
    const { model } = await loadScenario('seed');
    const regency = model.region('kabupaten-katingan')!;
    const area = regionArea(model, regency, ORIGIN) as unknown as Record<string, any>;
    expect(area.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'Kode wilayah Kemendagri', value: '62.06' });
    expect(area.name).toBe(regionMeta(model, regency).title);
    expect(area.description).toBe(regionMeta(model, regency).description);
    expect(area.containedInPlace.identifier.value).toBe(regency.province!.code);
    // A code like 11.10 stays text, never the number 11.1.
    const aceh = [...model.regions.values()].find((r) => r.official.code === '11.10')!;
    expect(JSON.parse(jsonLdText(regionArea(model, aceh, ORIGIN))).identifier.value).toBe('11.10');
    expect(regionArea(model, model.region(regency.province!.slug)!, ORIGIN)).not.toHaveProperty('containedInPlace');
  });

  it('/data/ is a Dataset listing every download with format, absolute URL, licence and its dates as written', async () => {
    const { model } = await loadScenario('partial-facts');
    const rows = openDataView(model);
    const catalog = openDataCatalog({ title: 'Data terbuka', description: 'd', url: `${ORIGIN}/data/` }, rows, ORIGIN) as unknown as Record<string, any>;
    expect(catalog.hasPart).toHaveLength(rows.length);
    for (const [i, part] of catalog.hasPart.entries()) {
      const row = rows[i]!;
      expect(part.name).toBe(row.title);
      expect(part.license).toBe(row.licenceUrl);
      expect(part.distribution.map((d: { contentUrl: string; encodingFormat: string }) => [d.encodingFormat, d.contentUrl])).toEqual([
        ['application/json', `${ORIGIN}${links.dataFile(row.name, 'json')}`],
        ['text/csv', `${ORIGIN}${links.dataFile(row.name, 'csv')}`],
      ]);
    }
    const visits = catalog.hasPart.find((p: { name: string }) => p.name === rows.find((r) => r.name === 'kunjungan')!.title);
    expect(visits.temporalCoverage).toBe('2016/2021-11-15');
    expect(catalog.hasPart.find((p: { name: string }) => p.name === rows.find((r) => r.name === 'panduan')!.title)).not.toHaveProperty('temporalCoverage');
  });

  it('dateSpan keeps each end as written and orders by the first possible day', () => {
    expect(dateSpan([])).toBeUndefined();
    expect(dateSpan(['2021-06'])).toBe('2021-06');
    expect(dateSpan(['2021-11-15', '2016', '2021-06'])).toBe('2016/2021-11-15');
  });

  it('the trail ends with the page itself; the home page is a trail of one', () => {
    const page = { title: 'Smart Kampung', description: 'd', url: `${ORIGIN}/inovasi/smart-kampung/` };
    const list = breadcrumbList([{ href: links.list('innovation'), label: 'Inovasi' }], page, ORIGIN);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Beranda', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'Inovasi', item: `${ORIGIN}/inovasi/` },
      { '@type': 'ListItem', position: 3, name: 'Smart Kampung', item: page.url },
    ]);
    expect(breadcrumbList([], { title: 'Lintas', description: 'd', url: `${ORIGIN}/` }, ORIGIN).itemListElement).toHaveLength(1);
  });

  it('a hostile entry cannot close the script: its title comes back whole from the one script element', async () => {
    const { model } = await loadScenario('seed');
    const visit = model.visits[0]!;
    const hostile = { ...visit, data: { ...visit.data, title: HOSTILE, location: HOSTILE } };
    const html = `<!doctype html><html><head><script type="application/ld+json">${jsonLdText(pageGraph([visitEvent(model, hostile, ORIGIN)]))}</script></head><body><p>isi</p></body></html>`;
    const scripts = ldScripts(html);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toMatch(/<|>|&/);
    const event = JSON.parse(scripts[0]!)['@graph'][0];
    expect(event.name).toBe(HOSTILE);
    expect(event.location.name).toBe(HOSTILE);
    // The control: plain JSON.stringify would have let the parser end the script at the author's </script>.
    expect(ldScripts(`<script type="application/ld+json">${JSON.stringify({ name: HOSTILE })}</script>`)[0]).not.toContain('alert');
  });
});

/** A feed rendered by @astrojs/rss, checked as well-formed XML and read back by a feed parser. */
async function renderAndParse(options: ReturnType<typeof rssOptions>) {
  const xml = await getRssString(options);
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, feed: parseFeed(xml) };
}

describe('RSS feeds', () => {
  it.each(Object.keys(SITE_FEEDS) as SiteFeed[])('site feed %s parses, is Indonesian, newest first, bounded, absolute', async (name) => {
    const { model } = await loadScenario('fixture-site');
    const feed = siteFeed(model, name, ORIGIN);
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.length).toBeLessThanOrEqual(FEED_LIMIT);
    const days = feed.items.map((i) => lastDay(i.date));
    expect(days).toEqual([...days].sort().reverse());
    const { xml, feed: parsed } = await renderAndParse(rssOptions(feed));
    expect(parsed.language).toBe('id');
    expect(parsed.title).toBe(feed.title);
    expect(parsed.items.map((i) => i.url)).toEqual(feed.items.map((i) => i.link));
    for (const item of parsed.items) expect(item.url!.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(xml).toContain(`<atom:link href="${ORIGIN}${links.feed(name)}" rel="self" type="application/rss+xml"/>`);
    // Every guid is distinct, so a reader never hides one piece of news behind another.
    const guids = [...xml.matchAll(/<guid[^>]*>([^<]*)<\/guid>/g)].map((m) => m[1]);
    expect(new Set(guids).size).toBe(feed.items.length);
  });

  it('items dated by month or year carry no <pubDate>; day-dated ones carry that day', async () => {
    const { model } = await loadScenario('partial-facts');
    const feed = regionFeed(model, 'kabupaten-banyuwangi', ORIGIN);
    const { feed: parsed } = await renderAndParse(rssOptions(feed));
    const precisions = new Set(feed.items.map((i) => datePrecision(i.date)));
    expect([...precisions].sort()).toEqual(['bulan', 'hari', 'tahun']);
    feed.items.forEach((item, i) => {
      const published = parsed.items[i]!.published;
      if (datePrecision(item.date) === 'hari') expect(published?.toISOString().slice(0, 10)).toBe(item.date);
      else expect(published).toBeNull();
    });
    // The month-dated follow-up still says when, in words.
    const followup = feed.items.find((i) => i.guid.startsWith('tindak-lanjut:'))!;
    expect(followup.description).toMatch(/^Maret 2022: /);
  });

  it('a region feed holds its innovations and their news, visits made and received, and news on its commitments', async () => {
    const { model } = await loadScenario('partial-facts');
    const host = regionFeed(model, 'kabupaten-banyuwangi', ORIGIN);
    const visitor = regionFeed(model, 'kabupaten-bangli', ORIGIN);
    const kinds = (items: FeedItem[]) => new Set(items.map((i) => (i.guid.includes(':') && !i.guid.startsWith('http') ? i.guid.split(':')[0] : new URL(i.link).pathname.split('/')[1])));
    expect(kinds(host.items)).toEqual(new Set(['inovasi', 'kabar-inovasi', 'kunjungan', 'tindak-lanjut']));
    expect(kinds(visitor.items)).toEqual(new Set(['kunjungan', 'tindak-lanjut']));
    expect(visitor.items.filter((i) => i.guid === i.link && i.link.includes('/kunjungan/')).length).toBe(model.visitsMadeBy('kabupaten-bangli').length);
    expect(host.link).toBe(`${ORIGIN}${links.region('kabupaten-banyuwangi')}`);
  });

  it('a feed entry for a page says what the page says: same title, description and address', async () => {
    const { model } = await loadScenario('fixture-site');
    const visits = siteFeed(model, 'kunjungan', ORIGIN).items;
    for (const item of visits) {
      const visit = model.visits.find((v) => item.link === `${ORIGIN}${links.visit(v.id)}`)!;
      expect({ title: item.title, description: item.description }).toEqual(visitMeta(model, visit));
    }
    for (const item of siteFeed(model, 'inovasi', ORIGIN).items.filter((i) => i.guid === i.link)) {
      const innovation = [...model.innovations.values()].find((i) => item.link === `${ORIGIN}${links.innovation(i.id)}`)!;
      expect({ title: item.title, description: item.description }).toEqual(innovationMeta(innovation));
    }
  });

  it('a new visit reaches the top of the visit feed, both regions\' feeds and their pages\' lastmod', async () => {
    const { check, model: before } = await loadScenario('synthetic');
    const template = before.visits.find((v) => v.data.visitor.region)!;
    const visit = { id: '2026-10-bangli-ke-banyuwangi', data: { ...template.data, title: 'Kunjungan baru', date: '2026-10', commitments: [] } };
    const model = await modelOf(check.content, { visits: [visit] });
    const newest = (items: FeedItem[]) => items[0]!.link;
    const page = `${ORIGIN}${links.visit(visit.id)}`;
    expect(newest(siteFeed(before, 'kunjungan', ORIGIN).items)).not.toBe(page);
    expect(newest(siteFeed(model, 'kunjungan', ORIGIN).items)).toBe(page);
    expect(newest(regionFeed(model, visit.data.host, ORIGIN).items)).toBe(page);
    expect(newest(regionFeed(model, visit.data.visitor.region!, ORIGIN).items)).toBe(page);
    expect(sitemapPlan(model, '2026-11-29').lastmod(links.region(visit.data.host))).toBe('2026-10-31');
  });

  it('keeps the newest FEED_LIMIT items, one per guid', () => {
    const items: FeedItem[] = Array.from({ length: FEED_LIMIT + 20 }, (_, i) => ({
      title: `Butir ${i}`, link: `${ORIGIN}/x/${i}/`, guid: `${ORIGIN}/x/${i % (FEED_LIMIT + 10)}/`, date: `20${String(10 + (i % 15)).padStart(2, '0')}-01-0${1 + (i % 9)}`, description: 'd', categories: [],
    }));
    const kept = newestFirst(items);
    expect(kept).toHaveLength(FEED_LIMIT);
    expect(new Set(kept.map((i) => i.guid)).size).toBe(FEED_LIMIT);
    expect(kept[0]!.date >= kept[kept.length - 1]!.date).toBe(true);
  });

  it('author text is escaped: a hostile title comes back as text', async () => {
    const item: FeedItem = { title: HOSTILE, link: `${ORIGIN}/kunjungan/x/`, guid: `${ORIGIN}/kunjungan/x/`, date: '2021-06', description: HOSTILE, categories: [HOSTILE] };
    const { feed } = await renderAndParse(rssOptions({ title: 'Lintas', description: 'd', link: `${ORIGIN}/`, self: `${ORIGIN}/umpan/x.xml`, items: [item] }));
    expect(feed.items[0]!.title).toBe(HOSTILE.replace('\u2028', '').trim());
  });
});

describe('sitemap and robots.txt', () => {
  it('lastmod is the last day of the newest date, never later than the build', () => {
    expect(latestDay(['2021-06', '2019-07-02', undefined], '2026-11-29')).toBe('2021-06-30');
    expect(latestDay(['2026'], '2026-11-29')).toBe('2026-11-29');
    expect(latestDay([], '2026-11-29')).toBeUndefined();
  });

  it("each page's lastmod comes from its entries' own dates; redirects and the CMS are left out", async () => {
    const { model } = await loadScenario('partial-facts');
    const plan = sitemapPlan(model, '2026-11-29');
    const june = model.visits.find((v) => v.data.date === '2021-06')!;
    // The June visit's commitment has news dated March 2022.
    expect(plan.lastmod(links.visit(june.id))).toBe('2022-03-31');
    expect(plan.lastmod(links.region('kabupaten-bangli'))).toBe('2022-03-31');
    // The innovation was verified, then had news in May 2022.
    const innovation = [...model.innovations.keys()][0]!;
    expect(plan.lastmod(links.innovation(innovation))! >= '2022-05-31').toBe(true);
    expect(plan.lastmod(links.list('visit'))).toBe(plan.lastmod(`${links.list('visit')}halaman/2/`));
    expect(plan.lastmod(links.home())).toBe(latestDay([...model.visits.map((v) => plan.lastmod(links.visit(v.id))), ...[...model.innovations.keys()].map((id) => plan.lastmod(links.innovation(id)))], '2026-11-29'));
    expect(plan.lastmod(links.list('region'))).toBeUndefined();
    expect(plan.lastmod(links.section('search'))).toBeUndefined();
    const pair = [...model.pairs.values()][0]!;
    expect(plan.include(links.comparisonBySlug(pair.slug))).toBe(true);
    expect(plan.include(links.comparisonBySlug(`${pair.b}-vs-${pair.a}`))).toBe(false);
    expect(plan.include('/admin/')).toBe(false);
    expect(plan.include(links.dataFile('inovasi', 'json'))).toBe(false);
  });

  it('robots.txt points to the sitemap index at the deployment\'s own address', () => {
    expect(robotsTxt(ORIGIN)).toBe(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${ORIGIN}/sitemap-index.xml\n`);
  });

  it('at 60,000 pages @astrojs/sitemap writes an index of two files, each within the limit, with our lastmod', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-sitemap-'));
    try {
      const pages = Array.from({ length: 60_000 }, (_, i) => ({ pathname: `daerah/uji-${i}/` }));
      const plan: SitemapPlan = { include: (path) => !path.endsWith('7/'), lastmod: (path) => (path.endsWith('-1/') ? '2021-06-30' : undefined) };
      const [prepare, official, written] = sitemapIntegrations(async () => plan) as [AstroIntegration, AstroIntegration, AstroIntegration];
      const logger = { info() {}, warn(message: string) { throw new Error(message); }, error(message: string) { throw new Error(message); } };
      const config = { root: pathToFileURL(`${dir}/`), site: ORIGIN, base: '/', trailingSlash: 'always', build: { format: 'directory' } };
      const call = async (integration: typeof prepare, hook: string, args: object) => (integration.hooks as Record<string, ((a: object) => unknown) | undefined>)[hook]?.(args);
      for (const integration of [prepare, official, written]) {
        await call(integration, 'astro:config:setup', { config, command: 'build', logger });
        await call(integration, 'astro:config:done', { config, logger });
        await call(integration, 'astro:routes:resolved', { routes: [], logger });
      }
      for (const integration of [prepare, official, written]) await call(integration, 'astro:build:done', { dir: pathToFileURL(`${dir}/`), pages, logger });
      const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
      expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([`${ORIGIN}/sitemap-0.xml`, `${ORIGIN}/sitemap-1.xml`]);
      const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).sort();
      const urls = files.map((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
      expect(urls.map((u) => u.length)).toEqual([SITEMAP_ENTRY_LIMIT, 60_000 - 6_000 - SITEMAP_ENTRY_LIMIT]);
      const first = urls[0]!.find((u) => u.includes('/daerah/uji-1/'))!;
      expect(first).toMatch(/<lastmod>2021-06-30(T00:00:00\.000Z)?<\/lastmod>/);
      expect(urls[0]!.find((u) => u.includes('/daerah/uji-2/'))).not.toContain('<lastmod>');
      expect(urls.flat().some((u) => u.includes('7/</loc>'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
