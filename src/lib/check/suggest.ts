/** "Did you mean" for misspelt names: references, vocabulary values and the scaffolder's flags. */
import { closest, distance } from 'fastest-levenshtein';
import type { OfficialRegions } from '../official-regions.ts';
import { suggestRegionSlugs } from '../region-resolver.ts';

const didYouMean = (slugs: string[]) => (slugs.length ? `maksud Anda ${slugs.map((s) => `"${s}"`).join(' atau ')}?` : undefined);

/** Region references get the region resolver's suggestion: "kota-banyuwangi" → kabupaten-banyuwangi, "bandung" → both Bandungs. */
export function suggestRegion(value: string, official: OfficialRegions): string | undefined {
  return didYouMean(suggestRegionSlugs(value, official));
}

/**
 * "maksud Anda …?" for the closest candidate when it is close enough to be a likely typo, or else
 * for the slugs that contain what was typed as whole words (smart-kampung → smart-kampung-banyuwangi).
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(value, list);
  if (distance(value, best) <= Math.max(3, Math.floor(value.length / 3))) return `maksud Anda "${best}"?`;
  const partial = value.length >= 3 ? list.filter((c) => `-${c}-`.includes(`-${value}-`)).sort() : [];
  return didYouMean(partial.slice(0, 3));
}
