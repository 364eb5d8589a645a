/**
 * The population/area importer: its rules over a tiny fixture with every quirk of the real
 * tables, and the committed output it wrote from the real tables.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseCode, reconcileFigures, formatImportProblems, KNOWN_NAME_VARIANTS, type FiguresFile, type Table } from '../../src/lib/official-figures.ts';
import { FIGURES_FILE, loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';

const fixture = (name: string): Table => ({ file: `kepmendagri-mini/${name}`, text: readFileSync(new URL(`../fixtures/kepmendagri-mini/${name}`, import.meta.url), 'utf8') });
const official = new Map([
  ['11', 'Aceh'],
  ['11.01', 'Kabupaten Aceh Selatan'],
  ['11.10', 'Kabupaten Aceh Singkil'],
  ['31', 'Daerah Khusus Ibukota Jakarta'],
  ['31.71', 'Kota Administrasi Jakarta Pusat'],
  ['53', 'Nusa Tenggara Timur'],
  ['53.02', 'Kabupaten Timor Tengah Selatan'],
]);
const tables = () => ({ population: fixture('penduduk.csv'), area: fixture('luas.csv') });
const replace = (table: Table, from: string, to: string): Table => ({ ...table, text: table.text.replace(from, to) });

describe('normaliseCode: codes that once went through a number', () => {
  it.each([
    ['11.1', '11.10'],
    ['12.2', '12.20'],
    ['31.0', '31'],
    ['62.06', '62.06'],
    ['62', '62'],
    [' 35.10 ', '35.10'],
  ])('%s is %s', (raw, code) => expect(normaliseCode(raw)).toBe(code));

  it.each(['0', '6', '62.06.01', 'ab', '1.10', ''])('%s is no province or regency code', (raw) => expect(normaliseCode(raw)).toBeUndefined());
});

describe('reconcileFigures over the fixture', () => {
  it('places every row by code, with official names, and recognises the national row', () => {
    const { result, problems } = reconcileFigures(tables(), official);
    expect(problems).toEqual([]);
    expect(result!.national).toEqual({ male: 1700, female: 1600, total: 3300 });
    expect(result!.regions.map((r) => r.code)).toEqual(['11', '11.01', '11.10', '31', '31.71', '53', '53.02']);
    expect(result!.regions.find((r) => r.code === '11.10')).toEqual({ code: '11.10', name: 'Kabupaten Aceh Singkil', population: { male: 400, female: 400, total: 800 }, areaKm2: 1851.615 });
    expect(result!.regions.find((r) => r.code === '31')!.areaKm2).toBe(660.982);
    expect(result!.regions.find((r) => r.code === '53.02')!.name).toBe('Kabupaten Timor Tengah Selatan');
  });

  it('reports every quirk it handled, with file and row', () => {
    const { notes } = reconcileFigures(tables(), official);
    expect(notes).toEqual(
      expect.arrayContaining([
        'kepmendagri-mini/penduduk.csv baris 2: kode 0 (INDONESIA) dikenali sebagai baris nasional.',
        'kepmendagri-mini/penduduk.csv baris 4: spasi ganda pada nama "Kabupaten  Aceh Selatan" dirapikan.',
        'kepmendagri-mini/penduduk.csv baris 9: nama ditulis "Kab Timor Tengah Selatan"; nama resmi Kabupaten Timor Tengah Selatan (53.02).',
        'kepmendagri-mini/luas.csv baris 4: kode "11.1" dibaca sebagai 11.10 (Kabupaten Aceh Singkil).',
        'kepmendagri-mini/luas.csv baris 5: kode "31.0" dibaca sebagai 31 (Daerah Khusus Ibukota Jakarta).',
      ]),
    );
  });

  it('fails on a row it cannot place, naming file, row and a hint', () => {
    const { result, problems } = reconcileFigures({ ...tables(), area: replace(fixture('luas.csv'), '31.71,', '31.99,') }, official);
    expect(result).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'kepmendagri-mini/luas.csv', row: 6, problem: expect.stringContaining('"31.99"'), hint: expect.stringContaining('idn-area-data') }));
    // …and so the official region is missing from that table, which is said too.
    expect(problems).toContainEqual(expect.objectContaining({ file: 'kepmendagri-mini/luas.csv', problem: expect.stringContaining('Kota Administrasi Jakarta Pusat (31.71) tidak ada') }));
    expect(formatImportProblems(problems)).toMatch(/kepmendagri-mini\/luas\.csv, baris 6: kode "31\.99".*\n {2}Saran: /);
  });

  it('fails on a name that contradicts the code, unless it is a known variant', () => {
    const { problems } = reconcileFigures({ ...tables(), population: replace(fixture('penduduk.csv'), 'Kabupaten Aceh Singkil', 'Kabupaten Aceh Barat') }, official);
    expect(problems).toEqual([expect.objectContaining({ row: 5, problem: expect.stringContaining('"Kabupaten Aceh Barat" untuk kode 11.10'), hint: expect.stringContaining('KNOWN_NAME_VARIANTS') })]);
    expect(KNOWN_NAME_VARIANTS['Papua Barat Oaya']).toBe('Papua Barat Daya');
  });

  it('fails on numbers that are not whole counts, that do not add up, or on a duplicate row, all in one run', () => {
    let population = replace(fixture('penduduk.csv'), '200,200,400', '200,200,401');
    population = replace(population, '400,400,800', '400,4.00,800');
    population = { ...population, text: `${population.text}53.02,Kab Timor Tengah Selatan,600,500,1100\n` };
    const area = replace(fixture('luas.csv'), '48.13', '-48');
    const { problems } = reconcileFigures({ population, area }, official);
    expect(problems.map((p) => [p.file, p.row])).toEqual(
      expect.arrayContaining([
        ['kepmendagri-mini/penduduk.csv', 4],
        ['kepmendagri-mini/penduduk.csv', 5],
        ['kepmendagri-mini/penduduk.csv', 10],
        ['kepmendagri-mini/luas.csv', 6],
      ]),
    );
  });

  it('checks that provinces add up to the national row and regencies to their province', () => {
    const { problems } = reconcileFigures({ ...tables(), population: replace(fixture('penduduk.csv'), '31,Daerah Khusus Ibukota Jakarta,500,500,1000', '31,Daerah Khusus Ibukota Jakarta,500,600,1100') }, official);
    expect(problems.map((p) => p.problem)).toEqual([
      expect.stringContaining('tidak sama dengan baris nasional (3300)'),
      expect.stringContaining('kabupaten/kota di Daerah Khusus Ibukota Jakarta (1000) tidak sama dengan baris provinsinya (1100)'),
    ]);
  });

  it('fails without the national row, or on a missing column', () => {
    const noNational = reconcileFigures({ ...tables(), population: replace(fixture('penduduk.csv'), '0,INDONESIA,1700,1600,3300\n', '') }, official);
    expect(noNational.problems).toContainEqual(expect.objectContaining({ problem: expect.stringContaining('baris nasional') }));
    const noColumn = reconcileFigures({ ...tables(), area: replace(fixture('luas.csv'), 'luas_km2', 'luas') }, official);
    expect(noColumn.problems).toContainEqual(expect.objectContaining({ file: 'kepmendagri-mini/luas.csv', row: 1, problem: 'kolom tidak ada: luas_km2' }));
  });
});

describe(`the committed output (${FIGURES_FILE})`, () => {
  let file: FiguresFile;
  let regions: OfficialRegions;
  beforeAll(async () => {
    file = JSON.parse(readFileSync(new URL(`../../${FIGURES_FILE}`, import.meta.url), 'utf8'));
    regions = await loadOfficialRegions();
  });

  it('matches all 552 official regions by code and name, and keeps the national row', () => {
    expect(file.regions).toHaveLength(552);
    expect(file.regions.filter((r) => r.code.length === 2)).toHaveLength(38);
    for (const row of file.regions) expect(regions.byCode.get(row.code)?.name).toBe(row.name);
    const provinces = file.regions.filter((r) => r.code.length === 2);
    expect(provinces.reduce((s, r) => s + r.population.total, 0)).toBe(file.national.total);
    expect(file.national.male + file.national.female).toBe(file.national.total);
  });

  it('keeps its provenance: the decree 300.2.2-2138, its amendment, BIG, the MIT copy, and what the import normalised', () => {
    const source = file.provenance.source as Record<string, unknown>;
    expect(source.decree).toBe('Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025');
    expect(source.amendedBy).toMatch(/300\.2\.2-2430 Tahun 2025/);
    expect(JSON.stringify(source)).toMatch(/Badan Informasi Geospasial.*cahyadsn\/wilayah/);
    expect(file.provenance.inputs.map((i) => [i.rows, i.sha256?.length])).toEqual([[553, 64], [552, 64]]);
    expect(file.provenance.notes.some((n) => n.includes('baris nasional'))).toBe(true);
    expect(file.provenance.notes.filter((n) => n.includes('dibaca sebagai'))).toHaveLength(5);
  });

  it('adds up: every regency/city population sums to its province, male plus female to total', () => {
    for (const province of file.regions.filter((r) => r.code.length === 2)) {
      const parts = file.regions.filter((r) => r.code.startsWith(`${province.code}.`));
      expect(parts.reduce((s, r) => s + r.population.total, 0), province.name).toBe(province.population.total);
    }
    for (const r of file.regions) expect(r.population.male + r.population.female).toBe(r.population.total);
  });
});
