/**
 * Every official province and regency/city from Kemendagri data (npm `idn-area-data`, ODbL),
 * with its administrative structure counted once per build in a single pass over villages.
 */
import { slugify } from '../domain/slug.ts';
import type { RegionKind } from '../domain/vocabulary.ts';
import type { FiguresFile, Population } from './official-figures.ts';

/** The committed output of `npm run data:import`, relative to the project root. */
export const FIGURES_FILE = 'data/kepmendagri-2025.json';

export interface AdminCounts {
  kecamatan: number;
  desa: number;
  kelurahan: number;
  desaAdat: number;
}

export interface OfficialRegion {
  code: string;
  slug: string;
  name: string;
  kind: RegionKind;
  /** The province's code; for a province, its own. */
  provinceCode: string;
  counts: AdminCounts;
  /** Islands coded under the region (idn-area-data islands.csv); a province also counts islands not assigned to a regency. */
  islands: IslandCounts;
  /** Population and area from Kepmendagri 300.2.2-2138 Tahun 2025 (data/kepmendagri-2025.json). */
  figures?: { population: Population; areaKm2: number };
}

export interface IslandCounts {
  total: number;
  populated: number;
  /** Pulau-pulau kecil terluar. */
  outermostSmall: number;
}

export interface IslandRow {
  code: string;
  isPopulated: boolean;
  isOutermostSmall: boolean;
}

export interface OfficialRegions {
  /** Indonesia's population from the decree's national row. */
  national?: Population;
  list: OfficialRegion[];
  byCode: Map<string, OfficialRegion>;
  bySlug: Map<string, OfficialRegion>;
}

interface Row {
  code: string;
  name: string;
}

const emptyCounts = (): AdminCounts => ({ kecamatan: 0, desa: 0, kelurahan: 0, desaAdat: 0 });
const emptyIslands = (): IslandCounts => ({ total: 0, populated: 0, outermostSmall: 0 });

/**
 * Village codes look like 62.06.01.2001: the last segment's first digit says what it is
 * (2 desa, 1 kelurahan, 3 desa adat).
 */
export function villageKind(code: string): keyof Omit<AdminCounts, 'kecamatan'> | undefined {
  switch (code.slice(code.lastIndexOf('.') + 1)[0]) {
    case '2':
      return 'desa';
    case '1':
      return 'kelurahan';
    case '3':
      return 'desaAdat';
    default:
      return undefined;
  }
}

export function kindOfRegency(name: string): RegionKind {
  if (name.startsWith('Kabupaten ')) return 'kabupaten';
  if (name.startsWith('Kota ')) return 'kota';
  throw new Error(`Nama kabupaten/kota resmi tidak diawali "Kabupaten" atau "Kota": ${name}`);
}

/** Pure: builds the region table from the official rows. Regency codes are "PP.RR"; deeper codes start with them. */
export function buildOfficialRegions(
  provinces: Row[],
  regencies: (Row & { provinceCode: string })[],
  districtCodes: string[],
  villageCodes: string[],
  extras: { islands?: IslandRow[]; figures?: FiguresFile } = {},
): OfficialRegions {
  const byCode = new Map<string, OfficialRegion>();
  for (const p of provinces) {
    byCode.set(p.code, { code: p.code, slug: slugify(p.name), name: p.name, kind: 'provinsi', provinceCode: p.code, counts: emptyCounts(), islands: emptyIslands() });
  }
  for (const r of regencies) {
    byCode.set(r.code, { code: r.code, slug: slugify(r.name), name: r.name, kind: kindOfRegency(r.name), provinceCode: r.provinceCode, counts: emptyCounts(), islands: emptyIslands() });
  }
  // Island codes look like 62.06.40001; those not assigned to a regency use "PP.00".
  for (const island of extras.islands ?? []) {
    for (const region of [byCode.get(island.code.slice(0, 5)), byCode.get(island.code.slice(0, 2))]) {
      if (!region) continue;
      region.islands.total += 1;
      if (island.isPopulated) region.islands.populated += 1;
      if (island.isOutermostSmall) region.islands.outermostSmall += 1;
    }
  }
  if (extras.figures) {
    const missing = new Set(byCode.keys());
    for (const row of extras.figures.regions) {
      const region = byCode.get(row.code);
      if (!region) throw new Error(`${FIGURES_FILE} memuat kode ${row.code} (${row.name}) yang tidak ada di data wilayah resmi: jalankan ulang npm run data:import`);
      region.figures = { population: row.population, areaKm2: row.areaKm2 };
      missing.delete(row.code);
    }
    if (missing.size > 0) throw new Error(`${FIGURES_FILE} tidak memuat ${[...missing].join(', ')}: jalankan ulang npm run data:import`);
  }
  const bump = (code: string, field: keyof AdminCounts) => {
    const regency = byCode.get(code.slice(0, 5));
    const province = byCode.get(code.slice(0, 2));
    if (regency) regency.counts[field] += 1;
    if (province) province.counts[field] += 1;
  };
  for (const code of districtCodes) bump(code, 'kecamatan');
  for (const code of villageCodes) {
    const kind = villageKind(code);
    if (kind) bump(code, kind);
  }
  const list = [...byCode.values()];
  const bySlug = new Map<string, OfficialRegion>();
  for (const region of list) {
    const clash = bySlug.get(region.slug);
    if (clash) throw new Error(`Dua wilayah resmi menghasilkan alamat yang sama "${region.slug}": ${clash.name} (${clash.code}) dan ${region.name} (${region.code})`);
    bySlug.set(region.slug, region);
  }
  return { national: extras.figures?.national, list, byCode, bySlug };
}

