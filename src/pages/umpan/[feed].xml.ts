/** The site-wide RSS feeds: /umpan/inovasi.xml, /umpan/kunjungan.xml, /umpan/komitmen.xml (src/lib/seo/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { rssOptions, siteFeed, SITE_FEEDS, type SiteFeed } from '../../lib/seo/feeds.ts';
import { getSite } from '../../lib/site.ts';

export function getStaticPaths() {
  return (Object.keys(SITE_FEEDS) as SiteFeed[]).map((name) => ({ params: { feed: name }, props: { name } }));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => rss(rssOptions(siteFeed(await getSite(), props.name, site!)));
