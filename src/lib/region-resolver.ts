/**
 * Finds an official region from what a person types: a name ("Bangli", "Kota Bandung",
 * "Kab. Banyuwangi"), a slug ("kabupaten-banyuwangi") or a Kemendagri code ("35.10", "3510"),
 * case-insensitive. Pure: it works on the official table it is given.
 *
 * Used by `npm run new` (to turn --from/--to into slugs) and by the content check (to suggest
 * the right slug for a reference that does not exist), so both give the same answers.
 *
 * A bare name is matched on the part after "kabupaten-"/"kota-": "Bandung" is both Kabupaten
 * Bandung and Kota Bandung, so it is ambiguous and the choices are returned; "kota-banyuwangi"
 * does not exist, and the closest region is Kabupaten Banyuwangi (same name, other kind), not
 * Kota Bandung (closest by raw edit distance).
 */
import { distance } from 'fastest-levenshtein';
import { slugify } from '../domain/slug.ts';
import type { RegionKind } from '../domain/vocabulary.ts';
import type { OfficialRegion, OfficialRegions } from './official-regions.ts';

export type Resolution =
  | { status: 'found'; region: OfficialRegion }
  | { status: 'ambiguous'; choices: OfficialRegion[] }
  | { status: 'missing'; suggestions: OfficialRegion[] };

interface Indexed {
  region: OfficialRegion;
  /** Slug without its kind: "kabupaten-bandung" → "bandung"; provinces keep their slug. */
  bare: string;
}

interface RegionIndex {
  entries: Indexed[];
  byBare: Map<string, Indexed[]>;
}

/** Written prefixes and the kind they name; longer spellings first so "kabupaten-" wins over "kab-". */
const KIND_PREFIXES: [string, RegionKind][] = [
  ['kabupaten-', 'kabupaten'],
  ['kab-', 'kabupaten'],
  ['kota-', 'kota'],
  ['kotamadya-', 'kota'],
  ['provinsi-', 'provinsi'],
  ['prov-', 'provinsi'],
];

/** Splits a slugified query into the kind it names (if any) and the bare name. */
function splitKind(slug: string): { kind?: RegionKind; bare: string } {
  for (const [prefix, kind] of KIND_PREFIXES) {
    if (slug.startsWith(prefix) && slug.length > prefix.length) return { kind, bare: slug.slice(prefix.length) };
  }
  return { bare: slug };
}

export function bareName(region: Pick<OfficialRegion, 'slug' | 'kind'>): string {
  if (region.kind === 'kabupaten') return region.slug.replace(/^kabupaten-/, '');
  if (region.kind === 'kota') return region.slug.replace(/^kota-/, '');
  return region.slug;
}

const indexes = new WeakMap<OfficialRegions, RegionIndex>();

function indexOf(official: OfficialRegions): RegionIndex {
  let index = indexes.get(official);
  if (index) return index;
  const entries = official.list.map((region) => ({ region, bare: bareName(region) }));
  const byBare = new Map<string, Indexed[]>();
  for (const entry of entries) byBare.set(entry.bare, [...(byBare.get(entry.bare) ?? []), entry]);
  index = { entries, byBare };
  indexes.set(official, index);
  return index;
}

/** Official order: provinces and regencies by code, so choices read "Kabupaten Bandung / Kota Bandung". */
const byCode = (a: OfficialRegion, b: OfficialRegion) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** "32.04", "3204" or "32" → the official code form, or undefined when the text is not a code. */
function asCode(query: string): string | undefined {
  const q = query.trim();
  if (/^\d{2}(?:\.\d{2})?$/.test(q)) return q;
  if (/^\d{4}$/.test(q)) return `${q.slice(0, 2)}.${q.slice(2)}`;
  return undefined;
}

/** The region a person means, the choices when the name is shared, or the closest names on a miss. */
export function resolveRegion(query: string, official: OfficialRegions): Resolution {
  const code = asCode(query);
  if (code) {
    const region = official.byCode.get(code);
    if (region) return { status: 'found', region };
    return { status: 'missing', suggestions: [] };
  }
  const slug = slugify(query.replace(/\bkab\./gi, 'kabupaten '));
  if (!slug) return { status: 'missing', suggestions: [] };
  const { kind, bare } = splitKind(slug);
  const index = indexOf(official);

  if (kind) {
    // "Kota Bandung", "kabupaten-banyuwangi", "Provinsi Bengkulu": the kind is stated.
    const match = (index.byBare.get(bare) ?? []).filter((e) => e.region.kind === kind);
    if (match.length === 1) return { status: 'found', region: match[0]!.region };
  } else {
    // A bare name or a province slug: every region with that name is a candidate.
    const match = index.byBare.get(bare) ?? [];
    if (match.length === 1) return { status: 'found', region: match[0]!.region };
    if (match.length > 1) return { status: 'ambiguous', choices: match.map((e) => e.region).sort(byCode) };
  }
  return { status: 'missing', suggestions: closestRegions(slug, official) };
}

/** Every region close to `query`, scored (lower is closer), best first. */
function scoreRegions(query: string, official: OfficialRegions): { region: OfficialRegion; score: number }[] {
  const slug = slugify(query);
  if (!slug) return [];
  const { kind, bare } = splitKind(slug);
  const threshold = Math.max(3, Math.floor(bare.length / 3));
  const scored: { region: OfficialRegion; score: number }[] = [];
  for (const entry of indexOf(official).entries) {
    const d = Math.min(distance(bare, entry.bare), distance(slug, entry.region.slug));
    if (d > threshold) continue;
    // Half a point for a kind that differs from the stated one: a tie-breaker, never more.
    scored.push({ region: entry.region, score: d + (kind && entry.region.kind !== kind ? 0.5 : 0) });
  }
  return scored.sort((a, b) => a.score - b.score || byCode(a.region, b.region));
}

/**
 * Regions whose name is close to `query` (a slug or a name), best first; empty when nothing is
 * close. The bare names are compared first, so a wrong kind ("kota-banyuwangi") still finds the
 * region with the right name; when the query states a kind, regions of that kind win ties.
 */
export function closestRegions(query: string, official: OfficialRegions, limit = 5): OfficialRegion[] {
  return scoreRegions(query, official).slice(0, limit).map((s) => s.region);
}

/**
 * The did-you-mean for a region reference the content check could not find: the slug it most
 * likely meant (several when the name is shared or equally close), or [] when nothing is close.
 */
export function suggestRegionSlugs(value: string, official: OfficialRegions): string[] {
  const resolution = resolveRegion(value, official);
  if (resolution.status === 'found') return resolution.region.slug === value ? [] : [resolution.region.slug];
  if (resolution.status === 'ambiguous') return resolution.choices.map((r) => r.slug);
  const scored = scoreRegions(value, official);
  const top = scored[0]?.score;
  return scored.filter((s) => s.score === top).slice(0, 3).map((s) => s.region.slug);
}

/** "Kabupaten Bandung (32.04)" */
export function describeRegion(region: OfficialRegion): string {
  return `${region.name} (${region.code})`;
}

/** Short name for file names: "bangli" for Kabupaten Bangli, but "kota-bandung" where the bare name is shared. */
export function shortName(region: OfficialRegion, official: OfficialRegions): string {
  if (region.kind === 'provinsi') return region.slug;
  const bare = bareName(region);
  return (indexOf(official).byBare.get(bare)?.length ?? 0) > 1 ? region.slug : bare;
}
