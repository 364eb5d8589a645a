/**
 * A host office adding real entries must not make CI fail. On a copy of the project with the real content/,
 * an author adds ten varied entries with the real `npm run new` (region, innovations, playbook, visits by
 * regions and by an institution, a follow-up), fills in every placeholder as the scaffold asks, runs
 * `npm run check`, builds, and the checks that hold for any valid content — the `dist` project and the
 * browser files in INVARIANT_TESTS — pass on that build. One build, then one nested Vitest run.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER, TODO_COMMENT } from '../../src/lib/check/index.ts';
import { addToFrontmatter } from '../fixtures/content.ts';
import { ROOT } from '../support/fixture-site.ts';
import { projectCopy } from '../support/project-copy.ts';
import { run } from '../support/run.ts';

/** Browser test files whose checks hold for any valid content (they read only dist/, or LINTAS_DIST). */
export const INVARIANT_TESTS = [
  'tests/browser/accessibility.test.ts',
  'tests/browser/layout.test.ts',
  'tests/browser/page-weight.test.ts',
  'tests/browser/search-titles.test.ts',
  'tests/browser/share-cards.test.ts',
];

/** Where each collection's entries are published. */
const SECTIONS: Record<string, string> = { regions: 'daerah', innovations: 'inovasi', playbooks: 'panduan', visits: 'kunjungan' };

/** Regions the new profile may be for: the first one content/ has no profile of yet. */
const PROFILE_CANDIDATES = ['kabupaten-bangli', 'kabupaten-gowa', 'kota-metro', 'kabupaten-agam'];

/**
 * What an author does with a scaffold: deletes the `# ISI:` instruction lines, writes each `[ISI] …` value
 * (here: plainly fictional test text) and replaces the body's instruction paragraph with a summary.
 */
function fillIn(text: string, summary: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith(TODO_COMMENT))
    .join('\n')
    .replace(new RegExp(`^${escape(PLACEHOLDER)}[\\s\\S]*?(?=\\n\\n|\\n?$)`, 'm'), summary)
    .replaceAll(`${PLACEHOLDER} `, 'Uji fiktif: ');
}
const escape = (s: string) => s.replace(/[[\]\\^$.*+?()|{}]/g, '\\$&');

describe('ten new entries made with npm run new', () => {
  const dir = projectCopy(join(ROOT, 'content'), 'lintas-ten-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const npm = (...args: string[]) => run('npm', ['run', '--silent', ...args], dir, {}, 900_000);
  /** Runs `npm run new -- …` and returns the path it wrote (the CLI prints it on stdout). */
  async function scaffold(...args: string[]): Promise<string> {
    const { code, output } = await npm('new', '--', ...args);
    expect(code, output).toBe(0);
    const path = /content\/\S+\.md/.exec(output)?.[0];
    expect(path, output).toBeDefined();
    return path!;
  }
  const change = (path: string, how: (text: string) => string) => writeFileSync(join(dir, path), how(readFileSync(join(dir, path), 'utf8')));
  const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.md$/, '');

  it('pass the check, build, and keep every content-independent check green', { timeout: 1_500_000 }, async () => {
    const profiles = new Set(existsSync(join(dir, 'content/regions')) ? readdirSync(join(dir, 'content/regions')).map((f) => f.replace(/\.mdx?$/, '')) : []);
    const profiled = PROFILE_CANDIDATES.find((slug) => !profiles.has(slug));
    expect(profiled, 'a region without a profile to add one for').toBeDefined();

    const written: string[] = [];
    const add = async (...args: string[]) => {
      const path = await scaffold(...args);
      written.push(path);
      return path;
    };
    await add('region', '--region', profiled!);
    const innovation = await add('innovation', '--host', 'Bangli', '--title', 'Layanan Uji Sepuluh', '--status', 'uji-coba', '--date', '2024-05-01');
    await add('innovation', '--host', 'Kota Bandung', '--title', 'Layanan Uji Sebelas', '--date', '2024-06-01');
    const playbook = await add('playbook', '--owner', 'kabupaten-bangli', '--title', 'Menerapkan Layanan Uji Sepuluh', '--innovation', slugOf(innovation), '--date', '2024-05-02');
    const studied = await add('visit', '--from', 'Banyuwangi', '--to', 'Bangli', '--date', '2021-11-15', '--title', 'Kunjungan uji fiktif ke Bangli');
    await add('visit', '--institution', 'Universitas Uji Fiktif', '--to', 'Bangli', '--date', '2022-03-04');
    await add('visit', '--from', 'Kota Bandung', '--to', 'Bangli', '--date', '2023-08-09');
    await add('visit', '--from', '51.03', '--to', 'kabupaten-bangli', '--date', '2024-01-10');
    await add('visit', '--from', 'Gowa', '--to', 'Bangli', '--date', '2024-01-10');
    for (const path of written) change(path, (text) => fillIn(text, `Entri uji fiktif ${slugOf(path)}, dibuat oleh pengujian otomatis; bukan fakta.`));

    // What the author adds beyond the placeholders: the link both ways, and a commitment to follow up.
    change(innovation, (text) => addToFrontmatter(text, `playbook: ${slugOf(playbook)}`));
    change(studied, (text) =>
      addToFrontmatter(
        text,
        [
          'innovationsStudied:',
          `  - ${slugOf(innovation)}`,
          'commitments:',
          '  - id: tiru-layanan-uji',
          '    text: Meniru layanan uji fiktif.',
          `    innovation: ${slugOf(innovation)}`,
          '    status: niat',
          '    source: sumber-1',
        ].join('\n'),
      ),
    );
    const followup = await scaffold('followup', '--visit', slugOf(studied), '--commitment', 'tiru-layanan-uji', '--date', '2022-06-01', '--status', 'berjalan');
    change(followup, (text) => fillIn(text, ''));
    written.push(followup);
    expect(new Set(written).size).toBe(10);

    const check = await npm('check');
    expect(check.code, check.output).toBe(0);
    expect(check.output, 'no placeholder left').not.toContain(PLACEHOLDER);

    const build = await npm('build');
    expect(build.code, build.output).toBe(0);
    for (const path of written.filter((p) => !p.startsWith('content/followups/'))) {
      const section = SECTIONS[path.split('/')[1]!];
      expect(section, path).toBeDefined();
      expect(existsSync(join(dir, 'dist', section!, slugOf(path), 'index.html')), `${path} is published`).toBe(true);
    }

    // The invariants, run on this build exactly as `npm test` runs them on dist/.
    const invariants = await run(
      join(ROOT, 'node_modules', '.bin', 'vitest'),
      ['run', '--project', 'dist', '--project', 'browser', 'tests/dist/', ...INVARIANT_TESTS],
      ROOT,
      { LINTAS_DIST: join(dir, 'dist'), LINTAS_CONTENT: join(dir, 'content') },
      1_200_000,
    );
    expect(invariants.code, invariants.output.slice(-20_000)).toBe(0);
    expect(invariants.output).toMatch(/Test Files\s+\d+ passed/);
  });
});
