/**
 * What a page declares about its share card. The layout emits one spec per page (see README.md);
 * the share-cards integration reads it back from the built HTML and renders the PNG.
 * Pure module: no filesystem, no Satori, safe to import from .astro files.
 */

export const cardSpecKinds = ['inovasi', 'panduan', 'kunjungan', 'daerah', 'perbandingan', 'daftar', 'beranda'] as const;
export type CardKind = (typeof cardSpecKinds)[number];

/** A labelled figure shown at the foot of a card, e.g. `{ label: 'Desa', value: 154 }`. */
export interface CardFact {
  label: string;
  /** Numbers are formatted the Indonesian way (167.000). */
  value: string | number;
}

/** An innovation page: title, host region, status. */
export interface InovasiCardSpec {
  kind: 'inovasi';
  title: string;
  /** Host region, full official name: "Kabupaten Banyuwangi". */
  region: string;
  province?: string;
  /** Status in Indonesian as shown on the page: "Berjalan", "Selesai", … */
  status?: string;
  /** Year the innovation started. */
  year?: number | string;
}

/** A playbook page: title and number of stages. */
export interface PanduanCardSpec {
  kind: 'panduan';
  title: string;
  stages: number;
  /** Region whose practice the playbook documents. */
  region?: string;
}

/** A visit page: visitor → host, date, delegation size. */
export interface KunjunganCardSpec {
  kind: 'kunjungan';
  title: string;
  visitor: string;
  host: string;
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); shown as "2 Juli 2019". */
  date: string;
  /** Number of people in the delegation, when the source says. */
  delegationSize?: number;
  /** The delegation in words when a bare number would mislead, e.g. "Bupati + 20 asisten dan kepala dinas". */
  delegation?: string;
}

/** A region page (regency, city or province): name, province, key counts. */
export interface DaerahCardSpec {
  kind: 'daerah';
  /** The region's full name: "Kabupaten Katingan". */
  title: string;
  /** Province, for regencies and cities. */
  province?: string;
  /** Up to three key counts: `[{ label: 'Kecamatan', value: 13 }, …]`. */
  facts?: CardFact[];
}

/** One row of a comparison card: a label and the two regions' values, in `regions` order. */
export interface ComparisonFigure {
  label: string;
  values: [string | number, string | number];
}

/** A comparison page: both regions and two or three key figures side by side. */
export interface PerbandinganCardSpec {
  kind: 'perbandingan';
  title: string;
  regions: [string, string];
  /** One to three figures. */
  figures: ComparisonFigure[];
}

/** A list page (all innovations, all regions, search …). */
export interface DaftarCardSpec {
  kind: 'daftar';
  title: string;
  /** Section label shown on the card, e.g. "Inovasi"; default "Daftar". */
  section?: string;
  /** Number of items listed, with its noun: 5 + "inovasi". */
  count?: number;
  noun?: string;
  description?: string;
}

/** The home page. */
export interface BerandaCardSpec {
  kind: 'beranda';
  title: string;
  description?: string;
  facts?: CardFact[];
}

export type CardSpec =
  | InovasiCardSpec
  | PanduanCardSpec
  | KunjunganCardSpec
  | DaerahCardSpec
  | PerbandinganCardSpec
  | DaftarCardSpec
  | BerandaCardSpec;

/** `id` of the `<script type="application/json">` element that carries a page's spec. */
export const CARD_SCRIPT_ID = 'lintas-card';
/** Folder (under the site root) where cards are written. */
export const CARD_DIR = '/kartu';

/**
 * Where a page's card lives, relative to the site root (prefix `site` + `base` for og:image).
 * `/` → `/kartu/beranda.png`; `/inovasi/smart-kampung-banyuwangi/` → `/kartu/inovasi/smart-kampung-banyuwangi.png`;
 * `/404.html` → `/kartu/404.png`.
 */
