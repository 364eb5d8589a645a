/**
 * `npm run new` run for real never writes outside content/: the CLI refuses ids that are paths and resolves the
 * final path (following symlinks) before writing. Runs on a fixture project in a temporary folder; the pure slug
 * rules are unit-tested in tests/unit/scaffold-paths.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNew } from './run-new.ts';

describe('npm run new on a fixture project', { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** <tmp>/a/b/c/proj with one visit whose commitment ids include a hostile one, as a planted file would. */
  function project(): { top: string; root: string } {
    const top = mkdtempSync(join(tmpdir(), 'lintas-new-paths-'));
    dirs.push(top);
    const root = join(top, 'a', 'b', 'c', 'proj');
    mkdirSync(join(root, 'content', 'visits'), { recursive: true });
    writeFileSync(join(root, 'content/visits/2020-01-01-a-ke-b.md'), '---\ncommitments:\n  - id: "../../../../x"\n  - id: ok-id\n---\n');
    return { top, root };
  }

  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });

  const run = runNew;

  it('refuses --commitment ../../../../x even when the visit lists that id, and writes nothing', () => {
    const { top, root } = project();
    const out = run(root, 'followup', '--visit', '2020-01-01-a-ke-b', '--commitment', '../../../../x', '--date', '2020-02-01', '--status', 'berjalan');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('--commitment "../../../../x" bukan slug yang sah');
    expect(files(top).map((f) => relative(top, f))).toEqual(['a/b/c/proj/content/visits/2020-01-01-a-ke-b.md']);
  });

  it('refuses a --visit or --innovation that is a path', () => {
    const { root } = project();
    const visit = run(root, 'followup', '--visit', '../visits/2020-01-01-a-ke-b', '--commitment', 'ok-id', '--date', '2020-02-01', '--status', 'berjalan');
    expect(visit.code).toBe(1);
    expect(visit.stderr).toContain('--visit "../visits/2020-01-01-a-ke-b" bukan slug yang sah');
    const playbook = run(root, 'playbook', '--owner', 'banyuwangi', '--title', 'Panduan', '--innovation', '../../x');
    expect(playbook.code).toBe(1);
    expect(playbook.stderr).toContain('--innovation "../../x" bukan slug yang sah');
  });

  it('refuses to follow a content/ folder that is a symlink to somewhere else', () => {
    const { top, root } = project();
    const elsewhere = join(top, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(root, 'content', 'followups'), 'dir');
    const out = run(root, 'followup', '--visit', '2020-01-01-a-ke-b', '--commitment', 'ok-id', '--date', '2020-02-01', '--status', 'berjalan');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('di luar content/');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('writes a valid follow-up inside content/followups/', () => {
    const { root } = project();
    const out = run(root, 'followup', '--visit', '2020-01-01-a-ke-b', '--commitment', 'ok-id', '--date', '2020-02-01', '--status', 'berjalan');
    expect(out.code, out.stderr).toBe(0);
    expect(readdirSync(join(root, 'content', 'followups'))).toEqual(['2020-02-01-ok-id.md']);
  });
});
