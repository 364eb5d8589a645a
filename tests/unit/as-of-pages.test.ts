/**
 * The "as of" date is not part of every page's cache key (src/lib/site.ts, `cacheKeyed`): a page
 * that shows it, or anything counted to it, must take it through its props, where the key sees it.
 * A cache-keyed page that read BUILD_DATE in its template would be restored the next day with
 * yesterday's date. This holds every page, component, layout and view to that rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const DATE = /\bBUILD_DATE\b|\basOfDate\b/;

/** The source less its imports and its getStaticPaths function, where the date may be read into props. */
function outsideProps(source: string): string {
  const lines = source.split('\n').filter((line) => !/^import\b/.test(line));
  const start = lines.findIndex((line) => /^export (async )?function getStaticPaths\b/.test(line));
  if (start === -1) return lines.join('\n');
  const end = lines.findIndex((line, i) => i > start && line === '}');
  return [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
}

/** Where a file reads the date outside its props, or undefined. */
function dateOutsideProps(source: string): string | undefined {
  const rest = outsideProps(source);
  return DATE.exec(rest)?.[0];
}

const files = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(astro|ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe('the "as of" date reaches cache-keyed pages only through their props', () => {
  it('finds a date read in a template, and none inside getStaticPaths', () => {
    const read = "import { BUILD_DATE, cacheKeyed } from '../lib/site.ts';\nexport async function getStaticPaths() {\n  return cacheKeyed([{ params: {}, props: { asOf: BUILD_DATE } }]);\n}\n---\n<p>{formatDate(BUILD_DATE)}</p>";
    expect(dateOutsideProps(read)).toBe('BUILD_DATE');
    expect(dateOutsideProps(read.replace('formatDate(BUILD_DATE)', 'formatDate(Astro.props.asOf)'))).toBeUndefined();
  });

  it('holds for every cache-keyed page', () => {
    const pages = files('pages').filter((file) => readFileSync(file, 'utf8').includes('cacheKeyed('));
    expect(pages.length).toBeGreaterThan(5);
    const offenders = pages.filter((file) => dateOutsideProps(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('holds for components, layouts and views, which have no props of their own to key', () => {
    const shared = [...files('components'), ...files('layouts'), ...files('lib/views')];
    const offenders = shared.filter((file) => DATE.test(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });
});
