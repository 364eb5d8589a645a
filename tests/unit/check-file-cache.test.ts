/**
 * The content check keeps each file's own findings between runs (src/lib/check/file-cache.ts): a run
 * that reuses them must report exactly what a fresh run reports, and a file is reused only with the
 * same text under the same code.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/index.ts';
import { checkContent } from '../../src/lib/check/run.ts';
import { FileFindingsStore, shardPaths } from '../../src/lib/check/file-cache.ts';
import { readContent } from '../../src/lib/check/project.ts';
import { readKeptMap } from '../../src/lib/kept-map.ts';
import { loadOfficialRegions } from '../../src/lib/official-regions.ts';

const BAD = fileURLToPath(new URL('../fixtures/bad-corpus', import.meta.url));
const SEED = fileURLToPath(new URL('../fixtures/corpora/seed', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOf(corpus: string): { root: string; store: string } {
  const root = mkdtempSync(join(tmpdir(), 'lintas-findings-'));
  dirs.push(root);
  cpSync(join(corpus, 'content'), join(root, 'content'), { recursive: true });
  return { root, store: join(root, 'cache', 'findings.bin') };
}

describe('kept findings', () => {
  it.each([
    ['the bad corpus (every failure class)', BAD],
    ['the seed corpus', SEED],
  ])('give exactly the problems, warnings and content of a fresh check: %s', async (_, corpus) => {
    const { root, store } = copyOf(corpus);
    const fresh = await checkProject(root, join(root, 'content'));
    const first = await checkProject(root, join(root, 'content'), store);
    const second = await checkProject(root, join(root, 'content'), store);
    for (const run of [first, second]) {
      expect(run.problems).toEqual(fresh.problems);
      expect(run.warnings).toEqual(fresh.warnings);
      expect(run.content).toEqual(fresh.content);
    }
  });

  it('are reused only for a file with the same text under the same version', async () => {
    const { root, store } = copyOf(SEED);
    const official = await loadOfficialRegions();
    const run = (version: string) => {
      const kept = new FileFindingsStore(store, version);
      const result = checkContent(readContent(root, join(root, 'content')), official, {}, kept);
      kept.save();
      return { result, reused: kept.reused };
    };
    const files = readContent(root, join(root, 'content')).length;
    expect(run('v1').reused).toBe(0);
    expect(run('v1').reused).toBe(files);

    const visit = join(root, 'content', 'visits', '2019-07-02-katingan-ke-banyuwangi.md');
    writeFileSync(visit, readFileSync(visit, 'utf8').replace(/^title: .*$/m, 'title: 12345'));
    const edited = run('v1');
    expect(edited.reused).toBe(files - 1);
    expect(edited.result.problems.map((p) => p.file)).toContain('content/visits/2019-07-02-katingan-ke-banyuwangi.md');

    // Another version of the code: nothing kept is trusted.
    expect(run('v2').reused).toBe(0);
    // A store cut short is ignored, not trusted.
    for (const shard of shardPaths(store).filter(existsSync)) writeFileSync(shard, readFileSync(shard).subarray(0, 100));
    expect(run('v2').reused).toBe(0);
  });

  it('rewrite only the shards whose files changed, and drop files that are gone', async () => {
    const { root, store } = copyOf(SEED);
    const official = await loadOfficialRegions();
    const run = () => {
      const kept = new FileFindingsStore(store, 'v1');
      checkContent(readContent(root, join(root, 'content')), official, {}, kept);
      kept.save();
      return kept.reused;
    };
    const files = readContent(root, join(root, 'content')).length;
    run();
    const written = () => new Map(shardPaths(store).filter(existsSync).map((shard) => [shard, statSync(shard).mtimeMs]));
    const before = written();
    expect(before.size).toBeGreaterThan(1);

    await new Promise((resolve) => setTimeout(resolve, 20)); // mtimes apart
    const visit = join(root, 'content', 'visits', '2019-07-02-katingan-ke-banyuwangi.md');
    writeFileSync(visit, readFileSync(visit, 'utf8').replace(/^title: .*$/m, 'title: Studi tiru ke Banyuwangi (diperbarui)'));
    expect(run()).toBe(files - 1);
    const after = written();
    expect([...after].filter(([shard, mtime]) => before.get(shard) !== mtime)).toHaveLength(1);

    // Nothing changed: nothing written, everything reused.
    expect(run()).toBe(files);
    expect(written()).toEqual(after);

    const keptFiles = () => shardPaths(store).flatMap((shard) => [...readKeptMap(shard, 'v1').keys()]);
    expect(keptFiles()).toContain('content/visits/2019-07-02-katingan-ke-banyuwangi.md');
    unlinkSync(visit);
    expect(run()).toBe(files - 1);
    expect(keptFiles()).not.toContain('content/visits/2019-07-02-katingan-ke-banyuwangi.md');
    expect(keptFiles()).toHaveLength(files - 1);
  });
});
