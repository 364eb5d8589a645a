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

/** A tag (its quoted attribute values whole, so a `<` inside one starts nothing) or a comment. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Tag {
  name: string;
  attrs: string;
  start: number;
  end: number;
  /** A script's or style's text (raw text up to its end tag). */
  content?: string;
}

/**
 * The start tags of a page in order, found as a browser's tokenizer finds them: text inside a
 * quoted attribute value (an author's title in `<meta content="…">`) or a comment is not a tag, and
 * a script's or style's content is raw text up to its end tag. Regular expressions over the whole
 * page took `content="</script><script>…"` for a script.
 */
function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const scan = new RegExp(TAG.source, 'g');
  for (let m = scan.exec(html); m; m = scan.exec(html)) {
    if (m[2] === undefined || m[1] === '/') continue;
    const tag: Tag = { name: m[2].toLowerCase(), attrs: m[3]!, start: m.index, end: m.index + m[0].length };
    if (tag.name === 'script' || tag.name === 'style') {
      const close = new RegExp(`</${tag.name}\\s*>`, 'gi');
      close.lastIndex = tag.end;
      const found = close.exec(html);
      tag.content = html.slice(tag.end, found ? found.index : html.length);
      scan.lastIndex = found ? found.index + found[0].length : html.length;
    }
    tags.push(tag);
  }
  return tags;
}

const isPolicy = (tag: Tag) => tag.name === 'meta' && (attribute(tag.attrs, 'http-equiv') ?? '').trim().toLowerCase() === 'content-security-policy';
/** An element a policy governs: a script, a style, or a stylesheet link. */
const isGoverned = (tag: Tag) => tag.name === 'script' || tag.name === 'style' || (tag.name === 'link' && /\bstylesheet\b/i.test(attribute(tag.attrs, 'rel') ?? ''));

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
export function inlineHashes(html: string, tags = startTags(html)): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const tag of tags) {
    if (tag.name === 'style') styles.add(cspHash(tag.content!));
    if (tag.name !== 'script' || attribute(tag.attrs, 'src') !== undefined) continue;
    const type = (attribute(tag.attrs, 'type') ?? '').trim().toLowerCase();
    if (GOVERNED_SCRIPT_TYPES.has(type)) scripts.add(cspHash(tag.content!));
  }
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
  const tags = startTags(html);
  const metas = tags.filter(isPolicy);
  if (metas.length !== 1) throw new Error(`${page}: ${metas.length} <meta http-equiv="content-security-policy">; harus tepat satu`);
  const meta = metas[0]!;
  const content = attribute(meta.attrs.replace(/\/$/, ''), 'content');
  if (content === undefined) throw new Error(`${page}: <meta http-equiv="content-security-policy"> tanpa content`);
  const vouched = policyHashes(content);
  const inline = inlineHashes(html, tags);
  const own = { scripts: inline.scripts.filter((h) => vouched.scripts.has(h)), styles: inline.styles.filter((h) => vouched.styles.has(h)) };
  const blocked = {
    scripts: vouched.anyInline.scripts ? 0 : inline.scripts.length - own.scripts.length,
    styles: vouched.anyInline.styles ? 0 : inline.styles.length - own.styles.length,
  };
  const tag = `<meta http-equiv="content-security-policy" content="${withHashes(content, own).replace(/"/g, '&quot;')}">`;
  // A <meta> policy governs only what comes after it. One already exact and ahead of every script,
  // style and stylesheet stays where it is (the CMS page writes its own so).
  if (tag === html.slice(meta.start, meta.end) && meta.start < (tags.find(isGoverned)?.start ?? Infinity)) return { html, blocked };
  // Astro writes it at the end of <head>: move it up to just after the charset declaration (which must stay first).
  const anchor = tags.find((t) => t.name === 'meta' && attribute(t.attrs, 'charset') !== undefined) ?? tags.find((t) => t.name === 'head');
  if (!anchor) throw new Error(`${page}: tanpa <head>; CSP tidak bisa dipasang`);
  const out =
    anchor.end <= meta.start
      ? html.slice(0, anchor.end) + tag + html.slice(anchor.end, meta.start) + html.slice(meta.end)
      : html.slice(0, meta.start) + html.slice(meta.end, anchor.end) + tag + html.slice(anchor.end);
  return { html: out, blocked };
}

/**
 * Where a build's middleware leaves the digests of the bodies it narrowed and found exact (nothing
 * blocked), for the post-build check (src/integrations/page-csp.ts) to take a page with those bytes
 * as checked instead of parsing it again (16.5 s of a national cold build). A global, not a module
 * variable: the middleware runs in the page bundle, the check in the config's module graph. Set
 * only while a build runs, so the dev server hashes nothing.
 */
export const EXACT_BODIES_KEY = 'lintas.csp-exact-bodies';

export const bodyDigest = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('base64url');

/** The page with its CSP narrowed (see narrowPage); during a build, an exact result is remembered (EXACT_BODIES_KEY). */
export function narrowPageCsp(html: string, page: string): string {
  const { html: narrowed, blocked } = narrowPage(html, page);
  // Narrowing is idempotent, so the body is exactly what the check would accept as it stands.
  const exact = (globalThis as { [EXACT_BODIES_KEY]?: Set<string> })[EXACT_BODIES_KEY];
  if (exact && !blocked.scripts && !blocked.styles) exact.add(bodyDigest(narrowed));
  return narrowed;
}
