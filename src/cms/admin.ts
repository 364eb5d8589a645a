/**
 * The files that make up /admin/: the page, its generated configuration, Decap CMS itself (copied
 * from the npm package, never from a CDN), the site's preview look and Indonesian interface words.
 * One list for the dev server, the build and the end-to-end test, so all three serve the same CMS.
 * Nothing here is linked from or loaded by any other page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficialRegions } from '../lib/official-regions.ts';
import { adminCsp, cmsConfig, type CmsMode } from './config.ts';

export interface AdminFile {
  /** Path under /admin/, e.g. "index.html" or "decap-cms.js". */
  path: string;
  type: string;
  read(): string | Buffer;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** decap-cms's prebuilt bundle: the entry script, its lazily loaded chunks and WebAssembly, its licence notes. */
export function decapDistDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}
const DECAP_FILE = /^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|^[0-9a-f]+\.wasm$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The admin page: its own CSP (see adminCsp), no inline script, the configuration linked as a file. */
export function adminPage(csp: string, canonical: string): string {
  return `<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${escapeAttr(csp)}">
    <meta name="robots" content="noindex">
    <title>Penulis · Lintas</title>
    <link rel="canonical" href="${escapeAttr(canonical)}">
    <link href="config.yml" type="text/yaml" rel="cms-config-url">
    <link rel="icon" href="data:,">
  </head>
  <body>
    <noscript>Formulir penulis Lintas memerlukan JavaScript. Tanpa JavaScript, tulis entri sebagai file Markdown: lihat docs/panduan-penulis.md.</noscript>
    <!-- Decap mounts itself into <body>, so it loads at the end of it. -->
    <script src="decap-cms.js"></script>
    <script src="lintas-cms.js"></script>
  </body>
</html>
`;
}

/** Every file of /admin/ for one mode (local editing with decap-server, or the published site). */
export function adminFiles(official: OfficialRegions, mode: CmsMode, site: string): AdminFile[] {
  const config = cmsConfig(official, mode, site);
  const dist = decapDistDir();
  const own = (name: string) => () => readFileSync(join(HERE, 'browser', name));
  const files: AdminFile[] = [
    { path: 'index.html', type: typeOf('.html'), read: () => adminPage(adminCsp(config), new URL('/admin/', site).href) },
    // JSON is YAML: Decap reads this file with its YAML parser.
    { path: 'config.yml', type: typeOf('.yml'), read: () => `${JSON.stringify(config)}\n` },
    { path: 'lintas-cms.js', type: typeOf('.js'), read: own('lintas-cms.js') },
    {
      path: 'preview.css',
      type: typeOf('.css'),
      read: () => `${readFileSync(join(HERE, '..', 'styles', 'global.css'), 'utf8')}\n${readFileSync(join(HERE, 'browser', 'preview.css'), 'utf8')}`,
    },
  ];
  for (const name of readdirSync(dist).filter((n) => DECAP_FILE.test(n)).sort()) {
    files.push({ path: name, type: typeOf(name), read: () => readFileSync(join(dist, name)) });
  }
  return files;
}
