/** The swap that publishes a finished build: all of the new output or all of the old, never a mix. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishStaged, stagingPaths } from '../../src/integrations/atomic-publish.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function fresh(): { top: string; dist: string; staging: string } {
  const top = mkdtempSync(join(tmpdir(), 'lintas-publish-'));
  dirs.push(top);
  const dist = join(top, 'dist');
  return { top, dist, staging: stagingPaths(dist).staging };
}

describe('publishStaged', () => {
  it('stages beside the output folder, so the swap is a rename on one file system', () => {
    expect(stagingPaths('/srv/lintas/dist/')).toEqual({ staging: '/srv/lintas/.dist-staging', previous: '/srv/lintas/.dist-previous' });
  });

  it('replaces the whole previous output with the staged one and leaves nothing behind', () => {
    const { top, dist, staging } = fresh();
    site(dist, { 'index.html': 'lama', 'hilang/index.html': 'halaman yang dihapus' });
    site(staging, { 'index.html': 'baru', 'kartu/a.png': 'png' });
    publishStaged(staging, dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('baru');
    expect(existsSync(join(dist, 'hilang'))).toBe(false);
    expect(readFileSync(join(dist, 'kartu/a.png'), 'utf8')).toBe('png');
    expect(readdirSync(top)).toEqual(['dist']);
  });

  it('publishes the first build when there was no output yet', () => {
    const { top, dist, staging } = fresh();
    site(staging, { 'index.html': 'baru' });
    publishStaged(staging, dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('baru');
    expect(readdirSync(top)).toEqual(['dist']);
  });

  it('puts the previous output back when the staged folder cannot be moved in', () => {
    const { dist, staging } = fresh();
    site(dist, { 'index.html': 'lama' });
    expect(() => publishStaged(staging, dist)).toThrow(/ENOENT/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('lama');
  });
});
