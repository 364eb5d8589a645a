/**
 * The scaffold behind `npm run new`: every entry type scaffolds a file that passes the content check as written,
 * holds only what the author typed plus [ISI] placeholders, and is listed as a warning until
 * those are filled in, checked against the seed corpus (tests/fixtures/corpora/seed/). The CLI run for real against a
 * copy of it: tests/cli/new.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER, checkContent, parseFrontmatter, type RawEntry } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { scaffold, type ScaffoldInput } from '../../src/lib/scaffold.ts';
import { seedEntries } from '../fixtures/content.ts';

let official: OfficialRegions;
let seed: RawEntry[];
beforeAll(async () => {
  official = await loadOfficialRegions();
  seed = seedEntries();
});

const region = (slug: string) => official.bySlug.get(slug)!;
const asEntry = ({ path, text }: { path: string; text: string }): RawEntry => ({
  collection: path.split('/')[1] as RawEntry['collection'],
  file: path,
  text,
});

describe('scaffold: each type passes the check as written', () => {
  const cases: [string, () => ScaffoldInput, string][] = [
    ['visit', () => ({ type: 'visit', visitor: { region: region('kabupaten-bangli') }, host: region('kabupaten-banyuwangi'), date: '2021-11-15', title: 'Bangli belajar ke Banyuwangi' }), 'content/visits/2021-11-15-bangli-ke-banyuwangi.md'],
    ['visit by an institution', () => ({ type: 'visit', visitor: { institution: 'Universitas Udayana' }, host: region('kota-bandung'), date: '2022-01-03' }), 'content/visits/2022-01-03-universitas-udayana-ke-kota-bandung.md'],
    ['innovation', () => ({ type: 'innovation', host: region('kabupaten-banyuwangi'), title: 'Pasar Digital Desa', lastVerified: '2024-05-01' }), 'content/innovations/pasar-digital-desa-banyuwangi.md'],
    ['innovation whose title already names the host', () => ({ type: 'innovation', host: region('kabupaten-banyuwangi'), title: 'Festival Inovasi Banyuwangi', status: 'uji-coba', lastVerified: '2024-05-01' }), 'content/innovations/festival-inovasi-banyuwangi.md'],
    ['playbook', () => ({ type: 'playbook', owner: region('kabupaten-banyuwangi'), title: 'Membangun mal pelayanan publik', innovations: ['mal-pelayanan-publik-banyuwangi'], date: '2024-05-01' }), 'content/playbooks/membangun-mal-pelayanan-publik-banyuwangi.md'],
    ['region (regency)', () => ({ type: 'region', region: region('kota-bandung'), date: '2024-05-01' }), 'content/regions/kota-bandung.md'],
    ['region (province)', () => ({ type: 'region', region: region('jawa-barat'), date: '2024-05-01' }), 'content/regions/jawa-barat.md'],
  ];

  it.each(cases)('%s', (_name, input, path) => {
    const result = scaffold(input(), official);
    expect(result.path).toBe(path);
    const { problems, warnings } = checkContent([...seed, asEntry(result)], official);
    expect(problems).toEqual([]);
    // Every placeholder is listed, so the author sees what is left to fill in.
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.file === path)).toBe(true);
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'sources[0].title' }));
    expect(warnings).toContainEqual(expect.objectContaining({ field: '', message: expect.stringContaining('petunjuk "# ISI:"') }));
  });

  it('writes region codes in quotes and lets the official data fill name, kind and province', () => {
    const { text } = scaffold({ type: 'region', region: region('kabupaten-katingan'), date: '2024-05-01' }, official);
    expect(text).toContain('code: "62.06"');
    expect(parseFrontmatter(text).data).toMatchObject({ code: '62.06', name: 'Kabupaten Katingan', kind: 'kabupaten', province: 'kalimantan-tengah' });
  });

  it('holds only what the author typed: the visit names the two regions and the date, everything else is a placeholder', () => {
    const { text } = scaffold({ type: 'visit', visitor: { region: region('kabupaten-bangli') }, host: region('kabupaten-banyuwangi'), date: '2021-11-15', title: 'Judul: "kutipan" & lain-lain' }, official);
    const data = parseFrontmatter(text).data as Record<string, any>;
    expect(data.title).toBe('Judul: "kutipan" & lain-lain');
    // No delegation is forced: sources often name no leader, and the page says so itself.
    expect(data.delegation).toBeUndefined();
    expect(data.sources).toEqual([{ id: 'sumber-1', title: `${PLACEHOLDER} Judul berita atau notulen kunjungan`, date: '2021-11-15' }]);
    expect(Object.keys(data).sort()).toEqual(['date', 'host', 'sectors', 'sources', 'title', 'visitor']);
  });
});
