/**
 * Builds the Pagefind search index over the finished site. Pagefind's Node API reports problems
 * in `errors` arrays instead of throwing; any error fails the build, so a site never ships with
 * a broken or partial index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export function searchIndex(): AstroIntegration {
  return {
    name: 'lintas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Indeks pencarian gagal (${step}):\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
          fail('createIndex', errors);
          const site = fileURLToPath(dir);
          const added = await index!.addDirectory({ path: site });
          fail('addDirectory', added.errors);
          const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
          fail('writeFiles', written.errors);
          logger.info(`${added.page_count} halaman diindeks dalam ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
