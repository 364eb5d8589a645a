/**
 * No module of src/ imports itself back through others (model ↔ region-facts was one such circle):
 * a circle makes load order matter and hides which layer owns what. Type-only imports count too,
 * since they tie the modules' designs together just the same.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/\b(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s)).filter((path) => existsSync(path));
}

/** Every cycle found by depth-first search, each as the list of files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Circles known and accepted (none): add one only with a reason. */
const KNOWN: string[][] = [];

describe('the import graph of src/', () => {
  it('has no circles', () => {
    const files = sourceFiles(SRC);
    const found = cycles(new Map(files.map((f) => [f, importsOf(f)]))).map((cycle) => cycle.map((f) => relative(SRC, f)));
    expect(found.filter((c) => !KNOWN.some((k) => k.join() === c.join()))).toEqual([]);
  });

  it('finds a circle of any length, and none in a chain', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('reads relative imports, type-only ones included', () => {
    expect(importsOf(join(SRC, 'lib', 'model.ts'))).toContain(join(SRC, 'lib', 'region-facts.ts'));
    expect(importsOf(join(SRC, 'lib', 'region-facts.ts'))).toContain(join(SRC, 'schemas', 'region.ts'));
  });
});
