/** The printed table, the ratios that matter, and the machine the numbers came from. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Scale, ScaleName } from './corpus.ts';
import type { BuildResult } from './measure.ts';

export interface Row {
  kind: 'project' | 'baseline';
  /** cold: caches cleared; warm: the same build again; publish: one visit added, caches warm. */
  run: 'cold' | 'warm' | 'publish';
  label: string;
  build: BuildResult;
  extras: { name: string; values: Record<string, string> }[];
}

export interface Machine {
  date: string;
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  astro: string;
  commit: string;
}

export function machineInfo(repo: string): Machine {
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the commit is only a convenience.
  }
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    os: `${osRelease ?? os.type()} (${os.release()})`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    astro: JSON.parse(readFileSync(join(repo, 'node_modules/astro/package.json'), 'utf8')).version,
    commit,
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (kb?: number) => (kb === undefined ? 'n/a' : String(Math.round(kb / 1024)));

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function ratio(a?: number, b?: number): string {
  return a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
}

export function printReport(r: {
  scaleName: ScaleName;
  scale: Scale;
  corpusFiles: number;
  corpusBytes: number;
  generateMs: number;
  checkMs: number;
  rows: Row[];
  machine: Machine;
}): void {
  const m = r.machine;
  console.log(`\n=== Lintas benchmark — scale ${r.scaleName} ===`);
  console.log(`${m.date} · ${m.os} · ${m.cpu} · ${m.cores} cores · ${m.memoryGiB} GiB · Node ${m.node} · Astro ${m.astro} · commit ${m.commit}`);
  console.log(
    `corpus: ${r.scale.innovations} innovations, ${r.scale.visits} visits, ${r.scale.playbooks} playbooks, ${r.scale.regionProfiles} region profiles ` +
      `= ${r.corpusFiles} files, ${(r.corpusBytes / 1e6).toFixed(1)} MB; generated in ${seconds(r.generateMs)} s; content check ${seconds(r.checkMs)} s\n`,
  );
  console.log(
    table(
      ['build', 'wall s', 'HTML pages', 'pages/s', 'peak RSS MB', 'dist MB', 'others CPU s', 'steal s', 'waited s', 'ok'],
      r.rows.map(({ label, run, build: b }) => [
        rowName(label, run),
        seconds(b.wallMs),
        String(b.htmlPages),
        (b.htmlPages / (b.wallMs / 1000)).toFixed(0),
        mb(b.maxRssKb),
        (b.distBytes / 1e6).toFixed(1),
        b.othersCpuS === undefined ? '—' : b.othersCpuS.toFixed(1),
        b.stealS === undefined ? '—' : b.stealS.toFixed(1),
        b.waitedS.toFixed(1),
        b.ok ? 'yes' : 'FAILED',
      ]),
    ),
  );

  console.log(
    '("others CPU s": CPU time the rest of the machine used during the build; "steal s": CPU time the hypervisor gave other guests; "waited s": before the build, for the previous build\'s old output to be deleted; not part of the wall time)',
  );
  const busy = r.rows.filter((x) => noisy(x.build, m.cores));
  if (busy.length > 0) console.log(`\nnote: other work took CPU during ${busy.map((x) => rowName(x.label, x.run)).join(', ')} (over 5 % of the cores' time): re-run on a quiet machine before recording.`);
  console.log('\nwhere the time goes (s, from the build log; "check+startup" = wall − Astro\'s total: Node startup, config and the content gate\'s check; "pages reused" = HTML pages the incremental build copied; "build:done hooks" = post-build work at 1 s resolution, of which the card step and Pagefind\'s indexing)');
  console.log(
    table(
      ['build', 'check+startup', 'sync+types', 'render pages', 'pages reused', 'build:done hooks', 'of which cards', 'of which search', 'astro total'],
      r.rows.map(({ label, run, build: b }) => {
        const p = b.phases;
        const fmt = (v?: number) => (v === undefined ? 'n/a' : v.toFixed(1));
        // Outside Astro's own total: Node startup, config and the content gate (the content check).
        return [rowName(label, run), p.astroTotal === undefined ? 'n/a' : fmt(b.wallMs / 1000 - p.astroTotal), fmt(p.syncTypes), fmt(p.render), String(p.reused ?? 'n/a'), fmt(p.afterRender), fmt(p.cards), fmt(p.search), fmt(p.astroTotal)];
      }),
    ),
  );

  const find = (kind: string, run: string, empty = false) => r.rows.find((x) => x.kind === kind && x.run === run && x.label.includes('empty') === empty)?.build;
  const [pc, pw, bc, bw, pe] = [find('project', 'cold'), find('project', 'warm'), find('baseline', 'cold'), find('baseline', 'warm'), find('project', 'cold', true)];
  console.log('\nratios');
  console.log(`  project / baseline, cold: wall ${ratio(pc?.wallMs, bc?.wallMs)}, peak RSS ${ratio(pc?.maxRssKb, bc?.maxRssKb)}`);
  console.log(`  project / baseline, warm: wall ${ratio(pw?.wallMs, bw?.wallMs)}, peak RSS ${ratio(pw?.maxRssKb, bw?.maxRssKb)}`);
  console.log(`  warm / cold: project ${ratio(pw?.wallMs, pc?.wallMs)}, baseline ${ratio(bw?.wallMs, bc?.wallMs)}`);
  const pp = find('project', 'publish');
  if (pp) console.log(`  publish one visit (one file added, caches warm): ${seconds(pp.wallMs)} s, ${pp.phases.reused ?? 0} of ${pp.htmlPages} pages reused; / baseline warm ${ratio(pp.wallMs, bw?.wallMs)}`);
  // The project also renders every official region; subtracting that floor compares like with like.
  if (pc && pe && bc) console.log(`  project minus the region-page floor (cold − empty-corpus cold) / baseline cold: ${ratio(pc.wallMs - pe.wallMs, bc.wallMs)}`);
  if (pe) {
    console.log(`\nregion pages (project with an empty corpus: official regions and fixed pages only)`);
    console.log(`  ${pe.htmlPages} pages in ${seconds(pe.wallMs)} s, peak RSS ${mb(pe.maxRssKb)} MB${pc ? `: ${((pe.wallMs / pc.wallMs) * 100).toFixed(0)}% of the full cold build's wall time` : ''}`);
    console.log(`  pages by folder: ${formatDirs(pe.htmlByDir)}`);
  }
  if (pc) console.log(`\nproject pages by folder (cold): ${formatDirs(pc.htmlByDir)}`);

  const extras = r.rows.filter((x) => x.extras.length > 0);
  console.log('\nextra measurements');
  if (extras.length === 0) console.log('  (none yet: share cards, search index and first-search size plug in via bench/extras.ts)');
  for (const row of extras) {
    // A measurement taken once per scale (first search) has nothing to say for the other runs.
    for (const e of row.extras) if (Object.keys(e.values).length) console.log(`  ${row.kind} ${row.run} · ${e.name}: ${Object.entries(e.values).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}

/** A build during which the rest of the machine (or other guests, by steal) took over 5 % of the cores' time. */
export function noisy(build: Pick<BuildResult, 'wallMs' | 'othersCpuS' | 'stealS'>, cores: number): boolean {
  const limit = 0.05 * cores * (build.wallMs / 1000);
  return (build.othersCpuS ?? 0) > limit || (build.stealS ?? 0) > limit;
}

/** "project (/tmp/…)" + cold → "project cold"; the empty-corpus row keeps its own label. */
function rowName(label: string, run: string): string {
  return label.includes('empty') ? label : `${label.split(' (')[0]} ${run}`;
}

function formatDirs(byDir: Record<string, number>): string {
  const entries = Object.entries(byDir).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([dir, n]) => `${dir} ${n}`).join(', ') : '(none)';
}
