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
 * A page found already exact is remembered by its address and bytes (src/lib/page-facts.ts, keyed
 * also by this file's and the rule's code), so an unchanged page is only read and hashed next time;
 * a page the middleware narrowed in this build is known by its bytes' digest (EXACT_BODIES_KEY).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/built-pages.ts';
import { bodyDigest, EXACT_BODIES_KEY, narrowPage } from '../lib/page-csp.ts';
import { codeVersion, PageFactsStore } from '../lib/page-facts.ts';

const BLOCKED = 'yang tidak dibuat Astro, jadi tidak diizinkan CSP halaman ini (diblokir browser)';

export interface CspCheck {
  pages: number;
  /** Pages this step had to narrow (site paths). */
  narrowed: string[];
  problems: string[];
  /** Pages known exact from an earlier build (same address, same bytes), not parsed again. */
  known: number;
  /** Pages whose bytes the middleware narrowed and found exact in this build, not parsed again. */
  narrowedWhileRendered: number;
}

/** The one fact kept per page: it was found exact (narrow, nothing blocked). */
type Exact = true;

/** What decides a verdict: the rule and this check. */
export const cspFactsVersion = (lockfile?: string) => codeVersion([new URL('../lib/page-csp.ts', import.meta.url), new URL(import.meta.url)], lockfile);

/**
 * Checks (and where needed narrows) every HTML page under `site`; see the top of this file.
 * `exactBodies`: digests (`bodyDigest`) of bodies found exact while they were rendered.
 */
export function checkPageCsp(site: string, facts?: PageFactsStore<Exact>, exactBodies?: ReadonlySet<string>): CspCheck {
  const result: CspCheck = { pages: 0, narrowed: [], problems: [], known: 0, narrowedWhileRendered: 0 };
  for (const file of htmlFiles(site)) {
    const page = `/${relative(site, file).split(sep).join('/')}`;
    const bytes = readFileSync(file);
    result.pages++;
    const key = facts && PageFactsStore.key(page, bytes);
    if (key && facts?.get(key)) {
      result.known++;
      continue;
    }
    if (exactBodies?.has(bodyDigest(bytes))) {
      result.narrowedWhileRendered++;
      if (key) facts?.set(key, true);
      continue;
    }
    const html = bytes.toString('utf8');
    try {
      const { html: narrowed, blocked } = narrowPage(html, page);
      if (narrowed !== html) {
        writeFileSync(file, narrowed);
        result.narrowed.push(page);
      }
      if (blocked.scripts || blocked.styles) {
        result.problems.push(`${page}: ${blocked.scripts} <script> dan ${blocked.styles} <style> sebaris ${BLOCKED}`);
      } else if (key && narrowed === html) facts?.set(key, true);
    } catch (error) {
      result.problems.push((error as Error).message);
    }
  }
  return result;
}

export function pageCsp(): AstroIntegration {
  let factsFile = '';
  let lockfile = '';
  return {
    name: 'lintas:page-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        factsFile = join(fileURLToPath(config.cacheDir), 'lintas-page-csp.bin');
        lockfile = join(fileURLToPath(config.root), 'package-lock.json');
      },
      'astro:build:start': () => {
        (globalThis as Record<string, unknown>)[EXACT_BODIES_KEY] = new Set<string>();
      },
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const facts = new PageFactsStore<Exact>(factsFile, cspFactsVersion(lockfile));
        const shared = globalThis as { [EXACT_BODIES_KEY]?: Set<string> };
        const exactBodies = shared[EXACT_BODIES_KEY];
        delete shared[EXACT_BODIES_KEY];
        const { pages, narrowed, problems, known, narrowedWhileRendered } = checkPageCsp(fileURLToPath(dir), facts, exactBodies);
        facts.save();
        if (problems.length) {
          const hint = problems.some((p) => p.includes(BLOCKED)) ? `\nKode sebaris yang bukan buatan Astro harus dibuang.` : '';
          throw new Error(`CSP per halaman tidak bisa dipasang (${problems.length} halaman):\n${problems.join('\n')}${hint}`);
        }
        const seconds = ((performance.now() - start) / 1000).toFixed(1);
        const here = narrowed.length ? `; ${narrowed.length} dipersempit di langkah ini, bukan saat dirender (${narrowed.slice(0, 5).join(', ')}${narrowed.length > 5 ? ', …' : ''})` : '';
        logger.info(`CSP per halaman: ${pages} halaman diperiksa dalam ${seconds} s (${known} sama persis dengan build sebelumnya, ${narrowedWhileRendered} sudah diperiksa saat dirender), masing-masing hanya dengan hash kodenya sendiri${here}`);
      },
    },
  };
}
