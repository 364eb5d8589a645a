/**
 * The official list of provinces and regencies/cities (Kemendagri data via npm idn-area-data),
 * which every region reference is checked against.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildOfficialRegions,
  kindOfRegency,
  loadOfficialRegions,
  villageKind,
  type OfficialRegions,
} from '../../src/lib/official-regions.ts';
import { districtCodes, provinces, regencies, villageCodes } from '../fixtures/official-rows.ts';

describe('the real official data', () => {
  let official: OfficialRegions;
  beforeAll(async () => {
    official = await loadOfficialRegions();
  });

  const ofKind = (kind: string) => official.list.filter((r) => r.kind === kind);

  it('has 38 provinces', () => {
    expect(ofKind('provinsi')).toHaveLength(38);
  });

  it('has 514 regencies and cities: 416 kabupaten and 98 kota', () => {
    expect(ofKind('kabupaten')).toHaveLength(416);
    expect(ofKind('kota')).toHaveLength(98);
    expect(official.list).toHaveLength(38 + 514);
  });

  it('finds Kabupaten Katingan by code "62.06" and by slug kabupaten-katingan: 13 kecamatan, 154 desa, 7 kelurahan', () => {
    const katingan = official.byCode.get('62.06');
    expect(katingan).toEqual({
      code: '62.06',
      slug: 'kabupaten-katingan',
      name: 'Kabupaten Katingan',
      kind: 'kabupaten',
      provinceCode: '62',
      counts: { kecamatan: 13, desa: 154, kelurahan: 7, desaAdat: 0 },
      islands: { total: 13, populated: 0, outermostSmall: 0 },
      figures: { population: { male: 94401, female: 87562, total: 181963 }, areaKm2: 20380.503 },
    });
    expect(official.bySlug.get('kabupaten-katingan')).toBe(katingan);
    expect(official.byCode.get('62')?.slug).toBe('kalimantan-tengah');
  });

  it('finds Kabupaten Banyuwangi (35.10) in Jawa Timur: 25 kecamatan, 189 desa, 28 kelurahan', () => {
    const banyuwangi = official.bySlug.get('kabupaten-banyuwangi');
    expect(banyuwangi).toMatchObject({ code: '35.10', name: 'Kabupaten Banyuwangi', kind: 'kabupaten', provinceCode: '35' });
    expect(banyuwangi?.counts).toEqual({ kecamatan: 25, desa: 189, kelurahan: 28, desaAdat: 0 });
  });

  it('counts 14 desa adat, all of them in Kabupaten Jayapura', () => {
    const withDesaAdat = official.list.filter((r) => r.kind !== 'provinsi' && r.counts.desaAdat > 0);
    expect(withDesaAdat.map((r) => [r.name, r.counts.desaAdat])).toEqual([['Kabupaten Jayapura', 14]]);
  });

  it('gives provinces slugs made from their names, like jawa-timur and kalimantan-tengah', () => {
    expect(official.bySlug.get('jawa-timur')).toMatchObject({ code: '35', name: 'Jawa Timur', kind: 'provinsi', provinceCode: '35' });
    expect(official.bySlug.get('kalimantan-tengah')).toMatchObject({ code: '62', kind: 'provinsi' });
  });

  it('gives every region a unique slug, reachable both by slug and by code', () => {
    const slugs = official.list.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(official.list.length);
    expect(official.bySlug.size).toBe(official.list.length);
    expect(official.byCode.size).toBe(official.list.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps codes as strings: "PP" for provinces, "PP.RR" for regencies and cities', () => {
    for (const region of official.list) {
      expect(typeof region.code).toBe('string');
      expect(region.code).toMatch(region.kind === 'provinsi' ? /^\d{2}$/ : /^\d{2}\.\d{2}$/);
    }
    expect(official.byCode.has('11.10')).toBe(true);
  });

  it('places every regency and city in an existing province whose code starts its own', () => {
    for (const region of official.list.filter((r) => r.kind !== 'provinsi')) {
      expect(official.byCode.get(region.provinceCode)?.kind).toBe('provinsi');
      expect(region.code.startsWith(`${region.provinceCode}.`)).toBe(true);
    }
  });

  it('counts every district and village once: 7,285 kecamatan and 83,762 villages across all regencies', () => {
    const regional = official.list.filter((r) => r.kind !== 'provinsi');
    const sum = (pick: (c: (typeof regional)[number]['counts']) => number) => regional.reduce((total, r) => total + pick(r.counts), 0);
    expect(sum((c) => c.kecamatan)).toBe(7285);
    expect(sum((c) => c.desa + c.kelurahan + c.desaAdat)).toBe(83762);
  });

  it('gives each province the totals of its regencies and cities', () => {
    const jatim = official.byCode.get('35')!;
    const inJatim = official.list.filter((r) => r.kind !== 'provinsi' && r.provinceCode === '35');
    for (const key of ['kecamatan', 'desa', 'kelurahan', 'desaAdat'] as const) {
      expect(jatim.counts[key]).toBe(inJatim.reduce((total, r) => total + r.counts[key], 0));
    }
  });

  it('keeps full names unique even where bare names repeat (Kabupaten Bandung and Kota Bandung)', () => {
    expect(official.bySlug.get('kabupaten-bandung')?.kind).toBe('kabupaten');
    expect(official.bySlug.get('kota-bandung')?.kind).toBe('kota');
  });

  it('gives every region its 2025 population and area, and Indonesia its national total', () => {
    for (const region of official.list) {
      expect(region.figures, region.name).toBeDefined();
      expect(region.figures!.population.male + region.figures!.population.female).toBe(region.figures!.population.total);
      expect(region.figures!.areaKm2).toBeGreaterThan(0);
    }
    const provinces = official.list.filter((r) => r.kind === 'provinsi');
    expect(provinces.reduce((s, r) => s + r.figures!.population.total, 0)).toBe(official.national!.total);
  });

  it('counts every island once: each province holds its regencies\' islands and those coded to no regency', () => {
    const provinces = official.list.filter((r) => r.kind === 'provinsi');
    const regencies = official.list.filter((r) => r.kind !== 'provinsi');
    const total = provinces.reduce((s, r) => s + r.islands.total, 0);
    expect(total).toBe(17373); // every row of islands.csv in idn-area-data 4.0.1 (pinned)
    expect(regencies.reduce((s, r) => s + r.islands.total, 0)).toBeLessThanOrEqual(total);
    for (const r of official.list) {
      expect(r.islands.populated).toBeLessThanOrEqual(r.islands.total);
      expect(r.islands.outermostSmall).toBeLessThanOrEqual(r.islands.total);
    }
  });

  it('reads the data once per process', async () => {
    expect(await loadOfficialRegions()).toBe(official);
  });
});

describe('villageKind: the first digit of a village code\'s last segment says what it is', () => {
  it.each([
    ['62.06.01.2001', 'desa'],
    ['62.06.02.1001', 'kelurahan'],
    ['91.03.01.3001', 'desaAdat'],
  ] as const)('%s is a %s', (code, kind) => {
    expect(villageKind(code)).toBe(kind);
  });

  it.each(['91.03.01.9001', '91.03.01.0001', '62.06.01.'])('%s is not a known kind of village', (code) => {
    expect(villageKind(code)).toBeUndefined();
  });
});

describe('kindOfRegency: the official name says whether it is a kabupaten or a kota', () => {
  it('reads "Kabupaten …" as kabupaten and "Kota …" as kota', () => {
    expect(kindOfRegency('Kabupaten Katingan')).toBe('kabupaten');
    expect(kindOfRegency('Kota Palangka Raya')).toBe('kota');
  });

  it('refuses a name that starts with neither, naming it', () => {
    expect(() => kindOfRegency('Kotawaringin Timur')).toThrow(/Kotawaringin Timur/);
  });
});

describe('buildOfficialRegions over a tiny synthetic data set', () => {
  const built = () => buildOfficialRegions(provinces, regencies, districtCodes, villageCodes);

  it('makes one record per province and per regency/city, with slugs from their names', () => {
    const { list } = built();
    expect(list.map((r) => [r.code, r.slug, r.kind])).toEqual([
      ['62', 'kalimantan-tengah', 'provinsi'],
      ['91', 'papua', 'provinsi'],
      ['62.06', 'kabupaten-katingan', 'kabupaten'],
      ['62.71', 'kota-palangka-raya', 'kota'],
      ['91.03', 'kabupaten-jayapura', 'kabupaten'],
    ]);
  });

  it('counts districts and villages into their regency and into its province; unknown village kinds are not counted', () => {
    const { byCode } = built();
    expect(byCode.get('62.06')?.counts).toEqual({ kecamatan: 2, desa: 2, kelurahan: 1, desaAdat: 0 });
    expect(byCode.get('62.71')?.counts).toEqual({ kecamatan: 1, desa: 0, kelurahan: 1, desaAdat: 0 });
    expect(byCode.get('91.03')?.counts).toEqual({ kecamatan: 1, desa: 1, kelurahan: 0, desaAdat: 1 });
    expect(byCode.get('62')?.counts).toEqual({ kecamatan: 3, desa: 2, kelurahan: 2, desaAdat: 0 });
    expect(byCode.get('91')?.counts).toEqual({ kecamatan: 1, desa: 1, kelurahan: 0, desaAdat: 1 });
  });

  it('gives a province its own code as provinceCode', () => {
    expect(built().byCode.get('62')?.provinceCode).toBe('62');
  });

  it('refuses two official regions whose names give the same slug, naming both', () => {
    const clash = [...regencies, { code: '91.71', name: 'Kabupaten  Jayapura', provinceCode: '91' }];
    expect(() => buildOfficialRegions(provinces, clash, [], [])).toThrow(/kabupaten-jayapura.*Kabupaten Jayapura \(91\.03\).*Kabupaten {2}Jayapura \(91\.71\)/);
  });

  it('counts islands into their regency and province; an island coded to no regency ("PP.00") counts for the province only', () => {
    const islands = [
      { code: '62.06.40001', isPopulated: false, isOutermostSmall: false },
      { code: '62.06.40002', isPopulated: true, isOutermostSmall: true },
      { code: '62.00.40003', isPopulated: true, isOutermostSmall: false },
    ];
    const { byCode } = buildOfficialRegions(provinces, regencies, [], [], { islands });
    expect(byCode.get('62.06')?.islands).toEqual({ total: 2, populated: 1, outermostSmall: 1 });
    expect(byCode.get('62.71')?.islands).toEqual({ total: 0, populated: 0, outermostSmall: 0 });
    expect(byCode.get('62')?.islands).toEqual({ total: 3, populated: 2, outermostSmall: 1 });
  });

  it('attaches population and area by code, and refuses a figures file that misses or adds a region', () => {
    const row = (code: string, total: number) => ({ code, name: code, population: { male: total - 1, female: 1, total }, areaKm2: 10 });
    const all = ['62', '91', '62.06', '62.71', '91.03'];
    const file = (codes: string[]) => ({ provenance: { source: {}, inputs: [], importedWith: '', notes: [] }, national: { male: 1, female: 1, total: 2 }, regions: codes.map((c, i) => row(c, 100 + i)) });
    const built = buildOfficialRegions(provinces, regencies, [], [], { figures: file(all) });
    expect(built.byCode.get('62.06')?.figures).toEqual({ population: { male: 101, female: 1, total: 102 }, areaKm2: 10 });
    expect(built.national).toEqual({ male: 1, female: 1, total: 2 });
    expect(() => buildOfficialRegions(provinces, regencies, [], [], { figures: file(all.slice(1)) })).toThrow(/tidak memuat 62.*data:import/);
    expect(() => buildOfficialRegions(provinces, regencies, [], [], { figures: file([...all, '99.99']) })).toThrow(/99\.99.*data:import/);
  });

  it('refuses a regency whose name is neither Kabupaten nor Kota', () => {
    expect(() => buildOfficialRegions(provinces, [{ code: '62.01', name: 'Kotawaringin Barat', provinceCode: '62' }], [], [])).toThrow(/Kotawaringin Barat/);
  });
});
