/**
 * The content check: every rule an entry must pass, run over all content at once so an author
 * sees every problem in one run. The build, `npm run check` and the tests all call this module.
 *
 * It parses frontmatter itself (YAML core schema: no automatic dates), because Astro's parser
 * silently turns 2019-02-30 into 2 March and stops at the first invalid entry.
 */
import yaml from 'js-yaml';
import { extractFrontmatter, parseFrontmatter as astroParseFrontmatter } from 'astro/markdown';
import { closest, distance } from 'fastest-levenshtein';
import { posix } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { Innovation } from '../schemas/innovation.ts';
import type { Playbook } from '../schemas/playbook.ts';
import type { RegionProfile } from '../schemas/region.ts';
import type { Visit } from '../schemas/visit.ts';
import type { Followup } from '../schemas/followup.ts';
import type { News } from '../schemas/news.ts';
import type { OfficialRegions } from './official-regions.ts';
import { bodyHeadings, checkBody } from './body-safety.ts';
import { WEB_URL_HINT } from '../schemas/common.ts';
import { quoteProblems, type SourceText } from './quotes.ts';
import { suggestRegionSlugs } from './region-resolver.ts';
import { datePrefix, isCertainlyBefore, isRealIsoDate } from '../domain/dates.ts';
import { asOfDate } from './as-of.ts';
import { SITE_SUFFIX, fullPageTitle } from '../domain/page-title.ts';
import { COMMITMENT_STATUSES, INNOVATION_STATUSES, SECTORS } from '../domain/vocabulary.ts';

const VOCABULARIES: Record<string, string>[] = [COMMITMENT_STATUSES, INNOVATION_STATUSES, SECTORS];

export interface Problem {
  /** Path of the file relative to the project root, e.g. content/visits/2019-07-02-….md */
  file: string;
  /** Field path inside the frontmatter, e.g. commitments[0].innovation; empty for the whole file. */
  field: string;
  message: string;
  /** What to do about it: every problem an author sees comes with a fix. */
  hint: string;
}

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  file: string;
  text: string;
  /** Set when the file could not be read (a folder named x.md, no permission, not UTF-8): reported, never thrown. */
  error?: { message: string; hint: string };
}

export interface CheckedContent {
  regions: Map<string, RegionProfile>;
  innovations: Map<string, Innovation>;
  playbooks: Map<string, Playbook>;
  visits: Map<string, Visit>;
  followups: Map<string, Followup>;
  news: Map<string, News>;
}

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

/** File types treated as images: referenced from bodies, measured, and kept under the size limit. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg', '.tif', '.tiff', '.bmp', '.heic'] as const;

/**
 * Largest image file accepted under content/: 500 KB. A photo resized to 1600 px wide and saved
 * as JPEG quality 80 is 200–400 KB, sharp on any screen; a photo straight from a phone (3–8 MB)
 * is caught. Readers are often on a weak mobile signal, where 500 KB already takes seconds.
 */
export const MAX_IMAGE_BYTES = 500 * 1024;

/**
 * Text the scaffolder (`npm run new`) writes where the author must still fill something in.
 * A value containing it passes the schema, so a fresh entry builds, but the check lists it as
 * a warning until it is replaced. `# ISI:` comment lines are the scaffolder's instructions.
 */
export const PLACEHOLDER = '[ISI]';

/**
 * Every limit a later step enforces, checked here first with a hint, so that what the check
 * accepts the build publishes and the tests pass.
 */
export const LIMITS = {
  /** html-validate's long-title rule: a page <title> of at most 70 characters as written in the HTML (entities count in full). */
  titleChars: 70,
  /** File names are page addresses and share-card names (<id>.png); 255 bytes is the file-system limit. Kept readable. */
  idLength: 150,
  /** Image file names become /_astro/<name>.<hash>.<ext>. */
  imageNameLength: 100,
  /** Any one text field: a statement, a quote, a title of a source. */
  textChars: 3000,
  /** The body: a page stays within the 100 KB first-load budget. */
  bodyChars: 30_000,
  /** The whole file. */
  fileChars: 60_000,
} as const;

/** Image formats Astro's image pipeline takes (astro/dist/assets/consts.js VALID_INPUT_FORMATS). */
export const PUBLISHABLE_IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.apng', '.tiff', '.webp', '.gif', '.svg', '.avif'] as const;
export const TODO_COMMENT = '# ISI:';

export interface CheckOptions {
  /**
   * Every image file under content/ with its size in bytes, keyed by project-relative path
   * (content/visits/2021-11-15-bangli-ke-banyuwangi/foto.jpg). Without it the image rules are skipped.
   */
  images?: ReadonlyMap<string, number>;
  maxImageBytes?: number;
  /** Full texts of sources kept under content/sources/: quotes citing them must be verbatim. */
  sourceTexts?: readonly SourceText[];
  /** Why Astro's image pipeline would refuse an image file (no size it can read, unsafe SVG), by path. */
  imageDefects?: ReadonlyMap<string, { message: string; hint: string }[]>;
  /** The "as of" date (YYYY-MM-DD): visits and follow-ups may not be dated after it. */
  today?: string;
  /**
   * Ids the page templates give their own elements, as patterns (sumber, tahap-.+, …). A body
   * heading gets an id from its text; the same id twice on a page fails html-validate.
   */
  pageIds?: readonly RegExp[];
}

