/**
 * Innovations in the shape of Kemendagri's Indeks Inovasi Daerah (IID) profile form: its field
 * order and its words, so staff can copy a Lintas record into their IID report and bring an IID
 * record into Lintas. Pure: the export takes the site model, the import takes rows and the
 * official regions and returns draft entries (path and text); the CLI writes them and then runs
 * the content check, which alone decides whether they land.
 *
 * The IID columns come first, in the form's order; Lintas's own columns follow, so a Lintas
 * export imports back to the same record (tested as a round trip).
 */
import yaml from 'js-yaml';
import {
  BENTUK,
  INISIATOR,
  JENIS,
  TAHAPAN,
  URUSAN,
  statusOfTahapan,
  tahapanOf,
  urusanLabel,
  type Bentuk,
  type Inisiator,
  type Jenis,
  type Tahapan,
  type UrusanCode,
} from '../domain/official-vocabulary.ts';
import { slugify } from '../domain/slug.ts';
import { INNOVATION_STATUSES, SECTORS, type InnovationStatus, type Sector } from '../domain/vocabulary.ts';
import type { Innovation } from '../schemas/innovation.ts';
import { PLACEHOLDER, TODO_COMMENT } from './check/index.ts';
import { FORMULA_START, type CsvRow } from './csv.ts';
import { links } from './links.ts';
import type { Model } from './model.ts';
import type { OfficialRegions } from './official-regions.ts';
import { resolveRegion, shortName } from './region-resolver.ts';

/** The IID profile form's fields, in its order and words (Permendagri 104/2018 form as used by IID). */
export const IID_COLUMNS = [
  'Nama Pemda',
  'Nama Inovasi',
  'Tahapan Inovasi',
  'Inisiator Inovasi Daerah',
  'Jenis Inovasi',
  'Bentuk Inovasi Daerah',
  'Urusan Inovasi Daerah',
  'Urusan Lain yang Beririsan',
  'Waktu Uji Coba Inovasi Daerah',
  'Waktu Penerapan Inovasi Daerah',
  'Rancang Bangun Inovasi Daerah dan Pokok Perubahan yang Dilakukan',
  'Tujuan Inovasi Daerah',
  'Manfaat yang Diperoleh',
  'Hasil Inovasi',
] as const;

/** Lintas's columns after the IID ones: what a Lintas record needs that the IID form lacks. */
export const LINTAS_COLUMNS = ['Kode Wilayah Kemendagri', 'ID Lintas', 'Status Lintas', 'Sektor Lintas', 'Ringkasan', 'Terakhir Dipastikan', 'Sumber', 'Tanggal Sumber', 'URL Sumber', 'URL Lintas'] as const;

export const ALL_COLUMNS = [...IID_COLUMNS, ...LINTAS_COLUMNS];
export type IidColumn = (typeof ALL_COLUMNS)[number];
export type IidRow = Partial<Record<IidColumn, string>>;

/** Several statements in one cell, one per line. */
const LINES = '\n';

/** A figure in the Hasil cell: "Item layanan: 199 item (2019)", read back by the import. */
const figureLine = (f: { label: string; value: number; unit: string; year: number }) => `${f.label}: ${f.value} ${f.unit} (${f.year})`;
const FIGURE_LINE = /^(.+): (\d+(?:\.\d+)?) (.+) \((\d{4})\)$/;

/** Tahapan as the form writes it; a stopped innovation has none in IID, so the cell says "Berhenti". */
const tahapanText = (status: InnovationStatus) => {
  const t = tahapanOf(status);
  return t ? TAHAPAN.values[t] : INNOVATION_STATUSES.berhenti;
};

