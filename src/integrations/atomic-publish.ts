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
 *
 * The previous output is parked under a fresh name and deleted by a detached process once the new
 * site is in place: deleting the old output took 14 s at 11,600 pages (and grows with the pages),
 * time a host office would otherwise wait after its site is already published.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ATOMIC_PUBLISH = 'lintas:atomic-publish';

/** Where a build for `outDir` is staged, and the name the previous output is parked under (plus a unique suffix) during the swap. */
export function stagingPaths(outDir: string): { staging: string; previous: string } {
  const dir = outDir.replace(/[\\/]+$/, '');
  return {
    staging: join(dirname(dir), `.${basename(dir)}-staging`),
    previous: join(dirname(dir), `.${basename(dir)}-previous`),
  };
}

/**
 * Puts the finished `staging` folder at `outDir`. Two renames on one file system: the old output
 * is parked, the new one takes its name; the site is never a mix of two builds. Returns the parked
 * old output for the caller to remove (`removeParked`), or undefined when there was none. If
 * `outDir` cannot be renamed (a mount point, EBUSY/EXDEV), its contents are replaced entry by
 * entry instead, which is still only done after every step succeeded.
 */
export function publishStaged(staging: string, outDir: string): string | undefined {
  // A unique name: an earlier build's parked output may still be being deleted.
  const previous = `${stagingPaths(outDir).previous}-${process.pid}-${Date.now()}`;
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
      return undefined;
    }
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outDir); // put the old site back rather than leave none
    throw error;
  }
  return hadOutput ? previous : undefined;
}

/**
 * Deletes parked old outputs (`publishStaged`'s result, and any an interrupted deletion left beside
 * `outDir`) in a detached process that outlives the build.
 */
export function removeParked(outDir: string): void {
  const { previous } = stagingPaths(outDir);
  const parent = dirname(previous);
  const prefix = `${basename(previous)}-`;
  const parked = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name)) : [];
  if (parked.length === 0) return;
  const remove = 'for (const folder of process.argv.slice(1)) try { require("node:fs").rmSync(folder, { recursive: true, force: true }); } catch {}';
  spawn(process.execPath, ['-e', remove, ...parked], { detached: true, stdio: 'ignore' }).unref();
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
        removeParked(outDir);
        logger.info(`situs lengkap dipindahkan ke ${outDir}`);
      },
    },
  };
}
