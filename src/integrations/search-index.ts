/**
 * Builds the Pagefind search index over the finished site: a hub bundle in /pagefind/ and, when the
 * site is too large for one lean first query, a bundle per province (src/domain/search-bundles.ts),
 * plus /pagefind/lintas-cari.json, the facet values and bundle map the search page reads instead of
 * Pagefind's filter files. Pagefind's Node API reports problems in `errors` arrays instead of
 * throwing; any error fails the build, so a site never ships with a broken or partial index.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_MANIFEST_FILE, planBundles, type IndexedPage } from '../domain/search-bundles.ts';
import { loadOfficialRegions } from '../lib/official-regions.ts';
import { KINDS } from '../domain/kinds.ts';

/** The folder each search type's pages are built in ('Inovasi' → 'inovasi'). */
const ROUTE_OF_TYPE = new Map<string, string>(Object.values(KINDS).flatMap((k) => ('searchType' in k && k.searchType ? [[k.searchType, k.route]] : [])));

/** Pagefind writes its stock UIs into every bundle; the search page uses the JS API only. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/**
 * A merged bundle uses the hub's engine (mergeIndex loads no WebAssembly of its own): only its entry,
 * metadata, index, fragments and filters are fetched. The hub is built for Indonesian only, so the
 * fallback engine for unknown languages is never fetched either.
 */
const ENGINE_FILES = ['pagefind.js', 'pagefind-worker.js'];

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );

/**
 * The filter values of a page, as Base.astro writes them (`<span data-pagefind-filter="name">value</span>`).
 * Pagefind reads the same spans; this only decides which bundle the page goes to.
 */
export function pageFilters(html: string): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const m of html.matchAll(/data-pagefind-filter="([^"]+)"[^>]*>([^<]*)</g)) (filters[own(m[1]!)] ??= []).push(own(decode(m[2]!).trim()));
  return filters;
}

/**
 * A copy of a short string that does not point into the page it was cut from: V8 keeps the whole
 * page alive for a substring, and 60,000 pages' filters would otherwise hold every page in memory
 * (the national build ran out of heap that way).
 */
const own = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/**
 * What Pagefind needs of a page: everything it reads (bodies, filters, metadata, sort keys) is inside
 * <main>, so the head, header and footer are not sent through its service.
 */
export function mainOnly(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start < 0 || end < start ? html : `<!doctype html><html lang="id"><body>${html.slice(start, end + 7)}</body></html>`;
}

/** URL of a built page, as Pagefind would give it (folder index pages end in '/'). */
const pageUrl = (site: string, file: string) => `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');

export function searchIndex(): AstroIntegration {
  return {
    name: 'lintas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const official = await loadOfficialRegions();
        const provinceNames = new Set(official.list.filter((r) => r.kind === 'provinsi').map((r) => r.name));
        const pages: (IndexedPage & { file: string })[] = [];
        for await (const file of htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          // Pages that mark nothing as their body (lists, redirects, the home page) are not indexed.
          if (!html.includes('data-pagefind-body')) continue;
          const filters = pageFilters(html);
          // A page about a province itself (an innovation its government runs) carries it as a region, not a province.
          const provinces = [...new Set([...(filters.provinsi ?? []), ...(filters.daerah ?? []).filter((d) => provinceNames.has(d))])];
          pages.push({ url: pageUrl(site, file), type: filters.jenis?.[0] ?? '', provinces, filters, file });
        }
        const regionProvince = Object.fromEntries(
          official.list.filter((r) => r.kind !== 'provinsi').map((r) => [r.name, official.byCode.get(r.provinceCode)?.name ?? '']),
        );
        const plan = planBundles(pages, regionProvince);

        const pagefind = await import('pagefind');
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Indeks pencarian gagal (${step}):\n${errors.join('\n')}`);
        };
        try {
          const bundles = new Map<string, (typeof pages)[number][]>();
          bundles.set('', []);
          for (const page of pages) {
            for (const key of plan.bundlesOf(page)) {
              if (!bundles.has(key)) bundles.set(key, []);
              bundles.get(key)!.push(page);
            }
          }
          const root = join(site, 'pagefind');
          for (const [key, members] of bundles) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
            fail('createIndex', errors);
            let rest = members;
            if (key === '') {
              // The hub's whole types are read by Pagefind itself from their folders (its own reader is
              // the fastest); pages there that mark no body (list pages) are skipped by Pagefind too.
              const folders = plan.manifest.hubTypes.map((t) => ROUTE_OF_TYPE.get(t));
              if (folders.every((f) => f !== undefined)) {
                const added = await index!.addDirectory({ path: site, glob: `{${folders.join(',')}}/**/*.html` });
                fail('addDirectory', added.errors);
                rest = members.filter((p) => !plan.manifest.hubTypes.includes(p.type));
              }
            }
            // Read again and sent a few at a time: 60,000 pages held in memory at once would be gigabytes.
            for (let i = 0; i < rest.length; i += 64) {
              const batch = rest.slice(i, i + 64);
              const added = await Promise.all(batch.map(async (p) => index!.addHTMLFile({ url: p.url, content: mainOnly(await readFile(p.file, 'utf8')) })));
              fail(`addHTMLFile ${batch[0]!.url}`, added.flatMap((a) => a.errors));
            }
            const out = join(root, key);
            const written = await index!.writeFiles({ outputPath: out });
            fail('writeFiles', written.errors);
            const engine = key ? [...ENGINE_FILES, ...(await readdir(out)).filter((f) => f.startsWith('wasm.'))] : ['wasm.unknown.pagefind'];
            await Promise.all([...UNUSED_FILES, ...engine].map((f) => rm(join(out, f), { force: true })));
          }
          await writeFile(join(root, SEARCH_MANIFEST_FILE), JSON.stringify(plan.manifest));
          const split = plan.manifest.provinces.length;
          logger.info(
            `${pages.length} halaman diindeks dalam ${Math.round(performance.now() - started)} ms` +
              (split ? ` (${plan.manifest.hubPages} di indeks utama, ${plan.manifest.splitTypes.join('/')} dalam ${split} indeks provinsi)` : ''),
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
