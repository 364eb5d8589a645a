/**
 * Puts the CMS at /admin/: served from memory by the dev server (local editing through
 * decap-server) and written into the build for the published site (git-host backend with the
 * editorial workflow). The configuration is generated from the schemas on each request in dev and
 * once per build, so a schema change reaches the form without a CMS edit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadOfficialRegions } from '../lib/official-regions.ts';
import { adminFiles } from './admin.ts';
import { backendFromEnv } from './config.ts';

/** Where the local editing server listens (`npm run cms` starts it; decap-server's own default is 8081). */
export function localServerUrl(env: Record<string, string | undefined> = process.env): string {
  return `http://localhost:${env.LINTAS_CMS_PORT ?? '8081'}/api/v1`;
}

export function cms(): AstroIntegration {
  let site = 'https://lintas.example.id';
  return {
    name: 'lintas-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (path === '/admin') {
            res.writeHead(301, { location: '/admin/' }).end();
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          const name = path.slice('/admin/'.length) || 'index.html';
          // The local backend ignores the repository, but Decap wants one named.
          const backend = backendFromEnv(process.env);
          const mode = { kind: 'local' as const, serverUrl: localServerUrl(), backend: { ...backend, repo: backend.repo || 'lokal/lintas' } };
          const file = adminFiles(await loadOfficialRegions(), mode, site).find((f) => f.path === name);
          if (!file) return next();
          res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.read());
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        const files = adminFiles(await loadOfficialRegions(), { kind: 'production', backend: backendFromEnv(process.env) }, site);
        let bytes = 0;
        for (const file of files) {
          const target = join(out, file.path);
          mkdirSync(dirname(target), { recursive: true });
          const body = file.read();
          bytes += Buffer.byteLength(body);
          writeFileSync(target, body);
        }
        logger.info(`/admin/: ${files.length} berkas, ${(bytes / 1024 / 1024).toFixed(1)} MB (hanya dimuat di halaman penulis)`);
      },
    },
  };
}
