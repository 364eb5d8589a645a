/**
 * `npm run bench`: builds the project and a bare Astro baseline over the same synthetic corpus and
 * prints wall time, pages/s, peak memory and the project/baseline ratio, cold and warm.
 *
 *   npm run bench -- --scale small|default|national   (default: default)
 *                    --only project|baseline           (default: both)
 *                    --no-empty                        skip the empty-corpus build (region pages alone)
 *                    --seed 20261101                   another corpus of the same scale
 *                    --keep                            keep the temporary folders to inspect them
 *                    --json results.json               also write the figures as JSON
 *                    --search-only                     bench-only shortcut for search figures: one cold project
 *                                                      build without share cards (they do not touch the index)
 *
 * A benchmark, not a test: it exits non-zero only when a build or the generated corpus is broken,
 * never because of timing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/check/index.ts';
import { checkProject } from '../src/lib/check/index.ts';
import { loadOfficialRegions } from '../src/lib/official-regions.ts';
import { SCALES, generateCorpus, loadDistrictNames, type CorpusFile, type ScaleName } from './corpus.ts';
import { runExtras } from './extras.ts';
import { tail, timedBuild, type BuildResult } from './measure.ts';
import { machineInfo, printReport, type Row } from './report.ts';
import { clearCaches, makeTempRoot, prepareBaseline, prepareProject, removeRoot, writeCorpus } from './workspace.ts';

const REPO = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'default' },
    only: { type: 'string' },
    'no-empty': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20261101' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    'search-only': { type: 'boolean', default: false },
  },
});

if (!(args.scale in SCALES)) fail(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
if (args.only && args.only !== 'project' && args.only !== 'baseline') fail('--only must be project or baseline');
const scaleName = args.scale as ScaleName;
const scale = SCALES[scaleName];
const searchOnly = args['search-only'];
const wants = (kind: 'project' | 'baseline') => (searchOnly ? kind === 'project' : !args.only || args.only === kind);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The newest visit that no follow-up names (follow-ups refer to a visit by its id, the file name). */
function heldBackVisit(files: CorpusFile[]): CorpusFile {
  const followups = files.filter((f) => f.folder === 'followups').map((f) => f.text);
  const visits = files.filter((f) => f.folder === 'visits').sort((a, b) => b.name.localeCompare(a.name));
  const free = visits.find((v) => {
    const id = v.name.replace(/\.mdx?$/, '');
    return !followups.some((text) => text.includes(`visit: ${id}`) || text.includes(`visit: "${id}"`) || text.includes(`visit: '${id}'`));
  });
  if (!free) fail('no visit without follow-ups to hold back for the publish run');
  return free;
}

/** --search-only: the temporary copy's config loses shareCards(); nothing in the repository changes. */
function withoutShareCards(root: string): void {
  const file = join(root, 'astro.config.mjs');
  const config = readFileSync(file, 'utf8');
  if (!config.includes('shareCards(), ')) fail('--search-only: shareCards() not found in astro.config.mjs integrations');
  writeFileSync(file, config.replace('shareCards(), ', ''));
  step('search only: share cards left out of this build');
}

function step(message: string): void {
  console.log(`[bench] ${message}`);
}

const roots: string[] = [];
const rows: Row[] = [];
let broken = false;

/**
 * Cold build from clean caches, then warm: the same build again with .astro and the caches kept;
 * then, with `publish`, the held-back visit is added (what a host office does) and built once more.
 */
async function coldAndWarm(kind: 'project' | 'baseline', root: string, label: string, publish?: CorpusFile): Promise<void> {
  for (const run of searchOnly ? (['cold'] as const) : (['cold', 'warm', 'publish'] as const)) {
    if (run === 'publish') {
      if (!publish) return;
      writeCorpus(root, [publish]);
    }
    if (run === 'cold') clearCaches(root);
    step(`${label}: ${run === 'publish' ? 'publish one visit' : `${run} build`}…`);
    const build = await timedBuild(root, `${kind}-${run}`);
    record({ kind, run, label, build, extras: run === 'publish' ? [] : await runExtras({ kind, run, root, dist: join(root, 'dist'), build }) });
    if (!build.ok) return;
  }
}

