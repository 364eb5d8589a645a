/** The home page and the visiting institutions' page: counts, newest visits, innovations. */
import type { Model } from '../model.ts';
import { innovationCard, visitCard } from './shared.ts';

export function homeView(site: Model) {
  const innovations = [...site.innovations.values()].sort((a, b) => b.data.lastVerified.localeCompare(a.data.lastVerified) || a.data.title.localeCompare(b.data.title, 'id'));
  const provinces = [...site.regions.values()].filter((r) => r.official.kind === 'provinsi').length;
  return {
    counts: { innovations: site.innovations.size, playbooks: site.playbooks.size, visits: site.visits.length, regions: site.regions.size, provinces, regencies: site.regions.size - provinces, commitments: site.commitments.length },
    latestVisits: site.visits.slice(0, 6).map((v) => visitCard(site, v)),
    /** Most recently verified first. */
    innovations: innovations.slice(0, 9).map((i) => innovationCard(site, i)),
  };
}

/** Visiting institutions by name, each with its visits; `slug` is its anchor on the page. */
export function institutionsView(site: Model) {
  const institutions = site.institutions.map((i) => ({ name: i.name, slug: i.slug, visits: i.visits.map((v) => visitCard(site, v)) }));
  return { institutions, visits: institutions.reduce((n, i) => n + i.visits.length, 0) };
}
