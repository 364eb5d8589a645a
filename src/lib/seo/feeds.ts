/**
 * The RSS feeds: what changes on Lintas, for readers who follow it instead of visiting. Three
 * site-wide feeds (innovations with their later news, visits, news on commitments) and one per
 * region ("what happens in and with my region": its innovations and their news, visits it made and
 * received, news on the commitments it made or that others made at its place).
 *
 * Items are built here from the site model, with each page's title and description taken from
 * its view (visitMeta, innovationMeta, regionMeta), so a feed entry says what the page says. Dates
 * stay as precise as their source: an item dated only by month or year gets no <pubDate> (RSS
 * needs a day and a time), and its date is written out in the description instead.
 */
import type { RSSOptions } from '@astrojs/rss';
import { compareDates, datePrecision, formatDate, lastDay } from '../../domain/dates.ts';
import { KINDS } from '../../domain/kinds.ts';
import { COMMITMENT_STATUSES, INNOVATION_STATUSES } from '../../domain/vocabulary.ts';
import type { Followup } from '../../schemas/followup.ts';
import type { Innovation } from '../../schemas/innovation.ts';
import type { Visit } from '../../schemas/visit.ts';
import { absoluteUrl, links } from '../links.ts';
import type { CommitmentRecord, Entry, Model } from '../model.ts';
import { innovationMeta } from '../views/innovation.ts';
import { regionMeta } from '../views/region.ts';
import { regionLink, visitorLink } from '../views/shared.ts';
import { visitMeta } from '../views/visit.ts';

/** Items per feed: enough for a reader who checks monthly, small enough to fetch on a weak signal. */
export const FEED_LIMIT = 50;

/** The site-wide feeds, by file name under /umpan/. */
export const SITE_FEEDS = {
  inovasi: { title: 'Lintas: inovasi dan kabarnya', description: 'Inovasi pemerintah daerah yang baru dicatat atau dipastikan ulang di Lintas, dan kabar terbaru tentang inovasi.' },
  kunjungan: { title: 'Lintas: kunjungan belajar', description: 'Catatan kunjungan belajar antardaerah yang baru di Lintas: siapa datang, apa yang dipelajari, apa yang dijanjikan.' },
  komitmen: { title: 'Lintas: kabar komitmen', description: 'Kabar lanjutan tentang komitmen yang disampaikan saat kunjungan belajar: direncanakan, dikerjakan, diadopsi atau batal.' },
} as const;
export type SiteFeed = keyof typeof SITE_FEEDS;

export interface FeedItem {
  title: string;
  /** Absolute address of the page (or the place on it) the item is about. */
  link: string;
  /** Stable id: the page address for pages, `<kind>:<entry id>` for news shown on another page. */
  guid: string;
  /** The item's date as precise as its source (2021-11-15, 2021-06, 2016). */
  date: string;
  description: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed belongs to (absolute). */
  link: string;
  /** The feed's own address (absolute), for <atom:link rel="self">. */
  self: string;
  /** Newest first, at most FEED_LIMIT. */
  items: FeedItem[];
}

function innovationItem(site: Model, innovation: Entry<Innovation>, origin: URL | string): FeedItem {
  const meta = innovationMeta(innovation);
  const state = site.stateOf(innovation.id);
  const link = absoluteUrl(links.innovation(innovation.id), origin);
  const lastVerified = state?.lastVerified ?? innovation.data.lastVerified;
  return {
    title: meta.title,
    link,
    guid: link,
    date: lastVerified,
    description: meta.description,
    categories: [KINDS.innovation.label, regionLink(site, innovation.data.host).name, INNOVATION_STATUSES[state?.status ?? innovation.data.status]],
  };
}

function newsItems(site: Model, innovation: Entry<Innovation>, origin: URL | string): FeedItem[] {
  return site.newsOf(innovation.id).map((news) => {
    const status = news.data.status ? ` Status: ${INNOVATION_STATUSES[news.data.status]}.` : '';
    const figures = news.data.figures.length ? [`${news.data.figures.length} angka baru di halaman inovasi.`] : [];
    const facts = [...news.data.statements.map((s) => s.text), ...figures];
    return {
      title: `Kabar ${formatDate(news.data.date)}: ${innovation.data.title}`,
      link: absoluteUrl(links.news(innovation.id, news.id), origin),
      guid: `kabar-inovasi:${news.id}`,
      date: news.data.date,
      description: `${formatDate(news.data.date)}.${status}${facts.length ? ` ${facts.join(' ')}` : ''}`.trim(),
      categories: [KINDS.news.label, regionLink(site, innovation.data.host).name],
    };
  });
}

function visitItem(site: Model, visit: Entry<Visit>, origin: URL | string): FeedItem {
  const meta = visitMeta(site, visit);
  const link = absoluteUrl(links.visit(visit.id), origin);
  return {
    title: meta.title,
    link,
    guid: link,
    date: visit.data.date,
    description: meta.description,
    categories: [KINDS.visit.label, visitorLink(site, visit.data.visitor).name, regionLink(site, visit.data.host).name],
  };
}

