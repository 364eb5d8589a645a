/**
 * Population and area of every province and regency/city from Kepmendagri 300.2.2-2138 Tahun 2025,
 * reconciled row by row with the official region list (idn-area-data). Pure: the importer CLI
 * (`npm run data:import`) reads the CSVs and writes the result; the build only reads the
 * committed result (data/kepmendagri-2025.json), never the source tables.
 */
import { parseCsv } from './csv.ts';

/** Where the figures come from: shown on every page that shows them, and written into the data file. */
export const FIGURES_CREDIT = {
  year: 2025,
  decree: 'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025',
  decreeShort: 'Kepmendagri 300.2.2-2138 Tahun 2025',
  amendedBy: 'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025',
  decreeTitle: 'Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau',
  population: 'Jumlah penduduk dalam lampiran Kepmendagri 300.2.2-2138 Tahun 2025',
  area: 'Luas wilayah dari Badan Informasi Geospasial (surat B-16.10/DIGD-BIG/IGD.04.04/12/2024, 16 Desember 2024), dipakai dalam Kepmendagri 300.2.2-2138 Tahun 2025',
  areaShort: 'BIG, surat B-16.10/DIGD-BIG/IGD.04.04/12/2024',
  copy: {
    name: 'cahyadsn/wilayah',
    author: 'Cahya DSN',
    url: 'https://github.com/cahyadsn/wilayah',
    licence: 'MIT',
    files: ['db/wilayah_penduduk.sql', 'db/wilayah_luas.sql'],
  },
  /** The dump does not give the count's reference date within 2025, so the decree's year stands for it. */
  yearNote: 'Tahun = tahun keputusan; salinan data tidak menyebut tanggal acuan hitungan penduduk.',
} as const;

export interface Population {
  male: number;
  female: number;
  total: number;
}

export interface RegionFigures {
  code: string;
  /** The official name (idn-area-data), not the table's spelling. */
  name: string;
  population: Population;
  areaKm2: number;
}

export interface FiguresFile {
  provenance: {
    /** FIGURES_CREDIT as it stood when the file was written. */
    source: object;
    inputs: { file: string; rows: number; sha256?: string }[];
    importedWith: string;
    notes: string[];
  };
  national: Population;
  regions: RegionFigures[];
}

export interface ImportProblem {
  file: string;
  /** 1-based line in the file, the header being line 1. */
  row: number;
  problem: string;
  hint: string;
}

/**
 * Names in the tables that differ from the official names, known and accepted (see the data
 * README). Each is reported, never silently accepted; any other difference fails the import.
 */
export const KNOWN_NAME_VARIANTS: Record<string, string> = {
  'Kab Timor Tengah Selatan': 'Kabupaten Timor Tengah Selatan',
  'Kab Pegunungan Bintang': 'Kabupaten Pegunungan Bintang',
  'Kabupaten Kep. Siau Tagulandang Biaro': 'Kabupaten Kepulauan Siau Tagulandang Biaro',
  'Papua Barat Oaya': 'Papua Barat Daya',
};

const NATIONAL_CODES = new Set(['0', '00']);

/**
 * Codes as written in the tables back to official codes. Codes that once went through a number
 * lost a trailing zero: "11.1" is 11.10, "12.2" is 12.20, and a province became "31.0".
 * Returns undefined for anything not shaped like a province or regency code.
 */
export function normaliseCode(raw: string): string | undefined {
  const code = raw.trim();
  if (/^\d{2}$/.test(code) || /^\d{2}\.\d{2}$/.test(code)) return code;
  const mangled = /^(\d{2})\.(\d)$/.exec(code);
  if (mangled) return mangled[2] === '0' ? mangled[1] : `${mangled[1]}.${mangled[2]}0`;
  return undefined;
}

const squash = (name: string) => name.trim().replace(/\s+/g, ' ');

