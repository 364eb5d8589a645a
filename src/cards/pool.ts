/**
 * Renders cache misses in parallel: one worker thread per available core (os.availableParallelism),
 * each pulling the next job as soon as it finishes one. Small batches render on the calling thread,
 * where starting workers (≈ 0.3 s each: Satori, Yoga and fonts) would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderCard } from './render.ts';
import { CardCache } from './cache.ts';
import type { CardSpec } from './spec.ts';
import type { WorkerJob, WorkerResult } from './worker.ts';

export interface RenderJob {
  key: string;
  spec: CardSpec;
  /** Used in error messages: the page that declared the card. */
  label: string;
}

export interface RenderOptions {
  cacheDir: string;
  /** Worker threads; default os.availableParallelism(). 0 or 1 renders on this thread. */
  threads?: number;
  /** Below this many jobs, render on this thread. Default 8. */
  minParallel?: number;
  /** Told when workers fail and rendering falls back to this thread. */
  onWarning?: (message: string) => void;
}

/** Renders each job into the cache; resolves with each card's PNG size in bytes, by key. */
export async function renderIntoCache(jobs: RenderJob[], options: RenderOptions): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (jobs.length === 0) return sizes;
  const threads = Math.min(options.threads ?? availableParallelism(), jobs.length);
  if (threads <= 1 || jobs.length < (options.minParallel ?? 8)) {
    await renderHere(jobs, options.cacheDir, sizes);
    return sizes;
  }
  try {
    await renderInWorkers(jobs, options.cacheDir, threads, sizes);
  } catch (error) {
    if (error instanceof CardRenderError) throw error;
    // A worker could not start or died (e.g. a Node without TypeScript type stripping):
    // finish the remaining cards here rather than fail the build.
    options.onWarning?.(`Pekerja kartu gagal (${error instanceof Error ? error.message : String(error)}); sisa kartu dibuat di thread utama`);
    await renderHere(
      jobs.filter((job) => !sizes.has(job.key)),
      options.cacheDir,
      sizes,
    );
  }
  return sizes;
}

/** A card whose spec could not be rendered: fails the build (not retried). */
export class CardRenderError extends Error {}

async function renderHere(jobs: RenderJob[], cacheDir: string, sizes: Map<string, number>): Promise<void> {
  const cache = new CardCache(cacheDir);
  for (const job of jobs) {
    let png: Buffer;
    try {
      png = await renderCard(job.spec);
    } catch (error) {
      throw new CardRenderError(`Kartu untuk ${job.label} gagal dibuat: ${error instanceof Error ? error.message : String(error)}`);
    }
    cache.put(job.key, png);
    sizes.set(job.key, png.length);
  }
}

async function renderInWorkers(jobs: RenderJob[], cacheDir: string, threads: number, sizes: Map<string, number>): Promise<void> {
  const workerUrl = new URL('./worker.ts', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl));
  let next = 0;
  const failures: string[] = [];
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length || failures.length) return resolve();
              const id = next++;
              const job = jobs[id]!;
              worker.postMessage({ id, key: job.key, spec: job.spec, cacheDir } satisfies WorkerJob);
            };
            worker.on('message', (result: WorkerResult) => {
              const job = jobs[result.id]!;
              if ('error' in result) failures.push(`Kartu untuk ${job.label} gagal dibuat: ${result.error}`);
              else sizes.set(job.key, result.bytes);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`pekerja berhenti dengan kode ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failures.length) throw new CardRenderError(failures.join('\n'));
}
