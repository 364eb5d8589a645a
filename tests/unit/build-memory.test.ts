/**
 * The build sets V8's heap growing factor for the content check and sync and gives the choice back
 * to V8 when the pages render (src/integrations/build-memory.ts); `astro dev` keeps V8's own
 * throughout. Its effect on memory is measured by the benchmark, not here.
 */
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildMemory, SYNC_HEAP_GROWING_PERCENT } from '../../src/integrations/build-memory.ts';

type Hooks = AstroIntegration['hooks'];
type Setup = NonNullable<Hooks['astro:config:setup']>;
type Start = NonNullable<Hooks['astro:build:start']>;

/** The flags set by config:setup (for `command`) and then by build:start, in order. */
function flagsFor(command: 'build' | 'dev' | 'preview' | 'sync'): string[][] {
  const set: string[] = [];
  const { hooks } = buildMemory((flags) => set.push(flags));
  void (hooks['astro:config:setup'] as Setup)({ command } as Parameters<Setup>[0]);
  const afterSetup = [...set];
  if (command === 'build') void (hooks['astro:build:start'] as Start)({} as Parameters<Start>[0]);
  return [afterSetup, set.slice(afterSetup.length)];
}

describe('build memory', () => {
  it('lets the heap grow to twice what survived the last full collection until the pages render, in builds only', () => {
    expect(SYNC_HEAP_GROWING_PERCENT).toBe(100);
    expect(flagsFor('build')).toEqual([['--heap-growing-percent=100'], ['--heap-growing-percent=0']]);
    expect(flagsFor('dev')).toEqual([[], []]);
    expect(flagsFor('sync')).toEqual([[], []]);
  });
});
