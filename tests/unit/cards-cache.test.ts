import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCards, planCards } from '../../src/cards/build.ts';
import { readPageCard } from '../../src/cards/page-card.ts';
import { CardCache, canonicalJson, cardKey } from '../../src/cards/cache.ts';
import { renderIntoCache } from '../../src/cards/pool.ts';
import type { CardSpec } from '../../src/cards/spec.ts';

const fixture = fileURLToPath(new URL('../fixtures/cards-dist/', import.meta.url));
const FIXTURE_CARDS = [
  '/kartu/beranda.png',
  '/kartu/inovasi.png',
  '/kartu/inovasi/smart-kampung-banyuwangi.png',
  '/kartu/panduan/smart-kampung-banyuwangi.png',
  '/kartu/kunjungan/2019-07-02-katingan-ke-banyuwangi.png',
  '/kartu/daerah/kabupaten-katingan.png',
  '/kartu/bandingkan/kabupaten-banyuwangi-vs-kabupaten-katingan.png',
];

let work: string;
let dist: string;
let cacheDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lintas-cards-'));
  dist = join(work, 'dist');
  cacheDir = join(work, 'cache');
  cpSync(fixture, dist, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('cardKey', () => {
  const spec: CardSpec = { kind: 'panduan', title: 'Panduan', stages: 3 };
  it('ignores key order and undefined fields; changes with the spec', () => {
    expect(cardKey({ stages: 3, title: 'Panduan', kind: 'panduan' } as CardSpec)).toBe(cardKey(spec));
    expect(cardKey({ ...spec, region: undefined })).toBe(cardKey(spec));
    expect(cardKey({ ...spec, stages: 4 })).not.toBe(cardKey(spec));
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":2,"d":1}]}');
  });
});

describe('readPageCard', () => {
  it('reads the spec and og:image path, stripping the site and base', () => {
    const html = readFileSync(join(fixture, 'inovasi/smart-kampung-banyuwangi/index.html'), 'utf8');
    const card = readPageCard(html, '/inovasi/smart-kampung-banyuwangi/');
    expect(card.problems).toEqual([]);
    expect(card.image).toBe('/kartu/inovasi/smart-kampung-banyuwangi.png');
    expect(card.spec).toMatchObject({ kind: 'inovasi', region: 'Kabupaten Banyuwangi' });
    expect(card.spec?.title).toContain('</script>');
    const based = readPageCard('<meta property="og:image" content="https://x.id/lintas/kartu/a.png">', '/a/', '/lintas/');
    expect(based.image).toBe('/kartu/a.png');
  });
});

describe('planCards', () => {
  it('works on declarations from any source, not only built HTML', () => {
    const spec: CardSpec = { kind: 'panduan', title: 'Panduan', stages: 3 };
    const { cards, problems } = planCards(
      [
        { page: '/panduan/a/', image: '/kartu/panduan/a.png', spec, problems: [] },
        { page: '/panduan/a/salinan/', image: '/kartu/panduan/a.png', spec: { ...spec }, problems: [] },
        { page: '/panduan/b/', image: '/kartu/panduan/a.png', spec: { ...spec, stages: 4 }, problems: [] },
        { page: '/c/', image: '/kartu/c.jpg', spec, problems: [] },
        { page: '/alih/', image: null, spec: null, problems: [] },
      ],
      dist,
    );
    expect(cards).toEqual([{ image: '/kartu/panduan/a.png', spec, page: '/panduan/a/' }]);
    expect(problems).toEqual([
      '/panduan/b/: og:image /kartu/panduan/a.png juga dipakai /panduan/a/ dengan spec lain',
      '/c/: og:image kartu harus berakhiran .png di dalam situs, bukan /kartu/c.jpg',
    ]);
  });
});

describe('buildCards on the fixture dist', () => {
  it('renders every card the first time, none the second, one after a spec change', async () => {
    const messages: string[] = [];
    const first = await buildCards({ distDir: dist, cacheDir, log: (m) => messages.push(m) });
    expect(first).toMatchObject({ pages: 8, cards: 7, rendered: 7, fromCache: 0 });
    expect(first.readMs).toBeLessThanOrEqual(first.ms);
    for (const card of FIXTURE_CARDS) {
      const png = readFileSync(join(dist, card));
      expect(png.readUInt32BE(16), card).toBe(1200);
      expect(png.readUInt32BE(20), card).toBe(630);
    }
    expect(first.largest!.bytes).toBeLessThanOrEqual(300 * 1024);
    expect(messages[0]).toMatch(/^7 kartu: 7 dibuat, 0 dari cache, terbesar \d+ KB .*, \d+ ms; 8 halaman dibaca ulang$/);

    // A fresh build output (the cards are gone) with the same content: all from cache.
    rmSync(join(dist, 'kartu'), { recursive: true });
    const second = await buildCards({ distDir: dist, cacheDir });
    expect(second).toMatchObject({ cards: 7, rendered: 0, fromCache: 7 });
    expect(existsSync(join(dist, FIXTURE_CARDS[0]!))).toBe(true);

    const page = join(dist, 'daerah/kabupaten-katingan/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('"value":154', '"value":155'));
    const third = await buildCards({ distDir: dist, cacheDir });
    expect(third).toMatchObject({ cards: 7, rendered: 1, fromCache: 6 });
  });

  it('fails when an og:image has no card, listing every page', async () => {
    writeFileSync(join(dist, 'a.html'), '<meta property="og:image" content="https://lintas.example.id/kartu/a.png">');
    writeFileSync(join(dist, 'b.html'), '<meta property="og:image" content="/kartu/b.png"><script type="application/json" id="lintas-card">{"kind":"daerah"}</script>');
    writeFileSync(join(dist, 'c.html'), '<script type="application/json" id="lintas-card">{"kind":"beranda","title":"x"}</script>');
    const error = await buildCards({ distDir: dist, cacheDir }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('/a.html: og:image /kartu/a.png tanpa spec kartu');
    expect(message).toContain('/b.html: spec kartu tidak sah: title: harus teks');
    expect(message).toContain('/c.html: punya spec kartu tetapi tanpa');
  });

  it('accepts an og:image that points at a real file without a spec', async () => {
    writeFileSync(join(dist, 'logo.png'), readFileSync(join(fixture, '../../../public/favicon.svg')));
    writeFileSync(join(dist, 'a.html'), '<meta property="og:image" content="/logo.png">');
    await expect(buildCards({ distDir: dist, cacheDir })).resolves.toMatchObject({ cards: 7 });
  });

  it('fails when a card is larger than the limit', async () => {
    await expect(buildCards({ distDir: dist, cacheDir, maxBytes: 1024 })).rejects.toThrow(/lebih besar dari 1 KB/);
  });
});

describe('renderIntoCache', () => {
  it('renders several cards at once into the cache', async () => {
    const specs: CardSpec[] = [1, 2, 3, 4].map((n) => ({ kind: 'panduan', title: `Panduan ${n}`, stages: n }));
    const jobs = specs.map((spec) => ({ key: cardKey(spec), spec, label: spec.title }));
    const sizes = await renderIntoCache(jobs, { cacheDir, inFlight: 3 });
    expect(sizes.size).toBe(4);
    const cache = new CardCache(cacheDir);
    for (const job of jobs) {
      expect(cache.has(job.key)).toBe(true);
      expect(statSync(cache.pathFor(job.key)).size).toBe(sizes.get(job.key));
    }
  });

  it('stops taking jobs when told to, and names every page whose card failed', async () => {
    const good: CardSpec = { kind: 'panduan', title: 'Panduan', stages: 2 };
    let started = 0;
    const jobs = [1, 2, 3].map((n) => ({ key: `k${n}`, spec: { ...good, stages: n }, label: `/p${n}/` }));
    const sizes = await renderIntoCache(jobs, { cacheDir, inFlight: 1, stop: () => started++ >= 1 });
    expect([...sizes.keys()]).toEqual(['k1']);
    const broken = [{ key: 'x', spec: { kind: 'nope' } as unknown as CardSpec, label: '/rusak/' }, { key: 'y', spec: { kind: 'nope' } as unknown as CardSpec, label: '/rusak-juga/' }];
    await expect(renderIntoCache(broken, { cacheDir })).rejects.toThrow(/\/rusak\/[\s\S]*\/rusak-juga\//);
  });
});
