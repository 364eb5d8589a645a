/**
 * Runs the content check before Astro touches the content, so a build with any bad entry
 * fails with every problem listed and publishes nothing. In `astro dev` it only logs, so an
 * author keeps a running preview while fixing.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/content-check.ts';
import { checkProject } from '../lib/content-files.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'lintas:content-gate',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { problems } = await checkProject(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
