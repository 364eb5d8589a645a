/**
 * Card throughput on a built site: renders every card with an empty cache (cold), then again with
 * the warm cache after removing the written cards (warm; must render zero). For bench/ to call,
 * or by hand: `node src/cards/bench.ts [distDir]` (default dist/; run `astro build` first).
 * Works on a copy of the HTML, so the given folder is left as it was.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCards, type BuildCardsStats } from './build.ts';

export interface CardBenchmark {
  cards: number;
  cold: { ms: number; rendered: number; cardsPerSecond: number };
  warm: { ms: number; rendered: number; cardsPerSecond: number };
  largest: BuildCardsStats['largest'];
}

export async function benchmarkCards(distDir: string, threads?: number): Promise<CardBenchmark> {
  const work = mkdtempSync(join(tmpdir(), 'lintas-card-bench-'));
  try {
    const dist = join(work, 'dist');
    const written = join(distDir, 'kartu');
    cpSync(distDir, dist, { recursive: true, filter: (src) => src !== written && !src.startsWith(`${written}/`) });
    const cacheDir = join(work, 'cache');
    const cold = await buildCards({ distDir: dist, cacheDir, threads });
    rmSync(join(dist, 'kartu'), { recursive: true, force: true });
    const warm = await buildCards({ distDir: dist, cacheDir, threads });
    const rate = (s: BuildCardsStats) => Math.round((s.cards / Math.max(s.ms, 1)) * 1000 * 10) / 10;
    return {
      cards: cold.cards,
      cold: { ms: cold.ms, rendered: cold.rendered, cardsPerSecond: rate(cold) },
      warm: { ms: warm.ms, rendered: warm.rendered, cardsPerSecond: rate(warm) },
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
