import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject, readContent } from '../../src/lib/check/index.ts';
import { ROOT, SEED_CORPUS, SYNTHETIC_CORPUS } from '../fixtures/content.ts';

describe('readContent: content lives in flat folders content/<collection>/', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads .md and .mdx files of every collection with paths relative to the project, and ignores other files', () => {
    dir = mkdtempSync(join(tmpdir(), 'lintas-content-'));
    mkdirSync(join(dir, 'content', 'innovations'), { recursive: true });
    mkdirSync(join(dir, 'content', 'visits'), { recursive: true });
    writeFileSync(join(dir, 'content', 'innovations', 'b.mdx'), 'B');
    writeFileSync(join(dir, 'content', 'innovations', 'a.md'), 'A');
    writeFileSync(join(dir, 'content', 'innovations', 'notes.txt'), 'not content');
    writeFileSync(join(dir, 'content', 'visits', 'v.md'), 'V');
    expect(readContent(dir)).toEqual([
      { collection: 'innovations', file: 'content/innovations/a.md', text: 'A' },
      { collection: 'innovations', file: 'content/innovations/b.mdx', text: 'B' },
      { collection: 'visits', file: 'content/visits/v.md', text: 'V' },
    ]);
  });

  it('treats a missing collection folder as empty', () => {
    dir = mkdtempSync(join(tmpdir(), 'lintas-content-'));
    expect(readContent(dir)).toEqual([]);
  });
});

describe('checkProject', () => {
  // Holds for any valid content, whatever content/ contains (it may even be empty).
  it('finds no problems in this project\'s content', async () => {
    const { problems } = await checkProject(ROOT);
    expect(problems).toEqual([]);
  });

  it.each([
    ['seed', SEED_CORPUS],
    ['synthetic', SYNTHETIC_CORPUS],
  ])('finds no problems in the %s fixture corpus, which has visits', async (_name, corpus) => {
    const { problems, content } = await checkProject(corpus, 'content');
    expect(problems).toEqual([]);
    expect(content.visits.size).toBeGreaterThan(0);
  });
});
