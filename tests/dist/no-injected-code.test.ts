/**
 * Nothing written in content runs in a reader's browser: no built page carries an inline event
 * handler or a javascript: address, and every <script> is one the site itself emits (Astro's
 * hashed modules, the share-card data block and one JSON-LD block, whose text is JSON that no
 * author text closes: src/lib/seo/structured-data.ts). The content check rejects such input before
 * the build; this checks the output too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDistBuilt, listHtmlFiles } from '../support/dist.ts';

describe('built pages carry no injected code', () => {
  it('no on…= handlers, no javascript: addresses, and only the site\'s own scripts', () => {
    const problems: string[] = [];
    assertDistBuilt();
    const files = listHtmlFiles();
    expect(files.length).toBeGreaterThan(552); // all official regions, plus the other pages
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
        if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`${file}: event handler in ${tag.slice(0, 80)}`);
        if (/(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push(`${file}: javascript: address in ${tag.slice(0, 80)}`);
      }
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
      let jsonLd = 0;
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/type="application\/json" id="lintas-card"/.test(attrs!)) continue; // data, never executed
        if (/^ type="application\/ld\+json"$/.test(attrs!)) {
          // Data too, but only the layout's one block, and only if the whole of it is JSON (nothing cut it short).
          jsonLd++;
          try {
            JSON.parse(body!);
          } catch {
            problems.push(`${file}: JSON-LD that is not JSON: ${body!.slice(0, 80)}`);
          }
          continue;
        }
        // Anything executable must be allowed by the page's own policy: an inline script by its hash.
        const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
        if (!/\bsrc=/.test(attrs!) && !policy.includes(hash)) problems.push(`${file}: inline script not in the page's CSP: <script${attrs}>`);
      }
      if (jsonLd > 1) problems.push(`${file}: ${jsonLd} JSON-LD blocks`);
      if (!policy.includes("script-src 'self'")) problems.push(`${file}: no Content-Security-Policy with script-src 'self'`);
    }
    expect(problems).toEqual([]);
  });
});
