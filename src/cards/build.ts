/**
 * The share-cards build step, separate from the Astro hook so it can be tested on any folder:
 * walks `distDir` for HTML pages, reads each page's card spec and og:image address, renders the
 * missing cards (cache hits are copied), writes every card where its og:image points, and fails
 * when a card is too big or a page's og:image has no card.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CardCache, canonicalJson, cardKey } from './cache.ts';
import { renderIntoCache, type RenderJob } from './pool.ts';
import { CARD_DIR, CARD_SCRIPT_ID, validateCardSpec, type CardSpec } from './spec.ts';

/** WhatsApp drops link previews whose image is larger than this. */
export const MAX_CARD_BYTES = 300 * 1024;

export interface BuildCardsOptions {
  /** The built site (Astro's outDir). */
  distDir: string;
  cacheDir: string;
  log?: (message: string) => void;
  /** Warnings (workers fell back to the main thread); default `log`. */
  warn?: (message: string) => void;
  /** Astro `base` ('/' or '/lintas/'): stripped from og:image paths before writing into distDir. */
  base?: string;
  /** Worker threads; default os.availableParallelism(). */
  threads?: number;
  maxBytes?: number;
}

export interface BuildCardsStats {
  /** HTML pages read. */
  pages: number;
  /** Distinct cards written to distDir. */
  cards: number;
  /** Cards rendered in this run (cache misses; identical specs render once). */
  rendered: number;
  /** Cards copied from the cache. */
  fromCache: number;
  largest: { path: string; bytes: number } | null;
  ms: number;
}

/** What one page declares. */
export interface PageCard {
  /** The page's address, e.g. `/inovasi/smart-kampung-banyuwangi/`. */
  page: string;
  /** og:image path inside the site, after `base`, e.g. `/kartu/inovasi/smart-kampung-banyuwangi.png`. */
  image: string | null;
  spec: CardSpec | null;
  problems: string[];
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=<>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (const m of tag.replace(/^<\w+/, '').replace(/\/?>$/, '').matchAll(re)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[lower] ?? whole;
  });
}

/** Page address of a file in dist: `inovasi/x/index.html` → `/inovasi/x/`, `404.html` → `/404.html`. */
export function pageAddress(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Reads the card spec and og:image path that a page's HTML declares. */
export function readPageCard(html: string, page: string, base = '/'): PageCard {
  const problems: string[] = [];
  let image: string | null = null;
  let spec: CardSpec | null = null;

  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if ((attrs.property ?? attrs.name) !== 'og:image' || attrs.content === undefined) continue;
    try {
      let path = decodeURIComponent(new URL(attrs.content, 'https://lintas.invalid/').pathname);
      const prefix = base.endsWith('/') ? base : `${base}/`;
      if (prefix !== '/' && path.startsWith(prefix)) path = path.slice(prefix.length - 1);
      image = path;
    } catch {
      problems.push(`og:image tidak sah: ${attrs.content}`);
    }
    break;
  }

  let specs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (attributes(`<script${m[1]}>`).id !== CARD_SCRIPT_ID) continue;
    specs++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(m[2]!);
    } catch (error) {
      problems.push(`spec kartu bukan JSON: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const checked = validateCardSpec(parsed);
    if (checked.ok) spec = checked.spec;
    else problems.push(`spec kartu tidak sah: ${checked.errors.join('; ')}`);
  }
  if (specs > 1) problems.push(`ada ${specs} elemen #${CARD_SCRIPT_ID}; harus satu`);
  return { page, image, spec, problems };
}

/** Renders and writes every page's card; throws (listing every problem) when a card is missing or too big. */
export async function buildCards(options: BuildCardsOptions): Promise<BuildCardsStats> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const maxBytes = options.maxBytes ?? MAX_CARD_BYTES;
  const { distDir } = options;
  const files = htmlFiles(distDir).sort();
  const problems: string[] = [];
  /** og:image path → the spec that produces it and the first page that declared it. */
  const cards = new Map<string, { spec: CardSpec; page: string; json: string }>();

  for (const file of files) {
    const page = pageAddress(distDir, file);
    const card = readPageCard(readFileSync(file, 'utf8'), page, options.base);
    for (const problem of card.problems) problems.push(`${page}: ${problem}`);
    if (card.problems.length) continue;
    if (!card.image && !card.spec) continue; // A page without a card (e.g. a redirect).
    if (!card.image) {
      problems.push(`${page}: punya spec kartu tetapi tanpa <meta property="og:image">`);
      continue;
    }
    if (!card.spec) {
      // Only an image the site already ships (not a generated card) may stand without a spec.
      const existing = join(distDir, card.image);
      if (card.image.startsWith(`${CARD_DIR}/`) || !existsSync(existing) || !statSync(existing).isFile())
        problems.push(`${page}: og:image ${card.image} tanpa spec kartu (#${CARD_SCRIPT_ID}), jadi kartunya tidak dibuat`);
      continue;
    }
    if (!/^\/[^?#]*\.png$/i.test(card.image) || card.image.split('/').includes('..')) {
      problems.push(`${page}: og:image kartu harus berakhiran .png di dalam situs, bukan ${card.image}`);
      continue;
    }
    const json = canonicalJson(card.spec);
    const earlier = cards.get(card.image);
    if (earlier && earlier.json !== json) {
      problems.push(`${page}: og:image ${card.image} juga dipakai ${earlier.page} dengan spec lain`);
      continue;
    }
    if (!earlier) cards.set(card.image, { spec: card.spec, page, json });
  }
  if (problems.length) throw new Error(`Kartu berbagi tidak bisa dibuat (${problems.length} masalah):\n${problems.join('\n')}`);

  const cache = new CardCache(options.cacheDir);
  const keys = new Map<string, string>(); // image path → key
  const misses = new Map<string, RenderJob>(); // key → job (identical specs render once)
  let fromCache = 0;
  for (const [image, { spec, page }] of cards) {
    const key = cardKey(spec);
    keys.set(image, key);
    if (cache.has(key)) fromCache++;
    else if (!misses.has(key)) misses.set(key, { key, spec, label: page });
  }
  await renderIntoCache([...misses.values()], { cacheDir: options.cacheDir, threads: options.threads, onWarning: options.warn ?? log });

  let largest: BuildCardsStats['largest'] = null;
  const tooBig: string[] = [];
  for (const [image, key] of keys) {
    const bytes = cache.copyTo(key, join(distDir, image));
    if (!largest || bytes > largest.bytes) largest = { path: image, bytes };
    if (bytes > maxBytes) tooBig.push(`${image} (${cards.get(image)!.page}): ${(bytes / 1024).toFixed(1)} KB`);
  }
  cache.prune(new Set(keys.values()));
  const rendered = misses.size;
  const ms = Math.round(performance.now() - started);
  const stats: BuildCardsStats = { pages: files.length, cards: cards.size, rendered, fromCache, largest, ms };
  log(
    `${stats.cards} kartu: ${rendered} dibuat, ${stats.fromCache} dari cache, terbesar ${largest ? `${Math.ceil(largest.bytes / 1024)} KB (${largest.path})` : '0 KB'}, ${ms} ms`,
  );
  if (tooBig.length)
    throw new Error(`Kartu lebih besar dari ${Math.round(maxBytes / 1024)} KB (WhatsApp tidak menampilkannya):\n${tooBig.join('\n')}`);
  return stats;
}
