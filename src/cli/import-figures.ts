/**
 * `npm run data:import [-- <folder>]`: reads penduduk.csv and luas.csv (Kepmendagri 300.2.2-2138
 * Tahun 2025, see the folder's README), reconciles every row with the official region list and
 * writes data/kepmendagri-2025.json, which is committed: the build reads only that file.
 * The folder defaults to ../shared/data/kepmendagri-2025 next to the project.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { FIGURES_FILE, loadOfficialRegions } from '../lib/official-regions.ts';
import { formatImportProblems, reconcileFigures } from '../lib/official-figures.ts';
import { UserError, readFlags } from './flags.ts';
import { z } from 'astro/zod';

const root = process.cwd();
let given: string | undefined;
try {
  // No flags; one optional word: the folder holding penduduk.csv and luas.csv.
  given = readFlags(process.argv.slice(2), z.strictObject({}), { maxPositionals: 1 }).positionals[0];
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`${error.message}\n\nPemakaian: npm run data:import [-- <folder>]`);
  process.exit(1);
}
const folder = resolve(root, given ?? '../shared/data/kepmendagri-2025');
const read = (name: string) => {
  const path = join(folder, name);
  const text = readFileSync(path, 'utf8');
  return { file: `${basename(folder)}/${name}`, text, sha256: createHash('sha256').update(text).digest('hex') };
};
const population = read('penduduk.csv');
const area = read('luas.csv');
// Regions as idn-area-data has them; figures are not attached yet, so this does not read the file we write.
const official = await loadOfficialRegions({ withFigures: false });
const { result, problems, notes } = reconcileFigures({ population, area }, new Map(official.list.map((r) => [r.code, r.name])));
for (const note of notes) console.log(note);
if (!result) {
  console.error(formatImportProblems(problems));
  process.exit(1);
}
result.provenance.inputs = [
  { ...result.provenance.inputs[0]!, sha256: population.sha256 },
  { ...result.provenance.inputs[1]!, sha256: area.sha256 },
];
// One region per line: readable in a diff when a future decree changes a few rows.
const { regions, ...head } = result;
const body = JSON.stringify(head, null, 1).replace(/\n}$/, `,\n "regions": [\n${regions.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]\n}`);
writeFileSync(join(root, FIGURES_FILE), `${body}\n`);
console.log(`${result.regions.length} wilayah cocok (${result.regions.filter((r) => r.code.length === 2).length} provinsi), baris nasional dikenali; ditulis ke ${FIGURES_FILE}.`);
