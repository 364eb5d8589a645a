/**
 * Pages built from facts as partial as their sources (issue 13): `astro build` on a copy of the
 * project whose content/ is the fixture corpus tests/fixtures/partial-facts/ (never the real
 * content/). A month-dated visit reads "Juni 2021" with no invented day, what the source leaves
 * out reads "tidak disebutkan sumber", a visiting institution is listed, and later news shows on
 * the innovation page with its source and moves "terakhir dipastikan".
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, run, ROOT } from './project.ts';

let dir: string;

/** The page's main text with tags removed and spaces collapsed. */
function mainText(path: string): string {
  const html = readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ');
}

beforeAll(async () => {
  dir = projectCopy(join(ROOT, 'tests/fixtures/partial-facts'));
  const { code, output } = await run(join(dir, 'node_modules', '.bin', 'astro'), ['build'], dir, { LINTAS_TODAY: '2026-11-29' });
  expect(code, output).toBe(0);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pages built from partial facts', () => {
  it('shows a month-dated visit as "Juni 2021", says the day is not stated, and invents none', () => {
    const text = mainText('kunjungan/2021-06-bangli-ke-banyuwangi');
    expect(text).toContain('Tanggal Juni 2021 (bulan dan tahun saja: tanggal pastinya tidak disebutkan sumber)');
    expect(text).not.toMatch(/\b\d{1,2} Juni 2021/);
    expect(text).toContain('Jumlah rombongan pemimpin dan 12 anggota');
    expect(text).toContain('Topik Pembangunan desa');
  });

  it('says what the source leaves out for a year-dated institution visit, and shows the total size', () => {
    const text = mainText('kunjungan/2016-kementerian-uji-ke-banyuwangi');
    expect(text).toContain('Tanggal 2016 (tahun saja');
    expect(text).toContain('Pemimpin rombongan tidak disebutkan sumber');
    expect(text).toContain('Jumlah rombongan 25 orang (seluruh rombongan)');
    expect(readFileSync(join(dir, 'dist/kunjungan/2016-kementerian-uji-ke-banyuwangi/index.html'), 'utf8')).toContain('href="/lembaga/#kementerian-uji-coba"');
  });

  it("lists the institution and its visit, which also shows on the host's page", () => {
    expect(mainText('lembaga')).toContain('Kementerian Uji Coba (1 kunjungan)');
    expect(readFileSync(join(dir, 'dist/daerah/kabupaten-banyuwangi/index.html'), 'utf8')).toContain('/kunjungan/2016-kementerian-uji-ke-banyuwangi/');
  });

  it('shows later news on the innovation page with its date and source, and moves status and "terakhir dipastikan"', () => {
    const text = mainText('inovasi/layanan-uji-desa-banyuwangi');
    expect(text).toContain('Status Berjalan (per 2022) menurut kabar Mei 2022');
    expect(text).toContain('Terakhir dipastikan Mei 2022');
    expect(text).toMatch(/Kabar terbaru .* Mei 2022 .* Fakta rekaan yang datang kemudian\. \[2\]/);
    expect(text).toMatch(/Desa yang menjalankan \(desa\) 42 2022 \[2\]/);
    expect(text).toMatch(/Sumber rekaan susulan \. .* 20 Mei 2022/);
    expect(text).toContain('sedikitnya 4 tahun 5 bulan (sumber hanya menyebut bulannya; umur dihitung dari 31 Mei 2022)');
  });

  it('counts a month-dated commitment\'s age conservatively in the ledger, and says so', () => {
    const text = mainText('komitmen');
    expect(text).toContain('Umur sedikitnya 5 tahun 4 bulan (sejak Juni 2021)');
    expect(text).toContain('Kabar terakhir: Maret 2022');
  });

  it('publishes the dates as written with their precision', () => {
    const csv = readFileSync(join(dir, 'dist/data/kunjungan.csv'), 'utf8');
    expect(csv).toContain('2021-06-bangli-ke-banyuwangi,2021-06,bulan,');
    const json = JSON.parse(readFileSync(join(dir, 'dist/data/kabar-inovasi.json'), 'utf8')) as { items: { datePrecision: string; data: { date: string } }[] };
    expect(json.items.map((i) => [i.data.date, i.datePrecision])).toEqual([['2022-05', 'bulan']]);
  });
});
