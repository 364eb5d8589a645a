/**
 * Per-page Content-Security-Policy: the one rule, used where each page is rendered
 * (src/middleware.ts, so the body Astro caches for incremental builds is already narrowed) and by
 * the post-build check (src/integrations/page-csp.ts) for every page in the output.
 *
 * Astro's `security.csp` computes one list of script and style hashes for the whole build — every
 * script it inlined on any page, every client chunk — and writes that same list into every page's
 * `<meta http-equiv="content-security-policy">` (all 572 pages carried the same 10 script hashes).
 * A page should allow only its own inline code, so each page's `script-src` and `style-src` keep
 * only the hashes of inline `<script>` and `<style>` elements that page actually contains **and**
 * that Astro's list vouches for: code that reached the page some other way (smuggled into content)
 * gets no hash and does not run. External files are allowed by `'self'`, which stays.
 */
import { createHash } from 'node:crypto';

/** `type` values whose inline content the browser runs or applies, so CSP governs them (JSON data blocks are not). */
const GOVERNED_SCRIPT_TYPES = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

const HASH_SOURCE = /^'sha(?:256|384|512)-[A-Za-z0-9+/=_-]+'$/;
const META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
const META_ONCE = new RegExp(META.source, 'i');
/** The first element a policy governs: a script, a style, or a stylesheet link. */
const GOVERNED = /<(?:script|style)\b|<link\b[^>]*\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i;

export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** One compiled pattern per attribute name: the post-build check runs this on every script of every page. */
const ATTRIBUTES = new Map<string, RegExp>();
function attribute(attrs: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i')));
  const m = pattern.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** Hashes of the page's inline scripts and styles that CSP governs, in document order, without repeats. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]!;
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (GOVERNED_SCRIPT_TYPES.has(type)) scripts.add(cspHash(m[2]!));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.add(cspHash(m[1]!));
  return { scripts: [...scripts], styles: [...styles] };
}

/** A policy with the hash sources of `script-src` and `style-src` replaced by the given ones. */
export function withHashes(policy: string, hashes: { scripts: string[]; styles: string[] }): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const own = name === 'script-src' ? hashes.scripts : name === 'style-src' ? hashes.styles : undefined;
      if (!own) return directive;
      return [name, ...sources.filter((s) => !HASH_SOURCE.test(s)), ...own].join(' ');
    })
    .join('; ');
}

/** A policy's hash sources in `script-src` and `style-src`, and whether a directive allows any inline code. */
function policyHashes(policy: string): { scripts: Set<string>; styles: Set<string>; anyInline: { scripts: boolean; styles: boolean } } {
  const out = { scripts: new Set<string>(), styles: new Set<string>(), anyInline: { scripts: false, styles: false } };
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    const kind = name === 'script-src' ? 'scripts' : name === 'style-src' ? 'styles' : undefined;
    if (!kind) continue;
    const hashes = sources.filter((s) => HASH_SOURCE.test(s));
    for (const hash of hashes) out[kind].add(hash);
    // CSP ignores 'unsafe-inline' once a directive lists a hash.
    out.anyInline[kind] = sources.includes("'unsafe-inline'") && hashes.length === 0;
  }
  return out;
}

export interface NarrowedPage {
  html: string;
  /** Inline scripts and styles on the page that its policy does not allow (the browser blocks them). */
  blocked: { scripts: number; styles: number };
}

/**
 * The page with its CSP listing only its own hashes (see the top of this file), the policy moved
 * before anything it governs, and a count of the inline code the policy leaves blocked. Narrowing a
 * narrowed page changes nothing, so the post-build check can tell a narrowed page by comparing.
 * Throws when the page has no CSP `<meta>` or more than one: the deployment headers allow inline
 * code only because every page narrows it here.
 */
export function narrowPage(html: string, page: string): NarrowedPage {
  const metas = html.match(META) ?? [];
  if (metas.length !== 1) throw new Error(`${page}: ${metas.length} <meta http-equiv="content-security-policy">; harus tepat satu`);
  const content = attribute(metas[0]!.slice('<meta'.length).replace(/\/?>$/, ''), 'content');
  if (content === undefined) throw new Error(`${page}: <meta http-equiv="content-security-policy"> tanpa content`);
  const vouched = policyHashes(content);
  const inline = inlineHashes(html);
  const own = { scripts: inline.scripts.filter((h) => vouched.scripts.has(h)), styles: inline.styles.filter((h) => vouched.styles.has(h)) };
  const blocked = {
    scripts: vouched.anyInline.scripts ? 0 : inline.scripts.length - own.scripts.length,
    styles: vouched.anyInline.styles ? 0 : inline.styles.length - own.styles.length,
  };
  const tag = `<meta http-equiv="content-security-policy" content="${withHashes(content, own).replace(/"/g, '&quot;')}">`;
  // A <meta> policy governs only what comes after it. One already exact and ahead of every script,
  // style and stylesheet stays where it is (the CMS page writes its own so).
  if (tag === metas[0] && html.search(META_ONCE) < (GOVERNED.exec(html)?.index ?? Infinity)) return { html, blocked };
  // Astro writes it at the end of <head>: move it up to just after the charset declaration (which must stay first).
  const rest = html.replace(META, '');
  const anchor = /<meta\s+charset\s*=[^>]*>/i.exec(rest) ?? /<head\b[^>]*>/i.exec(rest);
  if (!anchor) throw new Error(`${page}: tanpa <head>; CSP tidak bisa dipasang`);
  const at = anchor.index + anchor[0].length;
  return { html: `${rest.slice(0, at)}${tag}${rest.slice(at)}`, blocked };
}

/** The page with its CSP narrowed (see narrowPage). */
export function narrowPageCsp(html: string, page: string): string {
  return narrowPage(html, page).html;
}
