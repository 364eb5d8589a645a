/**
 * Pages announce their card while Astro renders them, so the share-cards integration can render it
 * at once, on the CPU the page render leaves idle, instead of reading every built page back afterwards. The layout calls
 * `announceCard`; the integration listens from `astro:build:start` to `astro:build:done`. Astro
 * renders pages in the process that runs the integrations, so a process-wide channel connects the
 * two module copies (the page bundle's and the config's). Without a listener (dev, tests, another
 * renderer) announcing does nothing, and the build reads the built page instead.
 * Pure and dependency-free: imported by the layout.
 */
import type { CardSpec } from './spec.ts';

export type CardListener = (page: string, spec: CardSpec) => void;

const CHANNEL = Symbol.for('lintas.share-cards.announce');
type Channel = { [CHANNEL]?: CardListener };

/** Called by the layout with the page's address (Astro.url.pathname) and the spec it declares. */
export function announceCard(page: string, spec: CardSpec): void {
  (globalThis as Channel)[CHANNEL]?.(page, spec);
}

/** Starts listening; returns the function that stops it. One listener at a time (one build per process). */
export function listenForCards(listener: CardListener): () => void {
  (globalThis as Channel)[CHANNEL] = listener;
  return () => {
    if ((globalThis as Channel)[CHANNEL] === listener) delete (globalThis as Channel)[CHANNEL];
  };
}
