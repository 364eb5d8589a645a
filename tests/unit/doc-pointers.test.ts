/** Every document a message, scaffold or page points an author to exists, so a hint never leads nowhere. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

describe('pointers to documents', () => {
  // Code comments may cite other projects' documents; only text an author reads is checked.
  const pointers = files(join(ROOT, 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\*|\/\/)/.test(line))
      .flatMap((line) => [...line.matchAll(/\bdocs\/[\w./-]+\.md\b/g)].map((m) => [file.slice(ROOT.length), m[0]] as const)),
  );

  it('finds the pointers it checks (the scaffold header and the field reference at least)', () => {
    expect(pointers.map(([, doc]) => doc)).toEqual(expect.arrayContaining(['docs/panduan-penulis.md', 'docs/panduan-penulis/referensi-isian.md']));
  });

  it.each(pointers)('%s points to %s, which exists', (_file, doc) => {
    expect(existsSync(join(ROOT, doc))).toBe(true);
  });

  it('the field reference covers innovation news, and both guides explain partial dates, group sizes, institutions and news', () => {
    expect(readFileSync(join(ROOT, 'docs/panduan-penulis/referensi-isian.md'), 'utf8')).toContain('## Kabar inovasi — `content/news/`');
    const id = readFileSync(join(ROOT, 'docs/panduan-penulis.md'), 'utf8');
    const en = readFileSync(join(ROOT, 'docs/authoring-guide.md'), 'utf8');
    for (const text of ['--date 2021-06', 'size:', '--institution', 'npm run new -- kabar']) expect(id).toContain(text);
    for (const text of ['--date 2021-06', '`size`', '--institution', 'npm run new -- kabar']) expect(en).toContain(text);
  });
});
