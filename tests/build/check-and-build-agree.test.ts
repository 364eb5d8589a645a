/**
 * What `npm run check` accepts, the build publishes; what it refuses, the build refuses. Proven on
 * two corpora, each built once in a temporary copy of the project (a real `astro build`: minutes on a loaded machine):
 *
 * - tests/fixtures/tricky-corpus: entries at the edge of every rule (a 70-character page title,
 *   & and quotes in titles, a 150-character file name, `---` and `+++` lines in the body and in an
 *   indented block text, quoted date-like texts, an SVG with only a viewBox, CRLF and a BOM, a blank
 *   line before the frontmatter, zero and the largest exact figure, two agreeing follow-ups on one
 *   day, a visit whose title and place try to close a <script>). The check accepts every one; the build then succeeds, every entry has its page and its
 *   share card, and each of those pages passes html-validate, the gate the dist tests apply.
 * - tests/fixtures/bad-corpus: one entry per failure class. The check refuses every broken file
 *   with a field and a hint; the build fails naming every one of them and writes no dist/.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/index.ts';
import { blockOf, projectCopy, ROOT, run } from './project.ts';

const TRICKY = join(ROOT, 'tests/fixtures/tricky-corpus');
const BAD = join(ROOT, 'tests/fixtures/bad-corpus');
/** The fixtures' dates are all before this day; pinned so "in the future" means the same on any machine. */
const TODAY = '2026-01-01';
const SECTIONS: Record<string, string> = { innovations: 'inovasi', playbooks: 'panduan', visits: 'kunjungan', regions: 'daerah' };

/** Entry files of a corpus (folders named like entries included), as content/<collection>/<name>. */
function entryFiles(corpus: string): string[] {
  const files: string[] = [];
  for (const collection of readdirSync(join(corpus, 'content'))) {
    for (const name of readdirSync(join(corpus, 'content', collection))) {
      if (/\.mdx?$/.test(name)) files.push(`content/${collection}/${name}`);
    }
  }
  return files.sort();
}

