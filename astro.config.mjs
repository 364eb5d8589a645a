// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { atomicPublish } from './src/integrations/atomic-publish.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { contentStore } from './src/integrations/content-store.ts';
import { pageCsp } from './src/integrations/page-csp.ts';
import { CONTENT_CACHE_DIR } from './src/lib/content-location.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { cms } from './src/cms/integration.ts';
import { offline } from './src/integrations/offline.ts';
import { sitemapIntegrations } from './src/integrations/sitemap.ts';

export default defineConfig({
  // Absolute URLs (canonical links, share cards) need the public address; deployments override it.
  site: process.env.LINTAS_SITE ?? 'https://lintas.example.id',
  trailingSlash: 'always',
  // A build of another content folder (LINTAS_CONTENT, test fixture corpora) keeps its own content cache.
  ...(CONTENT_CACHE_DIR ? { cacheDir: CONTENT_CACHE_DIR } : {}),
  // Cards before the index: a missing or oversized card stops the build before indexing time is spent.
  // Each page's CSP is narrowed as it renders (src/middleware.ts); pageCsp() then checks every HTML
  // page, so it comes after cms(), which writes /admin/ with its own CSP, and before offline(),
  // whose worker id uses file sizes (pageCsp rewrites a page only if it was not narrowed yet).
  // offline() after the index: its worker's id and precache include the search files.
  // The sitemap (index, lastmod from entries' dates) before atomicPublish, so it is staged with the pages.
  // buildMemory first, so the content check already runs under it.
  // atomicPublish last: the build is staged and replaces dist/ only once every step has succeeded.
  integrations: [buildMemory(), contentGate(), contentStore(), mdx(), shareCards(), searchIndex(), cms(), pageCsp(), offline(), ...sitemapIntegrations(), atomicPublish()],
  // Incremental builds: a page whose getStaticPaths cacheKey (src/lib/cache-key.ts) and code are
  // unchanged is copied from the last build instead of rendered.
  experimental: { incrementalBuild: true },
  // Four pages in flight: the page step spends much of its time waiting on file writes, and four
  // made it 20–30 % faster with byte-identical output (docs/benchmarks.md); 16 was no faster.
  // Astro tracks each page's content entries per render, so the incremental cache stays exact.
  build: { concurrency: 4 },
  // Shiki highlights with inline styles, which the CSP below forbids; content has no code blocks.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it emits into each page's <meta> policy (all of the
    // build's hashes on every page; src/middleware.ts keeps only those the page itself carries); anything else,
    // such as a script smuggled into content, does not run. The deployment headers (public/_headers,
    // docs/deploy.md) add what a <meta> cannot: frame-ancestors, and policies for non-HTML files. Pagefind needs 'self' for its module and
    // 'wasm-unsafe-eval' to start its WebAssembly search engine.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
