import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { announceCard, listenForCards } from '../../src/cards/announce.ts';
import { buildCards, readDistCards } from '../../src/cards/build.ts';
import { CardCache, cardKey } from '../../src/cards/cache.ts';
import { CardStream } from '../../src/cards/stream.ts';
import type { CardSpec } from '../../src/cards/spec.ts';

const fixture = fileURLToPath(new URL('../fixtures/cards-dist/', import.meta.url));
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lintas-stream-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('CardStream', () => {
  it('turns announced cards into the declarations the built pages carry, rendering them on the way', async () => {
    const dist = join(work, 'dist');
    cpSync(fixture, dist, { recursive: true });
    const read = readDistCards(dist);
    const stream = new CardStream(join(work, 'cache'), join(work, 'astro', 'pages.json'));
    const stop = listenForCards((page, spec) => stream.announce(page, spec));
    // What the layout does for each page it renders (404 is rendered at /404).
    for (const { page, spec } of read) if (spec) announceCard(page === '/404.html' ? '/404' : page, spec);
    stop();
    announceCard('/tidak-didengar/', { kind: 'beranda', title: 'x' });
    await stream.stop();

    for (const declaration of read) {
      if (declaration.spec) expect(stream.declarationFor(declaration.page), declaration.page).toEqual(declaration);
    }
    expect(stream.declarationFor('/tidak-didengar/')).toBeUndefined();
    // Stopped at once: the card in hand was finished and put in the cache, the rest left to the build.
    const cache = new CardCache(join(work, 'cache'));
    expect(stream.rendered).toBeGreaterThan(0);
    const keys = new Set(read.flatMap(({ spec }) => (spec ? [cardKey(spec)] : [])));
    expect([...keys].filter((key) => cache.has(key)).length).toBe(stream.rendered);

    // The build then reads only the pages that announced nothing (redirects) and renders what is left.
    const stats = await buildCards({ distDir: dist, cacheDir: join(work, 'cache'), known: (page) => stream.declarationFor(page) });
    expect(stats.rendered + stream.rendered).toBe(keys.size);
    expect(stats.pagesRead).toBe(read.filter((d) => !d.spec).length);
  });

  it('renders as many cards at once as it is given lanes, below the page render’s priority, and stops with every one in hand finished', async () => {
    const specs = (n: number) => Array.from({ length: n }, (_, i): CardSpec => ({ kind: 'beranda', title: `Kartu ${i}` }));
    for (const inFlight of [1, 3]) {
      const stream = new CardStream(join(work, `cache-${inFlight}`), join(work, 'astro', 'pages.json'), { inFlight });
      specs(6).forEach((spec, i) => stream.announce(`/k${i}/`, spec));
      await stream.stop();
      expect(stream.rendered).toBe(inFlight);
    }
    if (process.platform === 'linux') {
      const workers = readdirSync('/proc/self/task').filter((t) => readFileSync(`/proc/self/task/${t}/comm`, 'utf8').trim() === 'libuv-worker');
      expect(workers.length).toBeGreaterThan(0);
      expect(workers.map((t) => getPriority(Number(t)))).toEqual(workers.map(() => 19));
    }
  });

  it('keeps an invalid announced spec as a problem of its page, and renders nothing for it', async () => {
    const stream = new CardStream(join(work, 'cache'), join(work, 'astro', 'pages.json'));
    stream.announce('/rusak/', { kind: 'daerah', title: '' } as CardSpec);
    await stream.stop();
    expect(stream.declarationFor('/rusak/')?.problems[0]).toMatch(/^spec kartu tidak sah: title/);
    expect(stream.rendered).toBe(0);
  });

  it('remembers the declarations of pages a later incremental build copies instead of rendering', async () => {
    const cacheDir = join(work, 'cache');
    const a: CardSpec = { kind: 'panduan', title: 'A', stages: 1 };
    const b: CardSpec = { kind: 'panduan', title: 'B', stages: 2 };
    const first = new CardStream(cacheDir, join(work, 'astro', 'pages.json'));
    first.announce('/panduan/a/', a);
    first.announce('/panduan/b/', b);
    first.saveAnnounced();
    await first.stop();

    // Next build: only /panduan/a/ renders (and announces a change); /panduan/b/ is copied.
    const second = new CardStream(cacheDir, join(work, 'astro', 'pages.json'));
    expect(second.declarationFor('/panduan/b/'), 'nothing announced yet: the record is not trusted').toBeUndefined();
    second.announce('/panduan/a/', { ...a, stages: 3 });
    expect(second.declarationFor('/panduan/a/')?.spec).toEqual({ ...a, stages: 3 });
    expect(second.declarationFor('/panduan/b/')).toEqual({ page: '/panduan/b/', image: '/kartu/panduan/b.png', spec: b, problems: [] });
    expect(second.declarationFor('/panduan/c/')).toBeUndefined();
    await second.stop();

    // After a build, the record holds exactly that build's pages.
    second.save([{ page: '/panduan/a/', image: '/kartu/panduan/a.png', spec: a, problems: [] }]);
    const third = new CardStream(cacheDir, join(work, 'astro', 'pages.json'));
    third.announce('/', { kind: 'beranda', title: 'Lintas' });
    expect(third.declarationFor('/panduan/a/')?.spec).toEqual(a);
    expect(third.declarationFor('/panduan/b/')).toBeUndefined();
    await third.stop();
  });
});
