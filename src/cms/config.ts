/**
 * The Decap CMS configuration, generated from the zod schemas at the moment it is served, so a
 * field added to a schema appears in the web form without anyone editing a CMS file. Pure: the
 * caller supplies the official regions and the backend; the dev server, the build and the tests
 * all call this one function.
 *
 * The schemas are read through their JSON Schema (the same representation the field reference and
 * the open-data schemas use), so labels and hints are the `.describe()` texts authors already see.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { COMMITMENT_STATUSES, COST_BASES, FEATURES, FUNDING_SOURCES, INNOVATION_STATUSES, REGION_KINDS, SECTORS, VISIT_TYPES } from '../domain/vocabulary.ts';
import { BENTUK, EVIDENCE_KINDS, INISIATOR, JENIS, REPLICATION_STAGES, URUSAN } from '../domain/official-vocabulary.ts';
import { INDICATORS } from '../domain/indicators.ts';
import { MAX_IMAGE_BYTES, REFERENCES } from '../lib/check/index.ts';
import type { JsonSchema } from '../lib/field-reference.ts';
import { PATTERN_LABELS } from '../schemas/patterns.ts';
import type { OfficialRegion, OfficialRegions } from '../lib/official-regions.ts';

/** One Decap field (https://decapcms.org/docs/widgets/); only the keys this generator writes. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  options_length?: number;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  sanitize_preview?: boolean;
  media_library?: { max_file_size: number };
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md';
  format: 'frontmatter';
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  media_folder: string;
  public_folder: string;
  fields: CmsField[];
}

export type CmsBackend =
  | { name: 'github'; repo: string; branch: string; base_url?: string; api_root?: string }
  | { name: 'gitlab'; repo: string; branch: string; base_url?: string; api_root?: string; auth_type?: 'pkce'; app_id?: string }
  | { name: 'gitea'; repo: string; branch: string; base_url?: string; api_root?: string; app_id?: string };

export interface CmsConfig {
  backend: CmsBackend;
  local_backend?: { url: string };
  publish_mode?: 'editorial_workflow';
  locale: string;
  site_url: string;
  display_url: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

/** Where the CMS is used: on a laptop against `decap-server`, or on the published site against the git host. */
export type CmsMode = { kind: 'local'; serverUrl: string; backend: CmsBackend } | { kind: 'production'; backend: CmsBackend };

/** Labels for vocabulary values, found by their key set: the same words readers see on the site. */
const VOCABULARIES: Record<string, string>[] = [
  COMMITMENT_STATUSES,
  INNOVATION_STATUSES,
  SECTORS,
  FEATURES,
  REGION_KINDS,
  // The official lists in IID words, so host staff pick the terms they already report with.
  BENTUK.values,
  JENIS.values,
  INISIATOR.values,
  URUSAN.values,
  EVIDENCE_KINDS.values,
  REPLICATION_STAGES.values,
  VISIT_TYPES,
  FUNDING_SOURCES,
  COST_BASES,
  Object.fromEntries(Object.entries(INDICATORS).map(([key, { label, unit }]) => [key, `${label} (${unit})`])),
];

/** The Indonesian names of the collections in the form, taken from the collection map. */
const TITLES: Record<CollectionName, { plural: string; singular: string }> = {
  regions: { plural: 'Profil daerah', singular: 'Profil daerah' },
  innovations: { plural: 'Inovasi', singular: 'Inovasi' },
  playbooks: { plural: 'Panduan', singular: 'Panduan' },
  visits: { plural: 'Kunjungan', singular: 'Kunjungan' },
  followups: { plural: 'Kabar lanjutan', singular: 'Kabar lanjutan' },
  news: { plural: 'Kabar inovasi', singular: 'Kabar inovasi' },
};

