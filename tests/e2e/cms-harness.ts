/**
 * A throwaway copy of the project for the CMS end-to-end test: the project's code with a small
 * fixture corpus instead of content/, decap-server (the real local backend) writing into it, and
 * /admin/ served from the same adminFiles() the dev server and the build use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminFiles } from '../../src/cms/admin.ts';
import { loadOfficialRegions } from '../../src/lib/official-regions.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const SKIP = new Set(['node_modules', 'dist', '.git', 'content', '.astro', 'coverage']);

export interface CmsProject {
  dir: string;
  adminUrl: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Copies the project (without content, build output or dependencies, which are linked) and writes `content`. */
export function copyProject(content: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lintas-cms-'));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0] ?? '') });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const folder of ['regions', 'innovations', 'playbooks', 'visits', 'followups', 'sources']) mkdirSync(join(dir, 'content', folder), { recursive: true });
  for (const [path, text] of Object.entries(content)) writeFileSync(join(dir, path), text);
  return dir;
}

/** Starts decap-server on `dir` and an /admin/ server pointing at it. */
export async function startCms(dir: string): Promise<CmsProject> {
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server did not start in 20 s')), 20_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (/listening/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
  const files = adminFiles(
    await loadOfficialRegions(),
    { kind: 'local', serverUrl: `http://127.0.0.1:${port}/api/v1`, backend: { name: 'github', repo: 'contoh/lintas', branch: 'main' } },
    'https://lintas.example.id',
  );
  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const name = path.startsWith('/admin/') ? path.slice('/admin/'.length) || 'index.html' : undefined;
    const file = files.find((f) => f.path === name);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.read());
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port: httpPort } = http.address() as AddressInfo;
  return {
    dir,
    adminUrl: `http://127.0.0.1:${httpPort}/admin/`,
    async close() {
      await new Promise((resolve) => http.close(resolve));
      server.kill();
    },
  };
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
