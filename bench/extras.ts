/**
 * Extra measurements: the hook where later features report their own cost. Each one runs after a
 * build of the kind it applies to and returns labelled figures that the report prints under the
 * main table. Add an object to EXTRA_MEASUREMENTS; nothing else in the benchmark needs to change.
 *
 * Planned (not implemented until the features land):
 * - Share cards: count of card images in dist (e.g. dist/**\/*.png under the card route) and the
 *   card-rendering time, read from a line the card integration logs (ctx.log holds the build log).
 * - Search index (Pagefind): index size on disk (dist/pagefind/), file count, indexing time.
 * - First search: bytes a visitor downloads for the first query (pagefind-entry.json + the
 *   wasm + the first index chunk(s) and fragments for a typical query such as "pelayanan desa").
 */
import type { BuildResult } from './measure.ts';

export interface ExtraContext {
  /** Which site was built. */
  kind: 'project' | 'baseline';
  /** 'cold' or 'warm'. */
  run: 'cold' | 'warm';
  root: string;
  dist: string;
  build: BuildResult;
}

export interface ExtraMeasurement {
  name: string;
  appliesTo: 'project' | 'baseline' | 'both';
  /** Returns label → value (already formatted); an empty object when the feature is absent. */
  measure(ctx: ExtraContext): Promise<Record<string, string>> | Record<string, string>;
}

export const EXTRA_MEASUREMENTS: ExtraMeasurement[] = [
  // { name: 'share cards', appliesTo: 'project', measure: (ctx) => ({ cards: String(countFiles(ctx.dist, '.png')) }) },
  // { name: 'search index', appliesTo: 'project', measure: (ctx) => ({ 'pagefind size': formatBytes(dirSize(join(ctx.dist, 'pagefind'))) }) },
  // { name: 'first search', appliesTo: 'project', measure: (ctx) => ({ 'bytes for "pelayanan desa"': ... }) },
];

export async function runExtras(ctx: ExtraContext): Promise<{ name: string; values: Record<string, string> }[]> {
  const results = [];
  for (const extra of EXTRA_MEASUREMENTS) {
    if (extra.appliesTo !== 'both' && extra.appliesTo !== ctx.kind) continue;
    try {
      results.push({ name: extra.name, values: await extra.measure(ctx) });
    } catch (error) {
      // A broken measurement must not hide the others: a benchmark reports, it does not fail.
      results.push({ name: extra.name, values: { error: (error as Error).message } });
    }
  }
  return results;
}
