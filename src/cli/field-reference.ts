/**
 * `npm run docs`: writes docs/panduan-penulis/referensi-isian.md from the schemas' descriptions.
 * `npm run docs -- --check` only compares, and fails when the file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { fieldReference } from '../lib/field-reference.ts';
import { UserError, readFlags } from './flags.ts';

export const REFERENCE_PATH = 'docs/panduan-penulis/referensi-isian.md';

let check: boolean;
try {
  check = readFlags(process.argv.slice(2), z.strictObject({ check: z.boolean().default(false) })).flags.check;
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`${error.message}\n\nPemakaian: npm run docs [-- --check]`);
  process.exit(1);
}
const target = join(process.cwd(), REFERENCE_PATH);
const text = fieldReference();
if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${REFERENCE_PATH} tidak sesuai skema; jalankan: npm run docs`);
    process.exit(1);
  }
  console.log(`${REFERENCE_PATH} sesuai skema.`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(REFERENCE_PATH);
}
