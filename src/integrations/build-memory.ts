/**
 * Keeps the garbage of Astro's content sync in proportion to what the build holds. V8 collects the
 * old generation again only once the heap has grown by a factor it picks itself, and during the sync
 * it picked a large one: at national scale the heap reached 3.0 GB while 0.3–1.1 GB of it was live,
 * mostly the garbage of Astro rewriting its whole content store, which it does on every build
 * (`--trace-gc`, docs/benchmarks.md). With the factor set to 2 the warm build's peak fell from 3.4 to
 * 2.5 GB. A factor, not a cap: a larger corpus gets a larger heap, never an out-of-memory stop.
 * Only until the pages render: the render holds more and makes less garbage against it, and there a
 * fixed factor cost collections without lowering the peak much (docs/benchmarks.md).
 * Set from the config, since NODE_OPTIONS does not take V8's heap flags and the build is started in
 * several ways (npm run build, the tests, the bench).
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/** During the content check and sync, the heap may grow to (1 + this / 100) times what survived the last full collection. */
export const SYNC_HEAP_GROWING_PERCENT = 100;

export function buildMemory(setFlags: (flags: string) => void = setFlagsFromString): AstroIntegration {
  let building = false;
  return {
    name: 'lintas:build-memory',
    hooks: {
      // Only builds: `astro dev` keeps V8's own choice.
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
        if (building) setFlags(`--heap-growing-percent=${SYNC_HEAP_GROWING_PERCENT}`);
      },
      // The sync is done when the build starts; 0 gives the choice back to V8.
      'astro:build:start': () => {
        if (building) setFlags('--heap-growing-percent=0');
      },
    },
  };
}
