import { describe, expect, it } from 'vitest';
import { contentDigest, deferred, regionDataVersion, withCacheKeys } from '../../src/lib/cache-key.ts';

const entry = (id: string, digest: string, data: unknown) => ({ id, collection: 'innovations', digest, data, body: 'long body', rendered: { html: '<p>x</p>' } });

describe('contentDigest', () => {
  it('is stable under key order and changes with any value, inside Maps and Sets too', () => {
    expect(contentDigest({ a: 1, b: [1, 2] })).toBe(contentDigest({ b: [1, 2], a: 1 }));
    expect(contentDigest({ a: 1 })).not.toBe(contentDigest({ a: 2 }));
    expect(contentDigest(new Map([['x', { n: 1 }]]))).not.toBe(contentDigest(new Map([['x', { n: 2 }]])));
    expect(contentDigest(new Set(['a']))).not.toBe(contentDigest(new Set(['b'])));
    expect(contentDigest(['1'])).not.toBe(contentDigest([1]));
    expect(contentDigest([null])).not.toBe(contentDigest([undefined]));
    expect(contentDigest(['ab', 'c'])).not.toBe(contentDigest(['a', 'bc']));
  });

  it('takes an entry by its id, digest and data, not its body', () => {
    const a = entry('smart-kampung', 'd1', { title: 'Smart Kampung' });
    expect(contentDigest({ ...a, body: 'other' })).toBe(contentDigest(a));
    expect(contentDigest({ ...a, digest: 'd2' })).not.toBe(contentDigest(a));
    expect(contentDigest({ ...a, data: { title: 'Smart Desa' } })).not.toBe(contentDigest(a));
  });

  it('writes a large shared object by its digest, the same wherever and however often it is reached', () => {
    const big = () => ({ figures: Array.from({ length: 40 }, (_, i) => ({ year: 2000 + i, value: i * 3 })) });
    const shared = big();
    const first = contentDigest({ a: shared, b: shared });
    expect(contentDigest({ a: shared, b: shared })).toBe(first);
    // A fresh object with the same contents has the same digest: identity only saves work.
    expect(contentDigest({ a: big(), b: big() })).toBe(first);
    const changed = big();
    changed.figures[39]!.value = -1;
    expect(contentDigest({ a: shared, b: changed })).not.toBe(first);
  });

  it('digests a deferred prop by the value it computes, computing it anew each time', () => {
    let made = 0;
    const view = (title: string) => deferred(() => (made++, { title }));
    expect(contentDigest({ view: view('A') })).toBe(contentDigest({ view: view('A') }));
    expect(contentDigest({ view: view('A') })).not.toBe(contentDigest({ view: view('B') }));
    const once = view('C');
    once.get();
    once.get();
    expect(made).toBe(6);
  });

  it('computes a deferred prop once per build for every key that reaches the same Deferred', () => {
    let made = 0;
    const shared = deferred(() => (made++, { title: 'A' }));
    const first = contentDigest({ comparison: shared, format: 'csv' });
    expect(contentDigest({ comparison: shared, format: 'csv' })).toBe(first);
    expect(contentDigest({ comparison: shared, format: 'json' })).not.toBe(first);
    expect(made).toBe(1);
    // A fresh Deferred of the same value digests the same.
    expect(contentDigest({ comparison: deferred(() => ({ title: 'A' })), format: 'csv' })).toBe(first);
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(contentDigest(a)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('withCacheKeys', () => {
  const inputs = { regionData: 'r1', outsideCode: 'c1' };
  const paths = [
    { params: { slug: 'a' }, props: { view: { title: 'A', related: new Map([['b', 'B']]) } } },
    { params: { slug: 'b' }, props: { view: { title: 'B', related: new Map() } } },
  ];
  it('gives each path its own key that changes with its props, the region data and the code outside the page only', () => {
    const keys = withCacheKeys(paths, inputs).map((p) => p.cacheKey);
    expect(new Set(keys).size).toBe(2);
    expect(withCacheKeys(paths, inputs).map((p) => p.cacheKey)).toEqual(keys);
    const changed = withCacheKeys([{ ...paths[0]!, props: { view: { title: 'A', related: new Map([['b', 'B baru']]) } } }, paths[1]!], inputs).map((p) => p.cacheKey);
    expect(changed[0]).not.toBe(keys[0]);
    expect(changed[1]).toBe(keys[1]);
    expect(withCacheKeys(paths, { ...inputs, regionData: 'r2' })[1]!.cacheKey).not.toBe(keys[1]);
    expect(withCacheKeys(paths, { ...inputs, outsideCode: 'c2' })[1]!.cacheKey).not.toBe(keys[1]);
  });

  it('versions the region data by the official records', () => {
    const regions = (population: number) => ({ regions: new Map([['kabupaten-a', { official: { code: '11.01', population } }]]) }) as never;
    expect(regionDataVersion(regions(100))).not.toBe(regionDataVersion(regions(101)));
  });
});
