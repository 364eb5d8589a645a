/**
 * Builds the Pagefind search index over the finished site: a hub bundle in /pagefind/ and, when the
 * site is too large for one lean first query, a bundle per province (src/domain/search-bundles.ts),
 * plus /pagefind/lintas-cari.json, the facet values and bundle map the search page reads instead of
 * Pagefind's filter files. Pagefind's Node API reports problems in `errors` arrays instead of
 * throwing; any error fails the build, so a site never ships with a broken or partial index.
 *
 * Only bundles whose pages changed are indexed again. Each bundle has a key (src/domain/search-cache.ts:
 * Pagefind's version and options, the bundle, each member's URL and the exact HTML sent: only the
 * parts Pagefind indexes, see indexedOnly); its output is kept
 * under Astro's cacheDir (`lintas-search/<key>/`, src/lib/search-cache.ts) and an unchanged key
 * places the kept bundle by hard link. Bundles are independent (each has its own entry file and
 * content-hashed fragments; the search page loads a province bundle with the hub's engine, and the
 * engine's version is in every key), so reused and rebuilt bundles mix safely; lintas-cari.json is
 * always written afresh. Entries no bundle uses any more are removed once the new ones are written.
 * The log line says how many bundles were reused and rebuilt and where the time went.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HUB_LIMIT, SEARCH_MANIFEST_FILE, planBundles, type IndexedPage } from '../domain/search-bundles.ts';
import { bundleKey, memberDigest } from '../domain/search-cache.ts';
import { htmlFiles } from '../lib/built-pages.ts';
import { SearchBundleCache } from '../lib/search-cache.ts';
import { codeVersion, PageFactsStore } from '../lib/page-facts.ts';
import { loadOfficialRegions } from '../lib/official-regions.ts';

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
 * <main> alone, for a page whose parts cannot be cut out cleanly: everything Pagefind reads
 * (bodies, filters, metadata) is inside <main>, so the head, header and footer are not sent.
 */
export function mainOnly(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start < 0 || end < start ? html : `<!doctype html><html lang="id"><body>${html.slice(start, end + 7)}</body></html>`;
}

/**
 * What Pagefind needs of a page: each element marked `data-pagefind-body` (title, lead, key facts)
 * whole, and the filter and metadata spans, in page order. Measured on the small bench corpus
 * (1,480 pages of every type): Pagefind writes byte-identical files from this as from the whole
 * <main> (same content-hashed index, fragment, filter and meta files), and parses it in about half
 * the time. It is also what a bundle's key digests, so an edit outside those parts (a list on a
 * region page) does not rebuild a bundle. Falls back to mainOnly when an element's end is not found.
 */
export function indexedOnly(html: string): string {
  const parts: string[] = [];
  const open = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    // Its end: the close tag that balances the tags of the same name opened inside it.
    const tags = new RegExp(`<(/?)${m[1]}\\b[^>]*>`, 'g');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = -1;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    if (end < 0) return mainOnly(html);
    parts.push(html.slice(m.index, end));
    open.lastIndex = end;
  }
  const spans = html.match(/<span data-pagefind-(?:filter|meta)="[^"]*"[^>]*>[^<]*<\/span>/g) ?? [];
  return `<!doctype html><html lang="id"><body><main>${parts.join('\n')}<div hidden data-pagefind-ignore>${spans.join('')}</div></main></body></html>`;
}

/** What the index needs of a page (null: a page that marks nothing as its body). */
type PageFacts = { filters: Record<string, string[]>; sent: string } | null;

/** A page's filters and the digest of what Pagefind is sent (its bundle's key is made of those). */
function pageFacts(url: string, html: string): PageFacts {
  // Pages that mark nothing as their body (lists, redirects, the home page) are not indexed.
  if (!html.includes('data-pagefind-body')) return null;
  return { filters: pageFilters(html), sent: memberDigest(url, indexedOnly(html)) };
}

/** The code that derives a page's facts: this file and the digest it uses. */
const searchFactsVersion = (lockfile: string) => codeVersion([new URL(import.meta.url), new URL('../domain/search-cache.ts', import.meta.url)], lockfile);

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
  let factsFile = join(cacheRoot, 'lintas-search-pages.bin');
  return {
    name: 'lintas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheRoot = fileURLToPath(config.cacheDir);
        factsFile = join(cacheRoot, 'lintas-search-pages.bin');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const official = await loadOfficialRegions();
        const provinceNames = new Set(official.list.filter((r) => r.kind === 'provinsi').map((r) => r.name));
        const pages: (IndexedPage & { file: string; sent: string })[] = [];
        const files = htmlFiles(site, new Set(['pagefind']));
        // A page read before with the same bytes has its facts from the last build (src/lib/page-facts.ts).
        // Read synchronously: the pages were just written and sit in the page cache, where one sync read
        // is a single trip while an async one is four through libuv's thread pool (national scale,
        // 60,000 pages: 1.5 s against 8.9 s read 32 at a time; docs/benchmarks.md).
        const facts = new PageFactsStore<PageFacts>(factsFile, searchFactsVersion(join(root, 'package-lock.json')));
        for (const file of files) read(file, readFileSync(file));
        facts.save();
        function read(file: string, bytes: Buffer) {
          const url = pageUrl(site, file);
          const key = PageFactsStore.key(url, bytes);
          let known = facts.get(key);
          if (known === undefined) facts.set(key, (known = pageFacts(url, bytes.toString('utf8'))));
          if (known === null) return;
          const { filters, sent } = known;
          // A page about a province itself (an innovation its government runs) carries it as a region, not a province.
          const provinces = [...new Set([...(filters.provinsi ?? []), ...(filters.daerah ?? []).filter((d) => provinceNames.has(d))])];
          pages.push({ url, type: filters.jenis?.[0] ?? '', provinces, filters, file, sent });
        }
        const regionProvince = Object.fromEntries(
          official.list.filter((r) => r.kind !== 'provinsi').map((r) => [r.name, official.byCode.get(r.provinceCode)?.name ?? '']),
        );
        const plan = planBundles(pages, regionProvince, hubLimit());
        const reading = performance.now() - started;

        const bundles = new Map<string, (typeof pages)[number][]>();
        bundles.set('', []);
        for (const page of pages) {
          for (const key of plan.bundlesOf(page)) {
            if (!bundles.has(key)) bundles.set(key, []);
            bundles.get(key)!.push(page);
          }
        }
        const settings = { pagefind: await pagefindVersion(root), options: INDEX_OPTIONS, removed: UNUSED_FILES, engine: ENGINE_FILES };

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
            const key = bundleKey({
              path,
              settings,
              pages: members.map((p) => p.sent),
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
              // Read again and sent a few at a time: 60,000 pages held in memory at once would be gigabytes.
              // (Sending only the indexed parts took less time than Pagefind's own addDirectory over the whole files.)
              for (let i = 0; i < members.length; i += 64) {
                const batch = members.slice(i, i + 64);
                const added = await Promise.all(batch.map((p) => index!.addHTMLFile({ url: p.url, content: indexedOnly(readFileSync(p.file, 'utf8')) })));
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
              `; baca halaman ${ms(reading)} (${facts.reused} sama persis dengan build sebelumnya), Pagefind ${ms(timing.pagefind)}, tulis ${ms(timing.write)}, salin dari cache ${ms(timing.place)}`,
          );
        } finally {
          if (pagefind) await pagefind.close();
        }
      },
    },
  };
}
