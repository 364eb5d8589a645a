/**
 * Share cards: renders a 1200 × 630 PNG for every page that declares a card (a
 * `<script type="application/json" id="lintas-card">` spec plus `<meta property="og:image">`),
 * and writes it where the og:image points. Pages announce their card as they render, so most cards
 * render during the page build; after it, only pages that did not announce are read back.
 * Unchanged cards come from a content-hash cache; misses render with Takumi, one card in flight
 * per core. Fails the build when a card exceeds 300 KB or a page's og:image has no card. The
 * format pages must emit is in src/cards/README.md.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isAbsolute, join } from 'node:path';
import { buildCards } from '../cards/build.ts';
import { DEFAULT_CACHE_DIR } from '../cards/cache.ts';
import { listenForCards } from '../cards/announce.ts';
import { CardStream } from '../cards/stream.ts';

export { buildCards };
export type { BuildCardsOptions, BuildCardsStats } from '../cards/build.ts';

export interface ShareCardsOptions {
  /** Cache folder, relative to the project root; env LINTAS_CARD_CACHE overrides. */
  cacheDir?: string;
  /** Cards rendered at once; default os.availableParallelism(); env LINTAS_CARD_THREADS overrides. */
  inFlight?: number;
}

export function shareCards(options: ShareCardsOptions = {}): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let astroCache = join(root, 'node_modules', '.astro');
  let stream: CardStream | undefined;
  let stopListening = () => {};
  const cacheDir = () => {
    const configured = process.env.LINTAS_CARD_CACHE ?? options.cacheDir ?? DEFAULT_CACHE_DIR;
    return isAbsolute(configured) ? configured : join(root, configured);
  };
  return {
    name: 'lintas:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        astroCache = fileURLToPath(config.cacheDir);
      },
      // Cards render while Astro renders the pages that announce them (src/cards/stream.ts).
      'astro:build:start': () => {
        stream = new CardStream(cacheDir(), join(astroCache, 'lintas-card-pages.json'));
        const current = stream;
        stopListening = listenForCards((page, spec) => current.announce(page, spec));
      },
      // Every page is generated: record what the rendered pages announced before any later step can fail.
      'astro:build:generated': () => {
        stopListening();
        stream?.saveAnnounced();
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopListening();
        const current = stream;
        await stream?.stop();
        const inFlight = process.env.LINTAS_CARD_THREADS ? Number(process.env.LINTAS_CARD_THREADS) : options.inFlight;
        const early = stream?.rendered ?? 0;
        // Announced pages are taken as announced only with no base: the layout then announces the
        // very og:image path it writes (a base would have to be stripped, as readPageCard does).
        const known = stream && base === '/' ? stream.declarationFor.bind(stream) : undefined;
        stream = undefined;
        await buildCards({
          distDir: fileURLToPath(dir),
          cacheDir: cacheDir(),
          base,
          inFlight,
          known,
          onDeclarations: known && current ? (pages) => current.save(pages) : undefined,
          log: (message) => logger.info(`${message}; ${early} dibuat selagi halaman dirender`),
        });
      },
    },
  };
}