export interface CheckResult {
  /** Errors: any one fails `npm run check` and the build. */
  problems: Problem[];
  /** Things left to do that do not stop a build, e.g. scaffold placeholders still in place. */
  warnings: Problem[];
  content: CheckedContent;
}

/** The entry id is the file name without extension; flat folders keep ids and addresses equal. */
export function entryId(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.slice(0, base.lastIndexOf('.'));
}

/** The entry's frontmatter and body exactly as Astro splits them, and where each starts in the file. */
export interface ParsedEntry {
  /** Frontmatter read with the YAML core schema: dates and codes stay exactly as written. */
  data: unknown;
  /** Frontmatter as Astro reads it (js-yaml default schema: unquoted dates become Date objects). */
  astroData: unknown;
  /** The body as Astro renders it, trimmed. */
  body: string;
  /** Line of the file (1-based) on which `body` starts. */
  bodyLine: number;
  /** Line of the file on which the frontmatter's first field stands. */
  frontmatterLine: number;
  /** The frontmatter text as Astro extracted it. */
  raw: string;
}

/** A frontmatter that cannot be read, with the file line where it goes wrong. */
export class FrontmatterError extends Error {
  readonly hint: string;
  readonly line?: number;
  constructor(message: string, hint: string, line?: number) {
    super(message);
    this.hint = hint;
    this.line = line;
  }
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** js-yaml's reasons, for the officials who read them. */
const YAML_REASONS: [RegExp, string, string][] = [
  [/within a double quoted scalar/, 'tanda kutip " tidak ditutup', 'tutup teks dengan tanda kutip " di akhir isiannya'],
  [/within a single quoted scalar/, "tanda kutip ' tidak ditutup", "tutup teks dengan tanda kutip ' di akhir isiannya"],
  [/flow collection|missed comma between flow/, 'tanda kurung [ atau { tidak ditutup', 'tutup daftar dengan ] (atau objek dengan }), atau tulis teks yang diawali [ atau { dalam tanda kutip'],
  [/duplicated mapping key/, 'isian yang sama ditulis dua kali', 'hapus salah satunya atau gabungkan isinya'],
  [/bad indentation/, 'indentasi tidak rata', 'samakan jumlah spasi di awal baris dengan isian sejajarnya (pakai spasi, bukan tab)'],
  [/tab characters must not be used/, 'ada karakter tab di indentasi', 'ganti tab dengan spasi'],
  [/unidentified alias/, 'alias YAML (*nama) tidak dipakai di Lintas', 'tulis nilainya langsung'],
  [/unknown tag/, 'tanda ! (tag YAML) tidak dipakai di Lintas', 'hapus tanda ! di depan nilai, atau tulis nilainya dalam tanda kutip'],
  [/.*/, 'baris ini tidak terbaca sebagai isian YAML', 'periksa tanda titik dua setelah nama isian, tanda kutip, dan indentasi; teks yang memuat ": " atau diawali tanda baca tulis dalam tanda kutip'],
];

class AnchorRefused extends Error {}

/** Refuses anchors (and so aliases): 600 bytes of nested aliases expand to gigabytes. */
const noAnchors = (event: string, state: unknown) => {
  const { anchor, line } = state as { anchor: string | null; line: number };
  if (event === 'close' && anchor !== null) throw new AnchorRefused(String(line));
};

/**
 * Splits and reads an entry the way Astro does (Astro's own splitter from `astro/markdown`): the
 * frontmatter runs from the opening `---` to the first line that starts with `---` or `+++`,
 * wherever that is, even inside a quoted text. The YAML is read twice: with the core schema for
 * the check (2019-02-30 stays as written instead of rolling over into March), and as Astro reads
 * it, so a difference Astro would trip over (an unquoted date in a text field) is seen here too.
 * Anchors and aliases are refused before Astro's reader sees them.
 */
export function parseFrontmatter(text: string): ParsedEntry {
  const raw = extractFrontmatter(text);
  if (raw === undefined) throw new FrontmatterError('tidak ada frontmatter', 'file harus diawali baris --- , lalu isian-isian, lalu baris --- lagi', 1);
  const start = text.indexOf(raw);
  const opener = text.slice(start - 3, start);
  const openLine = lineAt(text, start);
  if (opener !== '---') throw new FrontmatterError('frontmatter diawali +++ (TOML)', 'Lintas memakai frontmatter YAML: awali dan akhiri dengan baris ---', openLine);
  if (!/^[ \t]*\r?\n/.test(raw)) throw new FrontmatterError('baris pembuka frontmatter harus berisi --- saja', 'pindahkan teks sesudah --- ke baris berikutnya', openLine);
  const closeAt = start + raw.length;
  const closeLine = lineAt(text, closeAt);
  const closingRest = (text.slice(closeAt).split('\n', 1)[0] ?? '').replace(/\r$/, '');
  const laterClose = text.slice(closeAt + closingRest.length).search(/\n---[ \t]*\r?(?:\n|$)/);
  const splitHint = `Astro mengakhiri frontmatter di baris pertama yang diawali --- atau +++ (baris ${closeLine}); bila baris itu bagian dari sebuah isian, ubah awal barisnya (mis. hapus --- atau tulis teks itu dalam satu baris)`;
  if (closingRest !== '---' && !/^---\s*$/.test(closingRest)) {
    throw new FrontmatterError(`baris ${closeLine} ("${closingRest.slice(0, 40)}") mengakhiri frontmatter karena diawali ${closingRest.slice(0, 3)}`, splitHint, closeLine);
  }
  let data: unknown;
  try {
    data = yaml.load(raw, { schema: yaml.CORE_SCHEMA, listener: noAnchors }) ?? {};
  } catch (error) {
    if (error instanceof AnchorRefused) {
      throw new FrontmatterError('jangkar/alias YAML (&nama, *nama) tidak dipakai di Lintas', 'tulis setiap nilai langsung di tempatnya; alias dapat membengkakkan isi tanpa batas', openLine + Number(error.message));
    }
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const line = (error as { mark?: { line: number } }).mark ? openLine + (error as { mark: { line: number } }).mark.line : undefined;
    const [, message, hint] = YAML_REASONS.find(([pattern]) => pattern.test(reason))!;
    // A quoted text with a line starting with --- is cut there by Astro; say so rather than "quote not closed".
    throw new FrontmatterError(line ? `baris ${line}: ${message}` : message, laterClose >= 0 ? `${hint}; atau: ${splitHint}` : hint, line);
  }
  let astro: { frontmatter: unknown; content: string };
  try {
    astro = astroParseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new FrontmatterError(`Astro tidak dapat membaca frontmatter ini (${reason})`, 'tulis nilai yang bukan angka atau ya/tidak dalam tanda kutip', openLine);
  }
  const body = astro.content.trim();
  const leading = astro.content.slice(0, astro.content.length - astro.content.trimStart().length);
  return { data, astroData: astro.frontmatter, body, bodyLine: leading.split('\n').length, frontmatterLine: openLine + 1, raw };
}

/** zod path → "commitments[0].innovation" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export const FIELD_REFERENCE = 'docs/panduan-penulis/referensi-isian.md';

/** What to write instead, for a schema issue: every problem an author sees comes with a fix. */
function schemaHint(issue: z.core.$ZodIssue, field: string): string {
  const last = issue.path[issue.path.length - 1];
  const inFigure = issue.path.some((key) => key === 'results' || key === 'indicators');
  const input: unknown = issue.input;
  if (issue.code === 'invalid_type' && input === undefined) {
    if (inFigure && last === 'year') return 'setiap angka wajib bertahun: tulis year: tahun datanya; bila sumber tidak menyebutnya, tulis tahun terbit sumber dan yearBasis: terbit';
    if (last === 'source') return 'setiap fakta wajib mengutip sumber: tulis source: dengan kunci id dari daftar sources entri ini';
    return `tambahkan isian ${String(last ?? field)}; keterangannya ada di ${FIELD_REFERENCE}`;
  }
  if (last === 'url') return WEB_URL_HINT;
  if (last === 'value' && typeof input === 'number') {
    if (input < 0) return 'tulis besarnya saja (tanpa tanda minus) dan jelaskan arahnya pada label, mis. "Penurunan angka kemiskinan"';
    return 'periksa angkanya: tulis angka lengkap tanpa titik ribuan dan tanpa notasi e, mis. 167000';
  }
  if (last === 'code' && typeof input === 'number') {
    return `tulis dengan tanda kutip: code: "${Number.isInteger(input) ? String(input).padStart(2, '0') : input.toFixed(2)}"`;
  }
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input) && !isRealIsoDate(input)) {
    return 'periksa hari dan bulannya (Februari paling banyak 29 hari; April, Juni, September dan November 30 hari); tulis TTTT-BB-HH';
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const options = issue.values.map(String);
    const labels = VOCABULARIES.find((v) => options.every((o) => o in v));
    const listed = labels ? options.map((o) => `${o} (${labels[o]})`).join(', ') : options.join(', ');
    return suggest(input, options) ?? `tulis salah satu pilihan persis seperti ini: ${listed}`;
  }
  return `lihat keterangan isian ${field || 'entri ini'} di ${FIELD_REFERENCE}`;
}

