/** What a saved page takes with it: every stylesheet and script it loads, following script imports. */
import { describe, expect, it } from 'vitest';
import { assetsOf, importsOf, withImports } from '../../src/offline/packs.ts';
import { formatBytes } from '../../src/offline/format.ts';

describe('offline packs: the assets a page needs', () => {
  it('finds Astro\'s hashed stylesheets and scripts in a page, once each, and nothing else', () => {
    const html = `<link rel="stylesheet" href="/_astro/base.Ab12.css"><script type="module" src="/_astro/page.Cd34.js"></script>
      <link rel="stylesheet" href="/_astro/base.Ab12.css"><a href="/inovasi/x/">x</a><img src="/kartu/x.png">`;
    expect(assetsOf(html)).toEqual(['/_astro/base.Ab12.css', '/_astro/page.Cd34.js']);
  });

  it('follows the imports Vite writes, static and dynamic, to their closure', async () => {
    const files: Record<string, string> = {
      '/_astro/page.js': 'import{a as b}from"./shared.js";const c=()=>import("./lazy.js");',
      '/_astro/shared.js': 'import"./page.js";export const a=1;',
      '/_astro/lazy.js': 'export default 2;',
    };
    expect(importsOf(files['/_astro/page.js']!, '/_astro/page.js')).toEqual(['/_astro/shared.js', '/_astro/lazy.js']);
    expect((await withImports(['/_astro/page.js', '/_astro/x.css'], (p) => files[p]!)).sort()).toEqual(['/_astro/lazy.js', '/_astro/page.js', '/_astro/shared.js', '/_astro/x.css']);
  });

  it('states sizes in the units a phone shows', () => {
    expect([formatBytes(900), formatBytes(143_456), formatBytes(2_500_000)]).toEqual(['900 B', '143,5 KB', '2,5 MB']);
  });
});
