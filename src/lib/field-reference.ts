/**
 * The field reference for authors, generated from the zod schemas' `.describe()` texts so it
 * never drifts from what the content check accepts. Pure: returns Markdown; the CLI writes it.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { PATTERN_LABELS } from '../schemas/patterns.ts';

/** A JSON Schema node as generated from the zod schemas, as much of it as our readers (this module, src/cms) use. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  default?: unknown;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface Row {
  path: string;
  required: boolean;
  kind: string;
  description: string;
}

/** A union (anyOf/oneOf) collapses to its first non-null branch: enough for a reference table. */
function unwrap(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (!branches) return schema;
  const branch = branches.find((b) => b.type !== 'null') ?? branches[0] ?? {};
  return { ...unwrap(branch), description: schema.description ?? branch.description };
}

function kindOf(schema: JsonSchema): string {
  if (schema.enum) return `pilihan: ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  const pattern = schema.pattern && PATTERN_LABELS.get(schema.pattern);
  if (pattern) return pattern;
  if (schema.format === 'uri') return 'alamat web lengkap (https://…)';
  switch (schema.type) {
    case 'string':
      return 'teks';
    case 'integer':
      return 'bilangan bulat';
    case 'number':
      return 'angka';
    case 'boolean':
      return '`true` atau `false`';
    case 'object':
      return 'kelompok isian (di bawah)';
    case 'array': {
      const item = unwrap(schema.items ?? {});
      const min = schema.minItems ? `, minimal ${schema.minItems}` : '';
      return item.type === 'object' ? `daftar butir (di bawah)${min}` : `daftar ${kindOf(item)}${min}`;
    }
    default:
      return 'apa saja';
  }
}

function rows(schema: JsonSchema, prefix: string, out: Row[]): void {
  const required = new Set(schema.required ?? []);
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const field = unwrap(raw);
    const path = prefix ? `${prefix}.${key}` : key;
    const item = field.type === 'array' ? unwrap(field.items ?? {}) : undefined;
    const description = field.description ?? item?.description ?? '';
    const defaultNote = field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0) ? ` Bawaan: \`${JSON.stringify(field.default)}\`.` : '';
    out.push({ path, required: required.has(key), kind: kindOf(field), description: `${description}${defaultNote}`.trim() });
    if (field.type === 'object') rows(field, path, out);
    if (item?.type === 'object') rows(item, `${path}[]`, out);
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const REFERENCE_TITLES: Record<CollectionName, string> = {
  regions: 'Profil daerah',
  innovations: 'Inovasi',
  playbooks: 'Panduan',
  visits: 'Kunjungan',
  followups: 'Kabar lanjutan komitmen',
  news: 'Kabar inovasi',
} as Record<CollectionName, string>;

/** The whole reference page, one section per collection. */
export function fieldReference(): string {
  const lines = [
    '# Referensi isian',
    '',
    '<!-- Dibuat otomatis oleh `npm run docs` dari keterangan (.describe) skema di src/schemas/. Jangan disunting tangan. -->',
    '',
    'Daftar semua isian frontmatter per jenis entri, dibuat dari skema yang juga dipakai `npm run check`,',
    'sehingga selalu sama dengan yang diperiksa. Cara menulis entri: [Panduan penulis](../panduan-penulis.md).',
    '',
    'Penulisan: `a.b` adalah isian `b` di dalam kelompok `a`; `a[].b` adalah isian `b` pada setiap butir daftar `a`.',
    'Isian yang tidak wajib boleh dihapus seluruhnya.',
  ];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { schema, folder } = COLLECTIONS[name];
    const json = unwrap(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const out: Row[] = [];
    rows(json, '', out);
    lines.push('', `## ${REFERENCE_TITLES[name] ?? name} — \`content/${folder}/\``, '');
    if (json.description) lines.push(json.description, '');
    lines.push('| Isian | Wajib | Jenis | Keterangan |', '| --- | --- | --- | --- |');
    for (const row of out) {
      lines.push(`| \`${row.path}\` | ${row.required ? 'wajib' : 'tidak'} | ${cell(row.kind)} | ${cell(row.description || '—')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