/** The value at a zod path in raw frontmatter. */
function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * A problem only Astro's reading of the YAML has: almost always an unquoted date-like text
 * (title: 2019-07-02, id: 2019-08-05) that Astro turns into a date.
 */
function astroIssueToProblem(file: string, issue: z.core.$ZodIssue, coreData: unknown, astroData: unknown): Problem {
  const field = fieldPath(issue.path);
  const written = valueAtPath(coreData, issue.path);
  const last = String(issue.path[issue.path.length - 1] ?? field);
  if (valueAtPath(astroData, issue.path) instanceof Date) {
    return { file, field, message: `Astro membaca ${String(written)} sebagai tanggal, bukan teks`, hint: `tulis dalam tanda kutip: ${last}: "${String(written)}"` };
  }
  return { file, field, message: `Astro membaca isian ini berbeda (${issue.message})`, hint: `tulis nilainya dalam tanda kutip: ${last}: "${String(written)}"` };
}

/** Strings longer than any field needs: a pasted article or a runaway value. */
function textLengthProblems(file: string, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (value.length > LIMITS.textChars) problems.push({ file, field: fieldPath(path), message: `teks ${value.length.toLocaleString('id-ID')} karakter, melebihi batas ${LIMITS.textChars.toLocaleString('id-ID')}`, hint: 'ringkas menjadi beberapa kalimat, atau pecah menjadi beberapa pernyataan; kutipan cukup kalimat yang mendukung' });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(data, []);
  return problems;
}

