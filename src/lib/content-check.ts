/**
 * The content check: every rule an entry must pass, run over all content at once so an author
 * sees every problem in one run. The build, `npm run check` and the tests all call this module.
 *
 * It parses frontmatter itself (YAML core schema: no automatic dates), because Astro's parser
 * silently turns 2019-02-30 into 2 March and stops at the first invalid entry.
 */
import yaml from 'js-yaml';
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
import { checkBody } from './body-safety.ts';
import { quoteProblems, type SourceText } from './quotes.ts';
import { suggestRegionSlugs } from './region-resolver.ts';
import { datePrefix, isCertainlyBefore, isRealIsoDate } from '../domain/dates.ts';
import { COMMITMENT_STATUSES, INNOVATION_STATUSES, SECTORS } from '../domain/vocabulary.ts';

const VOCABULARIES: Record<string, string>[] = [COMMITMENT_STATUSES, INNOVATION_STATUSES, SECTORS];

export interface Problem {
  /** Path of the file relative to the project root, e.g. content/visits/2019-07-02-….md */
  file: string;
  /** Field path inside the frontmatter, e.g. commitments[0].innovation; empty for the whole file. */
  field: string;
  message: string;
  hint?: string;
}

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  file: string;
  text: string;
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

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into its frontmatter (YAML core schema: dates and codes stay as written) and body. */
export function parseFrontmatter(text: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('tidak ada frontmatter: file harus diawali baris --- , isian, lalu --- lagi');
  return { data: yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }) ?? {}, body: text.slice(match[0].length) };
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

