/**
 * Each built page's Content-Security-Policy lists exactly the hashes of its own inline scripts and
 * styles (not the whole build's), comes before anything it governs, and works with the deployment
 * header (dist/_headers): every source the page needs is allowed there too, so the browser, which
 * enforces both, runs exactly the page's own code. Every CSV in dist/ is free of formula cells.
 * html-validate's parser reads the pages, independently of the build's own regex-based rewrite.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, HTMLVALIDATE_CONFIG, assertDistBuilt, listDistFiles, urlPathOf } from '../support/dist.ts';
import { headersFor, parseCsp, readHeadersFile } from '../support/headers-file.ts';

interface PageCsp {
  path: string;
  metas: number;
  policy: Map<string, string[]>;
  ownScripts: Set<string>;
  ownStyles: Set<string>;
  /** Source offsets: the CSP meta, and the first script, style or stylesheet link. */
  metaOffset: number;
  firstGoverned: number;
}

const RUNS = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript']);
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashesIn = (sources: string[] = []) => new Set(sources.filter((s) => /^'sha(256|384|512)-/.test(s)));

const pages: PageCsp[] = [];
beforeAll(async () => {
  assertDistBuilt();
  const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(HTMLVALIDATE_CONFIG, 'utf8'))));
  const parser = new Parser(await validator.getConfigFor(`${DIST_DIR}index.html`));
  for (const file of listDistFiles().filter((f) => f.endsWith('.html'))) {
    const root: HtmlElement = parser.parseHtml(readFileSync(file, 'utf8'));
    const metas = root.querySelectorAll('meta').filter((m) => m.getAttributeValue('http-equiv')?.toLowerCase() === 'content-security-policy');
    const scripts = root.querySelectorAll('script');
    const styles = root.querySelectorAll('style');
    const ownScripts = new Set(
      scripts.filter((s) => !s.hasAttribute('src') && RUNS.has((s.getAttributeValue('type') ?? '').trim().toLowerCase())).map((s) => hash(s.textContent)),
    );
    const governed = [...scripts, ...styles, ...root.querySelectorAll('link').filter((l) => /stylesheet/i.test(l.getAttributeValue('rel') ?? ''))];
    pages.push({
      path: urlPathOf(file),
      metas: metas.length,
      policy: parseCsp(metas[0]?.getAttributeValue('content') ?? '')[0]!,
      ownScripts,
      ownStyles: new Set(styles.map((s) => hash(s.textContent))),
      metaOffset: metas[0]?.location.offset ?? Infinity,
      firstGoverned: Math.min(...governed.map((e) => e.location.offset)),
    });
  }
});

describe('per-page Content-Security-Policy', () => {
  it('every page has exactly one CSP <meta>, before any script, style or stylesheet', () => {
    expect(pages.length).toBeGreaterThan(500);
    const wrong = pages.filter((p) => p.metas !== 1 || p.metaOffset > p.firstGoverned).map((p) => `${p.path}: ${p.metas} meta(s)`);
    expect(wrong).toEqual([]);
  });

  it("each page's script-src lists exactly the hashes of its own inline scripts", () => {
    const wrong = pages
      .filter((p) => JSON.stringify([...hashesIn(p.policy.get('script-src'))].sort()) !== JSON.stringify([...p.ownScripts].sort()))
      .map((p) => `${p.path}: policy ${[...hashesIn(p.policy.get('script-src'))].join(' ')} ≠ own ${[...p.ownScripts].join(' ')}`);
    expect(wrong).toEqual([]);
    // Not one list for the whole site: pages without inline scripts carry no hashes at all.
    expect(pages.filter((p) => p.ownScripts.size === 0).length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.ownScripts.size > 0).length).toBeGreaterThan(0);
  });

  it("each page's style-src lists exactly the hashes of its own inline styles", () => {
    const wrong = pages
      .filter((p) => JSON.stringify([...hashesIn(p.policy.get('style-src'))].sort()) !== JSON.stringify([...p.ownStyles].sort()))
      .map((p) => p.path);
    expect(wrong).toEqual([]);
  });

  it('the deployment header allows everything the page policy allows, and adds frame-ancestors', () => {
    const rules = readHeadersFile(DIST_DIR);
    expect(rules.length, 'dist/_headers is published from public/_headers').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const header = parseCsp(headersFor(rules, page.path)['content-security-policy'] ?? '');
      if (header.length !== 1) {
        problems.push(`${page.path}: ${header.length} header policies`);
        continue;
      }
      const policy = header[0]!;
      if (policy.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`${page.path}: no frame-ancestors 'none'`);
      for (const [directive, sources] of page.policy) {
        const allowed = policy.get(directive) ?? policy.get('default-src') ?? [];
        for (const source of sources) {
          const ok = hashesIn([source]).size ? allowed.includes("'unsafe-inline'") : allowed.includes(source);
          if (!ok) problems.push(`${page.path}: ${directive} ${source} is blocked by the header`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('CSV files in dist/', () => {
  it('no cell starts a formula unless it is a plain number', () => {
    const csvs = listDistFiles().filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of csvs) {
      const { data, errors } = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true });
      if (errors.length) problems.push(`${urlPathOf(file)}: ${errors[0]!.message}`);
      for (const value of data.flat()) {
        if (/^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) problems.push(`${urlPathOf(file)}: ${JSON.stringify(value)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
