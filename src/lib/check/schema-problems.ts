/**
 * An entry against its collection's schema, as the author reads it: each zod issue becomes a
 * problem with the field's path and a fix. The frontmatter is validated twice, as read by the check
 * (YAML core schema) and as Astro will read it, so what only Astro would trip over is reported too.
 */
import type { z } from 'astro/zod';
import { isRealIsoDate } from '../../domain/dates.ts';
import { COMMITMENT_STATUSES, COST_BASES, FUNDING_SOURCES, INNOVATION_STATUSES, SECTORS, VISIT_TYPES } from '../../domain/vocabulary.ts';
import { BENTUK, EVIDENCE_KINDS, INISIATOR, JENIS, REPLICATION_STAGES } from '../../domain/official-vocabulary.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { WEB_URL_HINT } from '../../schemas/common.ts';
import { indonesianErrors } from '../../schemas/messages.ts';
import { ISO_DATE_PATTERN } from '../../schemas/patterns.ts';
import { suggest } from './suggest.ts';
import type { Problem } from './types.ts';
import { fieldPath, valueAtPath } from './walk.ts';

const VOCABULARIES: Record<string, string>[] = [
  COMMITMENT_STATUSES, INNOVATION_STATUSES, SECTORS,
  BENTUK.values, JENIS.values, INISIATOR.values, EVIDENCE_KINDS.values, REPLICATION_STAGES.values, VISIT_TYPES, FUNDING_SOURCES, COST_BASES,
];

export const FIELD_REFERENCE = 'docs/panduan-penulis/referensi-isian.md';

/** What to write instead, for a schema issue: every problem an author sees comes with a fix. */
function schemaHint(issue: z.core.$ZodIssue, field: string): string {
  const last = issue.path[issue.path.length - 1];
  const inFigure = issue.path.some((key) => key === 'results' || key === 'indicators');
  const input: unknown = issue.input;
  // A schema rule that knows its own fix says so (e.g. "diadopsi" without evidence).
  if (issue.code === 'custom' && typeof issue.params?.hint === 'string') return issue.params.hint;
  if (issue.code === 'invalid_type' && input === undefined) {
    if (inFigure && last === 'year') return 'setiap angka wajib bertahun: tulis year: tahun datanya; bila sumber tidak menyebutnya, tulis tahun terbit sumber dan yearBasis: terbit';
    if (last === 'source') return 'setiap fakta wajib mengutip sumber: tulis source: dengan kunci id dari daftar sources entri ini';
    return `tambahkan isian ${String(last ?? field)}; keterangannya ada di ${FIELD_REFERENCE}`;
  }
  if (last === 'url') return WEB_URL_HINT;
  if (last === 'value' && typeof input === 'number') {
    if (input < 0) return 'tulis besarnya saja (tanpa tanda minus) dan jelaskan arahnya pada label, mis. "Penurunan angka kemiskinan"';
    return 'periksa angkanya: tulis angka lengkap tanpa titik ribuan dan tanpa notasi e, mis. 167000';
  }
  if (last === 'code' && typeof input === 'number') {
    return `tulis dengan tanda kutip: code: "${Number.isInteger(input) ? String(input).padStart(2, '0') : input.toFixed(2)}"`;
  }
  if (typeof input === 'string' && ISO_DATE_PATTERN.test(input) && !isRealIsoDate(input)) {
    return 'periksa hari dan bulannya (Februari paling banyak 29 hari; April, Juni, September dan November 30 hari); tulis TTTT-BB-HH';
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const options = issue.values.map(String);
    const labels = VOCABULARIES.find((v) => options.every((o) => o in v));
    const listed = labels ? options.map((o) => `${o} (${labels[o]})`).join(', ') : options.join(', ');
    return suggest(input, options) ?? `tulis salah satu pilihan persis seperti ini: ${listed}`;
  }
  return `lihat keterangan isian ${field || 'entri ini'} di ${FIELD_REFERENCE}`;
}

/**
 * A problem only Astro's reading of the YAML has: almost always an unquoted date-like text
 * (title: 2019-07-02, id: 2019-08-05) that Astro turns into a date.
 */
function astroIssueToProblem(file: string, issue: z.core.$ZodIssue, coreData: unknown, astroData: unknown): Problem {
  const field = fieldPath(issue.path);
  const written = valueAtPath(coreData, issue.path);
  const last = String(issue.path[issue.path.length - 1] ?? field);
  if (valueAtPath(astroData, issue.path) instanceof Date) {
    return { file, field, message: `Astro membaca ${String(written)} sebagai tanggal, bukan teks`, hint: `tulis dalam tanda kutip: ${last}: "${String(written)}"` };
  }
  return { file, field, message: `Astro membaca isian ini berbeda (${issue.message})`, hint: `tulis nilainya dalam tanda kutip: ${last}: "${String(written)}"` };
}

function issueToProblem(file: string, issue: z.core.$ZodIssue): Problem {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { file, field, message: `isian tidak dikenal: ${issue.keys.join(', ')}`, hint: `periksa ejaan nama isian; daftar isian ada di ${FIELD_REFERENCE}` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { file, field, message: 'wajib diisi', hint: schemaHint(issue, field) };
  }
  return { file, field, message: issue.message, hint: schemaHint(issue, field) };
}

/**
 * Problems of an entry against its collection's schema, and the entry as the schema returns it when
 * both readings are valid (undefined otherwise).
 */
export function schemaProblems(collection: CollectionName, file: string, data: unknown, astroData: unknown): { problems: Problem[]; valid?: unknown } {
  // reportInput keeps the offending value on each issue, so messages can say "62.06 is a number".
  const params = { reportInput: true, error: indonesianErrors };
  const schema = COLLECTIONS[collection].schema;
  const result = schema.safeParse(data, params);
  const issues = result.success ? [] : result.error.issues;
  const problems = issues.map((issue) => issueToProblem(file, issue));
  // What Astro's build will see: only problems not already reported (an unquoted date in a text field).
  const astroResult = schema.safeParse(astroData, params);
  const reported = new Set(issues.map((issue) => fieldPath(issue.path)));
  const astroIssues = astroResult.success ? [] : astroResult.error.issues.filter((issue) => !reported.has(fieldPath(issue.path)));
  // A date where text belongs is the cause; what follows from it (a source key no longer found) is not reported again.
  const atDates = astroIssues.filter((issue) => valueAtPath(astroData, issue.path) instanceof Date);
  problems.push(...(atDates.length ? atDates : astroIssues).map((issue) => astroIssueToProblem(file, issue, data, astroData)));
  return { problems, valid: result.success && astroIssues.length === 0 ? result.data : undefined };
}
