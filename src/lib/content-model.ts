/**
 * The site model over content the content check accepted, for code that runs outside Astro's
 * collections (the sitemap integration after the build, the test scenarios). What the check
 * accepts is what the build publishes, so this is the model the pages were built from.
 */
import type { CheckResult } from './check/index.ts';
import { buildModel, type Model } from './model.ts';
import { loadOfficialRegions } from './official-regions.ts';

type ModelInput = Parameters<typeof buildModel>[0];
export type Collections = Omit<ModelInput, 'official'>;

/** `extra` adds entries to any collection (e.g. many fictional innovations for one host) without writing files. */
export async function modelOfCheckedContent(content: CheckResult['content'], extra: Partial<Collections> = {}): Promise<Model> {
  const entries = <T>(map: Map<string, T>) => [...map].map(([id, data]) => ({ id, data }));
  return buildModel({
    official: await loadOfficialRegions(),
    regions: [...entries(content.regions), ...(extra.regions ?? [])],
    innovations: [...entries(content.innovations), ...(extra.innovations ?? [])],
    playbooks: [...entries(content.playbooks), ...(extra.playbooks ?? [])],
    visits: [...entries(content.visits), ...(extra.visits ?? [])],
    followups: [...entries(content.followups), ...(extra.followups ?? [])],
    news: [...entries(content.news), ...(extra.news ?? [])],
  });
}
