/** Narrowing a page's CSP to its own inline code (what Astro's build-wide hash list is not). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, narrowPageCsp, withHashes } from '../../src/lib/page-csp.ts';

const h = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const BUILD_WIDE = `'sha256-${'A'.repeat(43)}=' 'sha256-${'B'.repeat(43)}='`;
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
});

describe('narrowPageCsp', () => {
  it("replaces the build-wide hashes by the page's own and keeps every other source", () => {
    const out = narrowPageCsp(page('<script type="module">a()</script>'), '/x/');
    const policy = /content-security-policy" content="([^"]*)"/.exec(out)![1];
    expect(policy).toBe(`default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${h('a()')}; style-src 'self'`);
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
