/**
 * A throwaway copy of the project for build tests: the site's code and config in a temp folder,
 * sharing the repository's node_modules, with `content/` taken from a fixture corpus (or the repo).
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectCopy as copyWithContent } from '../support/project-copy.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Copies the project into a temp folder; `corpus` is a folder holding content/ (default: the repository). */
export function projectCopy(corpus: string = ROOT): string {
  return copyWithContent(join(corpus, 'content'), 'lintas-build-');
}

export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        // The astro bin starts with `#!/usr/bin/env node`: make that the Node running the tests (22+), not the machine's.
        PATH: [join(cwd, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(':'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 420_000); // a loaded 2-core machine took 1 min 55 s
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

/** The problem lines printed under `file` in the content report (up to the next blank line). */
export function blockOf(output: string, file: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.trim() === file);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