/** One innovation as an IID row. Empty cells: Lintas has not recorded it (never a guess). */
export function iidRow(site: Model, id: string, data: Innovation): IidRow {
  const region = site.region(data.host);
  const status = site.stateOf(id)?.status ?? data.status;
  const source = data.sources[0];
  const iid = data.iid;
  return {
    'Nama Pemda': region?.official.name ?? data.host,
    'Nama Inovasi': data.title,
    'Tahapan Inovasi': tahapanText(status),
    'Inisiator Inovasi Daerah': iid?.inisiator ? INISIATOR.values[iid.inisiator] : '',
    'Jenis Inovasi': iid?.jenis ? JENIS.values[iid.jenis] : '',
    'Bentuk Inovasi Daerah': iid?.bentuk ? BENTUK.values[iid.bentuk] : '',
    'Urusan Inovasi Daerah': iid?.urusan ? urusanLabel(iid.urusan) : '',
    'Urusan Lain yang Beririsan': (iid?.urusanLain ?? []).map(urusanLabel).join(LINES),
    'Waktu Uji Coba Inovasi Daerah': iid?.ujiCoba ?? '',
    'Waktu Penerapan Inovasi Daerah': iid?.penerapan ?? '',
    'Rancang Bangun Inovasi Daerah dan Pokok Perubahan yang Dilakukan': data.approach.map((s) => s.text).join(LINES),
    // Lintas records no aim of its own; the cell stays empty rather than borrowing another field.
    'Tujuan Inovasi Daerah': '',
    'Manfaat yang Diperoleh': data.outcomes.map((s) => s.text).join(LINES),
    'Hasil Inovasi': data.results.map(figureLine).join(LINES),
    'Kode Wilayah Kemendagri': region?.official.code ?? '',
    'ID Lintas': id,
    'Status Lintas': status,
    'Sektor Lintas': data.sectors.join(', '),
    Ringkasan: data.summary,
    'Terakhir Dipastikan': site.stateOf(id)?.lastVerified ?? data.lastVerified,
    Sumber: source?.title ?? '',
    'Tanggal Sumber': source?.date ?? '',
    'URL Sumber': source?.url ?? '',
    'URL Lintas': links.innovation(id),
  };
}

/** Every innovation as IID rows, in id order. */
export function iidRows(site: Model): IidRow[] {
  return [...site.innovations.values()].sort((a, b) => a.id.localeCompare(b.id)).map((i) => iidRow(site, i.id, i.data));
}

/** The JSON twin of the CSV: the same rows, with the column order stated. */
export function iidJson(site: Model, generated: string) {
  return { dataset: 'inovasi-iid', title: 'Inovasi dalam isian profil Indeks Inovasi Daerah (IID)', generated, columns: ALL_COLUMNS, items: iidRows(site) };
}

// ---------------------------------------------------------------- import

/** What the import needs that an IID record may not carry; given once for every row. */
export interface ImportDefaults {
  /** Source every imported fact cites, when a row has no Sumber/Tanggal Sumber. */
  source?: { title: string; date: string; url?: string; publisher?: string };
}

export interface Draft {
  /** content/innovations/<slug>.md */
  path: string;
  text: string;
}

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
  hint: string;
}

/** Reverse of a label list: the official words (any case, spacing) → the key. */
function keyOf<K extends string>(values: Record<K, string>, cell: string): K | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return (Object.keys(values) as K[]).find((k) => norm(values[k]) === norm(cell) || k === norm(cell));
}

/** "2.16 Komunikasi dan informatika" or "2.16" → "2.16". */
function urusanOf(cell: string): UrusanCode | undefined {
  const code = cell.trim().split(/\s+/)[0] ?? '';
  return code in URUSAN.values ? (code as UrusanCode) : keyOf(URUSAN.values, cell);
}

/** A cell as typed, without the quote our CSV puts before formula-like text. */
const clean = (cell: string | undefined) => {
  const text = (cell ?? '').trim();
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
};
const lines = (cell: string | undefined) => clean(cell).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The sectors a row names ("desa, tik"), or undefined when none is given. */
function sectorsOf(cell: string): Sector[] | undefined {
  const found = cell.split(',').map((s) => s.trim()).filter((s): s is Sector => s in SECTORS);
  return found.length ? found : undefined;
}

/**
 * IID rows → draft innovation entries. A row that cannot become an entry (no region, no source)
 * is reported with its row and column; the rest become drafts. What the IID form lacks and no
 * Lintas column gives (a one-line summary, sectors) is written as an [ISI] placeholder the
 * content check lists as a warning, never made up.
 */
