import { beforeAll, describe, expect, it } from 'vitest';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { closestRegions, describeRegion, resolveRegion, shortName, suggestRegionSlugs } from '../../src/lib/region-resolver.ts';

let official: OfficialRegions;
beforeAll(async () => {
  official = await loadOfficialRegions();
});

const found = (query: string) => {
  const result = resolveRegion(query, official);
  if (result.status !== 'found') throw new Error(`${query}: ${result.status}`);
  return result.region.slug;
};

describe('resolveRegion: name, slug or code, case-insensitive', () => {
  it.each([
    ['Bangli', 'kabupaten-bangli'],
    ['banyuwangi', 'kabupaten-banyuwangi'],
    ['BANYUWANGI', 'kabupaten-banyuwangi'],
    ['Kabupaten Banyuwangi', 'kabupaten-banyuwangi'],
    ['kabupaten-banyuwangi', 'kabupaten-banyuwangi'],
    ['Kab. Banyuwangi', 'kabupaten-banyuwangi'],
    ['Kota Bandung', 'kota-bandung'],
    ['kota-bandung', 'kota-bandung'],
    ['35.10', 'kabupaten-banyuwangi'],
    ['3510', 'kabupaten-banyuwangi'],
    ['62.06', 'kabupaten-katingan'],
    ['Jawa Timur', 'jawa-timur'],
    ['35', 'jawa-timur'],
    ['Provinsi Bengkulu', 'bengkulu'],
    ['Kabupaten Toli-Toli', 'kabupaten-toli-toli'],
  ])('%s → %s', (query, slug) => {
    expect(found(query)).toBe(slug);
  });

  it('lists both regions for a bare name two regions share ("Bandung")', () => {
    const result = resolveRegion('Bandung', official);
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    expect(result.choices.map(describeRegion)).toEqual(['Kabupaten Bandung (32.04)', 'Kota Bandung (32.73)']);
  });

  it('treats a province name that is also a city ("Bengkulu") as ambiguous', () => {
    const result = resolveRegion('bengkulu', official);
    expect(result.status === 'ambiguous' && result.choices.map((r) => r.slug)).toEqual(['bengkulu', 'kota-bengkulu']);
  });

  it('suggests the closest names on a miss, best first', () => {
    const result = resolveRegion('Banyuwangie', official);
    expect(result.status === 'missing' && result.suggestions[0]?.slug).toBe('kabupaten-banyuwangi');
  });

  it('matches on the name after kabupaten-/kota-: "kota-banyuwangi" suggests kabupaten-banyuwangi, not kota-bandung', () => {
    const result = resolveRegion('kota-banyuwangi', official);
    expect(result.status === 'missing' && result.suggestions[0]?.slug).toBe('kabupaten-banyuwangi');
  });

  it('returns no suggestions when nothing is close, and a miss for an unknown code', () => {
    expect(resolveRegion('zzzzzzzzzzzz', official)).toEqual({ status: 'missing', suggestions: [] });
    expect(resolveRegion('62.99', official)).toEqual({ status: 'missing', suggestions: [] });
  });
});

describe('suggestRegionSlugs: the content check\'s did-you-mean for region references', () => {
  it.each([
    ['kota-banyuwangi', ['kabupaten-banyuwangi']],
    ['kabupaten-banyuwang', ['kabupaten-banyuwangi']],
    ['banyuwangi', ['kabupaten-banyuwangi']],
    ['bandung', ['kabupaten-bandung', 'kota-bandung']],
    ['kabupaten-katinggan', ['kabupaten-katingan']],
    ['zzzzzzzzzzzzzzzzzzzz-qqqq', []],
  ])('%s → %j', (value, slugs) => {
    expect(suggestRegionSlugs(value, official)).toEqual(slugs);
  });

  it('closestRegions prefers the stated kind on a tie', () => {
    expect(closestRegions('kota-bandug', official)[0]?.slug).toBe('kota-bandung');
    expect(closestRegions('kabupaten-bandug', official)[0]?.slug).toBe('kabupaten-bandung');
  });
});

describe('shortName: the region part of a file name', () => {
  it('is the bare name when unique, the full slug when another region shares it', () => {
    expect(shortName(official.bySlug.get('kabupaten-bangli')!, official)).toBe('bangli');
    expect(shortName(official.bySlug.get('kota-bandung')!, official)).toBe('kota-bandung');
    expect(shortName(official.bySlug.get('jawa-timur')!, official)).toBe('jawa-timur');
  });
});

describe('resolveRegion on a table without codes, partial (the compare tool in the browser)', () => {
  // The compare tool knows names and kinds in official order, not codes.
  const table = {
    list: [
      { slug: 'kabupaten-bandung', kind: 'kabupaten' as const },
      { slug: 'kabupaten-bandung-barat', kind: 'kabupaten' as const },
      { slug: 'kabupaten-banyuwangi', kind: 'kabupaten' as const },
      { slug: 'kabupaten-katingan', kind: 'kabupaten' as const },
      { slug: 'kota-bandung', kind: 'kota' as const },
    ],
  };
  const slugs = (r: ReturnType<typeof resolveRegion<(typeof table.list)[number]>>) =>
    r.status === 'found' ? [r.region.slug] : r.status === 'ambiguous' ? r.choices.map((c) => c.slug) : r.suggestions.map((c) => c.slug);

  it('finds a bare name with one region ("katingan")', () => {
    expect(resolveRegion('katingan', table, { partial: true })).toMatchObject({ status: 'found', region: { slug: 'kabupaten-katingan' } });
  });
  it('finds the one region a part of a name belongs to ("banyu"), only when partial', () => {
    expect(resolveRegion('banyu', table, { partial: true })).toMatchObject({ status: 'found', region: { slug: 'kabupaten-banyuwangi' } });
    expect(resolveRegion('banyu', table).status).toBe('missing');
  });
  it('lists every region a shared part belongs to, in table order ("band")', () => {
    const result = resolveRegion('band', table, { partial: true });
    expect(result.status).toBe('ambiguous');
    expect(slugs(result)).toEqual(['kabupaten-bandung', 'kabupaten-bandung-barat', 'kota-bandung']);
  });
  it('keeps the exact name ahead of longer names ("bandung" is two regions, not three)', () => {
    expect(slugs(resolveRegion('bandung', table, { partial: true }))).toEqual(['kabupaten-bandung', 'kota-bandung']);
  });
  it('suggests the closest name for a typo, and nothing for a code it cannot look up', () => {
    expect(resolveRegion('banyuwangy', table, { partial: true })).toMatchObject({ status: 'missing', suggestions: [{ slug: 'kabupaten-banyuwangi' }] });
    expect(resolveRegion('35.10', table, { partial: true })).toEqual({ status: 'missing', suggestions: [] });
  });
});
