/** Runs one `astro build` and measures it: wall time, peak memory, pages produced. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stagingPaths } from '../src/integrations/atomic-publish.ts';
import { asOfDate } from '../src/lib/as-of.ts';

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory of the build process, from GNU time; undefined where it is unavailable. */
  maxRssKb?: number;
  /**
   * CPU seconds the rest of the machine used while the build ran: all busy CPU time (/proc/stat)
   * less the build's own (GNU time's user + system). More than a few seconds means other work
   * competed and the run is noisy. (A load average cannot tell: the build itself keeps more threads
   * runnable than there are cores, its share cards below the page render's priority.)
   */
  othersCpuS?: number;
  /** CPU seconds the hypervisor gave other guests while the build waited for them (steal, /proc/stat). */
  stealS?: number;
  /** Seconds spent before the build waiting for an earlier build's parked output to be deleted (`awaitParkedRemoved`). */
  waitedS: number;
  htmlPages: number;
  /** HTML pages per first path segment of dist/ (e.g. inovasi, daerah), to see where pages come from. */
  htmlByDir: Record<string, number>;
  distBytes: number;
  /** Phases Astro reports in its log, in seconds, to see where a build's time goes. */
  phases: Phases;
  log: string;
}

export interface Phases {
  /** Content layer sync and type generation ("[types] Generated …"). */
  syncTypes?: number;
  /** Rendering every page ("generating static routes … Completed in …"). */
  render?: number;
  /** After the last page is written until Astro finishes: `astro:build:done` hooks such as the search index (1 s resolution). */
  afterRender?: number;
  /** Astro's own total ("N page(s) built in …"); wall time minus this is startup, config and integration setup (the content gate). */
  astroTotal?: number;
  /** The share-card step ("N kartu: … M ms"). */
  cards?: number;
  /** Pagefind indexing ("N halaman diindeks dalam M ms"). */
  search?: number;
  /** HTML pages Astro's incremental build copied from the last build instead of rendering ("(cached)", "(restored)"). */
  reused?: number;
}

const GNU_TIME = '/usr/bin/time';

/** GNU time exists on Linux; macOS's /usr/bin/time has no -v, so memory is skipped there. */
function hasGnuTime(): boolean {
  return process.platform === 'linux' && existsSync(GNU_TIME);
}

/**
 * Waits until the output an earlier build parked has been deleted (src/integrations/atomic-publish.ts
 * removes it in a detached process after publishing): that deletion belongs to the earlier build,
 * and at national scale (2.4 GB) it ran on the two cores for the first half-minute of the next one.
 * Returns the seconds waited, which the report shows.
 */
export async function awaitParkedRemoved(root: string, limitMs = 600_000): Promise<number> {
  const { previous } = stagingPaths(join(root, 'dist'));
  const prefix = `${basename(previous)}-`;
  const cpuBefore = machineCpu();
  const started = performance.now();
  while (readdirSync(dirname(previous)).some((name) => name.startsWith(prefix)) && performance.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return (performance.now() - started) / 1000;
}

export async function timedBuild(root: string, name: string): Promise<BuildResult> {
  const waitedS = await awaitParkedRemoved(root);
  const log = join(root, `bench-${name}.log`);
  const timeFile = join(root, `bench-${name}.time`);
  // Node 22 from the npm package: process.execPath is the node running this script.
  const astro = [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const command = hasGnuTime() ? [GNU_TIME, '-v', '-o', timeFile, ...astro] : astro;
  const cpuBefore = machineCpu();
  const started = performance.now();
  const code = await run(command, root, log);
  const wallMs = performance.now() - started;
  const pages = countHtml(join(root, 'dist'));
  const cpuAfter = machineCpu();
  const own = readOwnCpu(timeFile);
  const machine = cpuBefore && cpuAfter && { busyS: cpuAfter.busyS - cpuBefore.busyS, stealS: cpuAfter.stealS - cpuBefore.stealS };
  return {
    ok: code === 0,
    wallMs,
    maxRssKb: readMaxRss(timeFile),
    othersCpuS: machine && own !== undefined ? Math.max(0, machine.busyS - own) : undefined,
    stealS: machine?.stealS,
    waitedS,
    ...pages,
    phases: readPhases(log),
    log,
  };
}

/**
 * Every build of one bench run is built "as of" the day the run started. The date is part of every
 * page's cache key (src/lib/cache-key.ts), so a run crossing midnight UTC would otherwise measure
 * its warm and publish builds as full renders (seen on 2026-12-08: warm 288.9 s, no page restored).
 */
const AS_OF = asOfDate();

function run(command: string[], cwd: string, logPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logPath);
    const child = spawn(command[0] as string, command.slice(1), {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LINTAS_TODAY: AS_OF },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', reject);
    child.on('close', (code) => out.end(() => resolve(code ?? 1)));
  });
}

