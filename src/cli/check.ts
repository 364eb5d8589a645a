/** `npm run check [-- <folder>]`: validates all content in one pass and lists every problem; warnings are listed but do not fail. */
import { z } from 'astro/zod';
import { checkProject, formatProblems, formatWarnings } from '../lib/check/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { UserError, readFlags } from './flags.ts';

let root: string;
try {
  // No flags; one optional word: the project folder (default: the current one).
  root = readFlags(process.argv.slice(2), z.strictObject({}), { maxPositionals: 1 }).positionals[0] ?? process.cwd();
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`${error.message}\n\nPemakaian: npm run check [-- <folder proyek>]`);
  process.exit(1);
}
const { problems, warnings, content } = await checkProject(root);
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
// In Indonesian, like every line an author reads: "2 daerah, 5 inovasi, …".
const counts = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => `${content[name].size} ${COLLECTIONS[name].label}`);
console.log(`Konten valid: ${counts.join(', ')}${warnings.length ? ` (${warnings.length} catatan untuk dilengkapi)` : ''}.`);
