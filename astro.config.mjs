// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { cms } from './src/cms/integration.ts';

export default defineConfig({
  // Absolute URLs (canonical links, share cards) need the public address; deployments override it.
  site: process.env.LINTAS_SITE ?? 'https://lintas.example.id',
  trailingSlash: 'always',
  // Cards before the index: a missing or oversized card stops the build before indexing time is spent.
  integrations: [contentGate(), mdx(), shareCards(), searchIndex(), cms()],
  // Shiki highlights with inline styles, which the CSP below forbids; content has no code blocks.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro hashes every script and style it emits into a per-page policy; anything else, such as
    // a script smuggled into content, does not run. Pagefind needs 'self' for its module and
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
