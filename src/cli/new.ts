/**
 * `npm run new`: writes a new entry with valid frontmatter and marked placeholders.
 *
 *   npm run new -- visit --from Bangli --to banyuwangi --date 2021-11-15 --title "…"
 *   npm run new -- innovation --host banyuwangi --title "…" [--status berjalan] [--date 2021-11-15]
 *   npm run new -- playbook --owner banyuwangi --title "…" --innovation smart-kampung-banyuwangi
 *   npm run new -- region --region "Kota Bandung"
 *   npm run new -- news --innovation smart-kampung-banyuwangi --date 2021-06   (alias: kabar)
 *
 * Regions may be given by name, slug or official code. Missing flags are asked for when the
 * terminal is interactive; otherwise the command fails and lists them. Thin: the rules live in
 * src/lib/region-resolver.ts and src/lib/scaffold.ts.
 */
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { z } from 'astro/zod';
import { COMMITMENT_STATUSES, INNOVATION_STATUSES } from '../domain/vocabulary.ts';
import { isoDate } from '../schemas/common.ts';
import { innovationSchema } from '../schemas/innovation.ts';
import { partialDate } from '../schemas/partial-date.ts';
import { commitmentStatus } from '../schemas/visit.ts';
import { entryId, parseFrontmatter, readContent, suggest } from '../lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegion, type OfficialRegions } from '../lib/official-regions.ts';
import { describeRegion, resolveRegion } from '../lib/region-resolver.ts';
import { UserError, flagValue, readFlags } from './flags.ts';
import { ENTRY_TYPES, SCAFFOLD_PATH, ScaffoldError, scaffold, slugFlagProblem, uniquePath, type EntryType, type ScaffoldInput } from '../lib/scaffold.ts';

const USAGE = `Pemakaian:
  npm run new -- visit --from <daerah> --to <daerah> --date <tanggal> [--title "…"]
  npm run new -- visit --institution "<nama lembaga>" --to <daerah> --date <tanggal> [--title "…"]
  npm run new -- innovation --host <daerah> --title "…" [--status ${Object.keys(INNOVATION_STATUSES).join('|')}] [--date TTTT-BB-HH]
  npm run new -- playbook --owner <daerah> --title "…" --innovation <slug-inovasi> [--innovation …] [--date TTTT-BB-HH]
  npm run new -- region --region <daerah>
  npm run new -- followup --visit <slug-kunjungan> --commitment <id-komitmen> --date <tanggal> --status ${Object.keys(COMMITMENT_STATUSES).join('|')}
  npm run new -- news --innovation <slug-inovasi> --date <tanggal> [--status ${Object.keys(INNOVATION_STATUSES).join('|')}]   (juga: kabar)

<tanggal> setepat sumbernya: 2021-11-15 (hari), 2021-06 (bulan saja) atau 2016 (tahun saja).
Tanggal terbit (--date pada innovation, playbook, region) selalu TTTT-BB-HH.
Pengunjung yang bukan pemerintah daerah (kementerian, universitas, …): --institution, bukan --from.

<daerah> boleh nama ("Bangli", "Kota Bandung"), slug (kabupaten-bangli) atau kode Kemendagri (51.06).
--root <folder> menulis ke proyek lain (bawaan: folder saat ini). Tanpa isian wajib, perintah bertanya
bila dijalankan di terminal; bila tidak, perintah gagal dan menyebut isian yang kurang.`;

/** Every flag `npm run new` takes; which ones a type needs is checked per type below. */
const NEW_FLAGS = z.strictObject({
  from: z.string().optional(),
  institution: z.string().optional(),
  to: z.string().optional(),
  host: z.string().optional(),
  owner: z.string().optional(),
  region: z.string().optional(),
  date: z.string().optional(),
  title: z.string().optional(),
  status: z.string().optional(),
  innovation: z.array(z.string()).optional(),
  visit: z.string().optional(),
  commitment: z.string().optional(),
  root: z.string().optional(),
  help: z.boolean().optional(),
});

