/**
 * New entries for `npm run new`: given the entry type and what the author typed (regions already
 * resolved), returns the file's path and text. Pure, so tests can check every type.
 *
 * A scaffold holds only what the author typed plus clearly marked placeholders: values starting
 * with [ISI] and `# ISI:` instruction comments in Indonesian. Placeholders are valid values, so a
 * fresh entry passes the content check (and builds), while the check lists every one of them as
 * a warning until the author replaces it. Nothing here states a fact the author did not give.
 */
import { COMMITMENT_STATUSES, COST_BASES, FUNDING_SOURCES, INNOVATION_STATUSES, SECTORS, VISIT_TYPES, type CommitmentStatus, type InnovationStatus } from '../domain/vocabulary.ts';
import { BENTUK, EVIDENCE_KINDS, INISIATOR, JENIS, REPLICATION_STAGES } from '../domain/official-vocabulary.ts';
import { datePrecision, firstDay, formatDate } from '../domain/dates.ts';
import { slugify } from '../domain/slug.ts';
import { slug as slugSchema } from '../schemas/common.ts';
import { SLUG_PATTERN } from '../schemas/patterns.ts';
import { PLACEHOLDER, TODO_COMMENT } from './check/index.ts';
import type { OfficialRegion, OfficialRegions } from './official-regions.ts';
import { shortName } from './region-resolver.ts';