function record(row: Row): void {
  rows.push(row);
  const b = row.build;
  step(`  ${b.ok ? 'done' : 'FAILED'} in ${(b.wallMs / 1000).toFixed(1)} s, ${b.htmlPages} pages`);
  if (!b.ok) {
    broken = true;
    console.error(`${tail(b.log)}\n(full log: ${b.log})`);
  }
}

try {
  step(`scale ${scaleName}: ${scale.innovations} innovations, ${scale.visits} visits, ${scale.playbooks} playbooks, ${scale.regionProfiles} region profiles`);
  const [official, districts] = await Promise.all([loadOfficialRegions(), loadDistrictNames()]);
  let t = performance.now();
  const generated = generateCorpus(scale, official.list, districts, Number(args.seed));
  // One visit is held back and published after the warm build: the "one new visit" a host office
  // publishes. It is one that no follow-up refers to, so the rest of the corpus stands without it.
  const published = heldBackVisit(generated);
  const corpus = generated.filter((f) => f !== published);
  const generateMs = performance.now() - t;
  const corpusBytes = corpus.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  step(`generated ${corpus.length} files (${(corpusBytes / 1e6).toFixed(1)} MB) in ${(generateMs / 1000).toFixed(1)} s`);

  // The corpus is checked with the project's own content check before anything is built: the build
  // would refuse it anyway, and the check's time is part of every project build (the content gate).
  const checkRoot = makeTempRoot('corpus');
  roots.push(checkRoot);
  writeCorpus(checkRoot, corpus);
  t = performance.now();
  const { problems } = await checkProject(checkRoot);
  const checkMs = performance.now() - t;
  if (problems.length > 0) {
    console.error(formatProblems(problems).split('\n').slice(0, 60).join('\n'));
    fail(`the generated corpus has ${problems.length} problems: a bug in bench/corpus.ts (corpus kept at ${checkRoot})`);
  }
  step(`content check passed in ${(checkMs / 1000).toFixed(1)} s`);

  if (wants('project')) {
    const root = makeTempRoot('project');
    roots.push(root);
    prepareProject(REPO, root);
    if (searchOnly) withoutShareCards(root);
    writeCorpus(root, corpus);
    await coldAndWarm('project', root, `project (${root})`, published);

    // With no content at all, what is left is the cost of the pages the project renders for every
    // official region (and its fixed pages): the floor under every project build.
    if (!args['no-empty'] && !searchOnly) {
      const empty = makeTempRoot('empty');
      roots.push(empty);
      prepareProject(REPO, empty);
      writeCorpus(empty, []);
      step(`project, empty corpus (${empty}): cold build…`);
      const build = await timedBuild(empty, 'empty-cold');
      record({ kind: 'project', run: 'cold', label: 'project, empty corpus', build, extras: [] });
    }
  }
  if (wants('baseline')) {
    const root = makeTempRoot('baseline');
    roots.push(root);
    prepareBaseline(REPO, root);
    writeCorpus(root, corpus);
    await coldAndWarm('baseline', root, `baseline (${root})`);
  }

  const machine = machineInfo(REPO);
  printReport({ scaleName, scale, corpusFiles: corpus.length, corpusBytes, generateMs, checkMs, rows, machine });
  if (args.json) {
    const strip = (b: BuildResult) => ({ ...b, log: undefined });
    writeFileSync(args.json, `${JSON.stringify({ machine, scale: scaleName, ...scale, corpusFiles: corpus.length, corpusBytes, generateMs, checkMs, rows: rows.map((r) => ({ ...r, build: strip(r.build) })) }, null, 2)}\n`);
    step(`wrote ${args.json}`);
  }
} finally {
  if (args.keep || broken) step(`kept: ${roots.join(' ')}`);
  else roots.forEach(removeRoot);
}
if (broken) process.exit(1);