const { flags: values, positionals } = (() => {
  try {
    // The entry type, and for a region profile the region itself.
    return readFlags(process.argv.slice(2), NEW_FLAGS, { maxPositionals: 2, short: { help: 'h' } });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(1);
  }
})();

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
let rl: Interface | undefined;
const ask = async (question: string): Promise<string> => {
  rl ??= createInterface({ input: process.stdin, output: process.stdout });
  return (await rl.question(question)).trim();
};

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Turns what the author typed into one official region: asks on a shared name or a miss when interactive, fails otherwise. */
async function region(flag: string, typed: string, official: OfficialRegions): Promise<OfficialRegion> {
  let query = typed;
  for (;;) {
    const result = resolveRegion(query, official);
    if (result.status === 'found') return result.region;
    if (result.status === 'ambiguous') {
      const list = result.choices.map((r, i) => `  ${i + 1}. ${describeRegion(r)} — tulis --${flag} ${r.slug}`).join('\n');
      if (!interactive) throw new UserError(`--${flag} "${query}" bisa berarti beberapa daerah:\n${list}`);
      const answer = await ask(`"${query}" bisa berarti:\n${list}\nPilih nomor: `);
      const chosen = result.choices[Number(answer) - 1];
      if (chosen) return chosen;
      continue;
    }
    const suggestions = result.suggestions.map((r) => `  - ${describeRegion(r)} (${r.slug})`).join('\n');
    const message = `--${flag}: daerah "${query}" tidak ditemukan.${suggestions ? `\nMaksud Anda:\n${suggestions}` : ' Tulis nama resmi, slug atau kode Kemendagri, mis. "Kabupaten Bangli" atau 51.06.'}`;
    if (!interactive) throw new UserError(message);
    console.log(message);
    query = await ask(`Daerah (${flag}): `);
  }
}

/** A required flag's value: from the command line, or asked for when interactive; otherwise recorded as missing. */
async function need(missing: string[], flag: string, question: string, value: string | undefined): Promise<string> {
  if (value?.trim()) return value.trim();
  if (!interactive) {
    missing.push(`--${flag}`);
    return '';
  }
  let answer = '';
  while (!answer) answer = await ask(`${question}: `);
  return answer;
}

/** Fails listing every id flag that is not a plain slug (ids become file names: `../x` must never reach one). */
function checkSlugs(flags: [string, string][]): void {
  const problems = flags.map(([flag, value]) => slugFlagProblem(flag, value)).filter((p): p is string => p !== undefined);
  if (problems.length) throw new UserError(problems.join('\n'));
}

/** The file to write, resolved and verified to lie inside <root>/content/ (symlinks followed too). */
function contentTarget(root: string, path: string): string {
  const content = resolve(root, 'content');
  const target = resolve(root, path);
  const outside = () => new UserError(`${path} berada di luar content/; tidak ada yang ditulis.`);
  if (!SCAFFOLD_PATH.test(path) || !target.startsWith(content + sep)) throw outside();
  mkdirSync(dirname(target), { recursive: true });
  // A folder inside content/ that is a symlink to elsewhere must not carry the file out either.
  if (!`${realpathSync(dirname(target))}${sep}`.startsWith(`${realpathSync(content)}${sep}`)) throw outside();
  return target;
}

/** A publication date, by the schemas' own rule (isoDate). */
function checkDate(flag: string, value: string): string {
  return flagValue(isoDate, value, `--${flag} "${value}" bukan tanggal yang ada; tulis TTTT-BB-HH, mis. 2021-11-15`);
}

/** An event's date, as precise as its source: 2021-11-15, 2021-06 or 2016 (the schemas' partialDate). */
function checkPartialDate(flag: string, value: string): string {
  return flagValue(partialDate, value, `--${flag} "${value}" bukan tanggal yang ada; tulis setepat sumbernya: 2021-11-15 (hari), 2021-06 (bulan saja) atau 2016 (tahun saja)`);
}

/** A status from the vocabulary the entry's own schema accepts. */
function checkStatus<T extends z.ZodType<string>>(schema: T, value: string, choices: Record<string, string>): z.output<T> {
  return flagValue(schema, value, `--status "${value}" tidak dikenal; pilih: ${Object.keys(choices).join(', ')}`);
}

function existingInnovations(root: string): string[] {
  return readContent(root)
    .filter((e) => e.collection === 'innovations')
    .map((e) => entryId(e.file));
}

