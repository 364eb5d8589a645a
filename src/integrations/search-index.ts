/**
 * Builds the Pagefind search index over the finished site: a hub bundle in /pagefind/ and, when the
 * site is too large for one lean first query, a bundle per province (src/domain/search-bundles.ts),
 * plus /pagefind/lintas-cari.json, the facet values and bundle map the search page reads instead of
 * Pagefind's filter files. Pagefind's Node API reports problems in `errors` arrays instead of
 * throwing; any error fails the build, so a site never ships with a broken or partial index.
 *
 * Only bundles whose pages changed are indexed again. Each bundle has a key (src/domain/search-cache.ts:
 * Pagefind's version and options, the bundle, each member's URL and the exact HTML sent, and for
 * the hub's folders that Pagefind reads itself every file's path and <main>, where everything
 * Pagefind reads is); its output is kept
 * under Astro's cacheDir (`lintas-search/<key>/`, src/lib/search-cache.ts) and an unchanged key
 * places the kept bundle by hard link. Bundles are independent (each has its own entry file and
 * content-hashed fragments; the search page loads a province bundle with the hub's engine, and the
 * engine's version is in every key), so reused and rebuilt bundles mix safely; lintas-cari.json is
 * always written afresh. Entries no bundle uses any more are removed once the new ones are written.
 * The log line says how many bundles were reused and rebuilt and where the time went.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HUB_LIMIT, SEARCH_MANIFEST_FILE, planBundles, type IndexedPage } from '../domain/search-bundles.ts';
import { bundleKey, memberDigest } from '../domain/search-cache.ts';
import { SearchBundleCache } from '../lib/search-cache.ts';
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

/** The installed Pagefind's version: another version may write other files from the same pages. */
async function pagefindVersion(root: string): Promise<string> {
  return (JSON.parse(await readFile(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Pagefind's createIndex options; part of every bundle's key. */
const INDEX_OPTIONS = { forceLanguage: 'id' } as const;

/**
 * Hub size limit for experiments and tests (a fixture corpus is far below HUB_LIMIT, so its
 * province bundles are only seen with a lower one); unset in real builds.
 */
const hubLimit = () => (process.env.LINTAS_SEARCH_HUB_LIMIT ? Number(process.env.LINTAS_SEARCH_HUB_LIMIT) : HUB_LIMIT);

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let cacheRoot = join(root, 'node_modules', '.astro');
  return {
    name: 'lintas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheRoot = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const official = await loadOfficialRegions();
        const provinceNames = new Set(official.list.filter((r) => r.kind === 'provinsi').map((r) => r.name));
        const typeFolders = new Set(ROUTE_OF_TYPE.values());
        const pages: (IndexedPage & { file: string; sent: string })[] = [];
        /** Digest of every HTML file in a type's folder, by folder: the hub's addDirectory part reads them. */
        const folderFiles = new Map<string, string[]>();
        for await (const file of htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          const rel = relative(site, file).split(sep).join('/');
          const folder = rel.split('/')[0]!;
          const indexed = html.includes('data-pagefind-body');
          const sent = indexed ? mainOnly(html) : '';
          // A page Pagefind reads itself counts by its <main>, where everything it reads is, like a page sent to it.
          if (typeFolders.has(folder)) {
            if (!folderFiles.has(folder)) folderFiles.set(folder, []);
            folderFiles.get(folder)!.push(memberDigest(rel, sent));
          }
          // Pages that mark nothing as their body (lists, redirects, the home page) are not indexed.
          if (!indexed) continue;
          const filters = pageFilters(html);
          // A page about a province itself (an innovation its government runs) carries it as a region, not a province.
          const provinces = [...new Set([...(filters.provinsi ?? []), ...(filters.daerah ?? []).filter((d) => provinceNames.has(d))])];
          const url = pageUrl(site, file);
          pages.push({ url, type: filters.jenis?.[0] ?? '', provinces, filters, file, sent: memberDigest(url, sent) });
        }
        const regionProvince = Object.fromEntries(
          official.list.filter((r) => r.kind !== 'provinsi').map((r) => [r.name, official.byCode.get(r.provinceCode)?.name ?? '']),
        );
        const plan = planBundles(pages, regionProvince, hubLimit());
        const read = performance.now() - started;

        const bundles = new Map<string, (typeof pages)[number][]>();
        bundles.set('', []);
        for (const page of pages) {
          for (const key of plan.bundlesOf(page)) {
            if (!bundles.has(key)) bundles.set(key, []);
            bundles.get(key)!.push(page);
          }
        }
        const settings = { pagefind: await pagefindVersion(root), options: INDEX_OPTIONS, removed: UNUSED_FILES, engine: ENGINE_FILES };
        // The hub's whole types are read by Pagefind itself from their folders (its own reader is
        // the fastest); pages there that mark no body (list pages) are skipped by Pagefind too.
        const hubFolders = plan.manifest.hubTypes.map((t) => ROUTE_OF_TYPE.get(t));
        const hubDirectory = hubFolders.length > 0 && hubFolders.every((f) => f !== undefined) ? `{${hubFolders.join(',')}}/**/*.html` : undefined;

        const cache = new SearchBundleCache(join(cacheRoot, 'lintas-search'));
        const indexDir = join(site, 'pagefind');
        const used = new Set<string>();
        const rebuilt: string[] = [];
        const timing = { pagefind: 0, write: 0, place: 0 };
        let pagefind: typeof import('pagefind') | undefined;
        const fail = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Indeks pencarian gagal (${step}):\n${errors.join('\n')}`);
        };
        try {
          for (const [path, members] of bundles) {
            const direct = path === '' && hubDirectory ? members.filter((p) => !plan.manifest.hubTypes.includes(p.type)) : members;
            const key = bundleKey({
              path,
              settings,
              directory: path === '' && hubDirectory ? { glob: hubDirectory, files: hubFolders.flatMap((f) => folderFiles.get(f!) ?? []) } : undefined,
              pages: direct.map((p) => p.sent),
            });
            used.add(key);
            const out = join(indexDir, path);
            const placing = performance.now();
            const problem = await cache.place(key, out);
            if (problem === null) {
              timing.place += performance.now() - placing;
              continue;
            }
            if (problem !== 'tidak ada') logger.warn(`indeks ${path || 'utama'} di cache tidak dipakai (${problem}); dibuat ulang`);
            rebuilt.push(path || 'utama');
            await cache.store(key, path, out, async (folder) => {
              const t0 = performance.now();
              pagefind ??= await import('pagefind');
              const { index, errors } = await pagefind.createIndex({ ...INDEX_OPTIONS });
              fail('createIndex', errors);
              if (path === '' && hubDirectory) {
                const added = await index!.addDirectory({ path: site, glob: hubDirectory });
                fail('addDirectory', added.errors);
              }
              // Read again and sent a few at a time: 60,000 pages held in memory at once would be gigabytes.
              for (let i = 0; i < direct.length; i += 64) {
                const batch = direct.slice(i, i + 64);
                const added = await Promise.all(batch.map(async (p) => index!.addHTMLFile({ url: p.url, content: mainOnly(await readFile(p.file, 'utf8')) })));
                fail(`addHTMLFile ${batch[0]!.url}`, added.flatMap((a) => a.errors));
              }
              const t1 = performance.now();
              const written = await index!.writeFiles({ outputPath: folder });
              fail('writeFiles', written.errors);
              await index!.deleteIndex();
              const engine = path ? [...ENGINE_FILES, ...(await readdir(folder)).filter((f) => f.startsWith('wasm.'))] : ['wasm.unknown.pagefind'];
              await Promise.all([...UNUSED_FILES, ...engine].map((f) => rm(join(folder, f), { force: true })));
              timing.pagefind += t1 - t0;
              timing.write += performance.now() - t1;
            });
          }
          await writeFile(join(indexDir, SEARCH_MANIFEST_FILE), JSON.stringify(plan.manifest));
          // Only once the new bundles are whole: entries no build uses any more.
          await cache.prune(used);
          const split = plan.manifest.provinces.length;
          const ms = (n: number) => `${Math.round(n)} ms`;
          logger.info(
            `${pages.length} halaman diindeks dalam ${Math.round(performance.now() - started)} ms` +
              (split ? ` (${plan.manifest.hubPages} di indeks utama, ${plan.manifest.splitTypes.join('/')} dalam ${split} indeks provinsi)` : '') +
              `; ${bundles.size} indeks: ${bundles.size - rebuilt.length} dipakai ulang, ${rebuilt.length} dibuat ulang` +
              (rebuilt.length > 0 && rebuilt.length <= 5 ? ` (${rebuilt.join(', ')})` : '') +
              `; baca halaman ${ms(read)}, Pagefind ${ms(timing.pagefind)}, tulis ${ms(timing.write)}, salin dari cache ${ms(timing.place)}`,
          );
        } finally {
          if (pagefind) await pagefind.close();
        }
      },
    },
  };
}
