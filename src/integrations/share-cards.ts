/**
 * Share cards: after the build, renders a 1200 × 630 PNG for every page that declares a card
 * (a `<script type="application/json" id="lintas-card">` spec plus `<meta property="og:image">`),
 * and writes it where the og:image points. Unchanged cards come from a content-hash cache; misses
 * render with Takumi, one card in flight per core. Fails the build when a card exceeds 300 KB or a page's og:image has
 * no card. The format pages must emit is in src/cards/README.md.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isAbsolute, join } from 'node:path';
import { buildCards } from '../cards/build.ts';
import { DEFAULT_CACHE_DIR } from '../cards/cache.ts';

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
  return {
    name: 'lintas:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const configured = process.env.LINTAS_CARD_CACHE ?? options.cacheDir ?? DEFAULT_CACHE_DIR;
        const inFlight = process.env.LINTAS_CARD_THREADS ? Number(process.env.LINTAS_CARD_THREADS) : options.inFlight;
        await buildCards({
          distDir: fileURLToPath(dir),
          cacheDir: isAbsolute(configured) ? configured : join(root, configured),
          base,
          inFlight,
          log: (message) => logger.info(message),
        });
      },
    },
  };
}
