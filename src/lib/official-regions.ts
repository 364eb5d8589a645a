/**
 * Every official province and regency/city from Kemendagri data (npm `idn-area-data`, ODbL),
 * with its administrative structure counted once per build in a single pass over villages.
 */
import { slugify } from '../domain/slug.ts';
import type { RegionKind } from '../domain/vocabulary.ts';

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
}

export interface OfficialRegions {
  list: OfficialRegion[];
  byCode: Map<string, OfficialRegion>;
  bySlug: Map<string, OfficialRegion>;
}

interface Row {
  code: string;
  name: string;
}

const emptyCounts = (): AdminCounts => ({ kecamatan: 0, desa: 0, kelurahan: 0, desaAdat: 0 });

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
): OfficialRegions {
  const byCode = new Map<string, OfficialRegion>();
  for (const p of provinces) {
    byCode.set(p.code, { code: p.code, slug: slugify(p.name), name: p.name, kind: 'provinsi', provinceCode: p.code, counts: emptyCounts() });
  }
  for (const r of regencies) {
    byCode.set(r.code, { code: r.code, slug: slugify(r.name), name: r.name, kind: kindOfRegency(r.name), provinceCode: r.provinceCode, counts: emptyCounts() });
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
  return { list, byCode, bySlug };
}

let cached: Promise<OfficialRegions> | undefined;

/** Reads the package's CSVs once per process (≈84k villages), then serves from memory. */
export function loadOfficialRegions(): Promise<OfficialRegions> {
  cached ??= (async () => {
    const data = await import('idn-area-data');
    const [provinces, regencies, districts, villages] = await Promise.all([
      data.getProvinces(),
      data.getRegencies({ transform: true }),
      data.getDistricts(),
      data.getVillages(),
    ]);
    return buildOfficialRegions(
      provinces,
      regencies,
      districts.map((d) => d.code),
      villages.map((v) => v.code),
    );
  })();
  return cached;
}

/** Credit required by the ODbL licence of the official data. */
export const OFFICIAL_DATA_CREDIT = {
  name: 'idn-area-data 4.0.1',
  author: 'Fityan Nugroho',
  url: 'https://github.com/fityannugroho/idn-area-data',
  licence: 'Open Database License (ODbL) 1.0',
  licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
  basis: 'data wilayah administrasi Kemendagri',
  /** The newest decree in the package's own reference list (docs/references.md) when 4.0.1 was published (May 2026). */
  decree: 'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2L38 Tahun 2025',
  year: 2025,
} as const;
