/**
 * What a delegation needs with a page when it saves it for offline reading (issue: offline field
 * pack). The page itself comes first; the rest is what its links lead to that a reader on a bus or
 * in a village would open next, each page once. Pure over the site model; the views pass the
 * result to SavePack.
 */
import type { Entry, buildModel } from './model.ts';
import type { Visit } from '../schemas/visit.ts';
import type { Innovation } from '../schemas/innovation.ts';
import type { Playbook } from '../schemas/playbook.ts';
import { links } from './links.ts';

type Model = Pick<ReturnType<typeof buildModel>, 'innovationsHostedBy' | 'playbooksFor' | 'visitsMadeBy' | 'visitsReceivedBy' | 'innovations' | 'region' | 'comparisonHref'>;

/** In order of first mention: two innovations may share a playbook. */
const once = (paths: string[]) => [...new Set(paths)];
const playbooksOf = (site: Model, innovationIds: string[]) => innovationIds.flatMap((id) => site.playbooksFor(id).map((p) => links.playbook(p.id)));

/** A visit: both regions, what was studied and the playbooks for it. */
export function visitPack(site: Model, visit: Entry<Visit>): string[] {
  const studied = visit.data.innovationsStudied.filter((id) => site.innovations.has(id));
  return once([
    links.visit(visit.id),
    links.region(visit.data.host),
    ...(visit.data.visitor.region ? [links.region(visit.data.visitor.region)] : []),
    ...studied.map((id) => links.innovation(id)),
    ...playbooksOf(site, studied),
  ]);
}

/** An innovation: its playbooks (the stages) and its host region. */
export function innovationPack(site: Model, innovation: Entry<Innovation>): string[] {
  return once([links.innovation(innovation.id), ...playbooksOf(site, [innovation.id]), links.region(innovation.data.host)]);
}

/** A playbook: the innovations it rolls out and the region whose practice it records. */
export function playbookPack(site: Model, playbook: Entry<Playbook>): string[] {
  const innovations = playbook.data.innovations.filter((id) => site.innovations.has(id));
  return once([links.playbook(playbook.id), ...innovations.map((id) => links.innovation(id)), links.region(playbook.data.owner)]);
}

/** A host region: its innovations with their playbooks, and the visits it made and received. */
export function regionPack(site: Model, slug: string): string[] {
  const innovations = site.innovationsHostedBy(slug).map((i) => i.id);
  return once([
    links.region(slug),
    ...innovations.map((id) => links.innovation(id)),
    ...playbooksOf(site, innovations),
    ...[...site.visitsReceivedBy(slug), ...site.visitsMadeBy(slug)].map((v) => links.visit(v.id)),
  ]);
}

/** A comparison: both regions. */
export function comparisonPack(site: Model, a: string, b: string): string[] {
  return once([site.comparisonHref(a, b) ?? links.list('comparison'), links.region(a), links.region(b)]);
}
