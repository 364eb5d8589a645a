/**
 * Nothing in the built site points nowhere. A small crawler over dist/ (html-validate's own parser,
 * so no extra dependency) reads every page and stylesheet and checks that:
 * - every internal link and asset reference (href, src, srcset, poster, action, CSS url()) names a file in dist/;
 * - every #fragment, on the same page or another, names an element id that exists there;
 * - the canonical URL of each page is a page in dist/ that names itself as canonical;
 * - every page can be reached by following links (or a GET form) from the home page (no orphans; aliases excepted).
 * "Internal" means a relative URL, a root-relative one, or an absolute URL on the site's own origin
 * (taken from the home page's canonical link, so LINTAS_SITE is respected).
 */
import { StaticConfigLoader, HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, DIST_DIR, fileForUrlPath, listDistFiles, urlPathOf, HTMLVALIDATE_CONFIG } from '../support/dist.ts';

interface Reference {
  from: string; // URL path of the page (or stylesheet) containing it
  attr: string; // e.g. a[href]
  value: string;
  url: URL;
}
interface PageFacts {
  ids: Set<string>;
  canonical?: string;
  references: Reference[];
}

const LOCAL = 'http://dist.invalid';
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
];
const SRCSET_ATTRIBUTES: [string, string][] = [
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
];

const pages = new Map<string, PageFacts>();
const stylesheetRefs: Reference[] = [];
let siteOrigin = '';

function isInternal(url: URL): boolean {
  return url.origin === LOCAL || url.origin === siteOrigin;
}

beforeAll(async () => {
  assertDistBuilt();
  const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(HTMLVALIDATE_CONFIG, 'utf8'))));
  const parser = new Parser(await validator.getConfigFor(`${DIST_DIR}index.html`));
  const files = listDistFiles();

  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = urlPathOf(file);
    const base = new URL(path, LOCAL);
    const root: HtmlElement = parser.parseHtml(readFileSync(file, 'utf8'));
    const facts: PageFacts = { ids: new Set(), references: [] };
    for (const el of root.querySelectorAll('[id]')) facts.ids.add(el.id!);
    for (const el of root.querySelectorAll('a[name]')) facts.ids.add(el.getAttributeValue('name')!);
    const baseHref = root.querySelector('base[href]')?.getAttributeValue('href');
    const resolveFrom = baseHref ? new URL(baseHref, base) : base;
    const add = (attr: string, value: string) => {
      if (/^(mailto|tel|data):/i.test(value.trim())) return; // not documents; javascript: is kept and flagged
      facts.references.push({ from: path, attr, value, url: new URL(value.trim(), resolveFrom) });
    };
    for (const [selector, attribute] of URL_ATTRIBUTES) {
      for (const el of root.querySelectorAll(selector)) add(selector, el.getAttributeValue(attribute) ?? '');
    }
    for (const [selector, attribute] of SRCSET_ATTRIBUTES) {
      for (const el of root.querySelectorAll(selector)) {
        for (const candidate of (el.getAttributeValue(attribute) ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) add(selector, url);
        }
      }
    }
    // Social cards and the like: only absolute URLs on the site's origin are checked (below).
    for (const el of root.querySelectorAll('meta[content]')) {
      const key = el.getAttributeValue('property') ?? el.getAttributeValue('name') ?? '';
      const content = el.getAttributeValue('content') ?? '';
      if (/^(og|twitter):.*(image|url)$/.test(key) && /^https?:\/\//.test(content)) add(`meta[${key}]`, content);
    }
    facts.canonical = root.querySelector('link[rel="canonical"]')?.getAttributeValue('href') ?? undefined;
    pages.set(path, facts);
  }

  const home = pages.get('/');
  siteOrigin = home?.canonical ? new URL(home.canonical).origin : LOCAL;

  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const path = urlPathOf(file);
    const css = readFileSync(file, 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const value = match[2]!;
      if (/^(data|#)/i.test(value)) continue;
      stylesheetRefs.push({ from: path, attr: 'css url()', value, url: new URL(value, new URL(path, LOCAL)) });
    }
    for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) {
      stylesheetRefs.push({ from: path, attr: 'css @import', value: match[2]!, url: new URL(match[2]!, new URL(path, LOCAL)) });
    }
  }
});

