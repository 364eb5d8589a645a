/**
 * Runs the content check before Astro touches the content, so a build with any bad entry
 * fails with every problem listed and publishes nothing. In `astro dev` it only logs, so an
 * author keeps a running preview while fixing.
 *
 * It also drops Astro's content cache when our schemas change: Astro re-parses an entry only
 * when the entry file or content.config.ts changes, so a new schema default (e.g. a new field
 * with `.default([])`) would otherwise never reach unchanged entries.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject, formatProblems, formatWarnings } from '../lib/check/index.ts';

const SCHEMA_DIRS = ['src/schemas', 'src/domain'];

function schemaDigest(root: string): string {
  const hash = createHash('sha256');
  for (const dir of SCHEMA_DIRS) {
    const path = join(root, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).sort()) hash.update(name).update(readFileSync(join(path, name)));
  }
  return hash.digest('hex');
}

function dropStaleContentCache(root: string, cacheDir: string): void {
  const stamp = join(cacheDir, 'lintas-schema-digest');
  const digest = schemaDigest(root);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
}

/**
 * The check's result by project root, for the one later step that needs it (the sitemap's plan)
 * instead of reading every file again. Taken, not kept: the checked content of 40,000 entries is
 * hundreds of megabytes the build should not hold while it renders.
 */
const checked = new Map<string, Awaited<ReturnType<typeof checkProject>>>();
export function takeCheckedProject(root: string) {
  const result = checked.get(root);
  checked.delete(root);
  return result;
}

export function contentGate(): AstroIntegration {
  return {
    name: 'lintas:content-gate',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        dropStaleContentCache(root, cacheDir);
        // Content is parsed twice on purpose, here and again by Astro's glob loader (content.config.ts):
        // the check must finish before Astro reads anything (Astro stops at the first invalid entry and
        // rolls 2019-02-30 into March), while Astro's
        // loader renders bodies, resolves their images, caches entries by digest and watches files
        // in dev, all of which a loader fed from this check would have to redo. The check's own read
        // costs 40–120 ms on the 10- and 29-entry fixture corpora.
        // Each file's own findings are kept beside Astro's cache, so a build validates only changed files again.
        const result = await checkProject(root, undefined, join(cacheDir, 'lintas-check-findings.bin'));
        checked.set(root, result);
        const { problems, warnings } = result;
        // Warnings (placeholders left to fill in, unused images) never stop a build.
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
