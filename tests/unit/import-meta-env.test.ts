/**
 * No source names `import.meta.env` bare. Astro replaces a bare `import.meta.env` (one not followed by
 * `.`, so `import.meta.env?.X` too) with the variables of the build machine's environment whose names
 * occur in the module's text, `_` (the shell's last command) among them. The page code then differs
 * with the shell or npm script a build was started from, and the incremental build renders every
 * page again. The pattern is Astro's own (astro/dist/env/vite-plugin-import-meta-env.js).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const BARE = /\bimport\.meta\.env\b(?!\.)/;

describe('import.meta.env', () => {
  it('is matched bare as Astro matches it', () => {
    expect(BARE.test('const base = import.meta.env?.BASE_URL;')).toBe(true);
    expect(BARE.test('const env = import.meta.env;')).toBe(true);
    expect(BARE.test('const base = import.meta.env.BASE_URL;')).toBe(false);
  });

  it('is named only with a property after it, in every source file', () => {
    const files = readdirSync(SRC, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(astro|ts|tsx|mjs|js)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(50);
    // The whole text, comments too: Astro tests the module's source as it is.
    const bare = files.filter((file) => BARE.test(readFileSync(file, 'utf8')));
    expect(bare.map((file) => relative(SRC, file))).toEqual([]);
  });
});
