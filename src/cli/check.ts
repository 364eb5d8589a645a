/** `npm run check`: validates all content in one pass and lists every problem; warnings are listed but do not fail. */
import { formatProblems, formatWarnings } from '../lib/content-check.ts';
import { checkProject } from '../lib/content-files.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, warnings, content } = await checkProject(root);
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
// In Indonesian, like every line an author reads: "2 daerah, 5 inovasi, …".
const counts = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => `${content[name].size} ${COLLECTIONS[name].label}`);
console.log(`Konten valid: ${counts.join(', ')}${warnings.length ? ` (${warnings.length} catatan untuk dilengkapi)` : ''}.`);
