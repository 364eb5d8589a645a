/**
 * After the build, narrows every page's CSP to that page's own inline scripts and styles (see
 * src/lib/page-csp.ts for why Astro's list is too wide). Fails the build, naming the pages, when a
 * page has no CSP `<meta>`: the deployment headers rely on every page carrying one.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPageCsp } from '../lib/page-csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function pageCsp(): AstroIntegration {
  return {
    name: 'lintas:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const problems: string[] = [];
        let pages = 0;
        for (const file of htmlFiles(site)) {
          const html = readFileSync(file, 'utf8');
          try {
            const narrowed = narrowPageCsp(html, `/${relative(site, file)}`);
            if (narrowed !== html) writeFileSync(file, narrowed);
            pages++;
          } catch (error) {
            problems.push((error as Error).message);
          }
        }
        if (problems.length) throw new Error(`CSP per halaman tidak bisa dipasang (${problems.length} halaman):\n${problems.join('\n')}`);
        logger.info(`CSP per halaman: ${pages} halaman, masing-masing hanya dengan hash skrip sebarisnya sendiri`);
      },
    },
  };
}
