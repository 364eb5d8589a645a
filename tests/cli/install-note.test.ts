/**
 * The note printed after `npm install` (scripts/install-note.mjs): on a Node older than 22.12 npm warns
 * EBADENGINE once per package; the note right below says that this is expected and which Node the scripts use.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/content.ts';

const note = (userAgent: string) =>
  spawnSync(process.execPath, ['scripts/install-note.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_user_agent: userAgent } });

describe('the install note', () => {
  it('explains the EBADENGINE warnings when npm ran on Node 20, naming both Nodes', () => {
    const out = note('npm/11.19.1 node/v20.20.2 linux x64 workspaces/false');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('"EBADENGINE Unsupported engine" di atas wajar, bukan kegagalan');
    expect(out.stdout).toContain('(v20.20.2)');
    expect(out.stdout).toContain(`Node ${process.version}`);
  });

  it('says nothing when npm itself ran on Node 22.12 or later (no warnings to explain)', () => {
    for (const agent of ['npm/11.19.1 node/v22.12.0 linux x64', 'npm/11.19.1 node/v24.1.0 darwin arm64', '']) {
      const out = note(agent);
      expect([out.status, out.stdout], agent).toEqual([0, '']);
    }
  });
});
