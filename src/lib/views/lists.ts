/** The paged lists of innovations, playbooks and visits: each page's cards, built from the site model. */
import { listPages } from '../pagination.ts';
import { links } from '../links.ts';
import type { Model } from '../model.ts';
import { innovationCard, regionLink, visitCard, type NamedLink } from './shared.ts';

/** Innovations by title (Indonesian collation), as cards. */
export function innovationListPaths(site: Model) {
  const sorted = [...site.innovations.values()].sort((a, b) => a.data.title.localeCompare(b.data.title, 'id'));
  return listPages(sorted.map((i) => innovationCard(site, i)));
}

/** Visits newest first, as cards. */
export function visitListPaths(site: Model) {
  return listPages(site.visits.map((v) => visitCard(site, v)));
}

export interface PlaybookCard {
  href: string;
  title: string;
  owner: NamedLink;
  stages: number;
  summary: string;
}

/** Playbooks by title, as cards. */
export function playbookListPaths(site: Model) {
  const sorted = [...site.playbooks.values()].sort((a, b) => a.data.title.localeCompare(b.data.title, 'id'));
  return listPages(
    sorted.map((p): PlaybookCard => ({ href: links.playbook(p.id), title: p.data.title, owner: regionLink(site, p.data.owner), stages: p.data.stages.length, summary: p.data.summary })),
  );
}

/** A list page's title: the section's name, with the page number after the first. */
export const listTitle = (name: string, page: number) => (page === 1 ? name : `${name} (halaman ${page})`);
