/**
 * Scaffold placeholders still in an entry. `npm run new` writes PLACEHOLDER where the author must
 * still fill something in; a value containing it passes the schema, so a fresh entry builds, but it
 * is listed as a warning until replaced. `# ISI:` comment lines are the scaffolder's instructions.
 */
import type { ParsedEntry } from './frontmatter.ts';
import type { Problem } from './types.ts';
import { fieldPath, walkValues } from './walk.ts';

export const PLACEHOLDER = '[ISI]';
export const TODO_COMMENT = '# ISI:';

/** Values containing [ISI], a body containing it, and `# ISI:` instruction lines (with their file lines). */
export function placeholderWarnings(file: string, { data, body, raw, frontmatterLine }: ParsedEntry): Problem[] {
  const warnings: Problem[] = [];
  walkValues(data, (value, path) => {
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) {
      warnings.push({ file, field: fieldPath(path), message: `masih berisi teks contoh: ${value}`, hint: 'ganti dengan isi sebenarnya menurut sumber, atau hapus isian yang tidak wajib' });
    }
  });
  if (body.includes(PLACEHOLDER)) warnings.push({ file, field: 'body', message: 'isi tulisan masih berisi teks contoh [ISI]', hint: 'tulis isi entri menurut sumber, lalu hapus paragraf [ISI]' });
  const lines = raw
    .split(/\r?\n/)
    .map((line, i) => (line.trim().startsWith(TODO_COMMENT) ? i + frontmatterLine - 1 : 0))
    .filter((n) => n > 0);
  if (lines.length) {
    warnings.push({
      file,
      field: '',
      message: `masih ada ${lines.length} petunjuk "${TODO_COMMENT}" (baris ${lines.join(', ')})`,
      hint: 'periksa isian di bawah tiap petunjuk, lalu hapus baris petunjuknya',
    });
  }
  return warnings;
}