export const ENTRY_TYPES = ['visit', 'innovation', 'playbook', 'region', 'followup', 'news'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export type ScaffoldInput =
  | {
      type: 'visit';
      /** The visiting region, or the name of a non-government institution. */
      visitor: { region: OfficialRegion } | { institution: string };
      host: OfficialRegion;
      /** As precise as the source: 2021-11-15, 2021-06 or 2016. */
      date: string;
      title?: string;
    }
  | { type: 'innovation'; host: OfficialRegion; title: string; status?: InnovationStatus; lastVerified: string }
  | { type: 'playbook'; owner: OfficialRegion; title: string; innovations: string[]; date: string }
  | { type: 'region'; region: OfficialRegion; date: string }
  /** News about a commitment made on an existing visit (ids already checked by the caller). */
  | { type: 'followup'; visit: string; commitment: string; date: string; status: CommitmentStatus }
  /** Later facts about an existing innovation (id already checked by the caller). */
  | { type: 'news'; innovation: string; date: string; status?: InnovationStatus };

export interface Scaffold {
  /** Project-relative path, e.g. content/visits/2021-11-15-bangli-ke-banyuwangi.md */
  path: string;
  text: string;
}

/** What the author typed cannot become an entry (a malformed id, a path leaving content/); the message says which flag and how to fix it. */
export class ScaffoldError extends Error {}

/**
 * The problem with an id or slug flag, if any. Ids become file names and references, so they must be
 * plain slugs (the schemas' own rule): `../../x` or `a/b` would otherwise name a file outside content/.
 */
export function slugFlagProblem(flag: string, value: string): string | undefined {
  const result = slugSchema.safeParse(value);
  if (result.success) return undefined;
  return `--${flag} "${value}" bukan slug yang sah: ${result.error.issues[0]?.message ?? 'hanya huruf kecil, angka dan tanda hubung'}`;
}

/** Every scaffold lands at content/<folder>/<slug>.md and nowhere else. */
export const SCAFFOLD_PATH = new RegExp(`^content/(?:visits|innovations|playbooks|regions|followups|news)/${SLUG_PATTERN.source.slice(1, -1)}\\.md$`);

/** Key of the one placeholder source every scaffold cites. */
export const SOURCE_KEY = 'sumber-1';

/** A YAML double-quoted string (JSON strings are valid YAML), so any title is safe. */
const q = (value: string) => JSON.stringify(value);
const todo = (indent: string, text: string) => `${indent}${TODO_COMMENT} ${text}`;
const placeholder = (text: string) => q(`${PLACEHOLDER} ${text}`);

/** First words of a slug, cut at a word boundary, so file names stay readable. */
function shorten(slug: string, max = 60): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/** "<title>-<host>" unless the title already ends with the host's name. */
function titleWithHost(title: string, host: string): string {
  const base = shorten(slugify(title)) || 'entri';
  return base === host || base.endsWith(`-${host}`) ? base : `${base}-${host}`;
}

const HEADER = [
  '# Dibuat dengan `npm run new`. Petunjuk mengisi: docs/panduan-penulis.md',
  `# Baris "${TODO_COMMENT} …" adalah petunjuk: lengkapi isian di bawahnya menurut sumber, lalu hapus barisnya.`,
  `# Teks yang diawali ${PLACEHOLDER} adalah contoh yang harus diganti. Periksa hasilnya dengan: npm run check`,
];

function sourcesBlock(date: string, title = 'Judul sumber (berita, siaran pers, notulen atau laporan)'): string[] {
  // A source's publication date is a full day; when the event's date is only a month or a year,
  // the scaffold cannot know it and says so, instead of passing off the first day as a fact.
  const partial = datePrecision(date) !== 'hari';
  return [
    'sources:',
    todo('  ', 'sumber tertulis (berita, siaran pers, notulen, laporan). Ganti judul dan tanggal terbitnya;'),
    todo('  ', 'tambahkan "publisher:" (penerbit) dan "url:" (alamat web) bila ada. Setiap fakta mengutip kunci id ini.'),
    `  - id: ${SOURCE_KEY}`,
    `    title: ${placeholder(title)}`,
    ...(partial ? [todo('    ', `tanggal terbit sumber (TTTT-BB-HH); ${firstDay(date)} hanya isian awal, bukan tanggal dari sumber.`)] : []),
    `    date: ${firstDay(date)}`,
  ];
}

/** Lines for choosing sectors: a visit's own topics or an innovation's sectors. */
const SECTOR_LIST = Object.keys(SECTORS).join(', ');

function entry(frontmatter: string[], body: string[]): string {
  return ['---', ...HEADER, ...frontmatter, '---', '', ...body, ''].join('\n');
}

function visit(input: Extract<ScaffoldInput, { type: 'visit' }>, official: OfficialRegions): Scaffold {
  const visitorName = 'region' in input.visitor ? input.visitor.region.name : input.visitor.institution;
  const title = input.title?.trim() || `Kunjungan ${visitorName} ke ${input.host.name}`;
  const frontmatter = [
    `title: ${q(title)}`,
    ...(datePrecision(input.date) === 'hari'
      ? []
      : [`# Tanggal setepat sumber: ${input.date} (${datePrecision(input.date) === 'bulan' ? 'bulan dan tahun' : 'tahun'} saja). Jangan ditambah hari karangan.`]),
    `date: ${q(input.date)}`,
    'visitor:',
    'region' in input.visitor ? `  region: ${input.visitor.region.slug}` : `  institution: ${q(input.visitor.institution)}`,
    `host: ${input.host.slug}`,
    todo('', `topik yang dipelajari, satu atau lebih dari: ${SECTOR_LIST}`),
    'sectors: [tata-kelola]',
    '# Isian berikut dipakai bila sumber menyebutkannya: hapus tanda # di awal barisnya, jaga indentasinya.',
    '# Yang tidak disebut sumber cukup dibiarkan: halaman menulis "tidak disebutkan sumber".',
    '# location: Kantor Pemkab …        # tempat pertemuan',
    `# visitType: studi-tiru            # jenis kunjungan: ${Object.keys(VISIT_TYPES).join(', ')}`,
    '# cost:                            # biaya, HANYA bila sumber menyebutnya; Lintas tidak menaksir',
    '#   amount: 125000000              # rupiah penuh, tanpa titik',
    `#   basis: realisasi               # ${Object.keys(COST_BASES).join(', ')}`,
    `#   funding: apbd                  # ${Object.keys(FUNDING_SOURCES).join(', ')}`,
    `#   source: ${SOURCE_KEY}`,
    '#   quote: Kalimat persis dari sumber tentang biaya.',
    '#   lhpd: https://…                # laporan hasil perjalanan dinas, bila terbuka untuk umum',
    '# delegation:                      # rombongan',
    '#   leader:                        # pemimpin rombongan, hanya bila sumber menyebutnya',
    '#     role: Jabatan pemimpin',
    '#     name: Nama pemimpin          # hanya bila sumber menyebut namanya',
    '#   size: 25                       # jumlah SELURUH rombongan, bila sumber menyebut jumlah total',
    '#   members:                       # anggota selain pemimpin',
    '#     count: 20                    # bila sumber menyebut, mis., "bupati memboyong 20 kepala dinas"',
    '#     description: asisten dan kepala dinas',
    `#   source: ${SOURCE_KEY}`,
    '#   quote: Kalimat persis dari sumber tentang rombongan.',
    '# receivedBy:                      # pejabat tuan rumah yang menerima',
    '#   - role: Jabatan penerima',
    '# innovationsStudied:              # slug inovasi di content/innovations/ yang dipelajari',
    '#   - slug-inovasi',
    '# takeaways:                       # pelajaran yang dicatat',
    `#   - text: Pelajaran dalam kalimat sederhana.`,
    `#     source: ${SOURCE_KEY}`,
    '#     quote: Kalimat persis dari sumber.',
    '# commitments:                     # apa yang hendak ditiru pengunjung',
    '#   - id: kunci-pendek',
    '#     text: Apa yang hendak ditiru.',
    '#     status: niat',
    `#     source: ${SOURCE_KEY}`,
    ...sourcesBlock(input.date, 'Judul berita atau notulen kunjungan'),
  ];
  const body = [
    `Pada ${formatDate(input.date)}, ${visitorName} berkunjung ke ${input.host.name}.`,
    '',
    `${PLACEHOLDER} Tulis ringkasan kunjungan dalam beberapa kalimat: siapa yang datang, siapa yang menerima,`,
    'apa yang dipelajari. Tulis hanya yang dikatakan sumber, lalu hapus paragraf ini.',
  ];
  return { path: `content/visits/${visitFileName(input, official)}.md`, text: entry(frontmatter, body) };
}

/**
 * `<date>-<visitor>-ke-<host>`: the date as precise as the source (2021-06-…), the visitor's
 * short region name or the institution's name, the host's short name. Callers make it unique
 * (a second delegation on the same day) with uniquePath.
 */
export function visitFileName(input: Extract<ScaffoldInput, { type: 'visit' }>, official: OfficialRegions): string {
  const visitor = 'region' in input.visitor ? shortName(input.visitor.region, official) : shorten(slugify(input.visitor.institution), 40) || 'lembaga';
  return `${input.date}-${visitor}-ke-${shortName(input.host, official)}`;
}

/**
 * Entries that are one of many on a day (visits, follow-ups, news) never need a new title to be
 * written: when the path is taken, the next free `-2`, `-3`, … is used. Other types are one per
 * subject, so a taken path is reported instead (returns undefined).
 */
export function uniquePath(type: EntryType, path: string, taken: (path: string) => boolean): string | undefined {
  if (!taken(path)) return path;
  if (type !== 'visit' && type !== 'followup' && type !== 'news') return undefined;
  for (let n = 2; ; n += 1) {
    const candidate = path.replace(/\.md$/, `-${n}.md`);
    if (!taken(candidate)) return candidate;
  }
}

function innovation(input: Extract<ScaffoldInput, { type: 'innovation' }>, official: OfficialRegions): Scaffold {
  const frontmatter = [
    `title: ${q(input.title.trim())}`,
    `host: ${input.host.slug}`,
    `summary: ${placeholder('Satu kalimat: apa inovasi ini.')}`,
    todo('', `satu atau lebih sektor dari: ${SECTOR_LIST}`),
    'sectors: [tata-kelola]',
    ...(input.status ? [] : [todo('', `keadaan inovasi menurut sumber terbaru: ${Object.keys(INNOVATION_STATUSES).join(', ')}`)]),
    `status: ${input.status ?? 'berjalan'}`,
    todo('', 'tanggal keadaan inovasi terakhir dipastikan dari sumber (TTTT-BB-HH).'),
    `lastVerified: ${input.lastVerified}`,
    '# startYear: 2019                  # tahun mulai, hanya bila sumber menyebutkannya',
    '# iid:                             # isian profil Indeks Inovasi Daerah, HANYA yang disebut sumber',
    `#   bentuk: pelayanan-publik       # ${Object.keys(BENTUK.values).join(', ')}`,
    `#   jenis: digital                 # ${Object.keys(JENIS.values).join(', ')}`,
    `#   inisiator: perangkat-daerah    # ${Object.keys(INISIATOR.values).join(', ')}`,
    '#   urusan: "2.16"                 # kode Permendagri 90/2019 dalam tanda kutip (daftar di referensi isian)',
    '#   ujiCoba: "2020-06"             # waktu uji coba, setepat sumber',
    '#   penerapan: "2021-01"           # waktu penerapan, setepat sumber',
    `#   source: ${SOURCE_KEY}`,
    'approach:',
    todo('  ', 'cara kerja inovasi, satu langkah per butir, masing-masing dengan sumber dan kutipannya.'),
    `  - text: ${placeholder('Satu langkah cara kerja inovasi, hanya yang dikatakan sumber.')}`,
    `    source: ${SOURCE_KEY}`,
    '#   quote: Kalimat persis dari sumber.',
    '# results:                         # hasil terukur: setiap angka dengan tahun dan sumber',
    '#   - label: Apa yang diukur',
    '#     value: 100',
    '#     unit: satuan',
    '#     year: 2021',
    `#     source: ${SOURCE_KEY}`,
    ...sourcesBlock(input.lastVerified),
  ];
  const body = [`${PLACEHOLDER} Jelaskan inovasi ini dalam beberapa kalimat, hanya yang dikatakan sumber, lalu hapus paragraf ini.`];
  return { path: `content/innovations/${titleWithHost(input.title, shortName(input.host, official))}.md`, text: entry(frontmatter, body) };
}

function playbook(input: Extract<ScaffoldInput, { type: 'playbook' }>, official: OfficialRegions): Scaffold {
  const frontmatter = [
    `title: ${q(input.title.trim())}`,
    `summary: ${placeholder('Satu kalimat: apa yang dituntun panduan ini.')}`,
    `owner: ${input.owner.slug}`,
    `innovations: [${input.innovations.join(', ')}]`,
    'stages:',
    todo('  ', 'tahap-tahap berurutan; salin butir "- title: …" untuk tahap berikutnya. Tulis hanya yang disebut sumber.'),
    `  - title: ${placeholder('Nama tahap pertama')}`,
    `    goal: ${placeholder('Apa yang dicapai di akhir tahap ini')}`,
    '    citations:',
    `      - source: ${SOURCE_KEY}`,
    '#       quote: Kalimat persis dari sumber.',
    ...sourcesBlock(input.date),
  ];
  const body = [`${PLACEHOLDER} Ceritakan dari mana panduan ini berasal, hanya yang dikatakan sumber, lalu hapus paragraf ini.`];
  return { path: `content/playbooks/${titleWithHost(input.title, shortName(input.owner, official))}.md`, text: entry(frontmatter, body) };
}

function region(input: Extract<ScaffoldInput, { type: 'region' }>, official: OfficialRegions): Scaffold {
  const r = input.region;
  const province = r.kind === 'provinsi' ? undefined : official.byCode.get(r.provinceCode);
  const frontmatter = [
    `code: ${q(r.code)}`,
    `name: ${q(r.name)}`,
    `kind: ${r.kind}`,
    ...(province ? [`province: ${province.slug}`] : []),
    todo('', 'satu atau dua kalimat tentang daerah ini menurut sumber (boleh dihapus).'),
    `summary: ${placeholder('Satu atau dua kalimat tentang daerah ini.')}`,
    '# indicators:                      # angka daerah dari katalog src/domain/indicators.ts, dengan tahun dan sumber',
    '#   - key: penduduk',
    '#     value: 100000',
    '#     year: 2021',
    `#     source: ${SOURCE_KEY}`,
    ...sourcesBlock(input.date),
  ];
  const body = [`${PLACEHOLDER} Tulis profil singkat daerah ini, hanya yang dikatakan sumber, lalu hapus paragraf ini.`];
  return { path: `content/regions/${r.slug}.md`, text: entry(frontmatter, body) };
}

function followup(input: Extract<ScaffoldInput, { type: 'followup' }>): Scaffold {
  const frontmatter = [
    `visit: ${input.visit}`,
    `commitment: ${input.commitment}`,
    `date: ${q(input.date)}`,
    todo('', `status sejak tanggal ini: ${Object.entries(COMMITMENT_STATUSES).map(([k, v]) => `${k} (${v})`).join(', ')}.`),
    `status: ${input.status}`,
    ...(input.status === 'diadopsi'
      ? [
          todo('', `"diadopsi" hanya dengan bukti: jenis dokumen (${Object.keys(EVIDENCE_KINDS.values).join(', ')}) dan nama/nomornya menurut sumber.`),
          'evidence:',
          '  kind: pks-mou',
          `  title: ${placeholder('Nama atau nomor dokumen bukti, mis. PKS Nomor …')}`,
        ]
      : []),
    `# replicationStage: persiapan      # tahap replikasi bila sumber menyebutnya: ${Object.keys(REPLICATION_STAGES.values).join(', ')}`,
    todo('', 'apa kabarnya, hanya yang dikatakan sumber; tambahkan "quote:" berisi kalimat persisnya bila ada.'),
    `text: ${placeholder('Apa yang sudah terjadi dengan komitmen ini.')}`,
    `source: ${SOURCE_KEY}`,
    ...sourcesBlock(input.date),
  ];
  return { path: `content/followups/${input.date}-${input.commitment}.md`, text: entry(frontmatter, []) };
}

function news(input: Extract<ScaffoldInput, { type: 'news' }>): Scaffold {
  const frontmatter = [
    `innovation: ${input.innovation}`,
    todo('', 'tanggal keadaan yang dikabarkan, setepat sumber: TTTT-BB-HH, TTTT-BB (bulan saja) atau TTTT (tahun saja).'),
    `date: ${q(input.date)}`,
    ...(input.status
      ? [`status: ${input.status}`]
      : [`# status: berjalan                # hanya bila sumber menyebut keadaannya: ${Object.keys(INNOVATION_STATUSES).join(', ')}`]),
    'statements:',
    todo('  ', 'fakta baru menurut sumber, satu per butir (mis. bulan peluncuran, kriteria); tambahkan "quote:" berisi kalimat persisnya.'),
    `  - text: ${placeholder('Fakta baru tentang inovasi ini, hanya yang dikatakan sumber.')}`,
    `    source: ${SOURCE_KEY}`,
    '# figures:                         # angka baru: setiap angka dengan tahun dan sumber',
    '#   - label: Desa yang sudah menjalankan',
    '#     value: 100',
    '#     unit: desa',
    '#     year: 2021',
    `#     source: ${SOURCE_KEY}`,
    ...sourcesBlock(input.date, 'Judul berita atau laporan yang mengabarkan inovasi ini'),
  ];
  return { path: `content/news/${input.date}-${input.innovation}.md`, text: entry(frontmatter, []) };
}

function build(input: ScaffoldInput, official: OfficialRegions): Scaffold {
  switch (input.type) {
    case 'visit':
      return visit(input, official);
    case 'innovation':
      return innovation(input, official);
    case 'playbook':
      return playbook(input, official);
    case 'region':
      return region(input, official);
    case 'followup':
      return followup(input);
    case 'news':
      return news(input);
  }
}

/** The new entry's path and text; throws a ScaffoldError listing every malformed id, and never returns a path outside content/. */
export function scaffold(input: ScaffoldInput, official: OfficialRegions): Scaffold {
  const ids: [string, string][] =
    input.type === 'followup' ? [['visit', input.visit], ['commitment', input.commitment]]
    : input.type === 'playbook' ? input.innovations.map((id) => ['innovation', id])
    : input.type === 'news' ? [['innovation', input.innovation]]
    : [];
  const problems = ids.map(([flag, value]) => slugFlagProblem(flag, value)).filter((p): p is string => p !== undefined);
  if (problems.length) throw new ScaffoldError(problems.join('\n'));
  const result = build(input, official);
  // Belt and braces: whatever reached the name, the file is content/<folder>/<slug>.md.
  if (!SCAFFOLD_PATH.test(result.path)) throw new ScaffoldError(`nama file "${result.path}" tidak sah; tidak ada yang ditulis. Pakai judul atau id berhuruf kecil, angka dan tanda hubung.`);
  return result;
}
