/** Runs the real `npm run new` (src/cli/new.ts) in a child process on the Node running the tests, against `root`. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../fixtures/content.ts';

export function runNew(root: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/new.ts'), ...args, '--root', root], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
