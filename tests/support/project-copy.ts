/** A copy of the project in a temporary folder, for tests that run the real CLI and build on other content. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixture-site.ts';

/** What a build needs; tests/ and docs/ stay behind. */
const PROJECT_FILES = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public', '.htmlvalidate.json'];

/**
 * Copies the project's sources and the given content folder into a new temporary folder. node_modules is
 * shared, package by package through symlinks, except Astro's cache (node_modules/.astro): the copy keeps its
 * own, so a build of other content never reads or rewrites the entries cached for the real content.
 */
export function projectCopy(content: string, prefix = 'lintas-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  cpSync(content, join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
