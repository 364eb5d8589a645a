import { describe, expect, it } from 'vitest';
import { explainPeer, nearestPeers, peerDistance, peerReasons, peerSizes, peersOf, type PeerSizes } from '../../src/domain/peers.ts';
import type { MetricValue } from '../../src/domain/compare.ts';

const fig = (value: number): MetricValue => ({ value, years: [2025], source: 'resmi' });

describe('regions like this one', () => {
  it('treats equal sizes as distance zero and compares on a log scale', () => {
    expect(peerDistance({ kecamatan: 100 }, { kecamatan: 100 })!.distance).toBe(0);
    const small = peerDistance({ kecamatan: 10 }, { kecamatan: 20 })!.distance;
    const large = peerDistance({ kecamatan: 100 }, { kecamatan: 200 })!.distance;
    expect(Math.abs(small - large)).toBeLessThan(0.05);
  });

  it('compares only on the dimensions both regions have, and says which', () => {
    const d = peerDistance({ kecamatan: 13, penduduk: 167000 }, { kecamatan: 13 })!;
    expect(d.basis).toEqual(['kecamatan']);
    expect(peerDistance({ penduduk: 1 }, { luas: 2 })).toBeUndefined();
  });

  it('matches on population, area, density and structure from the figures', () => {
    const sizes = peerSizes({ penduduk: fig(181963), luas: fig(20380.503), kecamatan: fig(13), desa: fig(154), kelurahan: fig(7) });
    expect(sizes).toEqual({ penduduk: 181963, luas: 20380.503, kepadatan: 181963 / 20380.503, kecamatan: 13, 'desa-kelurahan': 161 });
    expect(peerSizes({ kecamatan: fig(5) })).toEqual({ penduduk: undefined, luas: undefined, kepadatan: undefined, kecamatan: 5, 'desa-kelurahan': undefined });
  });

  // Made-up regions of known shape: a large sparse regency, its near twin, a dense city of the
  // same population, and a small island regency.
  const hutan: PeerSizes = { penduduk: 180000, luas: 20000, kepadatan: 9, kecamatan: 13, 'desa-kelurahan': 161 };
  const kembar: PeerSizes = { penduduk: 190000, luas: 18000, kepadatan: 190000 / 18000, kecamatan: 13, 'desa-kelurahan': 150 };
  const kota: PeerSizes = { penduduk: 180000, luas: 100, kepadatan: 1800, kecamatan: 5, 'desa-kelurahan': 50 };
  const pulau: PeerSizes = { penduduk: 30000, luas: 800, kepadatan: 37.5, kecamatan: 6, 'desa-kelurahan': 60 };

  it('puts the twin first, not the city that merely has the same population', () => {
    const candidates = [
      { slug: 'hutan', sizes: hutan },
      { slug: 'kembar', sizes: kembar },
      { slug: 'kota', sizes: kota },
      { slug: 'pulau', sizes: pulau },
    ];
    expect(peersOf(candidates[0]!, candidates, 3).map((p) => p.slug)).toEqual(['kembar', 'pulau', 'kota']);
    expect(nearestPeers(candidates, 1).get('hutan')!.map((p) => p.slug)).toEqual(['kembar']);
  });

  it('says why: the closest sizes first, equal counts as "sama", at most three reasons', () => {
    const reasons = peerReasons(hutan, kembar);
    expect(reasons[0]).toMatchObject({ dimension: 'kecamatan', closeness: 'sama', ratio: 1 });
    expect(reasons.map((r) => r.dimension)).toEqual(['kecamatan', 'penduduk', 'desa-kelurahan', 'luas', 'kepadatan']);
    expect(explainPeer(hutan, kembar)).toBe(
      'mirip karena jumlah kecamatan sama (13), penduduk hampir sama (180.000 dan 190.000 jiwa) dan jumlah desa dan kelurahan hampir sama (161 dan 150)',
    );
  });

  it('names only what is alike, and says so when nothing is', () => {
    expect(explainPeer(hutan, kota)).toBe('mirip karena penduduk sama (180.000 jiwa)');
    expect(explainPeer(hutan, pulau)).toBe('paling dekat secara keseluruhan, meski tidak ada satu ukuran pun yang hampir sama');
    // 1,3× is "sebanding", beyond 1,35× is no reason at all.
    expect(explainPeer({ luas: 1000 }, { luas: 1300 })).toBe('mirip karena luas sebanding (1.000 dan 1.300 km²)');
    expect(peerReasons({ luas: 1000 }, { luas: 1400 })).toEqual([]);
  });

  it('ranks the nearest peers first, never lists a region as its own peer, and keeps k', () => {
    const peers = nearestPeers(
      [
        { slug: 'a', sizes: { kecamatan: 100 } },
        { slug: 'b', sizes: { kecamatan: 110 } },
        { slug: 'c', sizes: { kecamatan: 400 } },
        { slug: 'd', sizes: { kecamatan: 90 } },
      ],
      2,
    );
    expect(peers.get('a')!.map((p) => p.slug)).toEqual(['b', 'd']);
    expect(peers.get('c')!.map((p) => p.slug)).toEqual(['b', 'a']);
    for (const [slug, list] of peers) expect(list.map((p) => p.slug)).not.toContain(slug);
  });

  it('breaks ties by slug so the list is the same on every build', () => {
    const peers = nearestPeers([{ slug: 'x', sizes: { kecamatan: 5 } }, { slug: 'c', sizes: { kecamatan: 5 } }, { slug: 'b', sizes: { kecamatan: 5 } }], 2);
    expect(peers.get('x')!.map((p) => p.slug)).toEqual(['b', 'c']);
  });
});
