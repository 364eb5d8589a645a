/**
 * Cards from the model while Astro renders: each page's layout announces its card spec
 * (announce.ts); the stream validates it exactly as the built page's declaration would be read
 * (JSON round trip + `validateCardSpec`), remembers it as that page's declaration, and renders a
 * card the cache lacks right away, one at a time — Takumi works off the JavaScript thread, so this
 * uses the second core while Astro's single-threaded render keeps the first. After the render the
 * build takes the announced declarations instead of reading those pages back (`buildCards({ known })`).
 */
import { cardKey, CardCache } from './cache.ts';
import type { PageCard } from './page-card.ts';
import { renderCard } from './render.ts';
import { cardPathFor, validateCardSpec, type CardSpec } from './spec.ts';

export class CardStream {
  /** Declarations by page address, as `readPageCard` would have read them from the built page. */
  readonly declarations = new Map<string, PageCard>();
  /** Cards rendered while pages were still being built. */
  rendered = 0;
  private readonly cache: CardCache;
  private readonly queued = new Set<string>();
  private readonly queue: { key: string; spec: CardSpec }[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(cacheDir: string) {
    this.cache = new CardCache(cacheDir);
  }

  /** A page's card, as its layout declares it. */
  announce(page: string, spec: CardSpec): void {
    const checked = validateCardSpec(JSON.parse(JSON.stringify(spec)));
    const declaration: PageCard = checked.ok
      ? { page, image: cardPathFor(page), spec: checked.spec, problems: [] }
      : { page, image: cardPathFor(page), spec: null, problems: [`spec kartu tidak sah: ${checked.errors.join('; ')}`] };
    this.declarations.set(page, declaration);
    if (!checked.ok || this.stopped) return;
    const key = cardKey(checked.spec);
    if (this.queued.has(key) || this.cache.has(key)) return;
    this.queued.add(key);
    this.queue.push({ key, spec: checked.spec });
    this.running ??= this.drain();
  }

  /** The declaration for a built page (`/404.html` is announced as `/404`). */
  declarationFor(page: string): PageCard | undefined {
    return this.declarations.get(page) ?? (page.endsWith('.html') ? this.declarations.get(page.slice(0, -'.html'.length)) : undefined);
  }

  /** Stops taking cards and waits for the one being rendered; the build renders what is left. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.stopped) {
      const { key, spec } = this.queue.shift()!;
      try {
        this.cache.put(key, await renderCard(spec));
        this.rendered++;
      } catch {
        // Left to the build's own pass, which renders it again and reports the page.
      }
    }
    this.running = null;
  }
}
