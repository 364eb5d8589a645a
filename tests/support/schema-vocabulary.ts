/**
 * schema.org's vocabulary as schema-dts states it (the same package that types src/lib/seo/), read
 * from its declaration file so a JSON-LD block can be checked at run time: every `@type` is a
 * schema.org type, and every property belongs to that type or one of its ancestors.
 *
 * schema-dts declares each type as `interface XBase extends YBase, ZBase { "prop"?: … }` plus a leaf
 * `interface XLeaf extends XBase { "@type": "X"; }`; types without properties of their own are
 * `type X = YLeaf`-style aliases of a parent's base, which the leaf's `extends` names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DTS = join(dirname(require.resolve('schema-dts/package.json')), 'dist', 'schema.d.ts');

interface Vocabulary {
  /** schema.org type → every property it may carry (own and inherited). */
  properties: Map<string, Set<string>>;
}

let cached: Vocabulary | undefined;

export function schemaVocabulary(): Vocabulary {
  if (cached) return cached;
  const text = readFileSync(DTS, 'utf8');
  const bases = new Map<string, { parents: string[]; own: string[] }>();
  for (const m of text.matchAll(/^(?:export )?interface (\w+Base) extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const parents = m[2]!.split(',').map((p) => p.trim()).filter((p) => p.endsWith('Base'));
    const own = [...m[3]!.matchAll(/^\s+"([^"@][^"]*)"\??:/gm)].map((p) => p[1]!);
    bases.set(m[1]!, { parents, own });
  }
  const all = (base: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(base)) return new Set();
    seen.add(base);
    const entry = bases.get(base);
    const out = new Set(entry?.own ?? []);
    for (const parent of entry?.parents ?? []) for (const p of all(parent, seen)) out.add(p);
    return out;
  };
  const properties = new Map<string, Set<string>>();
  for (const m of text.matchAll(/^export interface \w+Leaf extends (\w+Base) \{\s*"@type": "(\w+)";/gm)) {
    properties.set(m[2]!, all(m[1]!));
  }
  if (properties.size < 500 || !properties.get('Event')?.has('startDate')) throw new Error(`schema-dts declarations not understood (${properties.size} types)`);
  cached = { properties };
  return cached;
}

const KEYWORDS = new Set(['@context', '@type', '@id', '@graph']);

/** Problems with a JSON-LD value: unknown types, properties a type does not have, a wrong @context. */
export function vocabularyProblems(value: unknown, path = '$'): string[] {
  const { properties } = schemaVocabulary();
  if (Array.isArray(value)) return value.flatMap((v, i) => vocabularyProblems(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const problems: string[] = [];
  if ('@context' in node && node['@context'] !== 'https://schema.org') problems.push(`${path}: @context ${JSON.stringify(node['@context'])}`);
  const type = node['@type'];
  const allowed = typeof type === 'string' ? properties.get(type) : undefined;
  if (type !== undefined && !allowed) problems.push(`${path}: @type ${JSON.stringify(type)} is not a schema.org type`);
  if (type === undefined && !('@graph' in node)) problems.push(`${path}: node without @type`);
  for (const [key, v] of Object.entries(node)) {
    if (KEYWORDS.has(key)) {
      if (key === '@graph') problems.push(...vocabularyProblems(v, `${path}.@graph`));
      continue;
    }
    if (allowed && !allowed.has(key)) problems.push(`${path}: ${String(type)} has no property "${key}"`);
    problems.push(...vocabularyProblems(v, `${path}.${key}`));
  }
  return problems;
}
