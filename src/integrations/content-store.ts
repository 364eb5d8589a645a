/**
 * Keeps Astro's content store out of the page bundle. Astro compiles the whole store (every
 * entry's data and rendered body: 196 MB of JSON at national scale) into the prerender bundle as
 * one string literal, `export default JSON.parse("…")`. That string then lives in the build
 * process several times over — as module source, as the compiled literal and as the parsed array
 * beside the entries built from it — and passes through the bundler as well: at default scale
 * about 190 MB of the 480 MB still alive after the pages were written (docs/benchmarks.md).
 *
 * In `astro build` the module instead hands Astro the finished map of entries (a form Astro's
 * loader accepts, `ImmutableDataStore.fromModule`) when the pages are rendered: the very entries
 * the content sync has just filled, which the loaders leave for it (src/lib/content-loader.ts), so
 * the store is held once and not parsed again. Without them (a sync that did not run our loaders
 * in this process) it reads the store Astro has just written to its cache folder. Either way the
 * collections are in Astro's order, by id, as in that file. The prerender bundle runs in this same
 * process and is deleted after the build (static output), so the absolute path it embeds never
 * reaches the site. `astro dev` is left as Astro makes it.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LIVE_STORES_KEY } from '../lib/content-loader.ts';

/** Astro's id for the store module (astro/dist/content/consts.js), resolved form. */
const STORE_MODULE = '\0astro:data-layer-content';
/** Astro's own store file in its cache folder (astro/dist/content/paths.js, single-file storage). */
const STORE_FILE = 'data-store.json';

/** The module's code: the loaders' live stores at render time, or else the store file revived. */
export function storeModuleCode(storeFile: string): string {
  return [
    "import { existsSync, readFileSync } from 'node:fs';",
    "import { unflatten } from 'devalue';",
    `const file = ${JSON.stringify(storeFile)};`,
    `const live = globalThis[${JSON.stringify(LIVE_STORES_KEY)}];`,
    // Astro writes each collection sorted by id (data-store-writer.js); the live stores are in file order.
    'const byId = ([a], [b]) => a.localeCompare(b);',
    'const fromLive = () => new Map([...live].map(([name, store]) => [name, new Map(store.entries().sort(byId))]));',
    // No store (a project without content) is an empty one, as in Astro's own module.
    'export default live ? fromLive() : existsSync(file) ? unflatten(JSON.parse(readFileSync(file, "utf8"))) : new Map();',
  ].join('\n');
}

export function contentStore(): AstroIntegration {
  let code = '';
  let loaded = false;
  return {
    name: 'lintas:content-store',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.experimental.collectionStorage && config.experimental.collectionStorage !== 'single-file') {
          throw new Error('lintas:content-store reads the single-file content store; remove experimental.collectionStorage from astro.config.mjs');
        }
        code = storeModuleCode(join(fileURLToPath(config.cacheDir), STORE_FILE));
      },
      // Only in `astro build`. Put first among the build's plugins: Astro's own store plugin is also
      // "pre", and plugins added through updateConfig would come after it and never be asked.
      'astro:build:setup': ({ vite }) => {
        const plugin: Plugin = {
          name: 'lintas:content-store',
          enforce: 'pre',
          load(id) {
            if (id !== STORE_MODULE) return undefined;
            loaded = true;
            return { code, moduleSideEffects: false };
          },
        };
        vite.plugins = [plugin, ...(vite.plugins ?? [])];
      },
      // Loud rather than silently heavy: after an Astro upgrade that renames the module, say where to look.
      'astro:build:done': () => {
        if (!loaded) throw new Error(`lintas:content-store: Astro did not load ${STORE_MODULE.slice(1)}; its content store may be inlined again. Check src/integrations/content-store.ts against Astro's vite-plugin-content-virtual-mod.js.`);
      },
    },
  };
}
