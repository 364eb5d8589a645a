/**
 * Extra measurements: the hook where features report their own cost. Each one runs after a build
 * of the kind it applies to and returns labelled figures that the report prints under the main
 * table. Add an object to EXTRA_MEASUREMENTS; nothing else in the benchmark needs to change.
 *
 * - Share cards: cards rendered and taken from the cache, cards/s, the largest PNG, read from the
 *   line the card integration logs.
 * - Search index: Pagefind's indexing time (from its log line), index size and file count on disk.
 * - First search: bytes a visitor downloads for a first query and a second one, measured in
 *   Chromium against the built site (uncompressed, and as sent by a host that gzips text).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildResult } from './measure.ts';

export interface ExtraContext {
  /** Which site was built. */
  kind: 'project' | 'baseline';
  /** 'cold' or 'warm'. */
  run: 'cold' | 'warm';
  root: string;
  dist: string;
  build: BuildResult;
}

export interface ExtraMeasurement {
  name: string;
  appliesTo: 'project' | 'baseline' | 'both';
  /** Returns label → value (already formatted); an empty object when the feature is absent. */
  measure(ctx: ExtraContext): Promise<Record<string, string>> | Record<string, string>;
}

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

/** The build's log text (BuildResult.log is the log file's path). */
const logText = (build: BuildResult) => (existsSync(build.log) ? readFileSync(build.log, 'utf8') : '');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bytes of a first and a second query on /cari/, measured in Chromium against the built site. */
async function searchBytes(dist: string, queries: [string, string]): Promise<Record<string, string>> {
  process.env.LINTAS_DIST = dist;
  const { startStaticServer } = await import('../tests/support/static-server.ts');
  const { launchChromium } = await import('../tests/support/chromium.ts');
  const server = await startStaticServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let log: { raw: number; gz: number }[] = [];
    page.on('response', (r) => {
      void r.body().then((b) => log.push({ raw: b.byteLength, gz: Math.min(b.byteLength, gzipSync(b).byteLength) }), () => undefined);
    });
    await page.goto(`${server.url}/cari/`, { waitUntil: 'networkidle' });
    const out: Record<string, string> = {};
    for (const [i, q] of queries.entries()) {
      log = [];
      await page.locator('#q').fill(q);
      await page.waitForFunction((text) => (document.querySelector('[data-status]')?.textContent ?? '').includes(text), q, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      const raw = log.reduce((t, f) => t + f.raw, 0);
      const gz = log.reduce((t, f) => t + f.gz, 0);
      out[`${i === 0 ? 'first' : 'next'} query "${q}"`] = `${kb(gz)} sent (${kb(raw)} uncompressed)`;
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

export const EXTRA_MEASUREMENTS: ExtraMeasurement[] = [
  {
    name: 'share cards',
    appliesTo: 'project',
    measure: ({ build }) => {
      const m = /(\d+) kartu: (\d+) dibuat, (\d+) dari cache, terbesar (\d+) KB[^,]*, (\d+) ms/.exec(logText(build));
      if (!m) return {};
      const [, total, rendered, cached, largest, ms] = m.map(Number) as number[];
      return {
        cards: String(total),
        rendered: String(rendered),
        'from cache': String(cached),
        'cards/s': ms! > 0 ? ((rendered! || total!) / (ms! / 1000)).toFixed(0) : '—',
        'card time': `${(ms! / 1000).toFixed(1)} s`,
        largest: `${largest} KB`,
      };
    },
  },
  {
    name: 'search index',
    appliesTo: 'project',
    measure: ({ build, dist }) => {
      const m = /(\d+) halaman diindeks dalam (\d+) ms/.exec(logText(build));
      const { files, bytes } = walk(join(dist, 'pagefind'));
      return { pages: m?.[1] ?? '?', 'indexing time': m ? `${(Number(m[2]) / 1000).toFixed(1)} s` : '?', 'index on disk': `${(bytes / 1048576).toFixed(1)} MB`, files: String(files) };
    },
  },
  {
    name: 'first search',
    appliesTo: 'project',
    // Once per scale is enough: the bytes do not depend on a warm or cold build.
    measure: (ctx) => (ctx.run === 'cold' ? searchBytes(ctx.dist, ['pelayanan desa', 'kesehatan']) : {}),
  },
];

export async function runExtras(ctx: ExtraContext): Promise<{ name: string; values: Record<string, string> }[]> {
  const results = [];
  for (const extra of EXTRA_MEASUREMENTS) {
    if (extra.appliesTo !== 'both' && extra.appliesTo !== ctx.kind) continue;
    try {
      results.push({ name: extra.name, values: await extra.measure(ctx) });
    } catch (error) {
      // A broken measurement must not hide the others: a benchmark reports, it does not fail.
      results.push({ name: extra.name, values: { error: (error as Error).message } });
    }
  }
  return results;
}
