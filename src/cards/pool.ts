/**
 * Renders cache misses with a bounded number of cards in flight. Takumi lays out and rasterises on
 * libuv's thread pool, so the JavaScript thread only builds element trees (≈ 1 ms a card) and
 * writes files: no worker threads are needed, and while Astro renders pages on the main thread,
 * one card in flight keeps the second core busy (`inFlight: 1`); after it, one per core.
 */
import { availableParallelism } from 'node:os';
import { renderCard } from './render.ts';
import { CardCache } from './cache.ts';
import type { CardSpec } from './spec.ts';

export interface RenderJob {
  key: string;
  spec: CardSpec;
  /** Used in error messages: the page that declared the card. */
  label: string;
}

export interface RenderOptions {
  cacheDir: string;
  /** Cards rendered at once; default os.availableParallelism(). */
  inFlight?: number;
  /** Stops taking new jobs when it returns true (cards already started finish). */
  stop?: () => boolean;
}

/** A card whose spec could not be rendered: fails the build (not retried). */
export class CardRenderError extends Error {}

/**
 * Renders each job into the cache; resolves with each rendered card's PNG size in bytes, by key.
 * Every failure is collected and thrown together, naming each page.
 */
export async function renderIntoCache(jobs: readonly RenderJob[], options: RenderOptions): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const cache = new CardCache(options.cacheDir);
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < jobs.length && !options.stop?.()) {
      const job = jobs[next++]!;
      try {
        const png = await renderCard(job.spec);
        cache.put(job.key, png);
        sizes.set(job.key, png.length);
      } catch (error) {
        failures.push(`Kartu untuk ${job.label} gagal dibuat: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const lanes = Math.max(1, Math.min(options.inFlight ?? availableParallelism(), jobs.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  if (failures.length) throw new CardRenderError(failures.join('\n'));
  return sizes;
}