export function cardPathFor(pagePath: string): string {
  let path = pagePath.split(/[?#]/)[0] ?? '';
  path = path.replace(/\/index\.html?$/i, '/').replace(/\.html?$/i, '');
  const segments = path.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) return `${CARD_DIR}/beranda.png`;
  return `${CARD_DIR}/${segments.join('/')}.png`;
}

/**
 * The spec as text safe to put inside `<script type="application/json">`: `<`, `>`, `&` and the
 * JavaScript line separators are escaped, so a title containing `</script>` cannot end the element.
 */
export function cardSpecJson(spec: CardSpec): string {
  return JSON.stringify(spec).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Check = (value: unknown) => string | null;
const str: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'harus teks tidak kosong');
const int: Check = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : 'harus bilangan bulat ≥ 0');
const strOrNum: Check = (v) =>
  (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)) ? null : 'harus teks atau angka';
const facts =
  (min: number, max: number): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return `harus daftar ${min}–${max} fakta`;
    for (const f of v) {
      if (typeof f !== 'object' || f === null) return 'tiap fakta harus { label, value }';
      const { label, value, ...rest } = f as Record<string, unknown>;
      if (str(label) || strOrNum(value) || Object.keys(rest).length) return 'tiap fakta harus { label, value }';
    }
    return null;
  };
const figures: Check = (v) => {
  if (!Array.isArray(v) || v.length < 1 || v.length > 3) return 'harus daftar 1–3 angka';
  for (const f of v) {
    if (typeof f !== 'object' || f === null) return 'tiap angka harus { label, values: [a, b] }';
    const { label, values, ...rest } = f as Record<string, unknown>;
    if (str(label) || !Array.isArray(values) || values.length !== 2 || values.some((x) => strOrNum(x)) || Object.keys(rest).length)
      return 'tiap angka harus { label, values: [a, b] }';
  }
  return null;
};
const pair: Check = (v) => (Array.isArray(v) && v.length === 2 && v.every((x) => !str(x)) ? null : 'harus dua nama daerah');

/** Fields of each kind: [required, optional]. `kind` and `title` are common and required. */
const shapes: Record<CardKind, [Record<string, Check>, Record<string, Check>]> = {
  inovasi: [{ region: str }, { province: str, status: str, year: strOrNum }],
  panduan: [{ stages: int }, { region: str }],
  kunjungan: [{ visitor: str, host: str, date: str }, { delegationSize: int, delegation: str }],
  daerah: [{}, { province: str, facts: facts(0, 3) }],
  perbandingan: [{ regions: pair, figures }, {}],
  daftar: [{}, { section: str, count: int, noun: str, description: str }],
  beranda: [{}, { description: str, facts: facts(0, 3) }],
};

export type CardSpecCheck = { ok: true; spec: CardSpec } | { ok: false; errors: string[] };

/** Checks an untrusted value (parsed from a page) against the spec shapes; unknown fields are errors. */
export function validateCardSpec(value: unknown): CardSpecCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, errors: ['spec harus objek JSON'] };
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind !== 'string' || !(cardSpecKinds as readonly string[]).includes(kind))
    return { ok: false, errors: [`kind harus salah satu dari ${cardSpecKinds.join(', ')}`] };
  const [required, optional] = shapes[kind as CardKind];
  const errors: string[] = [];
  const titleError = str(record.title);
  if (titleError) errors.push(`title ${titleError}`);
  for (const [key, check] of Object.entries(required)) {
    const problem = check(record[key]);
    if (problem) errors.push(`${key} ${problem}`);
  }
  for (const [key, check] of Object.entries(optional)) {
    if (record[key] === undefined) continue;
    const problem = check(record[key]);
    if (problem) errors.push(`${key} ${problem}`);
  }
  for (const key of Object.keys(record)) {
    if (key !== 'kind' && key !== 'title' && !(key in required) && !(key in optional)) errors.push(`kolom tak dikenal: ${key}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, spec: value as CardSpec };
}
