/**
 * The built site's one view of all content, loaded once per build and shared by every page.
 * Only this module talks to astro:content; everything it computes lives in pure modules.
 */
import { getCollection } from 'astro:content';
import { buildModel } from './model.ts';
import { loadOfficialRegions } from './official-regions.ts';

async function load() {
  const [official, regions, innovations, playbooks, visits] = await Promise.all([
    loadOfficialRegions(),
    getCollection('regions'),
    getCollection('innovations'),
    getCollection('playbooks'),
    getCollection('visits'),
  ]);
  return buildModel({ official, regions, innovations, playbooks, visits });
}

let site: ReturnType<typeof load> | undefined;

export function getSite() {
  site ??= load();
  return site;
}
export type Site = Awaited<ReturnType<typeof load>>;
