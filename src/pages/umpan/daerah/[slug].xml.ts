/** One RSS feed per region: /umpan/daerah/<slug>.xml, what happens in and with it (src/lib/seo/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { regionFeed, rssOptions } from '../../../lib/seo/feeds.ts';
import { getSite } from '../../../lib/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.regions.keys()].map((slug) => ({ params: { slug }, props: { slug } }));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => rss(rssOptions(regionFeed(await getSite(), props.slug, site!)));
