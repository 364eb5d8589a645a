/** /robots.txt, pointing crawlers to the sitemap index (src/lib/seo/robots.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