export type Target = 'regions' | 'innovations' | 'playbooks' | 'visits';
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
    let data: unknown;
    let body: string;
    try {
      ({ data, body } = parseFrontmatter(entry.text));
    } catch (error) {
      problems.push({ file: entry.file, field: '', message: `frontmatter tidak terbaca: ${(error as Error).message.split('\n')[0]}`, hint: 'periksa indentasi dan tanda titik dua pada isian' });
      continue;
    }
    warnings.push(...placeholderWarnings(entry, data, body));
    // Line numbers in the file = lines in the body + lines the frontmatter takes up.
    const offset = entry.text.slice(0, entry.text.length - body.length).split('\n').length - 1;
    for (const p of checkBody(body, entry.file.endsWith('.mdx') ? 'mdx' : 'md')) {
      problems.push({ file: entry.file, field: p.line === undefined ? 'body' : `body (baris ${p.line + offset})`, message: p.message, hint: p.hint });
    }
    if (options.images) problems.push(...imageProblems(entry, body, options.images, options.maxImageBytes ?? MAX_IMAGE_BYTES, warnings, referenced));
    readable.push({ collection: entry.collection, file: entry.file, data });
    // reportInput keeps the offending value on each issue, so messages can say "62.06 is a number".
    const result = COLLECTIONS[entry.collection].schema.safeParse(data, { reportInput: true });
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => issueToProblem(entry.file, issue)));
      continue;
    }
    fileOf.set(key, entry.file);
    (content[entry.collection] as Map<string, unknown>).set(id, result.data);
  }

  const at = (collection: CollectionName, id: string) => fileOf.get(`${collection}/${id}`) ?? `content/${collection}/${id}`;
  // A reference may name any entry that exists, even one with problems of its own (those are
  // reported on that entry). The candidate list is built only for a miss, for its did-you-mean.
  const exists = (target: Target, id: string) => (target === 'regions' ? official.bySlug.has(id) : seen.has(`${target}/${id}`));
  for (const { collection, file, data } of readable) {
    for (const [path, target] of REFERENCES[collection]) {
      for (const [field, value] of valuesAt(data, path)) {
        if (exists(target, value)) continue;
        const hint = target === 'regions' ? suggestRegion(value, official) : suggest(value, [...seen.keys()].filter((k) => k.startsWith(`${target}/`)).map((k) => k.slice(target.length + 1)));
        problems.push({ file, field, message: `${TARGET_NAMES[target]} "${value}" tidak ditemukan`, hint });
      }
    }
  }

  problems.push(...quoteProblems(readable, options.sourceTexts ?? []));

  for (const [id, profile] of content.regions) {
    const file = at('regions', id);
    const record = official.byCode.get(profile.code);
    if (!record) {
      problems.push({ file, field: 'code', message: `kode "${profile.code}" tidak ada dalam data resmi Kemendagri`, hint: suggest(profile.code, official.byCode.keys()) });
      continue;
    }
    if (record.slug !== id) problems.push({ file, field: 'code', message: `kode ${profile.code} adalah ${record.name}, tetapi file bernama ${id}`, hint: `ganti nama file menjadi ${record.slug}.md atau perbaiki kode` });
    if (profile.name && profile.name !== record.name) problems.push({ file, field: 'name', message: `nama "${profile.name}" berbeda dengan nama resmi kode ${profile.code}: "${record.name}"`, hint: `tulis name: ${record.name} atau hapus isian name` });
    if (profile.kind && profile.kind !== record.kind) problems.push({ file, field: 'kind', message: `jenis "${profile.kind}" berbeda dengan data resmi: ${record.kind}` });
    if (profile.province) {
      const province = official.byCode.get(record.provinceCode);
      if (record.kind === 'provinsi') problems.push({ file, field: 'province', message: 'profil provinsi tidak memakai isian province', hint: 'hapus isian province' });
      else if (province && profile.province !== province.slug) problems.push({ file, field: 'province', message: `${record.name} berada di ${province.name} (${province.slug}), bukan "${profile.province}"`, hint: `tulis province: ${province.slug}` });
    }
  }

  for (const [id, innovation] of content.innovations) {
    const file = at('innovations', id);
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
    if (visit.visitor.region && visit.visitor.region === visit.host) problems.push({ file, field: 'visitor.region', message: 'pengunjung dan tuan rumah tidak boleh daerah yang sama' });
  }

  for (const [id, followup] of content.followups) {
    const file = at('followups', id);
    const misnamed = misnamedByDate(id, followup.date, followup.commitment);
    if (misnamed) problems.push({ file, ...misnamed });
    const visit = content.visits.get(followup.visit);
    if (!visit) continue;
    const ids = visit.commitments.map((c) => c.id);
    if (!ids.includes(followup.commitment)) {
      problems.push({ file, field: 'commitment', message: `kunjungan ${followup.visit} tidak punya komitmen "${followup.commitment}"`, hint: ids.length ? `pilih salah satu: ${ids.join(', ')}` : 'kunjungan itu belum mencatat komitmen' });
    }
    if (isCertainlyBefore(followup.date, visit.date)) problems.push({ file, field: 'date', message: `kabar bertanggal ${followup.date}, sebelum kunjungan ${visit.date}`, hint: 'periksa tanggal kabar dan tanggal kunjungan menurut sumbernya' });
  }

  for (const [id, news] of content.news) {
    const misnamed = misnamedByDate(id, news.date, news.innovation);
    if (misnamed) problems.push({ file: at('news', id), ...misnamed });
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

function imageProblems(entry: RawEntry, body: string, images: ReadonlyMap<string, number>, limit: number, warnings: Problem[], referenced: Set<string>): Problem[] {
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
    if (!path.startsWith(folder)) {
      warnings.push({ file: entry.file, field: 'body', message: `gambar ${ref} tidak berada di folder entri ini`, hint: `pindahkan ke ${folder} agar gambar tiap entri terkumpul` });
    }
  }
  return problems;
}

/** Scaffold placeholders still in an entry: values containing [ISI], and `# ISI:` instruction lines. */
function placeholderWarnings(entry: RawEntry, data: unknown, body: string): Problem[] {
  const warnings: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (value.includes(PLACEHOLDER)) warnings.push({ file: entry.file, field: fieldPath(path), message: `masih berisi teks contoh: ${value}`, hint: 'ganti dengan isi sebenarnya menurut sumber, atau hapus isian yang tidak wajib' });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(data, []);
  if (body.includes(PLACEHOLDER)) warnings.push({ file: entry.file, field: 'body', message: 'isi tulisan masih berisi teks contoh [ISI]', hint: 'tulis isi entri menurut sumber, lalu hapus paragraf [ISI]' });
  const frontmatter = FRONTMATTER.exec(entry.text)?.[1] ?? '';
  const lines = frontmatter
    .split(/\r?\n/)
    .map((line, i) => (line.trim().startsWith(TODO_COMMENT) ? i + 2 : 0))
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
