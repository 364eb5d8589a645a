/**
 * The sitemap: the official @astrojs/sitemap writes sitemap-index.xml and sitemap-0.xml, … (a new
 * file every SITEMAP_ENTRY_LIMIT pages, so 60,000 pages make two), from Astro's `site`
 * (LINTAS_SITE). Which pages it lists and each page's <lastmod> come from src/lib/seo/sitemap.ts.
 *
 * Three integrations, in order: the first plans the sitemap from the checked content (what the
 * pages are built from) before the pages render; the second, in `astro:build:done`, is
 * @astrojs/sitemap; the third fails the build when no index was written, because @astrojs/sitemap
 * only logs its own errors (a throwing `serialize`, invalid options) and lets the build succeed
 * without a sitemap.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asOfDate } from '../lib/as-of.ts';
import { checkProject, formatProblems } from '../lib/check/index.ts';
import { modelOfCheckedContent } from '../lib/content-model.ts';
import { takeCheckedProject } from './content-gate.ts';
import { sitemapPlan, type SitemapPlan } from '../lib/seo/sitemap.ts';

/** URLs per sitemap file: the protocol allows 50,000; @astrojs/sitemap's default leaves room under it. */
export const SITEMAP_ENTRY_LIMIT = 45_000;
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The plan for the project at `root`, from the same checked content the build publishes (the content gate's check when it ran). */
export async function planFromContent(root: string): Promise<SitemapPlan> {
  const { problems, content } = takeCheckedProject(root) ?? (await checkProject(root));
  if (problems.length) throw new Error(formatProblems(problems));
  return sitemapPlan(await modelOfCheckedContent(content), asOfDate());
}

export function sitemapIntegrations(loadPlan: (root: string) => Promise<SitemapPlan> = planFromContent): AstroIntegration[] {
  let root = '';
  let building = false;
  let plan: SitemapPlan | undefined;
  const planned = () => {
    if (!plan) throw new Error('sitemap: rencana halaman belum dibuat');
    return plan;
  };
  return [
    {
      name: 'lintas:sitemap-plan',
      hooks: {
        'astro:config:setup': ({ command }) => {
          building = command === 'build';
        },
        // Planned as soon as the content gate has checked the content (every astro:config:setup
        // has run), so the checked content can be let go before the pages render.
        'astro:config:done': async ({ config }) => {
          root = fileURLToPath(config.root);
          if (building) plan = await loadPlan(root);
        },
      },
    },
    sitemap({
      entryLimit: SITEMAP_ENTRY_LIMIT,
      filter: (url) => planned().include(new URL(url).pathname),
      serialize: (item) => {
        const lastmod = planned().lastmod(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    {
      name: 'lintas:sitemap-written',
      hooks: {
        'astro:build:done': ({ dir }) => {
          if (!existsSync(join(fileURLToPath(dir), SITEMAP_INDEX))) {
            throw new Error(`${SITEMAP_INDEX} tidak dibuat: lihat galat @astrojs/sitemap di atas (opsi, atau serialize yang gagal).`);
          }
        },
      },
    },
  ];
}
