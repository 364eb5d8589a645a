/**
 * The bad corpus (tests/fixtures/bad-corpus/content/) holds one broken entry per failure class.
 * One checkProject run must report every one of them, each with file, field, message and hint,
 * and nothing else: an author fixing ten mistakes needs one run, not ten.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject, formatProblems, type CheckResult } from '../../src/lib/check/index.ts';

const BAD = fileURLToPath(new URL('../fixtures/bad-corpus', import.meta.url));

const expected = (file: string, field: string, message: string | RegExp, hint: string | RegExp) =>
  expect.objectContaining({
    file: `content/${file}`,
    field,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
    hint: typeof hint === 'string' ? expect.stringContaining(hint) : expect.stringMatching(hint),
  });

/** One row per failure class: [class, file, field, message, hint]. */
const CLASSES: [string, string, string, string | RegExp, string | RegExp][] = [
  ['schema violation (required field missing)', 'innovations/tanpa-ringkasan-banyuwangi.md', 'summary', 'wajib diisi', 'tambahkan isian summary'],
  ['missing reference, with a region-aware did-you-mean', 'visits/2021-11-15-bangli-ke-kota-banyuwangi.md', 'host', 'daerah "kota-banyuwangi" tidak ditemukan', 'maksud Anda "kabupaten-banyuwangi"?'],
  ['duplicate id (.md and .mdx with the same name)', 'innovations/ganda-banyuwangi.mdx', '', 'nama file sama dengan content/innovations/ganda-banyuwangi.md', 'ganti nama'],
  ['impossible date', 'innovations/tanggal-mustahil-banyuwangi.md', 'lastVerified', 'tanggal 2019-02-30 tidak ada di kalender', 'Februari'],
  ['region code written as a number', 'regions/kabupaten-katingan.md', 'code', 'kode wilayah ditulis sebagai angka (62.06)', 'code: "62.06"'],
  ['unknown commitment status', 'visits/2021-11-15-bangli-ke-banyuwangi.md', 'commitments[0].status', 'status komitmen tidak dikenal', 'diadopsi (Sudah diadopsi)'],
  ['figure without year', 'innovations/angka-tanpa-tahun-banyuwangi.md', 'results[0].year', 'wajib diisi', 'yearBasis: terbit'],
  ['figure without source', 'innovations/angka-tanpa-sumber-banyuwangi.md', 'results[0].source', 'wajib diisi', 'daftar sources'],
  ['oversized image', 'visits/2021-11-16-bangli-ke-banyuwangi.md', 'body', /foto-besar\.jpg berukuran 600 KB, melebihi batas 500 KB/, 'perkecil gambar'],
  ['script injected through raw HTML in Markdown', 'innovations/skrip-disusupkan-banyuwangi.md', 'body (baris 20)', 'HTML mentah tidak diizinkan: <script>', 'Markdown biasa'],
  ['missing image', 'innovations/gambar-hilang-banyuwangi.md', 'body', 'gambar ./gambar-hilang-banyuwangi/layar.jpg tidak ditemukan', 'content/innovations/gambar-hilang-banyuwangi/'],
  // Safe publishing (issue 12): each of these was published, or passed the check and broke the build.
  ['Astro directive on the allowed MDX component (set:html meta refresh)', 'innovations/direktif-mdx-banyuwangi.mdx', 'body (baris 20)', 'direktif Astro "set:html" pada <Catatan>', 'tidak memakai atribut'],
  ['inherited object name as a component (toString)', 'innovations/nama-warisan-banyuwangi.mdx', 'body (baris 20)', 'komponen <toString> tidak diizinkan', 'Catatan'],
  ['SVG with script', 'innovations/svg-berskrip-banyuwangi.md', 'body', 'SVG memuat <script>', 'PNG atau JPEG'],
  ['SVG Astro cannot size (NoImageMetadata)', 'innovations/svg-tanpa-ukuran-banyuwangi.md', 'body', 'tidak dapat membaca ukuran gambar SVG', 'width dan height'],
  ['javascript: source URL in mixed case', 'innovations/alamat-javascript-banyuwangi.md', 'sources[0].url', 'JaVaScRiPt:alert', 'https://'],
  ['javascript: body link hidden by a tab', 'innovations/tautan-javascript-banyuwangi.md', 'body (baris 18)', 'alamat tidak aman', 'https://'],
  ['a folder named like an entry (EISDIR)', 'innovations/folder-bernama-entri-banyuwangi.md', '', 'ini folder, bukan file entri', 'ganti nama folder'],
  ['unquoted date in a text field, which Astro reads as a date', 'innovations/judul-tanggal-banyuwangi.md', 'title', 'Astro membaca 2019-07-02 sebagai tanggal', 'title: "2019-07-02"'],
  ['a quoted text line starting with --- ends Astro\'s frontmatter', 'innovations/garis-pemisah-banyuwangi.md', 'frontmatter (baris 14)', 'mengakhiri frontmatter', 'diawali --- atau +++'],
  ['file name too long for share cards (ENAMETOOLONG)', `innovations/nama-file-sangat-panjang-${'inovasi-layanan-desa-'.repeat(9)}banyuwangi.md`, '', 'melebihi batas 150', 'pendekkan nama file'],
  ['YAML alias bomb', 'innovations/alias-yaml-banyuwangi.md', 'frontmatter (baris 12)', 'jangkar/alias YAML', 'tulis setiap nilai langsung'],
  ['body too long', 'innovations/isi-kepanjangan-banyuwangi.md', 'body', 'melebihi batas 30.000', 'ringkas'],
  ['page title longer than html-validate allows, entities counted', 'innovations/judul-kepanjangan-banyuwangi.md', 'title', '73 karakter di HTML', 'pendekkan judul'],
  ['negative figure', 'innovations/angka-negatif-banyuwangi.md', 'results[0].value', 'negatif', 'tanpa tanda minus'],
  ['implausibly large figure (1e308)', 'innovations/angka-raksasa-banyuwangi.md', 'results[0].value', 'terlalu besar', 'angka lengkap'],
  ['duplicate indicator key in a region', 'regions/kabupaten-bangli.md', 'indicators[1].key', 'indikator "penduduk" sudah ditulis di indicators[0]', 'satu daerah satu angka'],
  ['visit dated in the future', 'visits/2099-01-01-bangli-ke-banyuwangi.md', 'date', 'sesudah hari ini', 'periksa tahunnya'],
  ['a body heading whose id the page already uses (html-validate no-dup-id)', 'innovations/judul-bagian-bentrok-banyuwangi.md', 'body (baris 20)', 'judul bagian "Sumber" mendapat tanda "sumber"', 'ubah judul bagian'],
  ['two follow-ups on one day with different statuses', 'followups/2021-12-01-mal-layanan-media.md', 'status', 'content/followups/2021-12-01-mal-layanan-dinas.md', 'gabungkan'],
];

