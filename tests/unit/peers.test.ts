import { describe, expect, it } from 'vitest';
import { nearestPeers, peerDistance } from '../../src/domain/peers.ts';

describe('regions like this one', () => {
  it('treats equal sizes as distance zero and compares on a log scale', () => {
    expect(peerDistance({ desa: 100 }, { desa: 100 })!.distance).toBe(0);
    const small = peerDistance({ desa: 10 }, { desa: 20 })!.distance;
    const large = peerDistance({ desa: 100 }, { desa: 200 })!.distance;
    expect(Math.abs(small - large)).toBeLessThan(0.05);
  });

  it('compares only on the dimensions both regions have, and says which', () => {
    const d = peerDistance({ kecamatan: 13, penduduk: 167000 }, { kecamatan: 13 })!;
    expect(d.basis).toEqual(['kecamatan']);
    expect(peerDistance({ penduduk: 1 }, { luas: 2 })).toBeUndefined();
  });

  it('ranks the nearest peers first, never lists a region as its own peer, and keeps k', () => {
    const peers = nearestPeers(
      [
        { slug: 'a', sizes: { desa: 100 } },
        { slug: 'b', sizes: { desa: 110 } },
        { slug: 'c', sizes: { desa: 400 } },
        { slug: 'd', sizes: { desa: 90 } },
      ],
      2,
    );
    expect(peers.get('a')!.map((p) => p.slug)).toEqual(['b', 'd']);
    expect(peers.get('c')!.map((p) => p.slug)).toEqual(['b', 'a']);
    for (const [slug, list] of peers) expect(list.map((p) => p.slug)).not.toContain(slug);
  });

  it('breaks ties by slug so the list is the same on every build', () => {
    const peers = nearestPeers([{ slug: 'x', sizes: { desa: 5 } }, { slug: 'c', sizes: { desa: 5 } }, { slug: 'b', sizes: { desa: 5 } }], 2);
    expect(peers.get('x')!.map((p) => p.slug)).toEqual(['b', 'c']);
  });
});