const cached = new Map<boolean, Promise<OfficialRegions>>();

/**
 * The package's islands.csv read directly: its own reader parses every quoted coordinate and
 * took about a second for 17k rows, longer than all 84k villages. Only code and the two flags
 * are needed, and they sit at fixed places: code,regency_code,"coordinate",is_populated,is_outermost_small,name.
 */
async function readIslands(): Promise<IslandRow[]> {
  const { readFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const text = await readFile(createRequire(import.meta.url).resolve('idn-area-data/data/islands.csv'), 'utf8');
  const rows: IslandRow[] = [];
  const line = /^([\d.]+),[\d.]*,"(?:[^"]|"")*",([01]),([01]),/gm;
  for (const m of text.matchAll(line)) rows.push({ code: m[1]!, isPopulated: m[2] === '1', isOutermostSmall: m[3] === '1' });
  if (rows.length === 0 || rows.length < text.split('\n').length - 3) throw new Error(`idn-area-data islands.csv: hanya ${rows.length} baris terbaca; formatnya berubah?`);
  return rows;
}

/**
 * Reads the package's CSVs once per process (≈84k villages), then serves from memory. With
 * figures (the default) it attaches population and area from the committed data file; the
 * importer asks without them, since it is the one writing that file.
 */
export function loadOfficialRegions(options: { withFigures?: boolean } = {}): Promise<OfficialRegions> {
  const withFigures = options.withFigures ?? true;
  let loaded = cached.get(withFigures);
  if (!loaded) {
    loaded = (async () => {
      const data = await import('idn-area-data');
      const [provinces, regencies, districts, villages, islands, figures] = await Promise.all([
        data.getProvinces(),
        data.getRegencies({ transform: true }),
        data.getDistricts(),
        data.getVillages(),
        readIslands(),
        withFigures ? import('../../data/kepmendagri-2025.json', { with: { type: 'json' } }).then((m) => m.default as FiguresFile) : undefined,
      ]);
      return buildOfficialRegions(
        provinces,
        regencies,
        districts.map((d) => d.code),
        villages.map((v) => v.code),
        { islands, figures },
      );
    })();
    cached.set(withFigures, loaded);
  }
  return loaded;
}

/** Credit required by the ODbL licence of the official data. */
export const OFFICIAL_DATA_CREDIT = {
  name: 'idn-area-data 4.0.1',
  author: 'Fityan Nugroho',
  url: 'https://github.com/fityannugroho/idn-area-data',
  licence: 'Open Database License (ODbL) 1.0',
  licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
  basis: 'data wilayah administrasi Kemendagri',
  /**
   * The newest decree in the package's own reference list (docs/references.md) when 4.0.1 was
   * published (May 2026). That list misprints its number as "2L38"; it is 2138.
   */
  decree: 'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025',
  decreeShort: 'Kepmendagri 300.2.2-2138 Tahun 2025',
  year: 2025,
} as const;
