/**
 * JSON-LD for search engines, typed with schema-dts so only schema.org terms fit. Every page
 * carries a BreadcrumbList; a visit page an Event, a region page an AdministrativeArea with its
 * Kemendagri code, /data/ a Dataset for all open data with one Dataset per download.
 *
 * Each block states only what its page shows: names, descriptions and addresses come from the
 * same views as the page's <title>, Open Graph tags and feed entries; dates are written as
 * precise as their source (a visit in "2021-06" starts on "2021-06", never on an invented day).
 */
import type { AdministrativeArea, BreadcrumbList, DataDownload, Dataset, Event, Graph, Organization, Thing } from 'schema-dts';
import { compareDates } from '../../domain/dates.ts';
import type { Visit } from '../../schemas/visit.ts';
import { absoluteUrl, links } from '../links.ts';
import type { Entry, Model, Region } from '../model.ts';
import { regionMeta } from '../views/region.ts';
import { regionLink, visitorLink } from '../views/shared.ts';
import { visitMeta } from '../views/visit.ts';

/** What every page's share targets agree on: title, description and canonical address (absolute). */
export interface PageShare {
  title: string;
  description: string;
  url: string;
}

/** Lintas itself, as creator of its pages and open data. */
export const lintasOrganization = (origin: URL | string): Organization => ({ '@type': 'Organization', name: 'Lintas', url: absoluteUrl(links.home(), origin) });

/**
 * The trail the page's breadcrumb navigation shows (home, then its parents) with the page itself
 * last, as schema.org's BreadcrumbList expects. `trail` hrefs are site paths.
 */
