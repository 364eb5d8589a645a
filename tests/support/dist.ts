/**
 * Where a built site lives and how its files map to URLs. Two sites are tested:
 * - dist/, built from the real content/ by `npm test` before Vitest: only checks that hold for any valid content;
 * - the fixture site, built from tests/fixtures/corpora/ (see fixture-site.ts): checks of particular entries.
 * Every helper takes the site's folder and defaults to dist/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build output; LINTAS_DIST points the checks at another copy (e.g. a snapshot while someone rebuilds). */
export const DIST_DIR = process.env.LINTAS_DIST
  ? join(resolve(process.env.LINTAS_DIST), sep)
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** Fails with a message a person can act on when the site has not been built. */
export function assertDistBuilt(dir = DIST_DIR): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site at ${dir}. Run \`npm test\` (it builds first) or \`npm run build\`.`);
  }
}

/** Every file under dist/, as absolute paths. */
export function listDistFiles(dir = DIST_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listDistFiles(path));
    else out.push(path);
  }
  return out.sort();
}

export function listHtmlFiles(dir = DIST_DIR): string[] {
  return listDistFiles(dir).filter((file) => file.endsWith('.html'));
}

/** dist/daerah/jawa-timur/index.html → /daerah/jawa-timur/ ; dist/404.html → /404.html */
export function urlPathOf(file: string, dir = DIST_DIR): string {
  const rel = relative(dir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The file a URL path is served from, or undefined when nothing in dist/ answers it.
 * Mirrors what a static host does: `/x/` → x/index.html, `/x.css` → x.css.
 * A path without a trailing slash that names a directory is not accepted: the site uses
 * `trailingSlash: 'always'`, and such links cost a redirect (or a 404) on many hosts.
 */
export function fileForUrlPath(pathname: string, dir = DIST_DIR): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const root = join(dir, sep);
  const candidate = join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!candidate.startsWith(root)) return undefined; // `..` escaping dist/
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** The project's html-validate configuration (.htmlvalidate.json), whatever directory the HTML is in. */
export const HTMLVALIDATE_CONFIG = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));
