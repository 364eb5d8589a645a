/**
 * Narrows each page's Content-Security-Policy as it is rendered (the rule: src/lib/page-csp.ts).
 * Astro runs middleware for prerendered pages at build time, and the incremental build caches and
 * restores the body this returns, so a restored page is already narrowed and the post-build check
 * (src/integrations/page-csp.ts) only has to read it. Anything but an HTML body (endpoints: .xml,
 * .json, .csv, robots.txt; redirects) passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { narrowPageCsp } from './lib/page-csp.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.body || !/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return response;
  const html = await response.text();
  let narrowed = html;
  try {
    narrowed = narrowPageCsp(html, context.url.pathname);
  } catch {
    // No policy, or two: left as rendered so the post-build check names every such page at once.
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(narrowed, { status: response.status, statusText: response.statusText, headers });
});
