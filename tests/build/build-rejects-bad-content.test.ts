/**
 * The real build refuses bad content: `astro build` on a copy of the site with two planted
 * mistakes in two files exits non-zero and lists both, each under its file with the field and
 * the bad value. Slow (a real Astro process), so this is the only test here.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, edit } from '../fixtures/content.ts';

const VISIT = 'content/visits/2019-07-02-katingan-ke-banyuwangi.md';
const INNOVATION = 'content/innovations/mal-pelayanan-publik-banyuwangi.md';

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
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
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

/** The problem lines printed under `file` in the content report (up to the next blank line). */
function blockOf(output: string, file: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.trim() === file);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** A copy of the project in a temp folder, sharing the repository's node_modules. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-build-'));
  for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public', 'content', 'data']) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('astro build', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('publishes a visit scaffolded from names as a host would type them', { timeout: 120_000 }, async () => {
    const dir = projectCopy();
    dirs.push(dir);
    const scaffolded = await run(process.execPath, [join(dir, 'src/cli/new.ts'), 'visit', '--from', 'Bangli', '--to', 'banyuwangi', '--date', '2021-11-15', '--title', 'Kabupaten Bangli belajar ke Banyuwangi', '--root', dir], dir);
    expect(scaffolded.code, scaffolded.output).toBe(0);
    const { code, output } = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir);
    expect(code, output).toBe(0);
    const page = readFileSync(join(dir, 'dist/kunjungan/2021-11-15-bangli-ke-banyuwangi/index.html'), 'utf8');
    expect(page).toContain('Kabupaten Bangli belajar ke Banyuwangi');
    expect(page).toContain('href="/daerah/kabupaten-bangli/"');
    expect(readFileSync(join(dir, 'dist/daerah/kabupaten-bangli/index.html'), 'utf8')).toContain('/kunjungan/2021-11-15-bangli-ke-banyuwangi/');
  });

  it('fails on bad content and names the file, field and bad value of every problem', { timeout: 120_000 }, async () => {
    const dir = projectCopy();
    dirs.push(dir);

    const change = (file: string, from: string, to: string) =>
      writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8'), from, to));
    change(VISIT, 'host: kabupaten-banyuwangi', 'host: kabupaten-banyuwang');
    change(INNOVATION, 'lastVerified: 2019-07-02', 'lastVerified: 2019-02-30');

    const { code, output } = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir);

    expect(code, output).not.toBe(0);
    expect(blockOf(output, VISIT), output).toContainEqual(expect.stringMatching(/^\s*- host: .*"kabupaten-banyuwang"/));
    expect(blockOf(output, INNOVATION), output).toContainEqual(expect.stringMatching(/^\s*- lastVerified: .*2019-02-30/));
    expect(existsSync(join(dir, 'dist')), 'nothing is published').toBe(false);
  });
});
