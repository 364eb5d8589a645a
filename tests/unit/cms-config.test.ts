/**
 * The CMS form is generated from the schemas; these tests fail when the two drift apart: a field
 * the schema has and the form lacks (or the reverse), a required field shown as optional, a
 * vocabulary or pattern that differs, a reference that is not a list of names.
 */
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminCsp, backendFromEnv, cmsConfig, FILE_NAMES, type CmsConfig, type CmsField } from '../../src/cms/config.ts';
import { adminFiles } from '../../src/cms/admin.ts';
import { REFERENCES } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { SECTORS } from '../../src/domain/vocabulary.ts';

interface Leaf {
  required: boolean;
  enum?: string[];
  pattern?: string;
}
type Json = { type?: string; properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: unknown[]; pattern?: string; anyOf?: Json[] };

const plain = (s: Json): Json => (s.anyOf ? plain(s.anyOf.find((b) => b.type !== 'null') ?? {}) : s);

/** Every field path of a schema, read independently of the generator, with what the form must reproduce. */
function schemaPaths(schema: Json, prefix = '', parentRequired = true, out = new Map<string, Leaf>()): Map<string, Leaf> {
  const required = new Set(schema.required ?? []);
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const s = plain(raw);
    const path = prefix ? `${prefix}.${key}` : key;
    const item = s.type === 'array' ? plain(s.items ?? {}) : undefined;
    out.set(path, {
      required: parentRequired && required.has(key),
      ...(s.enum ? { enum: s.enum.map(String) } : item?.enum ? { enum: item.enum.map(String) } : {}),
      ...(s.pattern ? { pattern: s.pattern } : {}),
    });
    if (s.type === 'object') schemaPaths(s, path, parentRequired && required.has(key), out);
    if (item?.type === 'object') schemaPaths(item, `${path}[]`, true, out);
  }
  return out;
}

function formPaths(fields: CmsField[], prefix = '', out = new Map<string, Leaf & { field: CmsField }>()): Map<string, Leaf & { field: CmsField }> {
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    out.set(path, {
      field: f,
      required: f.required !== false,
      ...(f.options && f.widget === 'select' && f.options.length < 100 ? { enum: f.options.map((o) => o.value) } : {}),
      ...(f.pattern ? { pattern: f.pattern[0] } : {}),
    });
    if (f.widget === 'object' && f.fields) formPaths(f.fields, path, out);
    if (f.widget === 'list' && f.fields) formPaths(f.fields, `${path}[]`, out);
  }
  return out;
}

let official: OfficialRegions;
let config: CmsConfig;
beforeAll(async () => {
  official = await loadOfficialRegions();
  config = cmsConfig(official, { kind: 'production', backend: backendFromEnv({ LINTAS_CMS_REPO: 'contoh/lintas' }) }, 'https://lintas.example.id');
});

