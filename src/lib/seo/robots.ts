/**
 * robots.txt: every page may be crawled except the authors' form (/admin/, which nothing links);
 * the sitemap index is given as an absolute address built from Astro's `site` (LINTAS_SITE).
 * Crawlers read robots.txt only at a domain's root: a site served under a `base` sub-folder
 * needs the host's own robots.txt to carry the Sitemap line.
 */
import { absoluteUrl, links, withBase } from '../links.ts';

export function robotsTxt(origin: URL | string): string {
  return ['User-agent: *', `Disallow: ${withBase('/admin/')}`, '', `Sitemap: ${absoluteUrl(links.sitemap(), origin)}`, ''].join('\n');
}
