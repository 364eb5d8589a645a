/**
 * Cards from the model while Astro renders: each page's layout announces its card spec
 * (announce.ts); the stream validates it exactly as the built page's declaration would be read
 * (JSON round trip + `validateCardSpec`), remembers it as that page's declaration, and renders a
 * card the cache lacks right away — Takumi works off the JavaScript thread, on libuv's workers,
 * which this puts below the JavaScript thread's priority, so cards take the CPU Astro's
 * single-threaded render leaves idle without slowing it (STREAM_IN_FLIGHT). After the render the
 * build takes the announced declarations instead of reading those pages back (`buildCards({ known })`).
 *
 * Pages that Astro's incremental build copies from the last build are not rendered, so they do not
 * announce. Their declaration is the one recorded when they were last rendered: every announced
 * declaration is written to a record beside Astro's own cache as soon as the pages are generated
 * (`saveAnnounced`, at `astro:build:generated`, before any later step can fail), and the whole set
 * again after the cards are written (`save`). The record is used only when pages did announce in
 * this build (so announcing works here); a page in neither is read back from its HTML.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { cardKey, CardCache } from './cache.ts';
import type { PageCard } from './page-card.ts';
import { lowerWorkerPriority } from './pool.ts';
import { renderCard } from './render.ts';
import { cardPathFor, validateCardSpec, type CardSpec } from './spec.ts';

/**
 * Cards in flight while pages render: one per core, at low priority (`lowerWorkerPriority`), so they
 * fill what the page render leaves idle. National cold builds, 2 cores, share of the cores' time
 * the build used (CPU seconds ÷ wall ÷ cores, which the VM's changing speed moves less than
 * seconds): one in flight at normal priority 72 %; two at equal priority 54 % (the page render
 * took 491 s instead of about 250); two at low priority 74–77 %. Env LINTAS_STREAM_CARDS overrides.
 */
const STREAM_IN_FLIGHT = Number(process.env.LINTAS_STREAM_CARDS ?? availableParallelism());

export class CardStream {
  /** Declarations by page address, as `readPageCard` would have read them from the built page. */
  readonly declarations = new Map<string, PageCard>();
  /** Cards rendered while pages were still being built. */
  rendered = 0;
  private readonly cache: CardCache | undefined;
  private readonly queued = new Set<string>();
  private readonly queue: { key: string; spec: CardSpec }[] = [];
  private readonly lanes = new Set<Promise<void>>();
  private readonly maxLanes: number;
  private stopped = false;
  private lowered = false;

  private readonly recordFile: string;
  private recorded: Map<string, PageCard> | undefined;

  /**
   * `recordFile` belongs with Astro's incremental-build cache (its `cacheDir`), not with the card
   * cache: the card cache may be shared by several sites (project copies, branches), a page record
   * only describes the one site whose pages Astro copies.
   */
  constructor(cacheDir: string, recordFile: string, { inFlight = STREAM_IN_FLIGHT } = {}) {
    this.recordFile = recordFile;
    this.maxLanes = Math.max(1, inFlight);
    try {
      this.cache = new CardCache(cacheDir);
    } catch {
      // No cache folder (e.g. a path through a file): render nothing early; the card step after
      // the pages reports the problem, once every page is written.
      this.stopped = true;
    }
  }

  /** Declarations recorded by earlier builds, by page (read once). */
  private record(): Map<string, PageCard> {
    if (!this.recorded) {
      this.recorded = new Map();
      try {
        if (existsSync(this.recordFile)) {
          const entries = JSON.parse(readFileSync(this.recordFile, 'utf8')) as Record<string, { image: string | null; spec: CardSpec | null }>;
          for (const [page, { image, spec }] of Object.entries(entries)) this.recorded.set(page, { page, image, spec, problems: [] });
        }
      } catch {
        // An unreadable record only means those pages are read back from their HTML.
        this.recorded = new Map();
      }
    }
    return this.recorded;
  }

  private write(declarations: Iterable<PageCard>): void {
    const out: Record<string, { image: string | null; spec: CardSpec | null }> = {};
    for (const { page, image, spec, problems } of declarations) if (problems.length === 0) out[page] = { image, spec };
    mkdirSync(dirname(this.recordFile), { recursive: true });
    const temp = `${this.recordFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(out));
    renameSync(temp, this.recordFile);
  }

  /** Adds this build's announced declarations to the record (pages are generated; nothing has failed yet). */
  saveAnnounced(): void {
    if (this.declarations.size === 0) return;
    const merged = new Map(this.record());
    for (const [page, declaration] of this.declarations) merged.set(page, declaration);
    this.recorded = merged;
    this.write(merged.values());
  }

  /** Replaces the record with every page's declaration in this build (after the cards are written). */
  save(pages: readonly PageCard[]): void {
    this.recorded = new Map(pages.map((p) => [p.page, p]));
    this.write(pages);
  }

  /** A page's card, as its layout declares it. */
  announce(page: string, spec: CardSpec): void {
    const checked = validateCardSpec(JSON.parse(JSON.stringify(spec)));
    const declaration: PageCard = checked.ok
      ? { page, image: cardPathFor(page), spec: checked.spec, problems: [] }
      : { page, image: cardPathFor(page), spec: null, problems: [`spec kartu tidak sah: ${checked.errors.join('; ')}`] };
    this.declarations.set(page, declaration);
    if (!checked.ok || this.stopped || !this.cache) return;
    const key = cardKey(checked.spec);
    if (this.queued.has(key) || this.cache.has(key)) return;
    this.queued.add(key);
    this.queue.push({ key, spec: checked.spec });
    if (this.lanes.size < this.maxLanes) {
      const lane: Promise<void> = this.drain().finally(() => this.lanes.delete(lane));
      this.lanes.add(lane);
    }
  }

  /** The declaration for a built page (`/404.html` is announced as `/404`): announced, or recorded when it was last rendered. */
  declarationFor(page: string): PageCard | undefined {
    const announced = this.declarations.get(page) ?? (page.endsWith('.html') ? this.declarations.get(page.slice(0, -'.html'.length)) : undefined);
    if (announced || this.declarations.size === 0) return announced;
    return this.record().get(page);
  }

  /** Stops taking cards and waits for those being rendered; the build renders what is left. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.lanes);
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.stopped) {
      const { key, spec } = this.queue.shift()!;
      try {
        const png = renderCard(spec);
        if (!this.lowered) {
          this.lowered = true;
          lowerWorkerPriority();
        }
        this.cache!.put(key, await png);
        this.rendered++;
      } catch {
        // Left to the build's own pass, which renders it again and reports the page.
      }
    }
  }
}