/** How long a text is inside the built HTML: Astro escapes & < > " ' as entities, and html-validate counts them in full. */
export function htmlLength(text: string): number {
  const entity: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };
  let length = 0;
  for (const c of text) length += entity[c] ?? c.length;
  return length;
}

function issueToProblem(file: string, issue: z.core.$ZodIssue): Problem {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { file, field, message: `isian tidak dikenal: ${issue.keys.join(', ')}`, hint: `periksa ejaan nama isian; daftar isian ada di ${FIELD_REFERENCE}` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { file, field, message: 'wajib diisi', hint: schemaHint(issue, field) };
  }
  return { file, field, message: issue.message, hint: schemaHint(issue, field) };
}

const didYouMean = (slugs: string[]) => (slugs.length ? `maksud Anda ${slugs.map((s) => `"${s}"`).join(' atau ')}?` : undefined);

/** Region references get the region resolver's suggestion: "kota-banyuwangi" → kabupaten-banyuwangi, "bandung" → both Bandungs. */
function suggestRegion(value: string, official: OfficialRegions): string | undefined {
  return didYouMean(suggestRegionSlugs(value, official));
}

/**
 * "maksud Anda …?" for the closest candidate when it is close enough to be a likely typo, or else
 * for the slugs that contain what was typed as whole words (smart-kampung → smart-kampung-banyuwangi).
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(value, list);
  if (distance(value, best) <= Math.max(3, Math.floor(value.length / 3))) return `maksud Anda "${best}"?`;
  const partial = value.length >= 3 ? list.filter((c) => `-${c}-`.includes(`-${value}-`)).sort() : [];
  return didYouMean(partial.slice(0, 3));
}

/**
 * Visit, follow-up and news files are named by their date first, exactly as precise as the date
 * field: 2021-06-… for a month, never 2021-06-15-… (an invented day) nor 2021-… (a lost month).
 */
function misnamedByDate(id: string, date: string, rest: string): Omit<Problem, 'file'> | undefined {
  const prefix = datePrefix(id);
  if (prefix === date) return undefined;
  const tail = prefix ? id.slice(prefix.length).replace(/^-/, '') : id;
  return {
    field: 'date',
    message: prefix ? `nama file diawali ${prefix}, tetapi tanggalnya ${date}` : `nama file harus diawali tanggal ${date}`,
    hint: `nama file memakai tanggal setepat isian date: ganti nama file menjadi ${date}-${tail || rest}.md (atau perbaiki isian date)`,
  };
}

type Target = 'regions' | 'innovations' | 'playbooks' | 'visits';

/** What to do when a reference has no close match: where the valid names are, and how to add one. */
const NOT_FOUND_HINTS: Record<Target, string> = {
  regions: 'tulis slug resmi daerah seperti pada alamat halamannya di /daerah/, mis. kabupaten-katingan, kota-bandung atau jawa-timur',
  innovations: 'tulis nama file inovasinya di content/innovations/ tanpa .md; bila belum ada, buat dulu dengan npm run new -- innovation, atau hapus rujukan ini',
  playbooks: 'tulis nama file panduannya di content/playbooks/ tanpa .md; bila belum ada, buat dulu dengan npm run new -- playbook, atau hapus isian playbook',
  visits: 'tulis nama file kunjungannya di content/visits/ tanpa .md, mis. 2019-07-02-katingan-ke-banyuwangi',
};
const TARGET_NAMES: Record<Target, string> = { regions: 'daerah', innovations: 'inovasi', playbooks: 'panduan', visits: 'kunjungan' };

/**
 * Where each collection refers to others, as field paths ("[]" = every item of a list). Checked on
 * the raw frontmatter, so a reference is checked even when another field of the entry is invalid:
 * a visit with a misspelt host and 30 February gets both problems in one run.
 */
export const REFERENCES: Record<CollectionName, [path: string, target: Target][]> = {
  regions: [['compareWith[]', 'regions']],
  innovations: [['host', 'regions'], ['playbook', 'playbooks']],
  playbooks: [['owner', 'regions'], ['innovations[]', 'innovations']],
  visits: [['visitor.region', 'regions'], ['host', 'regions'], ['innovationsStudied[]', 'innovations'], ['commitments[].innovation', 'innovations']],
  followups: [['visit', 'visits']],
  news: [['innovation', 'innovations']],
};

/** The string values at a reference path, with the field path an author sees ("commitments[0].innovation"). */
function valuesAt(data: unknown, path: string, prefix = ''): [field: string, value: string][] {
  const [head = '', ...rest] = path.split('.');
  const key = head.replace(/\[\]$/, '');
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  const field = prefix ? `${prefix}.${key}` : key;
  const items: [string, unknown][] = head.endsWith('[]') ? (Array.isArray(value) ? value.map((v, i) => [`${field}[${i}]`, v]) : []) : [[field, value]];
  return items.flatMap(([f, v]) => (rest.length ? valuesAt(v, rest.join('.'), f) : typeof v === 'string' ? [[f, v] as [string, string]] : []));
}