function followupItem(site: Model, record: CommitmentRecord, followup: Entry<Followup>, origin: URL | string): FeedItem {
  const { visit, commitment } = record;
  const visitor = visitorLink(site, visit.data.visitor).name;
  const host = regionLink(site, visit.data.host).name;
  return {
    title: `${COMMITMENT_STATUSES[followup.data.status]}: ${commitment.text}`,
    link: absoluteUrl(links.commitment(visit.id, commitment.id), origin),
    // Several pieces of news share their commitment's address: the follow-up's own id keeps each one.
    guid: `tindak-lanjut:${followup.id}`,
    date: followup.data.date,
    description: `${formatDate(followup.data.date)}: ${followup.data.text} (Komitmen ${visitor} saat berkunjung ke ${host}, ${formatDate(visit.data.date)}.)`,
    categories: [KINDS.followup.label, visitor, host],
  };
}

/** Newest first by the last day a date may mean (a month-dated item sorts after the days of that month), then by title; at most FEED_LIMIT. */
export function newestFirst(items: FeedItem[]): FeedItem[] {
  const unique = [...new Map(items.map((i) => [i.guid, i])).values()];
  return unique
    .sort((a, b) => lastDay(b.date).localeCompare(lastDay(a.date)) || compareDates(b.date, a.date) || a.title.localeCompare(b.title, 'id'))
    .slice(0, FEED_LIMIT);
}

const followupsOf = (site: Model, records: readonly CommitmentRecord[], origin: URL | string) =>
  records.flatMap((record) => record.followups.map((f) => followupItem(site, record, f, origin)));

function siteFeedItems(site: Model, name: SiteFeed, origin: URL | string): FeedItem[] {
  switch (name) {
    case 'inovasi':
      return [...site.innovations.values()].flatMap((i) => [innovationItem(site, i, origin), ...newsItems(site, i, origin)]);
    case 'kunjungan':
      return site.visits.map((v) => visitItem(site, v, origin));
    case 'komitmen':
      return followupsOf(site, site.commitments, origin);
  }
}

/** A site-wide feed. `origin` is Astro's `site`. */
export function siteFeed(site: Model, name: SiteFeed, origin: URL | string): Feed {
  const page = name === 'komitmen' ? links.section('ledger') : links.list(name === 'inovasi' ? 'innovation' : 'visit');
  return {
    ...SITE_FEEDS[name],
    link: absoluteUrl(page, origin),
    self: absoluteUrl(links.feed(name), origin),
    items: newestFirst(siteFeedItems(site, name, origin)),
  };
}

/** A region's feed: its innovations and their news, visits it made and received, news on commitments it made or received. */
export function regionFeed(site: Model, slug: string, origin: URL | string): Feed {
  const region = site.region(slug);
  if (!region) throw new Error(`regionFeed: tidak ada daerah ${slug}`);
  const { title } = regionMeta(site, region);
  const hosted = site.innovationsHostedBy(slug);
  const visits = [...site.visitsMadeBy(slug), ...site.visitsReceivedBy(slug)];
  const commitments = [...site.commitmentsMadeBy(slug), ...site.visitsReceivedBy(slug).flatMap((v) => site.commitmentsOf(v.id))];
  return {
    title: `Lintas: ${title}`,
    description: `Yang terjadi di dan bersama ${title}: inovasinya dan kabarnya, kunjungan belajar yang dilakukan dan diterima, serta kabar komitmennya.`,
    link: absoluteUrl(links.region(slug), origin),
    self: absoluteUrl(links.regionFeed(slug), origin),
    items: newestFirst([
      ...hosted.flatMap((i) => [innovationItem(site, i, origin), ...newsItems(site, i, origin)]),
      ...visits.map((v) => visitItem(site, v, origin)),
      ...followupsOf(site, commitments, origin),
    ]),
  };
}

/** The <link rel="alternate"> a page carries for a feed. */
export interface FeedLink {
  title: string;
  href: string;
}

export const siteFeedLink = (name: SiteFeed): FeedLink => ({ title: SITE_FEEDS[name].title, href: links.feed(name) });
export const regionFeedLink = (site: Model, slug: string): FeedLink => ({ title: `Lintas: ${site.region(slug)?.official.name ?? slug}`, href: links.regionFeed(slug) });

/**
 * The options @astrojs/rss renders. A day-precise date becomes <pubDate> (noon UTC, so the day is
 * the same in every Indonesian time zone); a month or a year gets none rather than an invented day.
 * <guid> is set here (customData comes after the library's own) so news that shares a page address
 * keeps an id of its own.
 */
export function rssOptions(feed: Feed): RSSOptions {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      categories: item.categories,
      ...(datePrecision(item.date) === 'hari' ? { pubDate: new Date(`${item.date}T12:00:00Z`) } : {}),
      ...(item.guid === item.link ? {} : { customData: `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` }),
    })),
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
