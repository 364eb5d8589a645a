// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // Absolute URLs (canonical links, share cards) need the public address; deployments override it.
  site: process.env.LINTAS_SITE ?? 'https://lintas.example.id',
  trailingSlash: 'always',
  integrations: [contentGate(), mdx(), searchIndex()],
});