/** Whole, non-negative numbers as the tables write them (no thousands separators). */
function count(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

function decimal(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

export interface Table {
  file: string;
  text: string;
}

interface Placed<T> {
  code: string;
  row: number;
  value: T;
}

/**
 * Reconciles both tables with the official list. Every problem in one run: rows whose code is
 * unknown, whose name contradicts the official one, whose numbers are not numbers, duplicates,
 * and official regions missing from a table.
 */
export function reconcileFigures(
  tables: { population: Table; area: Table },
  official: Map<string, string>,
): { result?: FiguresFile; problems: ImportProblem[]; notes: string[] } {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  let national: Population | undefined;

  const read = <T>(table: Table, columns: string[], parse: (row: Record<string, string>, line: number) => T | undefined): Placed<T>[] => {
    const parsed = parseCsv(table.text);
    const missing = columns.filter((c) => !parsed.fields.includes(c));
    if (missing.length > 0) {
      problems.push({ file: table.file, row: 1, problem: `kolom tidak ada: ${missing.join(', ')}`, hint: `baris judul harus memuat ${columns.join(', ')}` });
      return [];
    }
    const placed: Placed<T>[] = [];
    const seen = new Map<string, number>();
    parsed.rows.forEach((row, index) => {
      const line = index + 2;
      const raw = row.kode ?? '';
      if (NATIONAL_CODES.has(raw.trim())) {
        const value = parse(row, line);
        if (value !== undefined && table === tables.population) national = value as Population;
        notes.push(`${table.file} baris ${line}: kode ${raw} (${squash(row.nama ?? '')}) dikenali sebagai baris nasional.`);
        return;
      }
      const code = normaliseCode(raw);
      const name = code === undefined ? undefined : official.get(code);
      if (code === undefined || name === undefined) {
        problems.push({
          file: table.file,
          row: line,
          problem: `kode "${raw}" (${row.nama ?? ''}) tidak cocok dengan provinsi atau kabupaten/kota resmi mana pun`,
          hint: 'periksa kode di idn-area-data; kode provinsi dua angka (mis. 62), kabupaten/kota "PP.KK" (mis. 62.06)',
        });
        return;
      }
      if (code !== raw.trim()) notes.push(`${table.file} baris ${line}: kode "${raw}" dibaca sebagai ${code} (${name}).`);
      const written = squash(row.nama ?? '');
      if (written !== (row.nama ?? '').trim()) notes.push(`${table.file} baris ${line}: spasi ganda pada nama "${row.nama}" dirapikan.`);
      if (written.toLowerCase() !== name.toLowerCase()) {
        if (KNOWN_NAME_VARIANTS[written] === name) {
          notes.push(`${table.file} baris ${line}: nama ditulis "${written}"; nama resmi ${name} (${code}).`);
        } else {
          problems.push({
            file: table.file,
            row: line,
            problem: `nama "${written}" untuk kode ${code} berbeda dari nama resmi "${name}"`,
            hint: `periksa apakah kodenya benar; bila hanya ejaan yang berbeda, tambahkan "${written}" ke KNOWN_NAME_VARIANTS di src/lib/official-figures.ts`,
          });
          seen.set(code, line); // reported here; not again as missing
          return;
        }
      }
      const earlier = seen.get(code);
      if (earlier !== undefined) {
        problems.push({ file: table.file, row: line, problem: `kode ${code} sudah ada di baris ${earlier}`, hint: 'hapus baris ganda' });
        return;
      }
      seen.set(code, line);
      const value = parse(row, line);
      if (value !== undefined) placed.push({ code, row: line, value });
    });
    for (const [code, name] of official) {
      if (!seen.has(code)) problems.push({ file: table.file, row: 0, problem: `${name} (${code}) tidak ada di tabel`, hint: 'tabel harus memuat setiap provinsi dan kabupaten/kota resmi' });
    }
    return placed;
  };

  const population = read(tables.population, ['kode', 'nama', 'laki_laki', 'perempuan', 'jumlah'], (row, line) => {
    const male = count(row.laki_laki);
    const female = count(row.perempuan);
    const total = count(row.jumlah);
    if (male === undefined || female === undefined || total === undefined) {
      problems.push({ file: tables.population.file, row: line, problem: 'laki_laki, perempuan dan jumlah harus bilangan bulat', hint: 'tulis angka tanpa titik atau koma ribuan' });
      return undefined;
    }
    if (male + female !== total) {
      problems.push({ file: tables.population.file, row: line, problem: `laki_laki + perempuan (${male + female}) tidak sama dengan jumlah (${total})`, hint: 'salin ulang baris ini dari sumbernya' });
      return undefined;
    }
    return { male, female, total };
  });
  const area = read(tables.area, ['kode', 'nama', 'luas_km2'], (row, line) => {
    const km2 = decimal(row.luas_km2);
    if (km2 === undefined || km2 <= 0) {
      problems.push({ file: tables.area.file, row: line, problem: `luas_km2 "${row.luas_km2 ?? ''}" bukan angka positif`, hint: 'tulis luas dalam km² dengan titik desimal, mis. 20380.503' });
      return undefined;
    }
    return km2;
  });

  if (!national) problems.push({ file: tables.population.file, row: 0, problem: 'baris nasional (kode 0) tidak ada', hint: 'tabel penduduk memuat baris INDONESIA dengan kode 0' });

  // The provinces' populations must add up to the national row and to their regencies: a check
  // that catches a shifted or mistyped row the code check cannot.
  const populationByCode = new Map(population.map((p) => [p.code, p]));
  const provinceCodes = [...official.keys()].filter((c) => c.length === 2);
  if (national && provinceCodes.every((c) => populationByCode.has(c))) {
    const sum = provinceCodes.reduce((s, c) => s + populationByCode.get(c)!.value.total, 0);
    if (sum !== national.total) problems.push({ file: tables.population.file, row: 0, problem: `jumlah penduduk provinsi (${sum}) tidak sama dengan baris nasional (${national.total})`, hint: 'periksa baris provinsi' });
  }
  for (const province of provinceCodes) {
    const own = populationByCode.get(province);
    const parts = population.filter((p) => p.code.startsWith(`${province}.`));
    const expected = [...official.keys()].filter((c) => c.startsWith(`${province}.`)).length;
    if (!own || parts.length !== expected) continue;
    const sum = parts.reduce((s, p) => s + p.value.total, 0);
    if (sum !== own.value.total) problems.push({ file: tables.population.file, row: own.row, problem: `jumlah penduduk kabupaten/kota di ${official.get(province)} (${sum}) tidak sama dengan baris provinsinya (${own.value.total})`, hint: 'periksa baris kabupaten/kota provinsi ini' });
  }

  if (problems.length > 0 || !national) return { problems, notes };
  const areaByCode = new Map(area.map((a) => [a.code, a.value]));
  const regions = [...official.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([code, name]) => ({ code, name, population: populationByCode.get(code)!.value, areaKm2: areaByCode.get(code)! }));
  return {
    problems,
    notes,
    result: {
      provenance: {
        source: FIGURES_CREDIT,
        inputs: [
          { file: tables.population.file, rows: population.length + 1 },
          { file: tables.area.file, rows: area.length },
        ],
        importedWith: 'npm run data:import (src/cli/import-figures.ts)',
        notes,
      },
      national,
      regions,
    },
  };
}

export function formatImportProblems(problems: ImportProblem[]): string {
  return [
    `${problems.length} masalah pada tabel penduduk dan luas:`,
    ...problems.map((p) => `- ${p.file}${p.row > 0 ? `, baris ${p.row}` : ''}: ${p.problem}.\n  Saran: ${p.hint}.`),
  ].join('\n');
}
