/** Narrowing a page's CSP to its own inline code (what Astro's build-wide hash list is not), and the post-build check. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPageCsp } from '../../src/integrations/page-csp.ts';
import { PageFactsStore } from '../../src/lib/page-facts.ts';
import { bodyDigest, EXACT_BODIES_KEY, inlineHashes, narrowPage, narrowPageCsp, withHashes } from '../../src/lib/page-csp.ts';

const h = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
// What Astro writes into every page: the hashes of every script and style it inlined anywhere in the build.
const BUILD_WIDE = `'sha256-${'A'.repeat(43)}=' 'sha256-${'B'.repeat(43)}=' ${h('a()')} ${h('b()')} ${h('p{color:red}')}`;
const META = `<meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${BUILD_WIDE}; style-src 'self' ${BUILD_WIDE};">`;
const page = (body: string, head = META) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>x</title><link rel="stylesheet" href="/_astro/a.css">${head}</head><body>${body}</body></html>`;

describe('inlineHashes', () => {
  it('hashes inline scripts the browser runs (classic, module, importmap) and styles, not data blocks or external scripts', () => {
    const html = page(
      '<script type="module">a()</script><script>b()</script><script type="importmap">{}</script>' +
        '<script type="application/json" id="lintas-card">{"x":1}</script><script type="application/ld+json">{}</script>' +
        '<script type="module" src="/_astro/x.js"></script><style>p{color:red}</style><script>b()</script>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [h('a()'), h('b()'), h('{}')], styles: [h('p{color:red}')] });
  });

  it('reads tags as a browser does: markup inside a quoted attribute value, a comment or a script is text, not an element', () => {
    // An author's title ends up in attribute values and in a JSON block; Astro escapes only the quotes there.
    const title = 'Uji </script><script>alert(1)</script> Bali';
    const html = page(
      `<meta property="og:title" content="${title}"><meta name="x" content='<style>p{}</style> <meta http-equiv="content-security-policy">'>` +
        `<!-- <script>c()</script> --><script type="application/json">{"t":"<script>d()<\/script>"}</script><script>a()</script>`,
    );
    expect(inlineHashes(html)).toEqual({ scripts: [h('a()')], styles: [] });
    const narrowed = narrowPage(html.replace('<body>', `<body><p title="${title}">x</p>`), '/judul/');
    // Only a() is inline code, and Astro vouched for it: nothing is blocked, the page keeps one policy with a()'s hash.
    expect(narrowed.blocked).toEqual({ scripts: 0, styles: 0 });
    expect(narrowed.html).toContain(`content="${title}"`);
    expect(narrowed.html.match(/script-src [^;"]*/)![0]).toBe(`script-src 'self' 'wasm-unsafe-eval' ${h('a()')}`);
  });
});

