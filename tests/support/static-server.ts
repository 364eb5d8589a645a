/**
 * A minimal static file server over dist/, like the simplest static host: no compression, no caching tricks,
 * so the sizes the browser sees are the real uncompressed bytes of each file. Like Netlify and Cloudflare
 * Pages it applies dist/_headers, so the browser tests run under the deployment's security headers. With
 * `gzip`, text is sent gzipped as most hosts do (the benchmark's timing under a slow connection uses it).
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { createGzip } from 'node:zlib';
import { DIST_DIR, fileForUrlPath } from './dist.ts';
import { headersFor, readHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site (dist/ unless told) on 127.0.0.1 at a free port, with that site's `_headers` applied.
 * Given a function, it asks it for the folder on every request, so a test can deploy a second build
 * on the same address (what a service worker sees as an update).
 */
export async function startStaticServer(root: string | (() => string) = DIST_DIR, { gzip = false } = {}): Promise<RunningServer> {
  const rulesOf = new Map<string, ReturnType<typeof readHeadersFile>>();
  const server: Server = createServer((req, res) => {
    const dir = typeof root === 'string' ? root : root();
    if (!rulesOf.has(dir)) rulesOf.set(dir, readHeadersFile(dir));
    const rules = rulesOf.get(dir)!;
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileForUrlPath(pathname, dir);
    if (!file) {
      // A directory asked for without its trailing slash: redirect, as static hosts do.
      if (!pathname.endsWith('/') && fileForUrlPath(`${pathname}/`, dir)) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      const notFound = fileForUrlPath('/404.html', dir);
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (notFound && req.method === 'GET') createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Pagefind's own files (.pf_*, .pagefind) are gzipped already and served as octet-stream.
    const zip = gzip && /^(text\/|application\/(json|javascript|xml))|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    if (req.method === 'HEAD') res.end();
    else if (zip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve); // port 0: the system picks a free port
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