export function importIid(rows: readonly IidRow[], official: OfficialRegions, defaults: ImportDefaults = {}, taken: (path: string) => boolean = () => false): { drafts: Draft[]; problems: ImportProblem[] } {
  const drafts: Draft[] = [];
  const problems: ImportProblem[] = [];
  const used = new Set<string>();
  rows.forEach((row, index) => {
    const n = index + 2; // spreadsheet row: the header is row 1
    const problem = (column: string, message: string, hint: string) => problems.push({ row: n, column, message, hint });
    const before = problems.length;

    const code = clean(row['Kode Wilayah Kemendagri']);
    const name = clean(row['Nama Pemda']);
    let host = code ? official.byCode.get(code) : undefined;
    if (!host && name) {
      const found = resolveRegion(name, official);
      if (found.status === 'found') host = found.region;
    }
    if (!host) problem(code ? 'Kode Wilayah Kemendagri' : 'Nama Pemda', `daerah "${code || name}" tidak dikenali`, 'tulis nama resmi, mis. "Kabupaten Banyuwangi", atau kode Kemendagri dalam kolom Kode Wilayah Kemendagri, mis. 35.10');

    const title = clean(row['Nama Inovasi']);
    if (!title) problem('Nama Inovasi', 'nama inovasi kosong', 'isi nama inovasi seperti di profil IID');

    const tahapanCell = clean(row['Tahapan Inovasi']);
    const tahapan = tahapanCell ? keyOf(TAHAPAN.values, tahapanCell) : undefined;
    const lintasStatus = clean(row['Status Lintas']);
    let status: InnovationStatus | undefined = lintasStatus in INNOVATION_STATUSES ? (lintasStatus as InnovationStatus) : undefined;
    if (!status && tahapan) status = statusOfTahapan(tahapan as Tahapan);
    if (!status && tahapanCell.toLowerCase().startsWith('berhenti')) status = 'berhenti';
    if (!status) problem('Tahapan Inovasi', `tahapan "${tahapanCell}" tidak dikenal`, `tulis salah satu: ${Object.values(TAHAPAN.values).join(', ')}`);

    const official3 = (column: IidColumn, values: Record<string, string>) => {
      const cell = clean(row[column]);
      if (!cell) return undefined;
      const key = keyOf(values, cell);
      if (!key) problem(column, `"${cell}" tidak ada di daftar resmi`, `tulis salah satu: ${Object.values(values).join('; ')}`);
      return key;
    };
    const inisiator = official3('Inisiator Inovasi Daerah', INISIATOR.values) as Inisiator | undefined;
    const jenis = official3('Jenis Inovasi', JENIS.values) as Jenis | undefined;
    const bentuk = official3('Bentuk Inovasi Daerah', BENTUK.values) as Bentuk | undefined;
    const urusanCell = clean(row['Urusan Inovasi Daerah']);
    const urusan = urusanCell ? urusanOf(urusanCell) : undefined;
    if (urusanCell && !urusan) problem('Urusan Inovasi Daerah', `urusan "${urusanCell}" tidak dikenal`, 'tulis kode Permendagri 90/2019 dan namanya, mis. "2.16 Komunikasi dan informatika"');
    const urusanLain = lines(row['Urusan Lain yang Beririsan']).map((cell) => {
      const c = urusanOf(cell);
      if (!c) problem('Urusan Lain yang Beririsan', `urusan "${cell}" tidak dikenal`, 'satu urusan per baris, kode Permendagri 90/2019 dan namanya');
      return c;
    }).filter((c): c is UrusanCode => c !== undefined);

    const rowSource = clean(row.Sumber) && clean(row['Tanggal Sumber'])
      ? { title: clean(row.Sumber), date: clean(row['Tanggal Sumber']), ...(clean(row['URL Sumber']) ? { url: clean(row['URL Sumber']) } : {}) }
      : defaults.source;
    if (!rowSource) problem('Sumber', 'sumber tidak disebut', 'isi kolom Sumber dan Tanggal Sumber (judul dan tanggal laporan IID atau dokumen asalnya), atau jalankan impor dengan --sumber "…" --tanggal TTTT-BB-HH');

    if (problems.length > before || !host || !title || !status || !rowSource) return;

    const key = 'iid';
    const cite = (text: string) => ({ text, source: key });
    const approach = lines(row['Rancang Bangun Inovasi Daerah dan Pokok Perubahan yang Dilakukan']);
    const results = lines(row['Hasil Inovasi']).map((line) => {
      const m = FIGURE_LINE.exec(line);
      return m ? { label: m[1]!, value: Number(m[2]), unit: m[3]!, year: Number(m[4]), source: key } : line;
    });
    const figures = results.filter((r) => typeof r !== 'string');
    const unparsed = results.filter((r): r is string => typeof r === 'string');
    const sectors = sectorsOf(clean(row['Sektor Lintas']));
    const summary = clean(row.Ringkasan);
    const hasIid = bentuk || jenis || inisiator || urusan || urusanLain.length || clean(row['Waktu Uji Coba Inovasi Daerah']) || clean(row['Waktu Penerapan Inovasi Daerah']);
    const data = {
      title,
      host: host.slug,
      summary: summary || `${PLACEHOLDER} Satu kalimat: apa inovasi ini.`,
      sectors: sectors ?? ['tata-kelola'],
      status,
      lastVerified: clean(row['Terakhir Dipastikan']) || rowSource.date,
      approach: approach.length ? approach.map(cite) : [cite(`${PLACEHOLDER} Satu langkah cara kerja inovasi menurut sumber.`)],
      ...(figures.length ? { results: figures } : {}),
      ...(lines(row['Manfaat yang Diperoleh']).length ? { outcomes: lines(row['Manfaat yang Diperoleh']).map(cite) } : {}),
      ...(hasIid
        ? {
            iid: {
              ...(bentuk ? { bentuk } : {}),
              ...(jenis ? { jenis } : {}),
              ...(inisiator ? { inisiator } : {}),
              ...(urusan ? { urusan } : {}),
              ...(urusanLain.length ? { urusanLain } : {}),
              ...(clean(row['Waktu Uji Coba Inovasi Daerah']) ? { ujiCoba: clean(row['Waktu Uji Coba Inovasi Daerah']) } : {}),
              ...(clean(row['Waktu Penerapan Inovasi Daerah']) ? { penerapan: clean(row['Waktu Penerapan Inovasi Daerah']) } : {}),
              source: key,
            },
          }
        : {}),
      sources: [{ id: key, title: rowSource.title, ...('publisher' in rowSource && rowSource.publisher ? { publisher: rowSource.publisher } : {}), date: rowSource.date, ...(rowSource.url ? { url: rowSource.url } : {}) }],
    };
    const header = [
      '# Dibuat oleh npm run iid:import dari satu baris profil IID. Periksa setiap isian terhadap sumbernya.',
      ...(sectors ? [] : [`${TODO_COMMENT} pilih sektor dari: ${Object.keys(SECTORS).join(', ')}`]),
    ];
    const body = [
      ...(clean(row['Tujuan Inovasi Daerah']) ? [`Tujuan inovasi menurut profil IID: ${clean(row['Tujuan Inovasi Daerah'])}`, ''] : []),
      ...(unparsed.length ? [`Hasil inovasi menurut profil IID: ${unparsed.join('; ')}`, ''] : []),
      ...(summary ? [] : [`${PLACEHOLDER} Jelaskan inovasi ini dalam beberapa kalimat, hanya yang dikatakan sumber, lalu hapus paragraf ini.`]),
    ];
    const id = clean(row['ID Lintas']) || `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${shortName(host, official)}`;
    let path = `content/innovations/${id}.md`;
    for (let k = 2; used.has(path) || taken(path); k += 1) path = `content/innovations/${id}-${k}.md`;
    used.add(path);
    const frontmatter = yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
    drafts.push({ path, text: ['---', ...header, frontmatter.trimEnd(), '---', '', ...(body.length ? body : ['']), ''].join('\n') });
  });
  return { drafts, problems };
}

/** Rows of a CSV or JSON file written by iidRows (or by hand in the same columns). */
export function rowsFromJson(json: unknown): IidRow[] {
  const items = Array.isArray(json) ? json : (json as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Error('berkas JSON tidak berisi daftar "items"');
  return items.map((item) => Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([k, v]) => [k, v == null ? '' : String(v)])) as IidRow);
}

/** Rows as CSV-ready records (every column present, in order). */
export const csvRows = (rows: readonly IidRow[]): CsvRow[] => rows.map((r) => Object.fromEntries(ALL_COLUMNS.map((c) => [c, r[c] ?? ''])));
