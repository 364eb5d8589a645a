/**
 * `npm run docs`: writes docs/panduan-penulis/referensi-isian.md from the schemas' descriptions.
 * `npm run docs -- --check` only compares, and fails when the file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fieldReference } from '../lib/field-reference.ts';

export const REFERENCE_PATH = 'docs/panduan-penulis/referensi-isian.md';

const target = join(process.cwd(), REFERENCE_PATH);
const text = fieldReference();
if (process.argv.includes('--check')) {
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