describe('the bad corpus: one broken entry per failure class, all reported in one run', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkProject(BAD);
  });

  it.each(CLASSES)('%s', (_name, file, field, message, hint) => {
    expect(result.problems).toContainEqual(expected(file, field, message, hint));
  });

  it('reports exactly one problem per broken file, and every problem has a hint', () => {
    expect(result.problems).toHaveLength(CLASSES.length);
    expect(new Set(result.problems.map((p) => p.file)).size).toBe(CLASSES.length);
    for (const p of result.problems) expect(p.hint, `${p.file} ${p.field}`).toBeTruthy();
  });

  it('prints every problem in one report, grouped by file', () => {
    const report = formatProblems(result.problems);
    expect(report.split('\n')[0]).toBe(`Konten bermasalah: ${CLASSES.length} masalah di ${CLASSES.length} file.`);
    for (const [, file] of CLASSES) expect(report).toContain(`content/${file}`);
  });
});

describe('image rule (pure): sizes are passed in, nothing is read from disk', () => {
  let official: Awaited<ReturnType<typeof import('../../src/lib/official-regions.ts').loadOfficialRegions>>;
  beforeAll(async () => {
    official = await (await import('../../src/lib/official-regions.ts')).loadOfficialRegions();
  });
  const visit = (body: string) => ({
    collection: 'visits' as const,
    file: 'content/visits/2021-11-15-bangli-ke-banyuwangi.md',
    text: `---\ntitle: T\ndate: 2021-11-15\nvisitor:\n  region: kabupaten-bangli\nhost: kabupaten-banyuwangi\ndelegation:\n  leader:\n    role: Bupati Bangli\n  source: s\nsources:\n  - id: s\n    title: S\n    date: 2021-11-15\n---\n${body}\n`,
  });
  const run = async (body: string, images: [string, number][]) => {
    const { checkContent } = await import('../../src/lib/check/index.ts');
    return checkContent([visit(body)], official, { images: new Map(images) });
  };
  const FOLDER = 'content/visits/2021-11-15-bangli-ke-banyuwangi';

  it('accepts images within the limit kept in the entry\'s own folder, written in Markdown', async () => {
    const result = await run(`![Foto](./2021-11-15-bangli-ke-banyuwangi/a.jpg)\n\n![B](<./2021-11-15-bangli-ke-banyuwangi/b c.png>)`, [
      [`${FOLDER}/a.jpg`, 200 * 1024],
      [`${FOLDER}/b c.png`, 500 * 1024],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects an image written as raw HTML <img>: bodies are Markdown only', async () => {
    const result = await run(`<img src="./2021-11-15-bangli-ke-banyuwangi/a.jpg" alt="A">`, [[`${FOLDER}/a.jpg`, 1000]]);
    expect(result.problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('HTML mentah tidak diizinkan') }));
  });

  it('ignores remote and site-absolute images', async () => {
    expect((await run('![x](https://example.org/x.jpg) ![y](/og/y.png)', [])).problems).toEqual([]);
  });

  it('warns about an image outside the entry\'s folder, and an image no entry uses', async () => {
    const result = await run('![Foto](./foto.jpg)', [
      ['content/visits/foto.jpg', 1000],
      [`${FOLDER}/lupa.jpg`, 1000],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'content/visits/2021-11-15-bangli-ke-banyuwangi.md', field: 'body', message: expect.stringContaining('tidak berada di folder entri') }),
      expect.objectContaining({ file: `${FOLDER}/lupa.jpg`, message: expect.stringContaining('tidak dipakai') }),
    ]);
  });

  it('reports an oversized image that no entry uses, under its own path', async () => {
    const result = await run('', [[`${FOLDER}/besar.jpg`, 3 * 1024 * 1024]]);
    expect(result.problems).toEqual([expect.objectContaining({ file: `${FOLDER}/besar.jpg`, message: expect.stringContaining('3,0 MB'), hint: expect.stringContaining('perkecil') })]);
  });

  it('points to the right relative path when a missing image exists elsewhere', async () => {
    const result = await run('![Foto](foto.jpg)', [[`${FOLDER}/foto.jpg`, 1000]]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'body', hint: expect.stringContaining('./2021-11-15-bangli-ke-banyuwangi/foto.jpg') })]);
  });
});
