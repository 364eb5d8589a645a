/**
 * Each page's CSP is narrowed while Astro renders it (src/middleware.ts), so the incremental build
 * caches and restores narrowed pages and the post-build check (src/integrations/page-csp.ts) only
 * reads them; inline code Astro did not emit gets no hash, and the build names the page carrying it.
 * Three real `astro build`s of the seed corpus: cold, warm (pages restored), and with a smuggled script.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagingPaths } from '../../src/integrations/atomic-publish.ts';
import { corpusContentDir } from '../support/fixture-site.ts';
import { projectCopy, run } from './project.ts';

// A province page: it carries an inline script of its own (Astro inlines its table-sort module).
const PAGE = 'daerah/bali/index.html';
const SMUGGLED = "document.documentElement.dataset.selundup = '1'";
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
const hashesIn = (policy: string) => policy.match(/'sha256-[^']+'/g) ?? [];
/** Hashes of the inline scripts a browser would run (what the page's policy may list, and no more). */
const runnableInline = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/\bsrc=|type="application\/(?:ld\+)?json"/.test(attrs!)).map(([, , body]) => hash(body!));
const reused = (log: string, page: string) => new RegExp(`/${page} \\((?:restored|cached)\\)`).test(log);
const cspLine = (log: string) => log.split('\n').find((l) => l.includes('[lintas:page-csp]')) ?? '';

describe('per-page CSP in a built site', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is narrowed when rendered, kept by restored pages, and gives smuggled code no hash', { timeout: 1_200_000 }, async () => {
    const dir = projectCopy(join(corpusContentDir('seed'), '..'));
    dirs.push(dir);
    const astro = join(dir, 'node_modules', '.bin', 'astro');
    const env = { LINTAS_CARD_CACHE: join(dir, 'card-cache') };

    const cold = await run(astro, ['build'], dir, env);
    expect(cold.code, cold.output).toBe(0);
    // Every page (the CMS page too) was already narrowed: the post-build step only read them.
    expect(cspLine(cold.output)).toMatch(/CSP per halaman: \d+ halaman diperiksa/);
    expect(cspLine(cold.output)).not.toContain('dipersempit');
    const page = readFileSync(join(dir, 'dist', PAGE), 'utf8');
    const own = runnableInline(page);
    expect(own.length, 'the province page has an inline script of its own').toBeGreaterThan(0);
    expect(hashesIn(policyOf(page)).sort()).toEqual(own.sort());

    const warm = await run(astro, ['build'], dir, env);
    expect(warm.code, warm.output).toBe(0);
    expect(reused(warm.output, PAGE), 'the page is restored from the incremental cache').toBe(true);
    expect(readFileSync(join(dir, 'dist', PAGE), 'utf8')).toBe(page);
    expect(cspLine(warm.output)).not.toContain('dipersempit');
    // Pages with the same address and bytes as last build are known exact, not parsed again (src/lib/page-facts.ts).
    expect(Number(/\((\d+) sama persis/.exec(cspLine(warm.output))?.[1]), cspLine(warm.output)).toBeGreaterThan(0);

    // A page whose body carries a script no Astro component emitted (as if it slipped past the content check).
    writeFileSync(
      join(dir, 'src', 'pages', 'uji-selundup.astro'),
      `---\nimport Base from '../layouts/Base.astro';\n---\n<Base indexable={false} card={{ kind: 'daftar', title: 'Uji', section: 'Lintas' }} title="Uji selundup" description="Uji.">\n  <h1>Uji</h1>\n  <Fragment set:html={${JSON.stringify(`<script>${SMUGGLED}</script>`)}} />\n</Base>\n`,
    );
    const smuggled = await run(astro, ['build'], dir, env);
    expect(smuggled.code, smuggled.output).not.toBe(0);
    expect(smuggled.output).toContain('/uji-selundup/index.html: 1 <script>');
    const staged = readFileSync(join(stagingPaths(join(dir, 'dist')).staging, 'uji-selundup', 'index.html'), 'utf8');
    expect(staged).toContain(`<script>${SMUGGLED}</script>`);
    expect(policyOf(staged)).toContain("script-src 'self'");
    expect(policyOf(staged)).not.toContain(hash(SMUGGLED));
    // The published site stays the warm build's.
    expect(readFileSync(join(dir, 'dist', PAGE), 'utf8')).toBe(page);
  });
});