/**
 * File names. Visits, follow-ups and innovation news start with their date, as the content check demands; a visit
 * by an institution (no visitor region) is named after "lembaga". Region profiles are named by the
 * official slug of their code, which a slug template cannot compute, so the form edits existing
 * profiles only (new ones: `npm run new -- region`).
 */
export const FILE_NAMES: Record<CollectionName, { slug: string; create: boolean; summary: string }> = {
  regions: { slug: '{{slug}}', create: false, summary: '{{filename}}' },
  innovations: { slug: '{{fields.title}}', create: true, summary: '{{title}}' },
  playbooks: { slug: '{{fields.title}}', create: true, summary: '{{title}}' },
  visits: {
    slug: "{{fields.date}}-{{fields.visitor.region | default('lembaga')}}-ke-{{fields.host}}",
    create: true,
    summary: '{{date}} · {{title}}',
  },
  followups: { slug: '{{fields.date}}-{{fields.commitment}}', create: true, summary: '{{date}} · {{visit}} · {{status}}' },
  news: { slug: '{{fields.date}}-{{fields.innovation}}', create: true, summary: '{{date}} · {{innovation}}' },
};

/** Which collection each reference kind points to; regions are the official list, not a collection. */
const RELATION_TARGETS = { innovations: 'innovations', playbooks: 'playbooks', visits: 'visits' } as const;

/** A union collapses to its first non-null branch, keeping the outer description and default. */
function unwrap(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (!branches) return schema;
  const branch = branches.find((b) => b.type !== 'null') ?? branches[0] ?? {};
  const inner = unwrap(branch);
  return { ...inner, description: schema.description ?? inner.description, default: schema.default ?? inner.default };
}

