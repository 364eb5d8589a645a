/**
 * Card throughput on a built site: renders every card with an empty cache (cold), then again with
 * the warm cache after removing the written cards (warm; must render zero). Each run also reports
 * the time spent reading the pages' declarations (`readMs`). By hand:
 * `node bench/cards.ts [distDir]` (default dist/; run `astro build` first).
 * Works on a copy of the HTML, so the given folder is left as it was.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCards, type BuildCardsStats } from '../src/cards/build.ts';

interface Run {
  ms: number;
  readMs: number;
  rendered: number;
  cardsPerSecond: number;
}

export interface CardBenchmark {
  cards: number;
  cold: Run;
  warm: Run;
  largest: BuildCardsStats['largest'];
}

export async function benchmarkCards(distDir: string, inFlight?: number): Promise<CardBenchmark> {
  const work = mkdtempSync(join(tmpdir(), 'lintas-card-bench-'));
  try {
    const dist = join(work, 'dist');
    const written = join(distDir, 'kartu');
    cpSync(distDir, dist, { recursive: true, filter: (src) => src !== written && !src.startsWith(`${written}/`) });
    const cacheDir = join(work, 'cache');
    const cold = await buildCards({ distDir: dist, cacheDir, inFlight });
    rmSync(join(dist, 'kartu'), { recursive: true, force: true });
    const warm = await buildCards({ distDir: dist, cacheDir, inFlight });
    const rate = (s: BuildCardsStats) => Math.round((s.cards / Math.max(s.ms, 1)) * 1000 * 10) / 10;
    const run = (s: BuildCardsStats): Run => ({ ms: s.ms, readMs: s.readMs, rendered: s.rendered, cardsPerSecond: rate(s) });
    return {
      cards: cold.cards,
      cold: run(cold),
      warm: run(warm),
      largest: cold.largest,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchmarkCards(resolve(process.argv[2] ?? 'dist'));
  console.log(JSON.stringify(result, null, 2));
}