describe('narrowPageCsp', () => {
  it("replaces the build-wide hashes by the page's own and keeps every other source", () => {
    const out = narrowPageCsp(page('<script type="module">a()</script>'), '/x/');
    const policy = /content-security-policy" content="([^"]*)"/.exec(out)![1];
    expect(policy).toBe(`default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${h('a()')}; style-src 'self'`);
  });

  it('gives no hash to inline code Astro did not emit (smuggled into the page), and counts it as blocked', () => {
    const { html, blocked } = narrowPage(page('<script>b()</script><script>steal()</script><style>p{color:red}</style><style>p{color:blue}</style>'), '/x/');
    const policy = /content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toBe(`default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${h('b()')}; style-src 'self' ${h('p{color:red}')}`);
    expect(policy).not.toContain(h('steal()'));
    expect(blocked).toEqual({ scripts: 1, styles: 1 });
    expect(narrowPage(page('<script>b()</script>'), '/x/').blocked).toEqual({ scripts: 0, styles: 0 });
  });

  it('changes nothing on a page it has already narrowed (so the post-build check only has to compare)', () => {
    const once = narrowPageCsp(page('<script type="module">a()</script><style>p{color:red}</style>'), '/x/');
    expect(narrowPageCsp(once, '/x/')).toBe(once);
  });

  it("does not count inline code as blocked where the policy allows any ('unsafe-inline' without hashes, as /admin/ does for styles)", () => {
    const admin = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'">`;
    expect(narrowPage(page('<style>p{color:blue}</style>', admin), '/admin/').blocked).toEqual({ scripts: 0, styles: 0 });
    expect(narrowPage(page('<script>x()</script>', admin), '/admin/').blocked).toEqual({ scripts: 1, styles: 0 });
  });

  it('leaves only the non-hash sources on a page without inline code', () => {
    const out = narrowPageCsp(page('<p>teks</p>'), '/x/');
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"`);
    expect(out).not.toContain('sha256-');
  });

  it('moves the policy to just after the charset declaration, before anything it governs', () => {
    const out = narrowPageCsp(page('<p>teks</p>'), '/x/');
    expect(out).toMatch(/^<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><title>x<\/title><link rel="stylesheet"/);
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('leaves an exact policy where it is when it already comes before every script, style and stylesheet (the CMS page), and moves it otherwise', () => {
    const admin = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'">`;
    const early = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="x">${admin}<link rel="stylesheet" href="/a.css"></head><body><script src="/a.js"></script></body></html>`;
    expect(narrowPageCsp(early, '/admin/')).toBe(early);
    const late = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css">${admin}</head><body></body></html>`;
    expect(narrowPageCsp(late, '/x/')).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${admin}<link rel="stylesheet" href="/a.css"></head><body></body></html>`);
  });

  it('refuses a page with no policy or with two, naming the page', () => {
    expect(() => narrowPageCsp(page('<p>teks</p>', ''), '/tanpa/')).toThrow('/tanpa/: 0 <meta');
    expect(() => narrowPageCsp(page('<p>teks</p>', META + META), '/dua/')).toThrow('/dua/: 2 <meta');
  });
});

describe('withHashes', () => {
  it('touches only script-src and style-src', () => {
    expect(withHashes(`default-src 'self'; img-src ${h('x')}; script-src 'self' ${h('old')}`, { scripts: [h('new')], styles: [] })).toBe(
      `default-src 'self'; img-src ${h('x')}; script-src 'self' ${h('new')}`,
    );
  });
});

describe('checkPageCsp (the post-build step)', () => {
  const root = mkdtempSync(join(tmpdir(), 'lintas-page-csp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (site: string, path: string, html: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  };

  it('reads a narrowed page without rewriting it, narrows a page that was not, and names every broken page', () => {
    const site = join(root, 'site');
    const narrowed = narrowPageCsp(page('<script type="module">a()</script>'), '/a/');
    write(site, 'a/index.html', narrowed);
    write(site, 'b/index.html', page('<script>b()</script>'));
    write(site, 'tanpa/index.html', page('<p>teks</p>', ''));
    write(site, 'selundup/index.html', page('<script>steal()</script>'));
    write(site, 'data/x.json', '{"a":1}');
    const before = statSync(join(site, 'a/index.html')).mtimeMs;

    const result = checkPageCsp(site);
    expect(result.pages).toBe(4);
    expect(result.narrowed.sort()).toEqual(['/b/index.html', '/selundup/index.html']);
    expect(readFileSync(join(site, 'a/index.html'), 'utf8')).toBe(narrowed);
    expect(statSync(join(site, 'a/index.html')).mtimeMs).toBe(before);
    expect(readFileSync(join(site, 'b/index.html'), 'utf8')).toBe(narrowPageCsp(page('<script>b()</script>'), '/b/'));
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^\/(selundup|tanpa)\/index\.html: /);
    expect(result.problems.join('\n')).toContain('/tanpa/index.html: 0 <meta');
    expect(result.problems.join('\n')).toContain('/selundup/index.html: 1 <script>');
  });

  it('takes a page as checked when the middleware narrowed exactly its bytes in this build, and records it for the next', () => {
    const site = join(root, 'rendered');
    const shared = globalThis as Record<string, unknown>;
    const exact = new Set<string>();
    shared[EXACT_BODIES_KEY] = exact;
    const good = narrowPageCsp(page('<script type="module">a()</script>'), '/a/');
    const smuggled = narrowPageCsp(page('<script>steal()</script>'), '/s/');
    delete shared[EXACT_BODIES_KEY];
    // Only the exact body was remembered: the blocked one is not, and nothing is hashed outside a build.
    expect([...exact]).toEqual([bodyDigest(good)]);
    narrowPageCsp(page('<script>b()</script>'), '/b/');
    expect(exact.size).toBe(1);

    write(site, 'a/index.html', good);
    write(site, 'c/index.html', good.replace('</body>', '<script>steal()</script></body>'));
    write(site, 's/index.html', smuggled);
    const store = join(root, 'rendered.bin');
    const facts = new PageFactsStore<true>(store, 'v1');
    const result = checkPageCsp(site, facts, exact);
    expect(result).toMatchObject({ pages: 3, known: 0, narrowedWhileRendered: 1 });
    // Bytes the middleware did not vouch for are parsed and refused as before.
    expect(result.problems.sort()).toEqual([expect.stringMatching(/^\/c\/index\.html: 1 <script>/), expect.stringMatching(/^\/s\/index\.html: 1 <script>/)]);
    facts.save();
    expect(checkPageCsp(site, new PageFactsStore(store, 'v1'))).toMatchObject({ known: 1, narrowedWhileRendered: 0 });
  });

  it('remembers exact pages by address and bytes: unchanged ones are not parsed again, a changed one is checked afresh', () => {
    const site = join(root, 'kept');
    const store = join(root, 'facts.bin');
    const good = narrowPageCsp(page('<script type="module">a()</script>'), '/a/');
    write(site, 'a/index.html', good);
    write(site, 'b/index.html', good);
    const first = checkPageCsp(site, new PageFactsStore(store, 'v1'));
    expect(first).toMatchObject({ pages: 2, known: 0, problems: [] });

    // The same bytes at the same address are known; the store only keeps what it was told in its run.
    const again = new PageFactsStore<true>(store, 'v1');
    expect(checkPageCsp(site, again)).toMatchObject({ pages: 2, known: 0, problems: [] });
    again.save();
    expect(checkPageCsp(site, new PageFactsStore(store, 'v1'))).toMatchObject({ pages: 2, known: 2, problems: [] });

    // A script smuggled into a page that was exact: new bytes, so it is checked and refused.
    write(site, 'b/index.html', good.replace('</body>', '<script>steal()</script></body>'));
    const changed = checkPageCsp(site, new PageFactsStore(store, 'v1'));
    expect(changed.known).toBe(1);
    expect(changed.problems.join('\n')).toContain('/b/index.html: 1 <script>');

    // Another version of the rule or of this check: nothing is known.
    write(site, 'b/index.html', good);
    expect(checkPageCsp(site, new PageFactsStore(store, 'v2')).known).toBe(0);
  });
});