/**
 * Validates every entry and every cross-reference. Returns all problems (never throws on bad
 * content) plus the entries that parsed, keyed by id.
 */
export function checkContent(raw: RawEntry[], official: OfficialRegions, options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const content: CheckedContent = { regions: new Map(), innovations: new Map(), playbooks: new Map(), visits: new Map(), followups: new Map(), news: new Map() };
  const fileOf = new Map<string, string>();
  const seen = new Map<string, string>();
  /** Every entry whose frontmatter could be read, valid or not: references are checked on these. */
  const readable: { collection: CollectionName; file: string; data: unknown }[] = [];
  /** Image files some entry's body refers to. */
  const referenced = new Set<string>();

  for (const entry of raw) {
    if (entry.error) {
      problems.push({ file: entry.file, field: '', ...entry.error });
      continue;
    }
    const id = entryId(entry.file);
    const key = `${entry.collection}/${id}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: entry.file, field: '', message: `nama file sama dengan ${earlier}; alamat halaman akan bentrok`, hint: 'ganti nama salah satu file' });
      continue;
    }
    seen.set(key, entry.file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file: entry.file, field: '', message: `nama file "${id}" bukan alamat yang sah`, hint: 'pakai huruf kecil, angka dan tanda hubung saja, mis. 2019-07-02-katingan-ke-banyuwangi.md' });
      continue;
    }
    if (id.length > LIMITS.idLength) {
      problems.push({ file: entry.file, field: '', message: `nama file ${id.length} karakter, melebihi batas ${LIMITS.idLength}`, hint: `pendekkan nama file (tanpa .md) menjadi paling banyak ${LIMITS.idLength} karakter; nama file menjadi alamat halaman dan nama kartu berbagi` });
      continue;
    }
    if (entry.text.length > LIMITS.fileChars) {
      problems.push({ file: entry.file, field: '', message: `file berisi ${entry.text.length.toLocaleString('id-ID')} karakter, melebihi batas ${LIMITS.fileChars.toLocaleString('id-ID')}`, hint: 'ringkas isinya atau pecah menjadi beberapa entri; halaman harus tetap ringan dibuka lewat ponsel' });
      continue;
    }
    let parsed: ParsedEntry;
    try {
      parsed = parseFrontmatter(entry.text);
    } catch (error) {
      const { message, hint, line } = error instanceof FrontmatterError ? error : new FrontmatterError((error as Error).message.split('\n')[0] ?? '', 'periksa indentasi dan tanda titik dua pada isian');
      problems.push({ file: entry.file, field: line === undefined ? 'frontmatter' : `frontmatter (baris ${line})`, message: `frontmatter tidak terbaca: ${message}`, hint });
      continue;
    }
    const { data, astroData, body, bodyLine } = parsed;
    warnings.push(...placeholderWarnings(entry, parsed));
    if (body.length > LIMITS.bodyChars) {
      problems.push({ file: entry.file, field: 'body', message: `isi tulisan ${body.length.toLocaleString('id-ID')} karakter, melebihi batas ${LIMITS.bodyChars.toLocaleString('id-ID')}`, hint: 'ringkas isi tulisan; rincian panjang cukup ditautkan ke sumbernya' });
    } else {
      // Sätteri counts lines from the body's start; the author counts from the top of the file.
      const format = entry.file.endsWith('.mdx') ? 'mdx' : 'md';
      for (const p of checkBody(body, format)) {
        problems.push({ file: entry.file, field: p.line === undefined ? 'body' : `body (baris ${p.line + bodyLine - 1})`, message: p.message, hint: p.hint });
      }
      for (const heading of options.pageIds?.length ? bodyHeadings(body, format) : []) {
        if (!options.pageIds!.some((id) => id.test(heading.slug))) continue;
        problems.push({
          file: entry.file,
          field: heading.line === undefined ? 'body' : `body (baris ${heading.line + bodyLine - 1})`,
          message: `judul bagian "${heading.text}" mendapat tanda "${heading.slug}" yang sudah dipakai halaman ini`,
          hint: 'ubah judul bagian itu supaya tidak diawali nama bagian halaman (Sumber, Komitmen, Tahap, …), mis. "Berita yang dipakai" alih-alih "Sumber"',
        });
      }
    }
    if (options.images) problems.push(...imageProblems(entry, body, options.images, options.maxImageBytes ?? MAX_IMAGE_BYTES, warnings, referenced, options.imageDefects));
    readable.push({ collection: entry.collection, file: entry.file, data });
    problems.push(...textLengthProblems(entry.file, data));
    // reportInput keeps the offending value on each issue, so messages can say "62.06 is a number".
    const schema = COLLECTIONS[entry.collection].schema;
    const result = schema.safeParse(data, { reportInput: true });
    const issues = result.success ? [] : result.error.issues;
    problems.push(...issues.map((issue) => issueToProblem(entry.file, issue)));
    // What Astro's build will see: only problems not already reported (an unquoted date in a text field).
    const astroResult = schema.safeParse(astroData, { reportInput: true });
    const reported = new Set(issues.map((issue) => fieldPath(issue.path)));
    const astroIssues = astroResult.success ? [] : astroResult.error.issues.filter((issue) => !reported.has(fieldPath(issue.path)));
    // A date where text belongs is the cause; what follows from it (a source key no longer found) is not reported again.
    const atDates = astroIssues.filter((issue) => valueAtPath(astroData, issue.path) instanceof Date);
    problems.push(...(atDates.length ? atDates : astroIssues).map((issue) => astroIssueToProblem(entry.file, issue, data, astroData)));
    if (!result.success || astroIssues.length > 0) continue;
    fileOf.set(key, entry.file);
    (content[entry.collection] as Map<string, unknown>).set(id, result.data);
  }

  const today = options.today ?? asOfDate();
  const at = (collection: CollectionName, id: string) => fileOf.get(`${collection}/${id}`) ?? `content/${collection}/${id}`;
  // A reference may name any entry that exists, even one with problems of its own (those are
  // reported on that entry). The candidate list is built only for a miss, for its did-you-mean.
  const exists = (target: Target, id: string) => (target === 'regions' ? official.bySlug.has(id) : seen.has(`${target}/${id}`));
  for (const { collection, file, data } of readable) {
    for (const [path, target] of REFERENCES[collection]) {
      for (const [field, value] of valuesAt(data, path)) {
        if (exists(target, value)) continue;
        const hint = target === 'regions' ? suggestRegion(value, official) : suggest(value, [...seen.keys()].filter((k) => k.startsWith(`${target}/`)).map((k) => k.slice(target.length + 1)));
        problems.push({ file, field, message: `${TARGET_NAMES[target]} "${value}" tidak ditemukan`, hint: hint ?? NOT_FOUND_HINTS[target] });
      }
    }
  }

  problems.push(...quoteProblems(readable, options.sourceTexts ?? []));

  for (const [id, profile] of content.regions) {
    const file = at('regions', id);
    const record = official.byCode.get(profile.code);
    if (!record) {
      problems.push({ file, field: 'code', message: `kode "${profile.code}" tidak ada dalam data resmi Kemendagri`, hint: suggest(profile.code, official.byCode.keys()) ?? 'salin kode dari data resmi Kemendagri (halaman daerah di /daerah/ mencantumkannya), mis. code: "62.06"' });
      continue;
    }
    if (record.slug !== id) problems.push({ file, field: 'code', message: `kode ${profile.code} adalah ${record.name}, tetapi file bernama ${id}`, hint: `ganti nama file menjadi ${record.slug}.md atau perbaiki kode` });
    if (profile.name && profile.name !== record.name) problems.push({ file, field: 'name', message: `nama "${profile.name}" berbeda dengan nama resmi kode ${profile.code}: "${record.name}"`, hint: `tulis name: ${record.name} atau hapus isian name` });
    if (profile.kind && profile.kind !== record.kind) problems.push({ file, field: 'kind', message: `jenis "${profile.kind}" berbeda dengan data resmi: ${record.kind}`, hint: `tulis kind: ${record.kind} atau hapus isian kind` });
    const keys = new Map<string, number>();
    profile.indicators.forEach((indicator, i) => {
      const first = keys.get(indicator.key);
      if (first !== undefined) problems.push({ file, field: `indicators[${i}].key`, message: `indikator "${indicator.key}" sudah ditulis di indicators[${first}]`, hint: 'satu daerah satu angka per indikator: simpan angka yang terbaru (atau yang dikutip sumber utama) dan hapus yang lain' });
      else keys.set(indicator.key, i);
    });
    if (profile.province) {
      const province = official.byCode.get(record.provinceCode);
      if (record.kind === 'provinsi') problems.push({ file, field: 'province', message: 'profil provinsi tidak memakai isian province', hint: 'hapus isian province' });
      else if (province && profile.province !== province.slug) problems.push({ file, field: 'province', message: `${record.name} berada di ${province.name} (${province.slug}), bukan "${profile.province}"`, hint: `tulis province: ${province.slug}` });
    }
  }

  for (const [collection, entries] of [['innovations', content.innovations], ['playbooks', content.playbooks], ['visits', content.visits]] as const) {
    for (const [id, entry] of entries) {
      const length = htmlLength(fullPageTitle(entry.title));
      if (length > LIMITS.titleChars) {
        problems.push({ file: at(collection, id), field: 'title', message: `judul halaman "${fullPageTitle(entry.title)}" ${length} karakter di HTML (tanda & < > " ' dihitung sebagai kodenya), melebihi batas ${LIMITS.titleChars}`, hint: `pendekkan judul: judul halaman paling banyak ${LIMITS.titleChars} karakter, dan judul sampai 60 karakter mendapat akhiran "${SITE_SUFFIX}"; rinciannya bisa ditulis di summary atau isi tulisan` });
      }
    }
  }

  for (const [id, innovation] of content.innovations) {
    const file = at('innovations', id);
    if (innovation.lastVerified > today) problems.push({ file, field: 'lastVerified', message: `tanggal ${innovation.lastVerified} sesudah hari ini (${today})`, hint: 'tulis tanggal keadaan inovasi terakhir dipastikan dari sumber, paling lambat hari ini' });
    if (innovation.playbook) {
      const playbook = content.playbooks.get(innovation.playbook);
      if (playbook && !playbook.innovations.includes(id)) {
        problems.push({ file, field: 'playbook', message: `panduan "${innovation.playbook}" tidak mencantumkan inovasi ini`, hint: `tambahkan ${id} ke daftar innovations di panduan itu` });
      }
    }
  }

  for (const [id, visit] of content.visits) {
    const file = at('visits', id);
    const misnamed = misnamedByDate(id, visit.date, 'kunjungan');
    if (misnamed) problems.push({ file, ...misnamed });
    if (visit.visitor.region && visit.visitor.region === visit.host) problems.push({ file, field: 'visitor.region', message: 'pengunjung dan tuan rumah tidak boleh daerah yang sama', hint: 'periksa region pengunjung dan host; kegiatan di dalam satu daerah bukan kunjungan antardaerah' });
    // A partial date ("2099", "2099-01") compares by its first day: "2026-12" is after "2026-11-29".
    if (visit.date > today) problems.push({ file, field: 'date', message: `tanggal kunjungan ${visit.date} sesudah hari ini (${today})`, hint: 'catat kunjungan yang sudah terjadi; periksa tahunnya' });
  }

  const followupsOn = new Map<string, { file: string; status: string }>();
  for (const [id, followup] of content.followups) {
    const file = at('followups', id);
    if (followup.date > today) problems.push({ file, field: 'date', message: `tanggal kabar ${followup.date} sesudah hari ini (${today})`, hint: 'catat kabar yang sudah terbit; periksa tahunnya' });
    const misnamed = misnamedByDate(id, followup.date, followup.commitment);
    if (misnamed) problems.push({ file, ...misnamed });
    const visit = content.visits.get(followup.visit);
    if (!visit) continue;
    const ids = visit.commitments.map((c) => c.id);
    if (!ids.includes(followup.commitment)) {
      problems.push({ file, field: 'commitment', message: `kunjungan ${followup.visit} tidak punya komitmen "${followup.commitment}"`, hint: ids.length ? `pilih salah satu: ${ids.join(', ')}` : 'kunjungan itu belum mencatat komitmen' });
    }
    if (isCertainlyBefore(followup.date, visit.date)) problems.push({ file, field: 'date', message: `kabar bertanggal ${followup.date}, sebelum kunjungan ${visit.date}`, hint: 'periksa tanggal kabar dan tanggal kunjungan menurut sumbernya' });
    // Two statuses on one known day contradict each other; within a month or a year they may simply follow one another.
    if (/^\d{4}-\d{2}-\d{2}$/.test(followup.date)) {
      const sameDay = `${followup.visit}/${followup.commitment}/${followup.date}`;
      const other = followupsOn.get(sameDay);
      if (other && other.status !== followup.status) {
        problems.push({ file, field: 'status', message: `kabar lain pada hari yang sama (${other.file}) menyebut status "${other.status}", kabar ini "${followup.status}"`, hint: 'satu komitmen satu status per hari: periksa sumbernya, lalu gabungkan kedua kabar menjadi satu file' });
      } else if (!other) followupsOn.set(sameDay, { file, status: followup.status });
    }
  }

  for (const [id, news] of content.news) {
    const misnamed = misnamedByDate(id, news.date, news.innovation);
    if (misnamed) problems.push({ file: at('news', id), ...misnamed });
    if (news.date > today) problems.push({ file: at('news', id), field: 'date', message: `tanggal kabar ${news.date} sesudah hari ini (${today})`, hint: 'catat kabar yang sudah terbit; periksa tahunnya' });
  }

  if (options.images) {
    const limit = options.maxImageBytes ?? MAX_IMAGE_BYTES;
    for (const [path, bytes] of options.images) {
      if (referenced.has(path)) continue;
      if (bytes > limit) problems.push({ file: path, field: '', message: `gambar berukuran ${formatBytes(bytes)}, melebihi batas ${formatBytes(limit)}`, hint: RESIZE_HINT });
      else warnings.push({ file: path, field: '', message: 'gambar ini tidak dipakai entri mana pun', hint: 'pasang di isi entri dengan ![keterangan](./nama-entri/nama-file.jpg) atau hapus filenya' });
    }
  }

  return { problems, warnings, content };
}

