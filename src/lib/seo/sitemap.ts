/**
 * What the sitemap lists and each page's <lastmod>, from the entries' own dates: a visit page
 * changes with the visit and each follow-up on its commitments; an innovation page with its last
 * verification, its later news, the visits that studied it and the news on commitments to adopt
 * it; a region page with what it hosts, the visits it made and received and their news; a list
 * with the newest of its kind (a new entry can move every later page of a list).
 *
 * Dates as precise as the source give a span: lastmod is its last day, so a page whose news is
 * dated "Juni 2021" is never reported as older than it may be, and never later than the build.
 * Pages with no dated content (the region index, search, tools) carry no lastmod rather than
 * the build date: nothing on them changed because the site was rebuilt.
 */
import { lastDay } from '../../domain/dates.ts';
import type { CommitmentRecord, Model } from '../model.ts';
import { links, withBase } from '../links.ts';
import { reversePairSlug } from '../views/comparison.ts';

/** The newest last day of some dates, no later than `today`; undefined when there are none. */
export function latestDay(dates: readonly (string | undefined)[], today: string): string | undefined {
  let latest: string | undefined;
  for (const date of dates) {
    if (!date) continue;
    const day = lastDay(date);
    if (!latest || day > latest) latest = day;
  }
  return latest && latest > today ? today : latest;
}

const newsOn = (records: readonly CommitmentRecord[]) => records.flatMap((r) => r.followups.map((f) => f.data.date));

export interface SitemapPlan {
  /** Whether a page (a site path, with base) belongs in the sitemap: real pages only, no redirects, no CMS. */
  include(path: string): boolean;
  /** The page's lastmod (YYYY-MM-DD), when its content carries dates. */
  lastmod(path: string): string | undefined;
}

export function sitemapPlan(site: Model, today: string): SitemapPlan {
  const latest = (dates: readonly (string | undefined)[]) => latestDay(dates, today);
  const pages = new Map<string, string | undefined>();

  const innovationDates = (id: string) => {
    const innovation = site.innovations.get(id);
    return [site.stateOf(id)?.lastVerified ?? innovation?.data.lastVerified, ...site.newsOf(id).map((n) => n.data.date)];
  };
  const visitDates = (id: string) => newsOn(site.commitmentsOf(id));

  for (const visit of site.visits) pages.set(links.visit(visit.id), latest([visit.data.date, ...visitDates(visit.id)]));
  for (const id of site.innovations.keys()) {
    pages.set(
      links.innovation(id),
      latest([...innovationDates(id), ...site.visitsStudying(id).map((v) => v.data.date), ...newsOn(site.commitmentsToAdopt(id))]),
    );
  }
  for (const playbook of site.playbooks.values()) {
    pages.set(links.playbook(playbook.id), latest([...playbook.data.sources.map((s) => s.date), ...playbook.data.innovations.flatMap(innovationDates)]));
  }
  for (const region of site.regions.values()) {
    const hosted = site.innovationsHostedBy(region.slug);
    const visits = [...site.visitsMadeBy(region.slug), ...site.visitsReceivedBy(region.slug)];
    pages.set(
      links.region(region.slug),
      latest([
        ...(region.profile?.data.sources.map((s) => s.date) ?? []),
        ...hosted.flatMap((i) => innovationDates(i.id)),
        ...visits.map((v) => v.data.date),
        ...newsOn(site.commitmentsMadeBy(region.slug)),
        ...newsOn(hosted.flatMap((i) => site.commitmentsToAdopt(i.id))),
      ]),
    );
  }
  const excluded = new Set<string>();
  for (const pair of site.pairs.values()) {
    pages.set(links.comparisonBySlug(pair.slug), latest(pair.visits.flatMap((v) => [v.data.date, ...visitDates(v.id)])));
    excluded.add(links.comparisonBySlug(reversePairSlug(pair)));
  }

  const allVisits = latest(site.visits.flatMap((v) => [v.data.date, ...visitDates(v.id)]));
  const allInnovations = latest([...site.innovations.keys()].flatMap(innovationDates));
  const allPlaybooks = latest([...site.playbooks.values()].map((p) => pages.get(links.playbook(p.id))));
  const everything = latest([allVisits, allInnovations, allPlaybooks]);
  // A list and its numbered pages (/inovasi/, /inovasi/halaman/2/, …).
  const lists: [string, string | undefined][] = [
    [links.list('innovation'), allInnovations],
    [links.list('playbook'), allPlaybooks],
    [links.list('visit'), allVisits],
    [links.section('ledger'), allVisits],
    [links.section('institutions'), latest(site.institutions.flatMap((i) => i.visits.map((v) => pages.get(links.visit(v.id)))))],
  ];
  pages.set(links.home(), everything);
  // /data/ also publishes the curated region profiles.
  pages.set(links.section('data'), latest([everything, ...[...site.regions.values()].flatMap((r) => r.profile?.data.sources.map((s) => s.date) ?? [])]));

  return planOf(pages, lists, excluded);
}

/** The plan's lookups, apart from the model: the plan is made before the pages render and kept until the sitemap is written, and should not keep the model alive meanwhile. */
function planOf(pages: ReadonlyMap<string, string | undefined>, lists: readonly [string, string | undefined][], excluded: ReadonlySet<string>): SitemapPlan {
  const admin = withBase('/admin/');
  return {
    include: (path) => path.endsWith('/') && !excluded.has(path) && !path.startsWith(admin),
    lastmod(path) {
      if (pages.has(path)) return pages.get(path);
      const list = lists.find(([base]) => path === base || path.startsWith(`${base}halaman/`));
      return list?.[1];
    },
  };
}
