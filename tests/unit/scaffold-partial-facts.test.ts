/**
 * `npm run new` for the facts real sources give (issue 13, items 3, 5, 6, 7): month- and
 * year-precise dates, institutions, later news of an innovation, a second delegation on the same
 * day, did-you-mean for partial slugs: the pure scaffold over the fixture corpus in
 * tests/fixtures/partial-facts/ (never content/). The real CLI on a copy of it: tests/cli/new-partial-facts.test.ts.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER, checkContent, parseFrontmatter } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { scaffold, uniquePath } from '../../src/lib/scaffold.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/partial-facts');

let official: OfficialRegions;
beforeAll(async () => {
  official = await loadOfficialRegions();
}, 60_000);
const region = (slug: string) => official.bySlug.get(slug)!;

describe('scaffold (pure)', () => {
  it('writes a month-precise visit: file name and page text use the month, the source date is marked as a guess to replace', () => {
    const result = scaffold({ type: 'visit', visitor: { region: region('kabupaten-bangli') }, host: region('kabupaten-banyuwangi'), date: '2021-06' }, official);
    expect(result.path).toBe('content/visits/2021-06-bangli-ke-banyuwangi.md');
    expect(result.text).toContain('Pada Juni 2021, Kabupaten Bangli berkunjung');
    expect(parseFrontmatter(result.text).data).toMatchObject({ date: '2021-06', sources: [{ date: '2021-06-01' }] });
    expect(result.text).toMatch(/# ISI: tanggal terbit sumber .*2021-06-01 hanya isian awal/);
    const { problems, warnings } = checkContent([...readContent(FIXTURE), { collection: 'visits', file: 'content/visits/2021-06-bangli-ke-banyuwangi-3.md', text: result.text }], official);
    expect(problems).toEqual([]);
    expect(warnings.filter((w) => w.file.endsWith('-3.md')).length).toBeGreaterThan(0);
  });

  it('names an institution visit <date>-<institution>-ke-<host>, with a year-precise date quoted so YAML keeps it text', () => {
    const result = scaffold({ type: 'visit', visitor: { institution: 'Kementerian Dalam Negeri' }, host: region('kabupaten-banyuwangi'), date: '2016' }, official);
    expect(result.path).toBe('content/visits/2016-kementerian-dalam-negeri-ke-banyuwangi.md');
    expect(result.text).toContain('date: "2016"');
    expect(result.text).not.toContain(`role: "${PLACEHOLDER}`);
  });

  it('writes news of an innovation that passes the check and lists its placeholders', () => {
    const result = scaffold({ type: 'news', innovation: 'layanan-uji-desa-banyuwangi', date: '2023' }, official);
    expect(result.path).toBe('content/news/2023-layanan-uji-desa-banyuwangi.md');
    const { problems, warnings } = checkContent([...readContent(FIXTURE), { collection: 'news', file: result.path, text: result.text }], official);
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(expect.objectContaining({ file: result.path, field: 'statements[0].text' }));
  });

  it('numbers a second entry of the same day instead of refusing it; refuses a second profile of one region', () => {
    const taken = new Set(['content/visits/a.md', 'content/visits/a-2.md', 'content/regions/kota-bandung.md']);
    expect(uniquePath('visit', 'content/visits/a.md', (p) => taken.has(p))).toBe('content/visits/a-3.md');
    expect(uniquePath('visit', 'content/visits/b.md', (p) => taken.has(p))).toBe('content/visits/b.md');
    expect(uniquePath('region', 'content/regions/kota-bandung.md', (p) => taken.has(p))).toBeUndefined();
  });
});
