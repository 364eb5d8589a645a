/** The swap that publishes a finished build: all of the new output or all of the old, never a mix. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishStaged, removeParked, stagingPaths } from '../../src/integrations/atomic-publish.ts';

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

  it('replaces the whole previous output with the staged one and parks the old one beside it', () => {
    const { top, dist, staging } = fresh();
    site(dist, { 'index.html': 'lama', 'hilang/index.html': 'halaman yang dihapus' });
    site(staging, { 'index.html': 'baru', 'kartu/a.png': 'png' });
    const parked = publishStaged(staging, dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('baru');
    expect(existsSync(join(dist, 'hilang'))).toBe(false);
    expect(readFileSync(join(dist, 'kartu/a.png'), 'utf8')).toBe('png');
    expect(readFileSync(join(parked!, 'hilang/index.html'), 'utf8')).toBe('halaman yang dihapus');
    expect(readdirSync(top).sort()).toEqual([basename(parked!), 'dist'].sort());
  });

  it('deletes parked outputs in a process of their own, leftovers of earlier builds too, and nothing else', async () => {
    const { top, dist, staging } = fresh();
    site(join(top, '.dist-previous-1-2'), { 'index.html': 'sisa build yang terputus' });
    site(join(top, 'lain'), { 'a.txt': 'bukan keluaran' });
    site(dist, { 'index.html': 'lama' });
    site(staging, { 'index.html': 'baru' });
    publishStaged(staging, dist);
    removeParked(dist);
    for (let i = 0; i < 100 && readdirSync(top).some((name) => name.startsWith('.dist-previous')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(top).sort()).toEqual(['dist', 'lain']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('baru');
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