/** Clock ticks per second in /proc/stat (USER_HZ, 100 on Linux everywhere in practice). */
const USER_HZ = 100;

/** The machine's busy and stolen CPU seconds so far, summed over cores; undefined off Linux. */
export function machineCpu(stat = '/proc/stat'): { busyS: number; stealS: number } | undefined {
  try {
    const fields = readFileSync(stat, 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return { busyS: (user + nice + system + irq + softirq) / USER_HZ, stealS: steal / USER_HZ };
  } catch {
    return undefined;
  }
}

/** The build's own CPU seconds (user + system, its child processes included), from GNU time. */
export function readOwnCpu(timeFile: string): number | undefined {
  if (!existsSync(timeFile)) return undefined;
  const text = readFileSync(timeFile, 'utf8');
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}

function readMaxRss(timeFile: string): number | undefined {
  if (!existsSync(timeFile)) return undefined;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
  return match ? Number(match[1]) : undefined;
}

/** Reads the phase timings Astro 7 prints; a format change just leaves them undefined. */
export function readPhases(logPath: string): Phases {
  if (!existsSync(logPath)) return {};
  const text = readFileSync(logPath, 'utf8');
  const milliseconds = (match: RegExpExecArray | null) => (match ? Number(match[1]) / 1000 : undefined);
  // Astro writes long durations as "1m 12s".
  const duration = (match: RegExpExecArray | null) => (match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : undefined);
  const clock = (match: RegExpExecArray | null) => (match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined);
  const rendered = clock(/generating static routes[\s\S]*?(\d\d):(\d\d):(\d\d) \[build\] ✓ Completed/.exec(text));
  const finished = clock(/(\d\d):(\d\d):(\d\d) \[build\] \d+ page\(s\) built in/.exec(text));
  return {
    syncTypes: duration(/\[types\] Generated (?:in )?(?:(\d+)m )?([\d.]+)\s*s/.exec(text)),
    render: duration(/generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)\s*s/.exec(text)),
    afterRender: rendered !== undefined && finished !== undefined ? (finished - rendered + 86_400) % 86_400 : undefined,
    astroTotal: duration(/page\(s\) built in (?:(\d+)m )?([\d.]+)\s*s/.exec(text)),
    cards: milliseconds(/\d+ kartu: .*?, (\d+) ms/.exec(text)),
    search: milliseconds(/\d+ halaman diindeks dalam (\d+) ms/.exec(text)),
    reused: (text.match(/\.html \((?:cached|restored)\)/g) ?? []).length,
  };
}

export function countHtml(dist: string): Pick<BuildResult, 'htmlPages' | 'htmlByDir' | 'distBytes'> {
  const htmlByDir: Record<string, number> = {};
  let htmlPages = 0;
  let distBytes = 0;
  const walk = (dir: string, top: string | undefined) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, top ?? entry.name);
      else {
        distBytes += statSync(path).size;
        if (entry.name.endsWith('.html')) {
          htmlPages++;
          const key = top ?? '(root)';
          htmlByDir[key] = (htmlByDir[key] ?? 0) + 1;
        }
      }
    }
  };
  if (existsSync(dist)) walk(dist, undefined);
  return { htmlPages, htmlByDir, distBytes };
}

/** The last lines of a build log, to show why a build failed without opening the file. */
export function tail(path: string, lines = 25): string {
  return existsSync(path) ? readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}