export function breadcrumbList(trail: readonly { href: string; label: string }[], page: PageShare, origin: URL | string): BreadcrumbList {
  const home = absoluteUrl(links.home(), origin);
  const crumbs = [{ name: 'Beranda', url: home }, ...trail.map((c) => ({ name: c.label, url: absoluteUrl(c.href, origin) }))];
  if (page.url !== home) crumbs.push({ name: page.title, url: page.url });
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** A region as schema.org's AdministrativeArea, identified by its official code (always a string: "62.06"). */
function area(region: Region, origin: URL | string): AdministrativeArea {
  return {
    '@type': 'AdministrativeArea',
    name: region.official.name,
    identifier: { '@type': 'PropertyValue', propertyID: 'Kode wilayah Kemendagri', value: region.official.code },
    url: absoluteUrl(links.region(region.slug), origin),
  };
}

/** A region page's main entity: the region, its code, its province. */
export function regionArea(site: Model, region: Region, origin: URL | string): AdministrativeArea {
  const meta = regionMeta(site, region);
  const province = region.province ? site.region(region.province.slug) : undefined;
  return {
    '@type': 'AdministrativeArea',
    name: meta.title,
    description: meta.description,
    identifier: { '@type': 'PropertyValue', propertyID: 'Kode wilayah Kemendagri', value: region.official.code },
    url: absoluteUrl(links.region(region.slug), origin),
    ...(province ? { containedInPlace: area(province, origin) } : {}),
  };
}

/** Who came or who hosted: a region's government or a named institution (its kind unstated), linked where the visit page links it. */
function party(who: { name: string; href?: string; institution?: boolean }, origin: URL | string): Organization {
  return { '@type': who.institution ? 'Organization' : 'GovernmentOrganization', name: who.name, ...(who.href ? { url: absoluteUrl(who.href, origin) } : {}) };
}

/**
 * A visit as an Event. `startDate` is the date as the source gives it (2021-11-15, 2021-06 or
 * 2016: all valid ISO 8601), so a month-only visit claims no day; no end date, status or
 * attendance mode, which no source states.
 */
export function visitEvent(site: Model, visit: Entry<Visit>, origin: URL | string): Event {
  const { data } = visit;
  const meta = visitMeta(site, visit);
  const host = regionLink(site, data.host);
  const visitor = visitorLink(site, data.visitor);
  const hostRegion = site.region(data.host);
  const hostPlace = hostRegion ? area(hostRegion, origin) : ({ '@type': 'AdministrativeArea', name: host.name } as AdministrativeArea);
  const studied = data.innovationsStudied.map((id) => site.innovations.get(id)).filter((i) => i !== undefined);
  return {
    '@type': 'Event',
    name: meta.title,
    description: meta.description,
    url: absoluteUrl(links.visit(visit.id), origin),
    startDate: data.date,
    location: data.location ? { '@type': 'Place', name: data.location, containedInPlace: hostPlace } : hostPlace,
    organizer: party(host, origin),
    attendee: party(visitor, origin),
    ...(studied.length ? { about: studied.map((i): Thing => ({ '@type': 'Thing', name: i.data.title, url: absoluteUrl(links.innovation(i.id), origin) })) } : {}),
  };
}

/** One download of /data/: what it holds, its licence, its coverage in time and its files. */
export interface DatasetEntry {
  name: string;
  title: string;
  description: string;
  licenceUrl: string;
  /** ISO 8601 interval of the dates its records carry, as precise as they are ("2019-07-02/2023-05"); absent when they carry none. */
  temporalCoverage?: string;
  /** Site paths of the JSON and CSV files. */
  files: { format: 'json' | 'csv'; href: string }[];
}

const MEDIA_TYPES = { json: 'application/json', csv: 'text/csv' } as const;

/** "first/last" of some partial dates, each written as given; the one date alone when they agree. */
export function dateSpan(dates: readonly string[]): string | undefined {
  if (dates.length === 0) return undefined;
  const sorted = [...dates].sort(compareDates);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return first === last ? first : `${first}/${last}`;
}

/** /data/: one Dataset for all of Lintas's open data, with each download a Dataset of its own (`hasPart`). */
export function openDataCatalog(page: PageShare, entries: readonly DatasetEntry[], origin: URL | string): Dataset {
  const creator = lintasOrganization(origin);
  const indonesia = { '@type': 'Country', name: 'Indonesia' } as const;
  const parts: Dataset[] = entries.map((d) => ({
    '@type': 'Dataset',
    '@id': `${page.url}#${d.name}`,
    name: d.title,
    description: d.description,
    url: `${page.url}#${d.name}`,
    license: d.licenceUrl,
    creator,
    inLanguage: 'id',
    isAccessibleForFree: true,
    spatialCoverage: indonesia,
    ...(d.temporalCoverage ? { temporalCoverage: d.temporalCoverage } : {}),
    distribution: d.files.map((f): DataDownload => ({ '@type': 'DataDownload', encodingFormat: MEDIA_TYPES[f.format], contentUrl: absoluteUrl(f.href, origin) })),
  }));
  const spans = entries.flatMap((d) => (d.temporalCoverage ? d.temporalCoverage.split('/') : []));
  return {
    '@type': 'Dataset',
    name: page.title,
    description: page.description,
    url: page.url,
    license: [...new Set(entries.map((d) => d.licenceUrl))],
    creator,
    inLanguage: 'id',
    isAccessibleForFree: true,
    spatialCoverage: indonesia,
    ...(spans.length ? { temporalCoverage: dateSpan(spans) } : {}),
    hasPart: parts,
  };
}

/** The page's one JSON-LD block: its breadcrumb trail and its main entities. */
export function pageGraph(nodes: readonly Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes.filter((n) => typeof n === 'object') as Graph['@graph'] };
}

/**
 * JSON for inside `<script type="application/ld+json">`. The HTML parser ends a script at the
 * first `</script`, whatever JSON thinks of it, so `<`, `>` and `&` are written as JSON escapes
 * (`\u003c`): an author's "</script><script>…" stays text in a string. U+2028/2029 likewise,
 * for JavaScript readers that predate ES2019.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
