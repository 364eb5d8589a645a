/**
 * The share-cards build step, separate from the Astro hook so it can be tested on any folder:
 * reads each built page's card spec and og:image address (`page-card.ts`), checks them against
 * each other (`planCards`), renders the missing cards (cache hits are copied), writes every card
 * where its og:image points, and fails when a card is too big or a page's og:image has no card.
 * Declarations announced while the pages rendered (stream.ts) are used as they are; only the other
 * pages are read back from their HTML.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CardCache, canonicalJson, cardKey } from './cache.ts';
import { htmlFiles } from '../lib/built-pages.ts';
import { pageAddress, readPageCard, type PageCard } from './page-card.ts';
import { renderIntoCache, type RenderJob } from './pool.ts';
import { CARD_DIR, CARD_SCRIPT_ID, type CardSpec } from './spec.ts';

/** WhatsApp drops link previews whose image is larger than this. */
export const MAX_CARD_BYTES = 300 * 1024;

export interface BuildCardsOptions {
  /** The built site (Astro's outDir). */
  distDir: string;
  cacheDir: string;
  log?: (message: string) => void;
  /** Astro `base` ('/' or '/lintas/'): stripped from og:image paths before writing into distDir. */
  base?: string;
  /** Cards rendered at once; default os.availableParallelism(). */
  inFlight?: number;
  /**
   * Declarations already known, by page address (announced while the pages were rendered,
   * `CardStream.declarationFor`); the other pages are read from their built HTML.
   */
  known?: (page: string) => PageCard | undefined;
  /** Told every page's declaration once they all passed the checks (to record them for the next build). */
  onDeclarations?: (pages: PageCard[]) => void;
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
  /** Of `ms`, the time spent finding and reading the pages' declarations. */
  readMs: number;
  /** Pages whose built HTML was read (the others' declarations were known). */
  pagesRead: number;
}

/** A card to write: its og:image path inside the site, its spec, and the first page that declared it. */
export interface PlannedCard {
  image: string;
  spec: CardSpec;
  page: string;
}

/**
 * Every built page's declaration (sorted by file, so problems are listed in a stable order): the
 * known one where there is one, otherwise read from the page's HTML.
 */
export function readDistCards(distDir: string, base = '/', known?: BuildCardsOptions['known']): PageCard[] {
  return htmlFiles(distDir)
    .sort()
    .map((file) => {
      const page = pageAddress(distDir, file);
      return known?.(page) ?? readPageCard(readFileSync(file, 'utf8'), page, base);
    });
}

/**
 * The cards to write, one per og:image path, and every problem at once: a page's own problems,
 * an og:image without a spec (unless it names a file the site already ships outside /kartu/), a
 * spec without an og:image, a card path that is not a .png inside the site, and two pages giving
 * one og:image different specs. Independent of where the declarations come from.
 */
export function planCards(pages: Iterable<PageCard>, distDir: string): { cards: PlannedCard[]; problems: string[] } {
  const problems: string[] = [];
  /** og:image path → the card and its spec's canonical JSON. */
  const cards = new Map<string, PlannedCard & { json: string }>();
  for (const card of pages) {
    const { page } = card;
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
    if (!earlier) cards.set(card.image, { image: card.image, spec: card.spec, page, json });
  }
  return { cards: [...cards.values()].map(({ image, spec, page }) => ({ image, spec, page })), problems };
}

/** Renders and writes every page's card; throws (listing every problem) when a card is missing or too big. */
export async function buildCards(options: BuildCardsOptions): Promise<BuildCardsStats> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const maxBytes = options.maxBytes ?? MAX_CARD_BYTES;
  const { distDir } = options;
  let pagesRead = 0;
  const known = options.known;
  const lookup =
    known &&
    ((page: string) => {
      const found = known(page);
      if (!found) pagesRead++;
      return found;
    });
  const pages = readDistCards(distDir, options.base, lookup);
  const readMs = Math.round(performance.now() - started);
  const { cards, problems } = planCards(pages, distDir);
  if (problems.length) throw new Error(`Kartu berbagi tidak bisa dibuat (${problems.length} masalah):\n${problems.join('\n')}`);
  options.onDeclarations?.(pages);

  const cache = new CardCache(options.cacheDir);
  const keys = new Map<string, string>(); // image path → key
  const misses = new Map<string, RenderJob>(); // key → job (identical specs render once)
  let fromCache = 0;
  for (const { image, spec, page } of cards) {
    const key = cardKey(spec);
    keys.set(image, key);
    if (cache.has(key)) fromCache++;
    else if (!misses.has(key)) misses.set(key, { key, spec, label: page });
  }
  await renderIntoCache([...misses.values()], { cacheDir: options.cacheDir, inFlight: options.inFlight });

  const pageOf = new Map(cards.map((card) => [card.image, card.page]));
  let largest: BuildCardsStats['largest'] = null;
  const tooBig: string[] = [];
  for (const [image, key] of keys) {
    const bytes = cache.copyTo(key, join(distDir, image));
    if (!largest || bytes > largest.bytes) largest = { path: image, bytes };
    if (bytes > maxBytes) tooBig.push(`${image} (${pageOf.get(image)}): ${(bytes / 1024).toFixed(1)} KB`);
  }
  cache.prune(new Set(keys.values()));
  const rendered = misses.size;
  const ms = Math.round(performance.now() - started);
  const stats: BuildCardsStats = { pages: pages.length, cards: cards.length, rendered, fromCache, largest, ms, readMs, pagesRead: known ? pagesRead : pages.length };
  log(
    `${stats.cards} kartu: ${rendered} dibuat, ${stats.fromCache} dari cache, terbesar ${largest ? `${Math.ceil(largest.bytes / 1024)} KB (${largest.path})` : '0 KB'}, ${ms} ms; ${stats.pagesRead} halaman dibaca ulang`,
  );
  if (tooBig.length)
    throw new Error(`Kartu lebih besar dari ${Math.round(maxBytes / 1024)} KB (WhatsApp tidak menampilkannya):\n${tooBig.join('\n')}`);
  return stats;
}
