/**
 * Finds an official region from what a person types: a name ("Bangli", "Kota Bandung",
 * "Kab. Banyuwangi"), a slug ("kabupaten-banyuwangi") or a Kemendagri code ("35.10", "3510"),
 * case-insensitive. Pure: it works on the official table it is given.
 *
 * Used by `npm run new` (to turn --from/--to into slugs), by the content check (to suggest the
 * right slug for a reference that does not exist) and by the compare tool in the browser (which
 * knows names, not codes), so all three give the same answers.
 *
 * A bare name is matched on the part after "kabupaten-"/"kota-": "Bandung" is both Kabupaten
 * Bandung and Kota Bandung, so it is ambiguous and the choices are returned; "kota-banyuwangi"
 * does not exist, and the closest region is Kabupaten Banyuwangi (same name, other kind), not
 * Kota Bandung (closest by raw edit distance).
 */
import { distance } from 'fastest-levenshtein';
import { slugify } from '../domain/slug.ts';
import type { RegionKind } from '../domain/vocabulary.ts';
import type { OfficialRegion } from './official-regions.ts';

/** What the resolver needs of a region; the official table fits, so does the compare tool's data. */
export interface Resolvable {
  slug: string;
  kind: RegionKind;
  /** The Kemendagri code, where known; choices are listed in code order. */
  code?: string;
}

/** Regions in official order (by code), and, where codes are known, the lookup by code. */
export interface RegionTable<R extends Resolvable = OfficialRegion> {
  list: readonly R[];
  byCode?: ReadonlyMap<string, R>;
}

export type Resolution<R extends Resolvable = OfficialRegion> =
  | { status: 'found'; region: R }
  | { status: 'ambiguous'; choices: R[] }
  | { status: 'missing'; suggestions: R[] };

interface Indexed<R> {
  region: R;
  /** Slug without its kind: "kabupaten-bandung" → "bandung"; provinces keep their slug. */
  bare: string;
  /** Position in the table, the order used when codes are not known. */
  order: number;
}

interface RegionIndex<R> {
  entries: Indexed<R>[];
  byBare: Map<string, Indexed<R>[]>;
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

export function bareName(region: Resolvable): string {
  if (region.kind === 'kabupaten') return region.slug.replace(/^kabupaten-/, '');
  if (region.kind === 'kota') return region.slug.replace(/^kota-/, '');
  return region.slug;
}

const indexes = new WeakMap<RegionTable<Resolvable>, RegionIndex<Resolvable>>();

function indexOf<R extends Resolvable>(table: RegionTable<R>): RegionIndex<R> {
  let index = indexes.get(table) as RegionIndex<R> | undefined;
  if (index) return index;
  const entries = table.list.map((region, order) => ({ region, bare: bareName(region), order }));
  const byBare = new Map<string, Indexed<R>[]>();
  for (const entry of entries) byBare.set(entry.bare, [...(byBare.get(entry.bare) ?? []), entry]);
  index = { entries, byBare };
  indexes.set(table, index as RegionIndex<Resolvable>);
  return index;
}

/** Official order: by code, so choices read "Kabupaten Bandung / Kota Bandung". */
const inOrder = <R extends Resolvable>(a: Indexed<R>, b: Indexed<R>) =>
  a.region.code !== undefined && b.region.code !== undefined && a.region.code !== b.region.code
    ? (a.region.code < b.region.code ? -1 : 1)
    : a.order - b.order;

/** "32.04", "3204" or "32" → the official code form, or undefined when the text is not a code. */
function asCode(query: string): string | undefined {
  const q = query.trim();
  if (/^\d{2}(?:\.\d{2})?$/.test(q)) return q;
  if (/^\d{4}$/.test(q)) return `${q.slice(0, 2)}.${q.slice(2)}`;
  return undefined;
}

/**
 * The region a person means, the choices when the name is shared, or the closest names on a miss.
 * With `partial`, a name that is only part of region names ("banyu") resolves the way a browser's
 * suggestion list filters: one region containing it is found, several are choices. The CLI and the
 * check stay strict; the compare tool, where a person picks from that list, is partial.
 */
export function resolveRegion<R extends Resolvable>(query: string, official: RegionTable<R>, { partial = false } = {}): Resolution<R> {
  const code = asCode(query);
  if (code) {
    const region = official.byCode?.get(code);
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
    if (match.length > 1) return { status: 'ambiguous', choices: [...match].sort(inOrder).map((e) => e.region) };
  }
  if (partial) {
    const match = index.entries.filter((e) => e.region.slug.includes(slug));
    if (match.length === 1) return { status: 'found', region: match[0]!.region };
    if (match.length > 1) return { status: 'ambiguous', choices: match.sort(inOrder).map((e) => e.region) };
  }
  return { status: 'missing', suggestions: closestRegions(slug, official) };
}

/** Every region close to `query`, scored (lower is closer), best first. */
function scoreRegions<R extends Resolvable>(query: string, official: RegionTable<R>): { entry: Indexed<R>; score: number }[] {
  const slug = slugify(query);
  if (!slug) return [];
  const { kind, bare } = splitKind(slug);
  const threshold = Math.max(3, Math.floor(bare.length / 3));
  const scored: { entry: Indexed<R>; score: number }[] = [];
  for (const entry of indexOf(official).entries) {
    const d = Math.min(distance(bare, entry.bare), distance(slug, entry.region.slug));
    if (d > threshold) continue;
    // Half a point for a kind that differs from the stated one: a tie-breaker, never more.
    scored.push({ entry, score: d + (kind && entry.region.kind !== kind ? 0.5 : 0) });
  }
  return scored.sort((a, b) => a.score - b.score || inOrder(a.entry, b.entry));
}

/**
 * Regions whose name is close to `query` (a slug or a name), best first; empty when nothing is
 * close. The bare names are compared first, so a wrong kind ("kota-banyuwangi") still finds the
 * region with the right name; when the query states a kind, regions of that kind win ties.
 */
export function closestRegions<R extends Resolvable>(query: string, official: RegionTable<R>, limit = 5): R[] {
  return scoreRegions(query, official).slice(0, limit).map((s) => s.entry.region);
}

/**
 * The did-you-mean for a region reference the content check could not find: the slug it most
 * likely meant (several when the name is shared or equally close), or [] when nothing is close.
 */
export function suggestRegionSlugs(value: string, official: RegionTable): string[] {
  const resolution = resolveRegion(value, official);
  if (resolution.status === 'found') return resolution.region.slug === value ? [] : [resolution.region.slug];
  if (resolution.status === 'ambiguous') return resolution.choices.map((r) => r.slug);
  return likeliestRegions(value, official).map((r) => r.slug);
}

/** The regions a name that matches none most likely meant: the closest, several only when equally close. */
export function likeliestRegions<R extends Resolvable>(value: string, official: RegionTable<R>): R[] {
  const scored = scoreRegions(value, official);
  const top = scored[0]?.score;
  return scored.filter((s) => s.score === top).slice(0, 3).map((s) => s.entry.region);
}

/** "Kabupaten Bandung (32.04)" */
export function describeRegion(region: OfficialRegion): string {
  return `${region.name} (${region.code})`;
}

/** Short name for file names: "bangli" for Kabupaten Bangli, but "kota-bandung" where the bare name is shared. */
export function shortName(region: OfficialRegion, official: RegionTable): string {
  if (region.kind === 'provinsi') return region.slug;
  const bare = bareName(region);
  return (indexOf(official).byBare.get(bare)?.length ?? 0) > 1 ? region.slug : bare;
}
