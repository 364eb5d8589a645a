/**
 * Per-page Content-Security-Policy. Astro's `security.csp` computes one list of script and style
 * hashes for the whole build — every script it inlined on any page, every client chunk — and
 * writes that same list into every page's `<meta http-equiv="content-security-policy">` (all 572
 * pages carried the same 10 script hashes). A page should allow only its own inline code, so after
 * the build each page's `script-src` and `style-src` hashes are replaced by the hashes of the
 * inline `<script>` and `<style>` elements that page actually contains. External files are
 * allowed by `'self'`, which stays.
 */
import { createHash } from 'node:crypto';

/** `type` values whose inline content the browser runs or applies, so CSP governs them (JSON data blocks are not). */
const GOVERNED_SCRIPT_TYPES = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

const HASH_SOURCE = /^'sha(?:256|384|512)-[A-Za-z0-9+/=_-]+'$/;
const META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(attrs);
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

/**
 * The page with its CSP listing only its own hashes. Throws when the page has no CSP `<meta>` or more
 * than one: the deployment headers allow inline code only because every page narrows it here.
 */
export function narrowPageCsp(html: string, page: string): string {
  const metas = html.match(META) ?? [];
  if (metas.length !== 1) throw new Error(`${page}: ${metas.length} <meta http-equiv="content-security-policy">; harus tepat satu`);
  const content = attribute(metas[0]!.slice('<meta'.length).replace(/\/?>$/, ''), 'content');
  if (content === undefined) throw new Error(`${page}: <meta http-equiv="content-security-policy"> tanpa content`);
  const tag = `<meta http-equiv="content-security-policy" content="${withHashes(content, inlineHashes(html)).replace(/"/g, '&quot;')}">`;
  // A <meta> policy governs only what comes after it, and Astro writes it at the end of <head>:
  // move it up to just after the charset declaration (which must stay first).
  const rest = html.replace(META, '');
  const anchor = /<meta\s+charset\s*=[^>]*>/i.exec(rest) ?? /<head\b[^>]*>/i.exec(rest);
  if (!anchor) throw new Error(`${page}: tanpa <head>; CSP tidak bisa dipasang`);
  const at = anchor.index + anchor[0].length;
  return `${rest.slice(0, at)}${tag}${rest.slice(at)}`;
}
