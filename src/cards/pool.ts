/**
 * Renders cache misses with a bounded number of cards in flight. Takumi lays out and rasterises on
 * libuv's thread pool, so the JavaScript thread only builds element trees (≈ 1 ms a card) and
 * writes files: no worker threads are needed. While Astro renders pages, the workers run below the
 * JavaScript thread's priority (`lowerWorkerPriority`, src/cards/stream.ts); after it, one card
 * per core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, constants, setPriority } from 'node:os';
import { renderCard } from './render.ts';
import { CardCache } from './cache.ts';
import type { CardSpec } from './spec.ts';

/**
 * Puts libuv's worker threads (where Takumi renders) below the JavaScript thread, so cards rendered
 * while Astro renders pages take only the CPU the page render leaves idle. At equal priority two
 * cards in flight took the main thread's core half the time: the page render of a national cold
 * build went from 274 to 491 s. Linux names the workers `libuv-worker` and takes a thread id for
 * `setpriority`; elsewhere this does nothing. libuv starts all its workers on first use, so call
 * it once a card is in flight.
 */
export function lowerWorkerPriority(): void {
  try {
    for (const thread of readdirSync('/proc/self/task')) {
      if (readFileSync(`/proc/self/task/${thread}/comm`, 'utf8').trim() === 'libuv-worker') setPriority(Number(thread), constants.priority.PRIORITY_LOW);
    }
  } catch {
    // Not Linux, or no /proc: the cards share the CPU evenly, which is only slower.
  }
}

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
