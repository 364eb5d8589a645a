/**
 * IID export and import against a project on disk, shared by `npm run iid:export`,
 * `npm run iid:import` and the tests: read and check the content, build the site model, and for an
 * import write the drafts, check the whole project again and take every draft back out if the
 * check refuses anything. Nothing unchecked lands.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { checkProject, type CheckResult, type Problem } from './check/index.ts';
import { CONTENT_DIR } from './content-location.ts';
import { importIid, iidRows, type Draft, type IidRow, type ImportDefaults, type ImportProblem } from './iid.ts';
import { buildModel, type Model } from './model.ts';
import { loadOfficialRegions } from './official-regions.ts';

/** The site model over checked content, as src/lib/site.ts builds it from the collections. */
export async function modelOfChecked(content: CheckResult['content']): Promise<Model> {
  const entries = <T>(map: Map<string, T>) => [...map].map(([id, data]) => ({ id, data }));
  return buildModel({
    official: await loadOfficialRegions(),
    regions: entries(content.regions),
    innovations: entries(content.innovations),
    playbooks: entries(content.playbooks),
    visits: entries(content.visits),
    followups: entries(content.followups),
    news: entries(content.news),
  });
}

/** A project's innovations as IID rows; refuses content the check refuses. */
export async function exportProject(root: string): Promise<{ rows: IidRow[]; problems: Problem[] }> {
  const check = await checkProject(root);
  if (check.problems.length) return { rows: [], problems: check.problems };
  return { rows: iidRows(await modelOfChecked(check.content)), problems: [] };
}

export type ImportOutcome =
  | { kind: 'written'; drafts: Draft[]; warnings: Problem[] }
  /** The rows themselves could not become entries: nothing written. */
  | { kind: 'rows'; problems: ImportProblem[] }
  /** The project was already failing the check: nothing written, so no problem is blamed on the import. */
  | { kind: 'project'; problems: Problem[] }
  /** The drafts failed the check and were removed again. */
  | { kind: 'refused'; drafts: Draft[]; problems: Problem[] };

/** Where a draft's content/… path lands in this project (LINTAS_CONTENT may move content/). */
const locate = (root: string, path: string) => resolve(root, CONTENT_DIR, path.replace(/^content\//, ''));

export async function importIntoProject(root: string, rows: readonly IidRow[], defaults: ImportDefaults = {}): Promise<ImportOutcome> {
  const before = await checkProject(root);
  if (before.problems.length) return { kind: 'project', problems: before.problems };
  const { drafts, problems } = importIid(rows, await loadOfficialRegions(), defaults, (path) => existsSync(locate(root, path)));
  if (problems.length) return { kind: 'rows', problems };
  for (const draft of drafts) {
    mkdirSync(dirname(locate(root, draft.path)), { recursive: true });
    writeFileSync(locate(root, draft.path), draft.text, { flag: 'wx' });
  }
  const after = await checkProject(root);
  if (after.problems.length) {
    for (const draft of drafts) rmSync(locate(root, draft.path), { force: true });
    return { kind: 'refused', drafts, problems: after.problems };
  }
  const written = new Set(drafts.map((d) => relative(root, locate(root, d.path)).split('\\').join('/')));
  return { kind: 'written', drafts, warnings: after.warnings.filter((w) => written.has(w.file)) };
}
