/**
 * What a delegation needs with a page when it saves it for offline reading (issue: offline field
 * pack). The page itself comes first; the rest is what its links lead to that a reader on a bus or
 * in a village would open next. Pure over the site model; pages pass the result to SavePack.
 */
import type { Entry, buildModel } from './model.ts';
import type { Visit } from '../schemas/visit.ts';
import type { Innovation } from '../schemas/innovation.ts';
import type { Playbook } from '../schemas/playbook.ts';

type Model = Pick<ReturnType<typeof buildModel>, 'innovationsHostedBy' | 'playbooksFor' | 'visitsMadeBy' | 'visitsReceivedBy' | 'innovations' | 'region' | 'comparisonHref'>;

const regionPath = (slug: string) => `/daerah/${slug}/`;
const innovationPath = (id: string) => `/inovasi/${id}/`;
const playbookPath = (id: string) => `/panduan/${id}/`;
const visitPath = (id: string) => `/kunjungan/${id}/`;

/** A visit: both regions, what was studied and the playbooks for it. */
export function visitPack(site: Model, visit: Entry<Visit>): string[] {
  const studied = visit.data.innovationsStudied.filter((id) => site.innovations.has(id));
  return [
    visitPath(visit.id),
    regionPath(visit.data.host),
    ...(visit.data.visitor.region ? [regionPath(visit.data.visitor.region)] : []),
    ...studied.map(innovationPath),
    ...studied.flatMap((id) => site.playbooksFor(id).map((p) => playbookPath(p.id))),
  ];
}

/** An innovation: its playbooks (the stages) and its host region. */
export function innovationPack(site: Model, innovation: Entry<Innovation>): string[] {
  return [innovationPath(innovation.id), ...site.playbooksFor(innovation.id).map((p) => playbookPath(p.id)), regionPath(innovation.data.host)];
}

/** A playbook: the innovations it rolls out and the region whose practice it records. */
export function playbookPack(site: Model, playbook: Entry<Playbook>): string[] {
  return [playbookPath(playbook.id), ...playbook.data.innovations.filter((id) => site.innovations.has(id)).map(innovationPath), regionPath(playbook.data.owner)];
}

/** A host region: its innovations with their playbooks, and the visits it made and received. */
export function regionPack(site: Model, slug: string): string[] {
  const innovations = site.innovationsHostedBy(slug);
  return [
    regionPath(slug),
    ...innovations.map((i) => innovationPath(i.id)),
    ...innovations.flatMap((i) => site.playbooksFor(i.id).map((p) => playbookPath(p.id))),
    ...[...site.visitsReceivedBy(slug), ...site.visitsMadeBy(slug)].map((v) => visitPath(v.id)),
  ];
}

/** A comparison: both regions. */
export function comparisonPack(site: Model, a: string, b: string): string[] {
  return [site.comparisonHref(a, b) ?? `/bandingkan/`, regionPath(a), regionPath(b)];
}
