/**
 * The field reference for authors, generated from the zod schemas' `.describe()` texts so it
 * never drifts from what the content check accepts. Pure: returns Markdown; the CLI writes it.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { PATTERN_LABELS } from '../schemas/patterns.ts';
import { INDICATORS, indicatorMetadata, type IndicatorKey } from '../domain/indicators.ts';
import { OFFICIAL_LISTS, REGULATIONS, SECTOR_URUSAN, TAHAPAN, URUSAN, URUSAN_CODES, tahapanOf, urusanLabel } from '../domain/official-vocabulary.ts';
import { INNOVATION_STATUSES, SECTORS, type InnovationStatus, type Sector } from '../domain/vocabulary.ts';

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
  lines.push(...officialListsSection(), ...indicatorSection());
  return `${lines.join('\n')}\n`;
}

/** The official lists with the regulation each comes from and how it was checked. */
function officialListsSection(): string[] {
  const out = [
    '',
    '## Daftar resmi dan asal-usulnya',
    '',
    'Isian resmi memakai kata-kata yang sama dengan laporan Indeks Inovasi Daerah (IID) Kemendagri dan JIPPNas KemenPANRB.',
    'Di file ditulis kuncinya (kolom kiri); halaman dan ekspor IID menulis kata resminya (kolom kanan).',
    'Setiap daftar menyebut peraturan asalnya dan salinan yang dibaca untuk memeriksanya; yang belum dapat diperiksa dikatakan terus terang.',
  ];
  for (const list of Object.values(OFFICIAL_LISTS)) {
    const regulation = REGULATIONS[list.regulation];
    out.push('', `### ${list.field} — ${regulation.short}`, '', `Dasar: ${regulation.title}.`, '', `Pemeriksaan: ${regulation.checked}`, '');
    if (list === TAHAPAN) {
      out.push('Tahapan tidak ditulis: mengikuti `status` inovasi.', '', '| status | Tahapan IID |', '| --- | --- |');
      for (const status of Object.keys(INNOVATION_STATUSES) as InnovationStatus[]) {
        const t = tahapanOf(status);
        out.push(`| \`${status}\` | ${t ? TAHAPAN.values[t] : 'tidak ada (JIPPNas: berhenti/vakum)'} |`);
      }
      continue;
    }
    out.push('| Di file | Kata resmi |', '| --- | --- |');
    const values = list.values as Record<string, string>;
    for (const key of list === URUSAN ? URUSAN_CODES : Object.keys(values)) out.push(`| \`${/^\d/.test(key) ? `"${key}"` : key}\` | ${cell(values[key]!)} |`);
  }
  out.push('', '### Sektor Lintas dan urusan', '', 'Pemetaan Lintas sendiri, hanya sebagai saran di halaman inovasi yang urusannya belum dicatat; tidak pernah ditulis ke isian `iid.urusan`.', '', '| Sektor | Urusan yang berpadanan |', '| --- | --- |');
  for (const [sector, codes] of Object.entries(SECTOR_URUSAN) as [Sector, readonly string[]][]) {
    out.push(`| \`${sector}\` (${SECTORS[sector]}) | ${codes.length ? codes.map((c) => urusanLabel(c as never)).join('; ') : 'tidak ada (bentuk inovasi atau fungsi penunjang yang sub-kodenya belum diperiksa)'} |`);
  }
  return out;
}

/** The indicator catalogue with its metadata in the style of BPS's MS-Ind, and the BPS crosswalk rule. */
function indicatorSection(): string[] {
  const out = [
    '',
    '## Katalog indikator (metadata gaya MS-Ind BPS)',
    '',
    'Kunci `indicators[].key` pada profil daerah. Tahun dan sumber setiap angka ditulis pada angkanya; lisensi sumber pada `sources[].licence`.',
    '',
    '| Kunci | Nama | Definisi | Satuan | Periodisitas | Level estimasi |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const key of Object.keys(INDICATORS) as IndicatorKey[]) {
    const m = indicatorMetadata(key);
    out.push(`| \`${key}\` | ${cell(INDICATORS[key].label)} | ${cell(m.definisi)} | ${cell(m.satuan)} | ${cell(m.periodisitas)} | ${cell(m.levelEstimasi)} |`);
  }
  out.push(
    '',
    '## Kode wilayah BPS',
    '',
    'Kunci setiap daerah di Lintas adalah kode Kemendagri. Kode BPS berbeda (kode provinsi-provinsi Papua dilaporkan bertabrakan; belum diperiksa terhadap tabel BPS),',
    'sehingga angka BPS hanya digabungkan lewat tabel padanan eksplisit berversi (`data/bps-crosswalk.json`, aturan di `src/domain/region-crosswalk.ts`):',
    'kode yang tampak sama tidak pernah dianggap padan, satu daerah satu padanan, dan setiap tabel menyebut sumber dan lisensinya. Tabel itu kini masih kosong.',
  );
  return out;
}