/** Why a reference is broken, or undefined when it resolves. */
function problemWith(ref: Reference): string | undefined {
  if (ref.url.protocol === 'javascript:') return 'javascript: URL';
  if (!isInternal(ref.url)) return undefined; // other sites are out of scope: they change without us
  const file = fileForUrlPath(ref.url.pathname);
  if (!file) {
    if (!ref.url.pathname.endsWith('/') && fileForUrlPath(`${ref.url.pathname}/`)) return 'missing trailing slash (site uses trailingSlash: always)';
    return 'no such file in dist/';
  }
  const fragment = decodeURIComponent(ref.url.hash.slice(1));
  if (fragment && file.endsWith('.html')) {
    const target = pages.get(urlPathOf(file));
    if (fragment !== 'top' && !target?.ids.has(fragment)) return `no element with id="${fragment}" on ${urlPathOf(file)}`;
  }
  return undefined;
}

describe('every internal link and asset in dist/ resolves', () => {
  it('links and asset references in every page name a file that exists, and fragments name an existing id', () => {
    expect(pages.size).toBeGreaterThan(552);
    const broken = [...pages.values()]
      .flatMap((p) => p.references)
      .map((ref) => ({ ref, problem: problemWith(ref) }))
      .filter((r) => r.problem)
      .map(({ ref, problem }) => `${ref.from}: ${ref.attr}="${ref.value}" — ${problem}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('stylesheets reference only files that exist (url(), @import)', () => {
    const broken = stylesheetRefs.filter((r) => problemWith(r)).map((r) => `${r.from}: ${r.attr} ${r.value} — ${problemWith(r)}`);
    expect(broken).toEqual([]);
  });

  it('each page names a canonical address on the site that is itself canonical (no chains, no dead ends)', () => {
    const wrong: string[] = [];
    for (const [path, facts] of pages) {
      if (path === '/404.html') continue;
      if (!facts.canonical) {
        wrong.push(`${path}: no <link rel="canonical">`);
        continue;
      }
      const canonical = new URL(facts.canonical);
      if (canonical.origin !== siteOrigin) wrong.push(`${path}: canonical ${facts.canonical} is on another origin`);
      const target = pages.get(canonical.pathname);
      if (!target) wrong.push(`${path}: canonical ${facts.canonical} is not a page in dist/`);
      else if (target.canonical && new URL(target.canonical).pathname !== canonical.pathname) {
        wrong.push(`${path}: canonical ${facts.canonical} itself points to ${target.canonical}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every page can be reached from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const facts = pages.get(queue.shift()!);
      for (const ref of facts?.references ?? []) {
        // Links, and GET forms such as the header search box (pressing Enter opens /cari/).
        if (!['a[href]', 'area[href]', 'form[action]'].includes(ref.attr) || !isInternal(ref.url)) continue;
        const file = fileForUrlPath(ref.url.pathname);
        if (!file?.endsWith('.html')) continue;
        const target = urlPathOf(file);
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    // A page whose canonical address is another page (an alias such as B-vs-A for A-vs-B) is reached under that address.
    const isAlias = (path: string) => {
      const canonical = pages.get(path)?.canonical;
      return canonical !== undefined && new URL(canonical).pathname !== path;
    };
    // The authors' form (/admin/, noindex) is deliberately linked from no public page.
    const orphans = [...pages.keys()].filter((path) => !seen.has(path) && path !== '/404.html' && path !== '/admin/' && !isAlias(path));
    expect(orphans.map((path) => `${path} (${relative(DIST_DIR, fileForUrlPath(path) ?? path)})`)).toEqual([]);
  });
});
