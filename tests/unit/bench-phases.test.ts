/** The benchmark reads each phase's time from Astro's log, whichever way Astro writes the duration, and tells when other work competed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { machineCpu, readOwnCpu, readPhases } from '../../bench/measure.ts';
import { noisy } from '../../bench/report.ts';

const dir = mkdtempSync(join(tmpdir(), 'lintas-bench-phases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function phasesOf(log: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(file, log);
  return readPhases(file);
}

const log = (sync: string, render: string, total: string) =>
  [
    `10:00:05 [types] Generated ${sync}`,
    ' generating static routes ',
    '10:00:10   ├─ /inovasi/a/index.html (+12ms) ',
    '10:00:11   ├─ /inovasi/b/index.html (restored)',
    '10:00:12   ├─ /inovasi/c/index.html (cached)',
    `10:11:20 ✓ Completed in ${render}.`,
    '10:11:20 [build] ✓ Completed in 700.0s.',
    '10:11:21 [lintas:share-cards] 3 kartu: 1 dibuat, 2 dari cache, 1234 ms',
    '10:11:30 [lintas:search-index] 3 halaman diindeks dalam 4500 ms',
    `10:11:42 [build] 3 page(s) built in ${total}`,
  ].join('\n');

describe('readPhases', () => {
  it('reads seconds as Astro writes short phases', () => {
    expect(phasesOf(log('6.45s', '16.81s', '34.68s'))).toMatchObject({ syncTypes: 6.45, render: 16.81, astroTotal: 34.68, cards: 1.234, search: 4.5, reused: 2, afterRender: 22 });
  });

  it('reads minutes and seconds as Astro writes long phases (a national build)', () => {
    expect(phasesOf(log('1m 2s', '11m 10s', '17m 40s'))).toMatchObject({ syncTypes: 62, render: 670, astroTotal: 1060 });
  });

  it('leaves a phase the log does not report undefined instead of guessing', () => {
    expect(phasesOf('10:00:00 [build] Complete!')).toEqual({ syncTypes: undefined, render: undefined, afterRender: undefined, astroTotal: undefined, cards: undefined, search: undefined, reused: 0 });
  });
});

describe('other work on the machine during a build', () => {
  it("reads the machine's busy and stolen CPU seconds from /proc/stat, and the build's own from GNU time", () => {
    const stat = join(dir, 'stat');
    // user nice system idle iowait irq softirq steal guest guest_nice, in 1/100 s
    writeFileSync(stat, 'cpu  1000 50 300 9000 40 5 5 70 0 0\ncpu0 500 25 150 4500 20 2 3 35 0 0\n');
    expect(machineCpu(stat)).toEqual({ busyS: 13.6, stealS: 0.7 });
    expect(machineCpu(join(dir, 'missing'))).toBeUndefined();
    const time = join(dir, 'build.time');
    writeFileSync(time, '\tUser time (seconds): 852.45\n\tSystem time (seconds): 40.64\n\tMaximum resident set size (kbytes): 3685720\n');
    expect(readOwnCpu(time)).toBeCloseTo(893.09);
  });

  it('calls a build noisy when others (or other guests) took over 5 % of the cores’ time, not when the build kept its own threads busy', () => {
    expect(noisy({ wallMs: 100_000, othersCpuS: 9, stealS: 0 }, 2)).toBe(false);
    expect(noisy({ wallMs: 100_000, othersCpuS: 11, stealS: 0 }, 2)).toBe(true);
    expect(noisy({ wallMs: 100_000, othersCpuS: 0, stealS: 11 }, 2)).toBe(true);
    expect(noisy({ wallMs: 100_000 }, 2)).toBe(false);
  });
});
