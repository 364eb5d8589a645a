/**
 * The sitemap: the official @astrojs/sitemap writes sitemap-index.xml and sitemap-0.xml, … (a new
 * file every SITEMAP_ENTRY_LIMIT pages, so 60,000 pages make two), from Astro's `site`
 * (LINTAS_SITE). Which pages it lists and each page's <lastmod> come from src/lib/seo/sitemap.ts.
 *
 * Three integrations, in order, all in `astro:build:done`: the first builds the site model from
 * the checked content (what the pages were built from); the second is @astrojs/sitemap; the third
 * fails the build when no index was written, because @astrojs/sitemap only logs its own errors
 * (a throwing `serialize`, invalid options) and lets the build succeed without a sitemap.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asOfDate } from '../lib/as-of.ts';
import { checkProject, formatProblems } from '../lib/check/index.ts';
import { modelOfCheckedContent } from '../lib/content-model.ts';
import { checkedProject } from './content-gate.ts';
import { sitemapPlan, type SitemapPlan } from '../lib/seo/sitemap.ts';

/** URLs per sitemap file: the protocol allows 50,000; @astrojs/sitemap's default leaves room under it. */
export const SITEMAP_ENTRY_LIMIT = 45_000;
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The plan for the project at `root`, from the same checked content the build published (the content gate's check when it ran). */
export async function planFromContent(root: string): Promise<SitemapPlan> {
  const { problems, content } = checkedProject(root) ?? (await checkProject(root));
  if (problems.length) throw new Error(formatProblems(problems));
  return sitemapPlan(await modelOfCheckedContent(content), asOfDate());
}

export function sitemapIntegrations(loadPlan: (root: string) => Promise<SitemapPlan> = planFromContent): AstroIntegration[] {
  let root = '';
  let plan: SitemapPlan | undefined;
  const planned = () => {
    if (!plan) throw new Error('sitemap: rencana halaman belum dibuat');
    return plan;
  };
  return [
    {
      name: 'lintas:sitemap-plan',
      hooks: {
        'astro:config:done': ({ config }) => {
          root = fileURLToPath(config.root);
        },
        'astro:build:done': async () => {
          plan = await loadPlan(root);
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
