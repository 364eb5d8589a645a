/** The built pages the post-build steps read (src/lib/built-pages.ts): every .html file, in directory order, skipped folders left out. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/built-pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'lintas-built-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('htmlFiles', () => {
  it('lists every .html file under the folder, and none under a skipped folder', () => {
    for (const file of ['index.html', '404.html', 'inovasi/a/index.html', 'inovasi/b/index.html', 'pagefind/x.html', 'kartu/a.png', 'data/inovasi.json']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    const found = (skip?: Set<string>) => htmlFiles(dir, skip).map((f) => relative(dir, f)).sort();
    expect(found()).toEqual(['404.html', 'index.html', 'inovasi/a/index.html', 'inovasi/b/index.html', 'pagefind/x.html']);
    expect(found(new Set(['pagefind']))).toEqual(['404.html', 'index.html', 'inovasi/a/index.html', 'inovasi/b/index.html']);
  });
});
