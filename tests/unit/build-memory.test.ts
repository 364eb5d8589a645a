/**
 * The build sets V8's heap growing factor (src/integrations/build-memory.ts); `astro dev` keeps
 * V8's own. Its effect on memory is measured by the benchmark, not here.
 */
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildMemory, HEAP_GROWING_PERCENT } from '../../src/integrations/build-memory.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

function flagsFor(command: 'build' | 'dev' | 'preview' | 'sync'): string[] {
  const set: string[] = [];
  const hook = buildMemory((flags) => set.push(flags)).hooks['astro:config:setup'] as Setup;
  void hook({ command } as Parameters<Setup>[0]);
  return set;
}

describe('build memory', () => {
  it('lets the heap grow to twice what survived the last full collection, in builds only', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(flagsFor('build')).toEqual(['--heap-growing-percent=100']);
    expect(flagsFor('dev')).toEqual([]);
    expect(flagsFor('sync')).toEqual([]);
  });
});
