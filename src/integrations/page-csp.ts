/**
 * After the build, guarantees that every HTML page in the output — rendered, restored by the
 * incremental build, or written by another integration (cms() writes /admin/ with its own policy) —
 * carries exactly one CSP `<meta>` listing exactly its own hashes (rule: src/lib/page-csp.ts).
 * Pages are narrowed when they are rendered (src/middleware.ts), so this step normally only reads
 * them: a page is rewritten only if it was not narrowed yet (not rendered through the middleware).
 * A changed rule re-renders every page: the middleware's and the rule's source are part of every
 * incremental-build key (src/lib/site.ts, `outsideCode`).
 * Fails the build, naming the pages, when a page has no CSP `<meta>` or two (the deployment headers
 * rely on every page carrying one), or carries inline code its policy blocks (code Astro did not
 * emit, or a script Astro did not hash).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPage } from '../lib/page-csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const BLOCKED = 'yang tidak dibuat Astro, jadi tidak diizinkan CSP halaman ini (diblokir browser)';

export interface CspCheck {
  pages: number;
  /** Pages this step had to narrow (site paths). */
  narrowed: string[];
  problems: string[];
}

/** Checks (and where needed narrows) every HTML page under `site`; see the top of this file. */
export function checkPageCsp(site: string): CspCheck {
  const result: CspCheck = { pages: 0, narrowed: [], problems: [] };
  for (const file of htmlFiles(site)) {
    const page = `/${relative(site, file).split(sep).join('/')}`;
    const html = readFileSync(file, 'utf8');
    result.pages++;
    try {
      const { html: narrowed, blocked } = narrowPage(html, page);
      if (narrowed !== html) {
        writeFileSync(file, narrowed);
        result.narrowed.push(page);
      }
      if (blocked.scripts || blocked.styles) {
        result.problems.push(`${page}: ${blocked.scripts} <script> dan ${blocked.styles} <style> sebaris ${BLOCKED}`);
      }
    } catch (error) {
      result.problems.push((error as Error).message);
    }
  }
  return result;
}

export function pageCsp(): AstroIntegration {
  return {
    name: 'lintas:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const { pages, narrowed, problems } = checkPageCsp(fileURLToPath(dir));
        if (problems.length) {
          const hint = problems.some((p) => p.includes(BLOCKED)) ? `\nKode sebaris yang bukan buatan Astro harus dibuang.` : '';
          throw new Error(`CSP per halaman tidak bisa dipasang (${problems.length} halaman):\n${problems.join('\n')}${hint}`);
        }
        const seconds = ((performance.now() - start) / 1000).toFixed(1);
        const here = narrowed.length ? `; ${narrowed.length} dipersempit di langkah ini, bukan saat dirender (${narrowed.slice(0, 5).join(', ')}${narrowed.length > 5 ? ', …' : ''})` : '';
        logger.info(`CSP per halaman: ${pages} halaman diperiksa dalam ${seconds} s, masing-masing hanya dengan hash kodenya sendiri${here}`);
      },
    },
  };
}