describe('the CMS form follows the schemas', () => {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    it(`${name}: same fields, required-ness, choices and patterns as the schema`, () => {
      const collection = config.collections.find((c) => c.name === name)!;
      expect(collection.folder).toBe(`content/${COLLECTIONS[name].folder}`);
      expect(collection.extension).toBe('md');
      const json = plain(z.toJSONSchema(COLLECTIONS[name].schema, { io: 'input', unrepresentable: 'any' }) as Json);
      const expected = schemaPaths(json);
      const form = formPaths(collection.fields);
      expect(form.get('body')?.field.widget).toBe('markdown');
      form.delete('body');
      const refs = new Set(REFERENCES[name].map(([path]) => path.replace(/\[\]$/, '')));
      expect([...form.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [path, leaf] of expected) {
        const got = form.get(path)!;
        expect(got.required, `${name}.${path} required`).toBe(leaf.required);
        if (leaf.enum) expect(got.enum, `${name}.${path} choices`).toEqual(leaf.enum);
        if (leaf.pattern && !refs.has(path)) expect(got.pattern, `${name}.${path} pattern`).toBe(leaf.pattern);
        expect(got.field.label.length, `${name}.${path} label`).toBeGreaterThan(0);
      }
    });
  }

  it('references: every region is a searchable list of all 552 official regions; innovations and playbooks are relations', () => {
    for (const [name, refs] of Object.entries(REFERENCES) as [CollectionName, [string, string][]][]) {
      const form = formPaths(config.collections.find((c) => c.name === name)!.fields);
      for (const [path, target] of refs) {
        const field = form.get(path.replace(/\[\]$/, ''))!.field;
        if (target === 'regions') {
          expect(field.widget, `${name}.${path}`).toBe('select');
          expect(field.options).toHaveLength(552);
          expect(field.options!.map((o) => o.value)).toEqual(official.list.map((r) => r.slug));
        } else {
          expect(field, `${name}.${path}`).toMatchObject({ widget: 'relation', collection: target, value_field: '{{slug}}' });
        }
      }
    }
  });

  it('vocabulary choices carry the words readers see', () => {
    const innovations = formPaths(config.collections.find((c) => c.name === 'innovations')!.fields);
    const sectors = innovations.get('sectors')!.field;
    expect(sectors).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(sectors.options).toContainEqual({ value: 'tik', label: `${SECTORS.tik} (tik)` });
  });

  it('labels and hints come from the schema descriptions', () => {
    const visits = formPaths(config.collections.find((c) => c.name === 'visits')!.fields);
    expect(visits.get('title')!.field.label).toBe('Judul ringkas kunjungan (title)');
    expect(visits.get('host')!.field.label).toBe('Daerah tuan rumah (host)');
    expect(visits.get('commitments[].status')!.field.hint).toMatch(/content\/followups/);
  });

  it('nested lists keep their own fields: commitments, stages and sources', () => {
    const visits = formPaths(config.collections.find((c) => c.name === 'visits')!.fields);
    const playbooks = formPaths(config.collections.find((c) => c.name === 'playbooks')!.fields);
    expect(visits.get('commitments')!.field.widget).toBe('list');
    expect(visits.get('sources')!.field).toMatchObject({ widget: 'list', min: 1 });
    expect(playbooks.get('stages[].citations')!.field).toMatchObject({ widget: 'list', min: 1 });
    expect(playbooks.get('stages[].steps')!.field).toMatchObject({ widget: 'list', field: { widget: 'string' } });
  });

  it('files are named as the content check wants: visits and follow-ups date first, images beside the entry', () => {
    const visits = config.collections.find((c) => c.name === 'visits')!;
    expect(visits.slug).toBe(FILE_NAMES.visits.slug);
    expect(visits.slug.startsWith('{{fields.date}}-')).toBe(true);
    expect(visits.slug).toContain('-ke-{{fields.host}}');
    expect(visits.media_folder).toBe(visits.slug);
    for (const name of ['followups', 'news'] as const) expect(config.collections.find((c) => c.name === name)!.slug.startsWith('{{fields.date}}-')).toBe(true);
  });

  it('production uses the editorial workflow on the configured git host; local editing uses decap-server', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'contoh/lintas', branch: 'main' });
    const gitea = backendFromEnv({ LINTAS_CMS_BACKEND: 'gitea', LINTAS_CMS_REPO: 'pemda/lintas', LINTAS_CMS_API_ROOT: 'https://git.pemda.go.id/api/v1', LINTAS_CMS_BASE_URL: 'https://git.pemda.go.id' });
    const self = cmsConfig(official, { kind: 'production', backend: gitea }, 'https://lintas.example.id');
    expect(adminCsp(self)).toContain("connect-src 'self' https://git.pemda.go.id");
    const local = cmsConfig(official, { kind: 'local', serverUrl: 'http://localhost:8081/api/v1', backend: gitea }, 'https://x.example');
    expect(local.publish_mode).toBeUndefined();
    expect(local.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
    expect(() => backendFromEnv({ LINTAS_CMS_BACKEND: 'svn' })).toThrow(/github, gitlab atau gitea/);
  });

  it('/admin/ carries Decap from npm and its own CSP; nothing from a CDN', () => {
    const files = adminFiles(official, { kind: 'production', backend: backendFromEnv({}) }, 'https://lintas.example.id');
    const names = files.map((f) => f.path);
    expect(names).toEqual(expect.arrayContaining(['index.html', 'config.yml', 'decap-cms.js', 'lintas-cms.js', 'preview.css']));
    const html = String(files.find((f) => f.path === 'index.html')!.read());
    expect(html).toContain("script-src 'self' 'unsafe-eval'");
    expect(html).not.toMatch(/src="https?:/);
    expect(JSON.parse(String(files.find((f) => f.path === 'config.yml')!.read())).collections).toHaveLength(Object.keys(COLLECTIONS).length);
  });
});
