/**
 * The deployment headers: public/_headers (Netlify, Cloudflare Pages) parses, stays within the
 * hosts' limits, gives pages a policy that frames nothing and still lets the site's own code run,
 * gives files that are never pages (SVG, images, data) a policy that runs and loads nothing; and
 * the nginx example in docs/ sends the same headers for the same addresses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseCsp, parseHeadersFile, patternMatches } from '../support/headers-file.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const rules = parseHeadersFile(read('public/_headers'));

const PAGES = ['/', '/daerah/kabupaten-katingan/', '/data/', '/cari/', '/404.html', '/pagefind/pagefind-worker.js', '/pagefind/pagefind.js', '/tersimpan/', '/sw.js'];
const FILES = [
  '/_astro/peta.B1a2c3.svg',
  '/_astro/foto.C4d5e6.png',
  '/kartu/inovasi/smart-kampung-banyuwangi.png',
  '/data/daerah.csv',
  '/data/inovasi.json',
  '/data/skema/daerah.schema.json',
  '/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/angka.csv',
  '/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan/angka.json',
  '/bandingkan/wilayah.json',
  '/favicon.svg',
  '/umpan/inovasi.xml',
  '/umpan/daerah/kabupaten-katingan.xml',
  '/robots.txt',
  '/sitemap-index.xml',
  '/sitemap-0.xml',
];
const RESTRICTIVE = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/** The policies a path receives from _headers. */
const policies = (path: string) => parseCsp(headersFor(rules, path)['content-security-policy'] ?? '');

describe('public/_headers', () => {
  it('stays within the hosts\' limits (Cloudflare Pages: 100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of read('public/_headers').split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('matches paths as the hosts do: * spans folders, :name one segment', () => {
    expect(patternMatches('/_astro/*', '/_astro/a/b.svg')).toBe(true);
    expect(patternMatches('/data/:file', '/data/daerah.csv')).toBe(true);
    expect(patternMatches('/data/:file', '/data/')).toBe(false);
    expect(patternMatches('/bandingkan/:pair/angka.csv', '/bandingkan/a-vs-b/angka.csv')).toBe(true);
    expect(patternMatches('/bandingkan/:pair/angka.csv', '/bandingkan/a/b/angka.csv')).toBe(false);
  });

  it.each([...PAGES, ...FILES])('%s gets nosniff, a referrer policy and no framing', (path) => {
    const headers = headersFor(rules, path);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(policies(path).length).toBeGreaterThan(0);
    for (const policy of policies(path)) expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it.each(PAGES)('page %s: one policy that lets the site\'s own scripts, styles, images and Pagefind run', (path) => {
    const [policy, ...others] = policies(path);
    expect(others).toEqual([]);
    expect(policy!.get('default-src')).toEqual(["'self'"]);
    // 'unsafe-inline' is narrowed by each page's <meta> policy to that page's hashes (tests/dist/csp.test.ts).
    expect(policy!.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    expect(policy!.get('connect-src')).toEqual(["'self'"]);
    expect(policy!.get('object-src')).toEqual(["'none'"]);
    expect(policy!.get('base-uri')).toEqual(["'self'"]);
  });

  it.each(FILES)('file %s: a policy that runs and loads nothing, sandboxed', (path) => {
    const strict = policies(path).find((p) => p.get('default-src')?.[0] === "'none'");
    expect(strict, `no restrictive policy for ${path}`).toBeDefined();
    expect(strict!.has('sandbox')).toBe(true);
    expect(strict!.has('script-src')).toBe(false); // falls back to default-src 'none'
    expect(strict!.get('style-src')).toEqual(["'unsafe-inline'"]);
  });
});

/** The nginx example's locations, in file order, with their add_header lines. */
function nginxLocations(text: string): { modifier: string; path: string; headers: Record<string, string> }[] {
  const out: { modifier: string; path: string; headers: Record<string, string> }[] = [];
  for (const m of text.matchAll(/^\s*location\s+(=|~|\^~)?\s*(\S+)\s*\{([\s\S]*?)^\s*\}/gm)) {
    const headers: Record<string, string> = {};
    for (const h of m[3]!.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)) headers[h[1]!.toLowerCase()] = h[2]!;
    out.push({ modifier: m[1] ?? '', path: m[2]!, headers });
  }
  return out;
}

/** nginx's choice: an exact match, else the longest prefix if it is ^~, else the first regex, else the longest prefix. */
function nginxLocationFor(locations: ReturnType<typeof nginxLocations>, path: string) {
  const exact = locations.find((l) => l.modifier === '=' && l.path === path);
  if (exact) return exact;
  const prefixes = locations.filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length);
  if (prefixes[0]?.modifier === '^~') return prefixes[0];
  return locations.find((l) => l.modifier === '~' && new RegExp(l.path).test(path)) ?? prefixes[0];
}

describe('docs/deploy-nginx.conf', () => {
  const locations = nginxLocations(read('docs/deploy-nginx.conf'));

  it.each([...PAGES, ...FILES])('%s gets the same headers as on Netlify and Cloudflare Pages', (path) => {
    const location = nginxLocationFor(locations, path);
    expect(location, `no nginx location serves ${path}`).toBeDefined();
    const nginx = location!.headers;
    const hosted = headersFor(rules, path);
    // nginx sends one policy: the strictest one the hosts send for that path.
    const hostedPolicies = hosted['content-security-policy']!.split(',').map((p) => p.trim());
    expect(nginx['content-security-policy']).toBe(hostedPolicies.find((p) => p === RESTRICTIVE) ?? hostedPolicies[0]);
    for (const name of ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy']) expect(nginx[name], name).toBe(hosted[name]);
  });

  it('does not publish the _headers file itself', () => {
    expect(locations.find((l) => l.modifier === '=' && l.path === '/_headers')).toBeDefined();
  });
});
