/**
 * Keeps the build's garbage in proportion to what it holds. V8 collects the old generation again
 * only once the heap has grown by a factor it picks itself, and in `astro build` it picked large
 * ones: at national scale the heap reached 3.0 GB while 0.3–1.1 GB of it was live, mostly the
 * garbage of Astro rewriting its whole content store on every build (`--trace-gc`,
 * docs/benchmarks.md). With the factor set to 2 the warm build's peak fell from 3.4 to 2.5 GB, for
 * 17 full collections instead of 14. A factor, not a cap: a larger corpus gets a larger heap, never
 * an out-of-memory stop. For the whole build: with V8's own factor once the pages render, the
 * cold build peaked at 4.1 GB. Set from the config, since NODE_OPTIONS does not take V8's heap flags and
 * the build is started in several ways (npm run build, the tests, the bench).
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/** Heap may grow to (1 + this / 100) times what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 100;

export function buildMemory(setFlags: (flags: string) => void = setFlagsFromString): AstroIntegration {
  return {
    name: 'lintas:build-memory',
    hooks: {
      // Only builds: `astro dev` keeps V8's own choice.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlags(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      },
    },
  };
}