/** The JSON Schema of a collection as authors write it (input side: defaults make fields optional). */
export function collectionJsonSchema(name: CollectionName): JsonSchema {
  return unwrap(z.toJSONSchema(COLLECTIONS[name].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/** "Judul ringkas kunjungan. Lain-lain." → label "Judul ringkas kunjungan", hint "Lain-lain." */
function labelAndHint(key: string, description: string | undefined): { label: string; hint?: string } {
  const text = (description ?? '').trim();
  if (!text) return { label: key };
  // The first sentence is the label; a period inside "mis." or a number does not end it.
  const match = /^(.+?(?<!mis|dll|dsb|\d))\.(?:\s+(.*))?$/s.exec(text);
  const first = (match?.[1] ?? text).trim();
  const rest = match?.[2]?.trim();
  return { label: `${first} (${key})`, ...(rest ? { hint: rest } : {}) };
}

function vocabularyOptions(values: string[]): { label: string; value: string }[] {
  const labels = VOCABULARIES.find((v) => values.every((value) => value in v));
  return values.map((value) => ({ value, label: labels ? `${labels[value]} (${value})` : value }));
}

/** The 552 official regions as select options, e.g. "Kabupaten Katingan — Kalimantan Tengah". */
export function regionOptions(official: OfficialRegions): { label: string; value: string }[] {
  const provinceName = (r: OfficialRegion) => official.byCode.get(r.provinceCode)?.name ?? '';
  return official.list.map((r) => ({ value: r.slug, label: r.kind === 'provinsi' ? `${r.name} (provinsi)` : `${r.name} — ${provinceName(r)}` }));
}

interface Context {
  collection: CollectionName;
  regions: { label: string; value: string }[];
  references: Map<string, keyof typeof RELATION_TARGETS | 'regions'>;
}

/** A reference field: a searchable select of official regions, or a relation to another collection. */
function referenceField(field: CmsField, target: keyof typeof RELATION_TARGETS | 'regions', multiple: boolean, ctx: Context): CmsField {
  // Authors pick a name from a list; the slug it stands for is what the file stores.
  const base = { ...field, label: field.label.replace(/^Slug (\p{L})/u, (_, c: string) => c.toUpperCase()) };
  if (target === 'regions') return { ...base, widget: 'select', options: ctx.regions, ...(multiple ? { multiple: true } : {}) };
  return {
    ...base,
    widget: 'relation',
    collection: RELATION_TARGETS[target],
    search_fields: ['title'],
    value_field: '{{slug}}',
    display_fields: ['title'],
    options_length: 50,
    ...(multiple ? { multiple: true } : {}),
  };
}

function patternOf(schema: JsonSchema): [string, string] | undefined {
  if (!schema.pattern) return undefined;
  return [schema.pattern, `tulis sebagai ${PATTERN_LABELS.get(schema.pattern) ?? `pola ${schema.pattern}`}`];
}

/** Maps one schema property to a Decap field. `path` is the field path with "[]" for list items, as in REFERENCES. */
function toField(key: string, raw: JsonSchema, required: boolean, path: string, ctx: Context): CmsField {
  const schema = unwrap(raw);
  const item = schema.type === 'array' ? unwrap(schema.items ?? {}) : undefined;
  const { label, hint } = labelAndHint(key, schema.description ?? item?.description);
  const base: CmsField = {
    name: key,
    label,
    widget: 'string',
    ...(hint ? { hint } : {}),
    required,
    ...(schema.default !== undefined ? { default: schema.default } : {}),
  };
  const reference = ctx.references.get(path) ?? ctx.references.get(`${path}[]`);
  if (reference) return referenceField(base, reference, schema.type === 'array', ctx);

  if (schema.enum) return { ...base, widget: 'select', options: vocabularyOptions(schema.enum.map(String)) };
  switch (schema.type) {
    case 'string': {
      const pattern = patternOf(schema);
      return { ...base, ...(pattern ? { pattern } : {}) };
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        // zod writes MAX_SAFE_INTEGER for "no upper bound"; a form shows no maximum then.
        ...(schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? { max: schema.maximum } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'object': {
      // Decap validates an optional object's inner fields even when the author leaves it empty, so
      // a required field inside one would block every save; the content check still insists on it
      // once the author fills the object in.
      const fields = objectFields(schema, path, ctx);
      return { ...base, widget: 'object', collapsed: !required, fields: required ? fields : fields.map(optional) };
    }
    case 'array': {
      const min = schema.minItems ? { min: schema.minItems } : {};
      const it = item ?? {};
      if (it.enum) return { ...base, widget: 'select', multiple: true, options: vocabularyOptions(it.enum.map(String)), ...min };
      if (it.type === 'object') {
        const fields = objectFields(it, `${path}[]`, ctx);
        const first = fields.find((f) => f.widget === 'string' || f.widget === 'text');
        return { ...base, widget: 'list', collapsed: true, ...(first ? { summary: `{{fields.${first.name}}}` } : {}), fields, ...min };
      }
      return { ...base, widget: 'list', field: toField('butir', it, true, `${path}[]`, ctx), ...min };
    }
    default:
      throw new Error(`CMS: isian ${ctx.collection}.${path} berjenis ${JSON.stringify(schema.type)} yang belum dikenal pembuat formulir (src/cms/config.ts)`);
  }
}

function optional(field: CmsField): CmsField {
  return { ...field, required: false, ...(field.widget === 'object' && field.fields ? { fields: field.fields.map(optional) } : {}) };
}

function objectFields(schema: JsonSchema, prefix: string, ctx: Context): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, raw]) => toField(key, raw, required.has(key), prefix ? `${prefix}.${key}` : key, ctx));
}

/**
 * The body editor: Markdown only (files are written as .md, never MDX); raw HTML and code blocks
 * are left out of the toolbar because the content check refuses raw HTML in bodies.
 */
export const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Isi (teks halaman)',
  widget: 'markdown',
  hint: 'Tulis ringkasan dengan kalimat sederhana; hanya yang dikatakan sumber. Gambar disimpan di folder entri ini.',
  required: false,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
  // Decap refuses larger uploads in the picker; the content check re-checks every image file.
  media_library: { max_file_size: MAX_IMAGE_BYTES },
};

