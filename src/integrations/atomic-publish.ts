/**
 * Nothing half-published: `astro build` writes into a staging folder beside the output folder
 * (`.dist-staging/` next to `dist/`), and only when every step has succeeded — pages, share cards,
 * search index — is the staging folder swapped into place. A build that fails at any step leaves
 * the previous `dist/` exactly as it was (the failed output stays in the staging folder for a look,
 * and the next build clears it).
 *
 * It must be the last integration: Astro runs `astro:build:done` hooks in integration order, so
 * only the last one knows every other step has finished. `astro:config:done` checks that.
 * Only `astro build` is redirected; `astro preview`, the tests and the README keep using `dist/`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ATOMIC_PUBLISH = 'lintas:atomic-publish';

/** Where a build for `outDir` is staged, and where the previous output is parked during the swap. */
export function stagingPaths(outDir: string): { staging: string; previous: string } {
  const dir = outDir.replace(/[\\/]+$/, '');
  return {
    staging: join(dirname(dir), `.${basename(dir)}-staging`),
    previous: join(dirname(dir), `.${basename(dir)}-previous`),
  };
}

/**
 * Puts the finished `staging` folder at `outDir`. Two renames on one file system: the old output
 * is parked, the new one takes its name, the old one is removed; the site is never a mix of two
 * builds. If `outDir` cannot be renamed (a mount point, EBUSY/EXDEV), its contents are replaced
 * entry by entry instead, which is still only done after every step succeeded.
 */
export function publishStaged(staging: string, outDir: string): void {
  const { previous } = stagingPaths(outDir);
  rmSync(previous, { recursive: true, force: true });
  const hadOutput = existsSync(outDir);
  if (hadOutput) {
    try {
      renameSync(outDir, previous);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EBUSY' && code !== 'EXDEV' && code !== 'EPERM') throw error;
      for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
      for (const name of readdirSync(staging)) renameSync(join(staging, name), join(outDir, name));
      rmSync(staging, { recursive: true, force: true });
      return;
    }
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outDir); // put the old site back rather than leave none
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

export function atomicPublish(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: ATOMIC_PUBLISH,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        const { staging } = stagingPaths(outDir);
        rmSync(staging, { recursive: true, force: true }); // what a failed build left behind
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:config:done': ({ config }) => {
        const last = config.integrations.at(-1)?.name;
        if (last !== ATOMIC_PUBLISH) {
          throw new Error(`${ATOMIC_PUBLISH} harus integrasi terakhir di astro.config.mjs (kini terakhir: ${last}); kalau tidak, langkah sesudahnya bisa gagal setelah dist/ diganti.`);
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!outDir) return;
        publishStaged(fileURLToPath(dir), outDir);
        logger.info(`situs lengkap dipindahkan ke ${outDir}`);
      },
    },
  };
}
