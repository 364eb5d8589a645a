/**
 * Worker thread: renders cards sent by pool.ts into the cache. Fonts are parsed once per worker,
 * on the first job, and reused for all the following ones.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import { CardCache } from './cache.ts';
import type { CardSpec } from './spec.ts';

export interface WorkerJob {
  id: number;
  key: string;
  spec: CardSpec;
  cacheDir: string;
}
export type WorkerResult = { id: number; bytes: number; ms: number } | { id: number; error: string };

const caches = new Map<string, CardCache>();

parentPort?.on('message', async (job: WorkerJob) => {
  const started = performance.now();
  try {
    let cache = caches.get(job.cacheDir);
    if (!cache) caches.set(job.cacheDir, (cache = new CardCache(job.cacheDir)));
    const png = await renderCard(job.spec);
    cache.put(job.key, png);
    parentPort!.postMessage({ id: job.id, bytes: png.length, ms: performance.now() - started } satisfies WorkerResult);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResult);
  }
});