const RESIZE_HINT = 'perkecil gambar: lebar paling besar 1600 piksel, simpan sebagai JPEG mutu 80 atau WebP (mis. dengan aplikasi galeri ponsel, squoosh.app, atau "convert foto.jpg -resize 1600x -quality 80 foto.jpg")';

/** 524288 → "512 KB", 1258291 → "1,2 MB" (Indonesian decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/**
 * Image paths a Markdown/MDX body refers to: `![alt](path "title")`, `![alt](<path>)` and
 * `<img src="path">`. Remote (http:, https:, //), data: and site-absolute (/…, from public/) paths are left out.
 */
export function imageReferences(body: string): string[] {
  const refs: string[] = [];
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*(?:<([^>]+)>|([^\s)]+))(?:\s+["'(][^)]*)?\)/g)) refs.push((m[1] ?? m[2] ?? '').trim());
  for (const m of body.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|\{?["']([^"']*)["']\}?)/gi)) refs.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return refs.filter((r) => r && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(r));
}

/** Where an entry keeps its images: content/<collection>/<entry-id>/. */
export function imageFolderOf(file: string): string {
  return `${posix.dirname(file)}/${entryId(file)}/`;
}

function imageProblems(
  entry: RawEntry,
  body: string,
  images: ReadonlyMap<string, number>,
  limit: number,
  warnings: Problem[],
  referenced: Set<string>,
  defects: CheckOptions['imageDefects'],
): Problem[] {
  const problems: Problem[] = [];
  const folder = imageFolderOf(entry.file);
  for (const ref of new Set(imageReferences(body))) {
    let decoded = ref.replace(/[?#].*$/, '');
    try {
      decoded = decodeURI(decoded);
    } catch {
      // keep as written
    }
    const path = posix.normalize(posix.join(posix.dirname(entry.file), decoded));
    referenced.add(path);
    const bytes = images.get(path);
    if (bytes === undefined) {
      const name = posix.basename(path);
      const elsewhere = [...images.keys()].filter((p) => posix.basename(p) === name);
      problems.push({
        file: entry.file,
        field: 'body',
        message: `gambar ${ref} tidak ditemukan (dicari di ${path})`,
        hint: elsewhere.length
          ? `ada ${elsewhere.join(', ')}; tulis alamatnya relatif terhadap file entri, mis. ./${posix.relative(posix.dirname(entry.file), elsewhere[0]!)}`
          : `simpan gambar di ${folder} dan tulis ![keterangan](./${entryId(entry.file)}/${name})`,
      });
      continue;
    }
    if (bytes > limit) {
      problems.push({ file: entry.file, field: 'body', message: `gambar ${ref} berukuran ${formatBytes(bytes)}, melebihi batas ${formatBytes(limit)}`, hint: RESIZE_HINT });
    }
    const name = posix.basename(path);
    if (!PUBLISHABLE_IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      problems.push({ file: entry.file, field: 'body', message: `gambar ${ref} berformat yang tidak bisa diterbitkan`, hint: 'simpan ulang sebagai JPEG, PNG atau WebP' });
    }
    if (name.length > LIMITS.imageNameLength) {
      problems.push({ file: entry.file, field: 'body', message: `nama file gambar ${ref} ${name.length} karakter, melebihi batas ${LIMITS.imageNameLength}`, hint: 'ganti nama file gambar dengan nama pendek, mis. foto-pertemuan.jpg' });
    }
    for (const defect of defects?.get(path) ?? []) problems.push({ file: entry.file, field: 'body', message: `gambar ${ref}: ${defect.message}`, hint: defect.hint });
    if (!path.startsWith(folder)) {
      warnings.push({ file: entry.file, field: 'body', message: `gambar ${ref} tidak berada di folder entri ini`, hint: `pindahkan ke ${folder} agar gambar tiap entri terkumpul` });
    }
  }
  return problems;
}

/** Scaffold placeholders still in an entry: values containing [ISI], and `# ISI:` instruction lines. */
function placeholderWarnings(entry: RawEntry, { data, body, raw, frontmatterLine }: ParsedEntry): Problem[] {
  const warnings: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (value.includes(PLACEHOLDER)) warnings.push({ file: entry.file, field: fieldPath(path), message: `masih berisi teks contoh: ${value}`, hint: 'ganti dengan isi sebenarnya menurut sumber, atau hapus isian yang tidak wajib' });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(data, []);
  if (body.includes(PLACEHOLDER)) warnings.push({ file: entry.file, field: 'body', message: 'isi tulisan masih berisi teks contoh [ISI]', hint: 'tulis isi entri menurut sumber, lalu hapus paragraf [ISI]' });
  const lines = raw
    .split(/\r?\n/)
    .map((line, i) => (line.trim().startsWith(TODO_COMMENT) ? i + frontmatterLine - 1 : 0))
    .filter((n) => n > 0);
  if (lines.length) {
    warnings.push({
      file: entry.file,
      field: '',
      message: `masih ada ${lines.length} petunjuk "${TODO_COMMENT}" (baris ${lines.join(', ')})`,
      hint: 'periksa isian di bawah tiap petunjuk, lalu hapus baris petunjuknya',
    });
  }
  return warnings;
}

/** One readable block per problem, grouped by file, for terminals and build logs. */
export function formatProblems(problems: Problem[]): string {
  return formatList(problems, (count, files) => `Konten bermasalah: ${count} masalah di ${files} file.`);
}

/** The same layout for warnings: what an author still has to fill in; they do not fail the build. */
export function formatWarnings(warnings: Problem[]): string {
  return formatList(warnings, (count, files) => `Perlu dilengkapi (peringatan, tidak menggagalkan build): ${count} catatan di ${files} file.`);
}

function formatList(problems: Problem[], header: (count: number, files: number) => string): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [header(problems.length, byFile.size)];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(`  - ${p.field || '(file)'}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`);
  }
  return lines.join('\n');
}
