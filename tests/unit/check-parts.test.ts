/**
 * The parts the content check and the commands share: the one frontmatter walker, the patterns
 * defined once, zod's Indonesian messages handed to each parse (never set globally), and the
 * command-line reader that checks flags with zod.
 */
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagValue, readFlags, UserError } from '../../src/cli/flags.ts';
import { checkContent, type RawEntry } from '../../src/lib/check/index.ts';
import { walkValues, type FieldPath } from '../../src/lib/check/walk.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN, PATTERN_LABELS, REGION_CODE_PATTERN, SLUG_PATTERN } from '../../src/schemas/patterns.ts';
import { commitmentStatus } from '../../src/schemas/visit.ts';

describe('walkValues, the one walker over frontmatter', () => {
  const data = { title: 'T', sources: [{ id: 's', title: 'S' }], commitments: [{ text: 'a', source: 's' }] };

  it('visits every value with its path, in the order written', () => {
    const seen: [string, unknown][] = [];
    walkValues(data, (value, path) => void (typeof value === 'string' && seen.push([path.join('.'), value])));
    expect(seen).toEqual([
      ['title', 'T'],
      ['sources.0.id', 's'],
      ['sources.0.title', 'S'],
      ['commitments.0.text', 'a'],
      ['commitments.0.source', 's'],
    ]);
  });

  it('skips what is inside a value for which the visitor returns false', () => {
    const paths: FieldPath[] = [];
    walkValues(data, (_value, path) => {
      paths.push(path);
      return path[0] !== 'sources';
    });
    expect(paths.map((p) => p.join('.'))).toEqual(['', 'title', 'sources', 'commitments', 'commitments.0', 'commitments.0.text', 'commitments.0.source']);
  });
});

describe('patterns, defined once in src/schemas/patterns.ts', () => {
  const patternsIn = (node: unknown): string[] => {
    const found: string[] = [];
    walkValues(node, (value, path) => void (path[path.length - 1] === 'pattern' && typeof value === 'string' && found.push(value)));
    return found;
  };

  it('name in words every pattern the schemas publish, so the field reference and the form never show a bare regex', () => {
    const used = new Set(Object.values(COLLECTIONS).flatMap(({ schema }) => patternsIn(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))));
    expect([...used].sort()).toEqual([ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN, REGION_CODE_PATTERN, SLUG_PATTERN].map((p) => p.source).sort());
    for (const pattern of used) expect(PATTERN_LABELS.get(pattern), pattern).toBeTruthy();
  });
});

describe("zod's Indonesian messages", () => {
  let official: OfficialRegions;
  beforeAll(async () => {
    official = await loadOfficialRegions();
  });

  it('are not switched on for everyone by importing the schemas', () => {
    // The schemas are imported above; a parse of another schema keeps zod's own (English) wording.
    expect(Object.keys(COLLECTIONS)).toContain('visits');
    expect(z.strictObject({ a: z.boolean() }).safeParse({ a: 'ya' }).error?.issues[0]?.message).toBe('Invalid input: expected boolean, received string');
  });

  it('still reach the author through the content check, for issues the schemas word no message for', () => {
    const text = [
      '---',
      'title: Inovasi',
      'host: kabupaten-banyuwangi',
      'summary: Ringkas.',
      'sectors: [pelayanan-publik]',
      'status: berjalan',
      'lastVerified: 2020-01-01',
      'approach:',
      '  - text: Cara.',
      '    source: s',
      'results:',
      '  - label: Layanan',
      '    value: 10',
      '    unit: layanan',
      '    year: 2019',
      '    approximate: ya',
      '    source: s',
      'sources:',
      '  - id: s',
      '    title: S',
      '    date: 2020-01-01',
      '---',
      'Isi.',
    ].join('\n');
    const entry: RawEntry = { collection: 'innovations', file: 'content/innovations/inovasi-banyuwangi.md', text };
    const { problems } = checkContent([entry], official, { today: '2026-01-01' });
    expect(problems).toEqual([expect.objectContaining({ field: 'results[0].approximate', message: 'Input tidak valid: diharapkan boolean, diterima string' })]);
  });
});

describe('readFlags: a command line checked by a zod schema', () => {
  const FLAGS = z.strictObject({ date: z.string().optional(), innovation: z.array(z.string()).optional(), check: z.boolean().default(false), port: z.string().regex(/^\d+$/).optional() });
  const fails = (args: string[], max = 0) => {
    try {
      readFlags(args, FLAGS, { maxPositionals: max });
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as Error).message;
    }
    throw new Error(`accepted: ${args.join(' ')}`);
  };

  it('types each flag from its schema: a value, a repeatable list, a switch with its default', () => {
    expect(readFlags(['visit', '--date', '2021-06', '--innovation', 'a', '--innovation', 'b'], FLAGS, { maxPositionals: 1 })).toEqual({
      flags: { date: '2021-06', innovation: ['a', 'b'], check: false },
      positionals: ['visit'],
    });
    expect(readFlags(['--check'], FLAGS).flags.check).toBe(true);
  });

  it('says in Indonesian what is wrong: an unknown flag, a flag without its value, a stray word, a value the schema refuses', () => {
    expect(fails(['--chek'])).toBe('opsi tidak dikenal: --chek');
    expect(fails(['--date'])).toContain('opsi --date perlu nilai');
    expect(fails(['visit', 'Judul', 'panjang'], 2)).toContain('kata tak terduga: panjang');
    expect(fails(['--port', 'delapan'])).toMatch(/^--port: /);
  });

  it("checks a value with a schema's own field type, with the caller's message", () => {
    expect(flagValue(commitmentStatus, 'diadopsi', 'x')).toBe('diadopsi');
    expect(() => flagValue(commitmentStatus, 'selesai', '--status "selesai" tidak dikenal')).toThrow('--status "selesai" tidak dikenal');
  });
});
