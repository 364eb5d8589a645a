/**
 * `npm run iid:export` and `npm run iid:import`: innovations in the fields and words of the IID
 * profile form (Kemendagri's Indeks Inovasi Daerah).
 *
 *   npm run iid:export -- [--format csv|json] [--out <file>] [<folder proyek>]
 *   npm run iid:import -- <file.csv|file.json> [--sumber "Judul laporan IID" --tanggal TTTT-BB-HH [--url …]] [--folder <folder proyek>]
 *
 * The import writes draft entries to content/innovations/, runs the content check on the whole
 * project and removes every draft again if the check refuses anything. Thin: the rules live in
 * src/lib/iid.ts and src/lib/iid-project.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { formatProblems, formatWarnings } from '../lib/check/index.ts';
import { parseCsv, toCsv } from '../lib/csv.ts';
import { ALL_COLUMNS, csvRows, rowsFromJson, type IidRow } from '../lib/iid.ts';
import { exportProject, importIntoProject } from '../lib/iid-project.ts';
import { isoDate, webUrl } from '../schemas/common.ts';
import { UserError, flagValue, readFlags } from './flags.ts';

const USAGE = `Pemakaian:
  npm run iid:export -- [--format csv|json] [--out <berkas>] [<folder proyek>]
  npm run iid:import -- <berkas.csv|berkas.json> [--sumber "Judul laporan IID" --tanggal TTTT-BB-HH [--url https://…]] [--folder <folder proyek>]`;

const [command, ...args] = process.argv.slice(2);

try {
  if (command === 'export') {
    const { flags, positionals } = readFlags(args, z.strictObject({ format: z.enum(['csv', 'json']).default('csv'), out: z.string().optional() }), { maxPositionals: 1 });
    const { rows, problems } = await exportProject(positionals[0] ?? process.cwd());
    if (problems.length) {
      console.error(`Konten belum lolos pemeriksaan; ekspor dibatalkan.\n\n${formatProblems(problems)}`);
      process.exit(1);
    }
    const text = flags.format === 'json' ? `${JSON.stringify({ columns: ALL_COLUMNS, items: rows }, null, 1)}\n` : toCsv(csvRows(rows), ALL_COLUMNS);
    if (flags.out) {
      writeFileSync(flags.out, text);
      console.log(`${rows.length} inovasi ditulis ke ${flags.out} dalam isian profil IID.`);
    } else process.stdout.write(text);
  } else if (command === 'import') {
    const { flags, positionals } = readFlags(args, z.strictObject({ sumber: z.string().optional(), tanggal: z.string().optional(), url: z.string().optional(), folder: z.string().optional() }), { maxPositionals: 1 });
    const file = positionals[0];
    if (!file) throw new UserError('sebutkan berkas CSV atau JSON yang diimpor');
    if ((flags.sumber === undefined) !== (flags.tanggal === undefined)) throw new UserError('--sumber dan --tanggal diisi bersama: judul dan tanggal dokumen asal profil IID');
    const source = flags.sumber && flags.tanggal
      ? {
          title: flags.sumber,
          date: flagValue(isoDate, flags.tanggal, `--tanggal "${flags.tanggal}" harus TTTT-BB-HH, mis. 2024-08-13`),
          ...(flags.url ? { url: flagValue(webUrl, flags.url, `--url "${flags.url}" harus alamat lengkap https://…`) } : {}),
        }
      : undefined;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new UserError(`berkas ${file} tidak dapat dibaca`);
    }
    let rows: IidRow[];
    try {
      rows = file.toLowerCase().endsWith('.json') ? rowsFromJson(JSON.parse(text)) : (parseCsv(text).rows as IidRow[]);
    } catch (error) {
      throw new UserError(`berkas ${file} tidak terbaca sebagai ${file.toLowerCase().endsWith('.json') ? 'JSON' : 'CSV'}: ${(error as Error).message}`);
    }
    const outcome = await importIntoProject(flags.folder ?? process.cwd(), rows, { ...(source ? { source } : {}) });
    switch (outcome.kind) {
      case 'project':
        console.error(`Konten yang ada belum lolos pemeriksaan; perbaiki dulu, lalu impor lagi. Tidak ada yang ditulis.\n\n${formatProblems(outcome.problems)}`);
        process.exit(1);
        break;
      case 'rows':
        console.error(`Tidak ada yang ditulis: ${outcome.problems.length} masalah di ${file}.\n`);
        for (const p of outcome.problems) console.error(`${file} baris ${p.row}, kolom "${p.column}": ${p.message}\n  → ${p.hint}`);
        process.exit(1);
        break;
      case 'refused':
        console.error(`Draf hasil impor ditolak pemeriksaan konten dan dihapus lagi; tidak ada yang ditulis.\n\n${formatProblems(outcome.problems)}`);
        process.exit(1);
        break;
      case 'written':
        console.log(`${outcome.drafts.length} draf inovasi ditulis dan lolos pemeriksaan konten:\n${outcome.drafts.map((d) => `  ${d.path}`).join('\n')}`);
        if (outcome.warnings.length) console.warn(`\n${formatWarnings(outcome.warnings)}`);
    }
  } else {
    throw new UserError(command ? `perintah tidak dikenal: ${command}` : 'sebutkan export atau import');
  }
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(1);
}