async function build(type: EntryType, root: string, official: OfficialRegions): Promise<ScaffoldInput> {
  const missing: string[] = [];
  const failIfMissing = () => {
    if (missing.length) throw new UserError(`isian wajib belum diberikan: ${missing.join(', ')}\n\n${USAGE}`);
  };
  switch (type) {
    case 'visit': {
      const institution = values.institution?.trim();
      if (institution && values.from?.trim()) {
        throw new UserError('pengunjung diisi dua kali: --from untuk pemerintah daerah, --institution untuk lembaga lain (kementerian, universitas, …); pakai salah satu saja');
      }
      const from = institution ? '' : await need(missing, 'from', 'Daerah pengunjung (nama, slug atau kode)', values.from);
      const to = await need(missing, 'to', 'Daerah tuan rumah (nama, slug atau kode)', values.to);
      const date = await need(missing, 'date', 'Tanggal kunjungan (2021-11-15, atau 2021-06 / 2016 bila sumber hanya menyebut bulan / tahun)', values.date);
      failIfMissing();
      // Every mistake in one run: resolve both regions and the date before failing.
      const errors: string[] = [];
      const attempt = async <T>(get: () => T | Promise<T>): Promise<T | undefined> => {
        try {
          return await get();
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          errors.push(error.message);
          return undefined;
        }
      };
      const visitorRegion = institution
        ? undefined
        : await attempt(async () => {
            try {
              return await region('from', from, official);
            } catch (error) {
              if (!(error instanceof UserError)) throw error;
              // A ministry or university typed as --from: point to the flag that fits.
              throw new UserError(`${error.message}\nBila pengunjungnya bukan pemerintah daerah, tulis: --institution "${from}" (sebagai ganti --from).`);
            }
          });
      const host = await attempt(() => region('to', to, official));
      await attempt(() => checkPartialDate('date', date));
      if (errors.length || !host) throw new UserError(errors.join('\n'));
      const visitor = visitorRegion ? { region: visitorRegion } : { institution: institution! };
      if (visitorRegion && visitorRegion.code === host.code) throw new UserError('pengunjung dan tuan rumah tidak boleh daerah yang sama');
      let title = values.title;
      if (title === undefined && interactive) title = await ask('Judul kunjungan (Enter untuk judul bawaan): ');
      return { type, visitor, host, date: checkPartialDate('date', date), title };
    }
    case 'innovation': {
      const host = await need(missing, 'host', 'Daerah yang menjalankan inovasi', values.host ?? values.to);
      const title = await need(missing, 'title', 'Nama inovasi', values.title);
      failIfMissing();
      const status = values.status === undefined ? undefined : checkStatus(innovationSchema.shape.status, values.status, INNOVATION_STATUSES);
      return { type, host: await region('host', host, official), title, status, lastVerified: checkDate('date', values.date ?? localToday()) };
    }
    case 'playbook': {
      const owner = await need(missing, 'owner', 'Daerah yang pengalamannya menjadi dasar panduan', values.owner ?? values.host);
      const title = await need(missing, 'title', 'Judul panduan', values.title);
      let innovations = values.innovation ?? [];
      if (innovations.length === 0) innovations = (await need(missing, 'innovation', 'Slug inovasi yang dituntun (pisahkan dengan koma)', undefined)).split(',').map((s) => s.trim()).filter(Boolean);
      failIfMissing();
      checkSlugs(innovations.map((slug) => ['innovation', slug]));
      const known = existingInnovations(root);
      for (const slug of innovations) {
        if (known.includes(slug)) continue;
        const hint = suggest(slug, known);
        throw new UserError(`--innovation "${slug}" tidak ada di content/innovations/.${hint ? ` ${hint}` : ''} Buat dulu dengan: npm run new -- innovation`);
      }
      return { type, owner: await region('owner', owner, official), title, innovations, date: checkDate('date', values.date ?? localToday()) };
    }
    case 'region': {
      const typed = await need(missing, 'region', 'Daerah (nama, slug atau kode)', values.region ?? positionals[1]);
      failIfMissing();
      return { type, region: await region('region', typed, official), date: checkDate('date', values.date ?? localToday()) };
    }
    case 'followup': {
      const visit = await need(missing, 'visit', 'Slug kunjungan (nama file tanpa .md)', values.visit);
      const commitment = await need(missing, 'commitment', 'id komitmen dalam kunjungan itu', values.commitment);
      const date = await need(missing, 'date', 'Tanggal kabar (2021-11-15, 2021-06 atau 2016)', values.date);
      const status = await need(missing, 'status', `Status sejak tanggal itu (${Object.keys(COMMITMENT_STATUSES).join(', ')})`, values.status);
      failIfMissing();
      checkSlugs([['visit', visit], ['commitment', commitment]]);
      const visits = readContent(root).filter((e) => e.collection === 'visits');
      const file = visits.find((e) => entryId(e.file) === visit);
      if (!file) {
        const ids = visits.map((e) => entryId(e.file));
        const hint = suggest(visit, ids);
        throw new UserError(`--visit "${visit}" tidak ada di content/visits/.${hint ? ` ${hint}` : ''}`);
      }
      const data = parseFrontmatter(file.text).data as { commitments?: { id?: string }[] };
      const ids = (data.commitments ?? []).map((c) => c.id).filter((id): id is string => typeof id === 'string');
      if (!ids.includes(commitment)) throw new UserError(`kunjungan ${visit} tidak punya komitmen "${commitment}"; pilih: ${ids.join(', ') || '(belum ada komitmen)'}`);
      const checkedStatus = checkStatus(commitmentStatus, status, COMMITMENT_STATUSES);
      return { type, visit, commitment, date: checkPartialDate('date', date), status: checkedStatus };
    }
    case 'news': {
      const innovation = await need(missing, 'innovation', 'Slug inovasi yang dikabarkan', values.innovation?.[0]);
      const date = await need(missing, 'date', 'Tanggal kabar (2021-11-15, 2021-06 atau 2016)', values.date);
      failIfMissing();
      checkSlugs([['innovation', innovation]]);
      const known = existingInnovations(root);
      if (!known.includes(innovation)) {
        const hint = suggest(innovation, known);
        throw new UserError(`--innovation "${innovation}" tidak ada di content/innovations/.${hint ? ` ${hint}` : ''} Buat dulu dengan: npm run new -- innovation`);
      }
      const status = values.status === undefined ? undefined : checkStatus(innovationSchema.shape.status, values.status, INNOVATION_STATUSES);
      return { type, innovation, date: checkPartialDate('date', date), status };
    }
  }
}

