/**
 * The content check: every rule an entry must pass, run over all content at once so an author
 * sees every problem in one run. The build, `npm run check` and the tests all call this module.
 *
 * It parses frontmatter itself (YAML core schema: no automatic dates), because Astro's parser
 * silently turns 2019-02-30 into 2 March and stops at the first invalid entry.
 */
import yaml from 'js-yaml';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { Innovation } from '../schemas/innovation.ts';
import type { Playbook } from '../schemas/playbook.ts';
import type { RegionProfile } from '../schemas/region.ts';
import type { Visit } from '../schemas/visit.ts';
import type { OfficialRegions } from './official-regions.ts';

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
}

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

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

function issueToProblem(file: string, issue: z.core.$ZodIssue): Problem {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { file, field, message: `isian tidak dikenal: ${issue.keys.join(', ')}`, hint: 'periksa ejaan nama isian; daftar isian ada di docs/panduan-penulis.md' };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { file, field, message: 'wajib diisi' };
  }
  return { file, field, message: issue.message };
}

function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(value, list);
  return distance(value, best) <= Math.max(3, Math.floor(value.length / 3)) ? `maksud Anda "${best}"?` : undefined;
}

/**
 * Validates every entry and every cross-reference. Returns all problems (never throws on bad
 * content) plus the entries that parsed, keyed by id.
 */
export function checkContent(raw: RawEntry[], official: OfficialRegions): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];
  const content: CheckedContent = { regions: new Map(), innovations: new Map(), playbooks: new Map(), visits: new Map() };
  const fileOf = new Map<string, string>();
  const seen = new Map<string, string>();
  /** Entries that exist but failed their schema: references to them are not reported again as missing. */
  const invalid = new Set<string>();

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
    try {
      data = parseFrontmatter(entry.text).data;
    } catch (error) {
      problems.push({ file: entry.file, field: '', message: `frontmatter tidak terbaca: ${(error as Error).message.split('\n')[0]}`, hint: 'periksa indentasi dan tanda titik dua pada isian' });
      continue;
    }
    // reportInput keeps the offending value on each issue, so messages can say "62.06 is a number".
    const result = COLLECTIONS[entry.collection].schema.safeParse(data, { reportInput: true });
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => issueToProblem(entry.file, issue)));
      invalid.add(key);
      continue;
    }
    fileOf.set(key, entry.file);
    (content[entry.collection] as Map<string, unknown>).set(id, result.data);
  }

  const at = (collection: CollectionName, id: string) => fileOf.get(`${collection}/${id}`) ?? `content/${collection}/${id}`;
  const requireRef = (file: string, field: string, value: string, targets: Iterable<string>, what: string, collection?: CollectionName) => {
    if (collection && invalid.has(`${collection}/${value}`)) return;
    const list = [...targets];
    if (list.includes(value)) return;
    problems.push({ file, field, message: `${what} "${value}" tidak ditemukan`, hint: suggest(value, list) });
  };
  const regionSlugs = () => official.bySlug.keys();

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
    profile.compareWith.forEach((slug, i) => requireRef(file, `compareWith[${i}]`, slug, regionSlugs(), 'daerah'));
    if (profile.province) {
      const province = official.byCode.get(record.provinceCode);
      if (record.kind === 'provinsi') problems.push({ file, field: 'province', message: 'profil provinsi tidak memakai isian province', hint: 'hapus isian province' });
      else if (province && profile.province !== province.slug) problems.push({ file, field: 'province', message: `${record.name} berada di ${province.name} (${province.slug}), bukan "${profile.province}"`, hint: `tulis province: ${province.slug}` });
    }
  }

  for (const [id, innovation] of content.innovations) {
    const file = at('innovations', id);
    requireRef(file, 'host', innovation.host, regionSlugs(), 'daerah');
    if (innovation.playbook) {
      requireRef(file, 'playbook', innovation.playbook, content.playbooks.keys(), 'panduan', 'playbooks');
      const playbook = content.playbooks.get(innovation.playbook);
      if (playbook && !playbook.innovations.includes(id)) {
        problems.push({ file, field: 'playbook', message: `panduan "${innovation.playbook}" tidak mencantumkan inovasi ini`, hint: `tambahkan ${id} ke daftar innovations di panduan itu` });
      }
    }
  }

  for (const [id, playbook] of content.playbooks) {
    const file = at('playbooks', id);
    requireRef(file, 'owner', playbook.owner, regionSlugs(), 'daerah');
    playbook.innovations.forEach((slug, i) => requireRef(file, `innovations[${i}]`, slug, content.innovations.keys(), 'inovasi', 'innovations'));
  }

  for (const [id, visit] of content.visits) {
    const file = at('visits', id);
    if (!id.startsWith(visit.date)) problems.push({ file, field: 'date', message: `nama file harus diawali tanggal kunjungan ${visit.date}`, hint: `ganti nama file menjadi ${visit.date}-${id.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'kunjungan'}.md` });
    if (visit.visitor.region) requireRef(file, 'visitor.region', visit.visitor.region, regionSlugs(), 'daerah');
    requireRef(file, 'host', visit.host, regionSlugs(), 'daerah');
    if (visit.visitor.region && visit.visitor.region === visit.host) problems.push({ file, field: 'visitor.region', message: 'pengunjung dan tuan rumah tidak boleh daerah yang sama' });
    visit.innovationsStudied.forEach((slug, i) => requireRef(file, `innovationsStudied[${i}]`, slug, content.innovations.keys(), 'inovasi', 'innovations'));
    visit.commitments.forEach((c, i) => {
      if (c.innovation) requireRef(file, `commitments[${i}].innovation`, c.innovation, content.innovations.keys(), 'inovasi');
    });
  }

  return { problems, content };
}

/** One readable block per problem, grouped by file, for terminals and build logs. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`Konten bermasalah: ${problems.length} masalah di ${byFile.size} file.`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(`  - ${p.field || '(file)'}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`);
  }
  return lines.join('\n');
}