export function cmsCollection(name: CollectionName, official: OfficialRegions): CmsCollection {
  const references = new Map<string, keyof typeof RELATION_TARGETS | 'regions'>();
  for (const [path, target] of REFERENCES[name]) references.set(path, target);
  const schema = collectionJsonSchema(name);
  const ctx: Context = { collection: name, regions: regionOptions(official), references };
  const { slug, create, summary } = FILE_NAMES[name];
  // Images live beside the entry in content/<collection>/<entry-id>/ (the content check's rule):
  // the media folder is the entry's own file name, computed with the same template as the file.
  const mediaFolder = slug === '{{slug}}' ? '{{filename}}' : slug;
  return {
    name,
    label: TITLES[name].plural,
    label_singular: TITLES[name].singular,
    description: schema.description ?? '',
    folder: `content/${COLLECTIONS[name].folder}`,
    extension: 'md',
    format: 'frontmatter',
    create,
    slug,
    identifier_field: 'title' in (schema.properties ?? {}) ? 'title' : Object.keys(schema.properties ?? {})[0]!,
    summary,
    media_folder: mediaFolder,
    public_folder: mediaFolder,
    fields: [...objectFields(schema, '', ctx), BODY_FIELD],
  };
}

/** The whole configuration for one mode. */
export function cmsConfig(official: OfficialRegions, mode: CmsMode, site: string): CmsConfig {
  return {
    // Decap wants a git-host backend even when it edits through decap-server on the author's laptop.
    backend: mode.backend,
    ...(mode.kind === 'local' ? { local_backend: { url: mode.serverUrl } } : { publish_mode: 'editorial_workflow' as const }),
    locale: 'id',
    site_url: site,
    display_url: site,
    media_folder: 'content',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => cmsCollection(name, official)),
  };
}

/**
 * The production backend from the environment of the build, so one repository can publish to
 * GitHub, GitLab or a self-hosted Gitea without code changes. Unset: GitHub, and the page says
 * which variable to set.
 */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = (env.LINTAS_CMS_BACKEND ?? 'github') as CmsBackend['name'];
  if (!['github', 'gitlab', 'gitea'].includes(name)) throw new Error(`LINTAS_CMS_BACKEND harus github, gitlab atau gitea (tertulis: ${name})`);
  const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    name,
    repo: env.LINTAS_CMS_REPO ?? '',
    branch: env.LINTAS_CMS_BRANCH ?? 'main',
    ...optional('base_url', env.LINTAS_CMS_BASE_URL),
    ...optional('api_root', env.LINTAS_CMS_API_ROOT),
    ...optional('app_id', env.LINTAS_CMS_APP_ID),
    ...(name === 'gitlab' && env.LINTAS_CMS_APP_ID ? { auth_type: 'pkce' as const } : {}),
  } as CmsBackend;
}

/** Default API roots of the hosted services; self-hosted ones come from api_root. */
const API_ROOTS: Record<CmsBackend['name'], string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
  gitea: 'https://try.gitea.io/api/v1',
};

/**
 * The admin page's own Content-Security-Policy: Decap compiles its config validator at run time
 * ('unsafe-eval') and injects its styles (emotion, 'unsafe-inline'); it talks only to its backend.
 * Kept to /admin/: every other page keeps the site's strict hashed policy.
 */
export function adminCsp(config: CmsConfig): string {
  const origins = new Set<string>();
  const add = (url: string | undefined) => {
    if (!url) return;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // not a URL: nothing to allow
    }
  };
  if (config.local_backend) add(config.local_backend.url);
  else {
    add(config.backend.api_root ?? API_ROOTS[config.backend.name]);
    add(config.backend.base_url);
  }
  const remote = [...origins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${remote}`.trim(),
    `connect-src 'self' ${remote}`.trim(),
    "frame-src 'self' blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