/** Advice that works when a one-per-subject entry already exists. */
function alreadyThere(input: ScaffoldInput, path: string): string {
  const base = `${path} sudah ada; file tidak ditimpa.`;
  switch (input.type) {
    case 'region':
      return `${base} Profil ${input.region.name} sudah ditulis: buka file itu dan lengkapi di sana.`;
    case 'innovation':
    case 'playbook':
      return `${base} Bila itu ${input.type === 'innovation' ? 'inovasi' : 'panduan'} yang sama, buka file itu${input.type === 'innovation' ? ' (fakta baru ditulis sebagai kabar: npm run new -- news --innovation …)' : ''}; bila berbeda, beri --title yang membedakannya.`;
    default:
      return base;
  }
}

async function main(): Promise<number> {
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // "kabar" is what authors call news of an innovation.
  let typed = positionals[0] === 'kabar' ? 'news' : positionals[0];
  if (!typed && interactive) typed = await ask(`Jenis entri (${ENTRY_TYPES.join(', ')}): `);
  const entryType = z.enum(ENTRY_TYPES).safeParse(typed);
  if (!entryType.success) {
    console.error(`${typed ? `jenis entri "${typed}" tidak dikenal` : 'jenis entri belum diberikan'}; pilih: ${ENTRY_TYPES.join(', ')}\n\n${USAGE}`);
    return 1;
  }
  const type = entryType.data;
  const root = values.root ?? process.cwd();
  const official = await loadOfficialRegions();
  const input = await build(type, root, official);
  let scaffolded;
  try {
    scaffolded = scaffold(input, official);
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UserError(error.message);
    throw error;
  }
  const taken = (p: string) => existsSync(join(root, p)) || existsSync(join(root, p.replace(/\.md$/, '.mdx')));
  const path = uniquePath(input.type, scaffolded.path, taken);
  if (!path) throw new UserError(alreadyThere(input, scaffolded.path));
  const target = contentTarget(root, path);
  writeFileSync(target, scaffolded.text, { flag: 'wx' });
  console.log(path);
  if (path !== scaffolded.path) {
    console.error(`${scaffolded.path} sudah ada (mis. rombongan lain pada hari yang sama), jadi entri baru diberi nama ${path}.\nBila yang Anda maksud entri yang sudah ada, buka ${scaffolded.path} dan hapus ${path}.`);
  }
  console.error(`Tertulis: ${path}\nLengkapi isian bertanda [ISI] dan "# ISI:" menurut sumber, lalu jalankan: npm run check`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`Gagal: ${error.message}`);
  process.exitCode = 1;
} finally {
  rl?.close();
}
