/**
 * A throwaway copy of the project for build tests: the site's code and config in a temp folder,
 * sharing the repository's node_modules, with `content/` taken from a fixture corpus (or the repo).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectCopy as copyWithContent } from '../support/project-copy.ts';
import { run as runCommand, type RunResult } from '../support/run.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Copies the project into a temp folder; `corpus` is a folder holding content/ (default: the repository). */
export function projectCopy(corpus: string = ROOT): string {
  return copyWithContent(join(corpus, 'content'), 'lintas-build-');
}

/** Runs a command in a project copy (see tests/support/run.ts), with time for a build on a loaded machine. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return runCommand(command, args, cwd, env, 420_000); // a loaded 2-core machine took 1 min 55 s
}

/** The problem lines printed under `file` in the content report (up to the next blank line). */
export function blockOf(output: string, file: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.trim() === file);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
