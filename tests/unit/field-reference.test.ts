import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/lib/field-reference.ts';
import { ROOT } from '../fixtures/content.ts';

describe('the field reference for authors', () => {
  it('is up to date with the schemas (run `npm run docs` after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'docs/panduan-penulis/referensi-isian.md'), 'utf8')).toBe(fieldReference());
  });

  it('lists nested fields with their descriptions and choices', () => {
    const text = fieldReference();
    expect(text).toContain('| `delegation.leader.role` | wajib | teks | Jabatan, mis. "Bupati Katingan". |');
    expect(text).toMatch(/`commitments\[\]\.status` \| tidak \| pilihan: `niat`, `direncanakan`/);
    expect(text).toContain('| `code` | wajib | kode dalam tanda kutip');
  });

  it('describes every field: no row falls back to "—" (README: every field described)', () => {
    const rows = fieldReference().split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((line) => line.endsWith('| — |'))).toEqual([]);
  });
});