describe('check and build agree', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  describe('on tricky but valid entries: check accepts, the build publishes every one, valid HTML', () => {
    let dir: string;
    let check: { code: number | null; output: string };
    let build: { code: number | null; output: string };
    beforeAll(async () => {
      dir = projectCopy(TRICKY);
      dirs.push(dir);
      check = await run(process.execPath, [join(dir, 'src/cli/check.ts'), dir], dir, { LINTAS_TODAY: TODAY });
      build = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir, { LINTAS_TODAY: TODAY });
    }, 450_000);

    it('npm run check accepts the whole corpus, in Indonesian', () => {
      expect(check.code, check.output).toBe(0);
      expect(check.output).toMatch(/^Konten valid: \d+ daerah, \d+ inovasi, \d+ panduan, \d+ kunjungan, \d+ tindak lanjut/m);
    });

    it('astro build succeeds', () => {
      expect(build.code, build.output).toBe(0);
    });

    const pages = () =>
      entryFiles(TRICKY)
        .filter((file) => SECTIONS[file.split('/')[1]!])
        .map((file) => {
          const [, collection, name] = file.split('/');
          const id = name!.replace(/\.mdx?$/, '');
          return { file, page: `${SECTIONS[collection!]}/${id}` };
        });

    it('publishes a page and a share card for every entry', () => {
      expect(build.code).toBe(0);
      for (const { file, page } of pages()) {
        expect(existsSync(join(dir, 'dist', page, 'index.html')), `${file} → /${page}/`).toBe(true);
        expect(existsSync(join(dir, 'dist/kartu', `${page}.png`)), `${file} → /kartu/${page}.png`).toBe(true);
      }
    });

    it('every one of those pages passes html-validate', async () => {
      expect(build.code).toBe(0);
      const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8'))));
      const problems: string[] = [];
      for (const { page } of pages()) {
        const report = await validator.validateFile(join(dir, 'dist', page, 'index.html'));
        for (const result of report.results) {
          for (const m of result.messages as Message[]) if (m.severity >= 2) problems.push(`${page}:${m.line} [${m.ruleId}] ${m.message}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('author text that tries to close a script stays text: in the JSON-LD block and in the feeds', () => {
      expect(build.code).toBe(0);
      const title = 'Uji </script><script>alert(1)</script> Bali';
      const location = 'Aula </script> "Lt. 2" ]]> & <b>';
      const html = readFileSync(join(dir, 'dist/kunjungan/2021-11-20-skrip-bangli-ke-banyuwangi/index.html'), 'utf8');
      const scripts: { type?: string; text: string }[] = [];
      const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
        for (const node of nodes) {
          if (node.type === 'script') scripts.push({ type: node.attribs.type, text: node.children.map((c) => ('data' in c ? c.data : '')).join('') });
          if ('children' in node) walk(node.children as typeof nodes);
        }
      };
      walk(parseDocument(html).children);
      const ld = scripts.filter((s) => s.type === 'application/ld+json');
      expect(ld).toHaveLength(1);
      const event = JSON.parse(ld[0]!.text)['@graph'].find((n: { '@type': string }) => n['@type'] === 'Event');
      expect(event.name).toBe(title);
      expect(event.location.name).toBe(location);
      // Only data blocks hold it (the JSON-LD and the share card's spec), each read back whole: no script runs it.
      expect(scripts.filter((s) => s.text.includes('alert(1)')).map((s) => s.type).sort()).toEqual(['application/json', 'application/ld+json']);
      expect(scripts.filter((s) => s.type === 'application/json').map((s) => JSON.parse(s.text).title)).toEqual([title]);
      for (const feed of ['umpan/kunjungan.xml', 'umpan/daerah/kabupaten-bangli.xml', 'umpan/daerah/kabupaten-banyuwangi.xml']) {
        const items = parseFeed(readFileSync(join(dir, 'dist', feed), 'utf8')).items;
        expect(items.map((i) => i.title), feed).toContain(title);
      }
    });

    it('publishes the SVG images as files and keeps the page title within 70 characters', () => {
      const html = readFileSync(join(dir, 'dist/inovasi/judul-tepat-tujuh-puluh-banyuwangi/index.html'), 'utf8');
      expect(html).toContain('<title>Layanan administrasi kependudukan keliling sampai ke desa terpencil ok</title>');
      const svgs = readdirSync(join(dir, 'dist/_astro')).filter((name) => name.endsWith('.svg'));
      expect(svgs.length).toBeGreaterThanOrEqual(2);
      for (const svg of svgs) expect(statSync(join(dir, 'dist/_astro', svg)).size).toBeGreaterThan(0);
    });
  });

  describe('on the bad corpus: check refuses every broken file with a hint, and so does the build', () => {
    let dir: string;
    let build: { code: number | null; output: string };
    let broken: string[];
    beforeAll(async () => {
      dir = projectCopy(BAD);
      dirs.push(dir);
      const { problems } = await checkProject(dir);
      for (const p of problems) expect(p.hint, `${p.file} ${p.field}`).toBeTruthy();
      broken = [...new Set(problems.map((p) => p.file))].sort();
      build = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir, { LINTAS_TODAY: TODAY });
    }, 450_000);

    it('the check refuses every entry that is there to be refused (all but the two valid ones other entries refer to)', () => {
      const valid = ['content/followups/2021-12-01-mal-layanan-dinas.md', 'content/visits/2021-11-10-bangli-ke-banyuwangi.md'];
      expect(broken).toEqual(entryFiles(BAD).filter((file) => !valid.includes(file) && !file.endsWith('ganda-banyuwangi.md')).sort());
    });

    it('the build fails, names every refused file with its problems, and publishes nothing', () => {
      expect(build.code, build.output).not.toBe(0);
      for (const file of broken) expect(blockOf(build.output, file).length, `${file} in:\n${build.output}`).toBeGreaterThan(0);
      expect(existsSync(join(dir, 'dist')), 'nothing is published').toBe(false);
    });
  });
});
