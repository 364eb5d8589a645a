/**
 * The synthetic corpus: innovations, visits, playbooks and region profiles of realistic shape,
 * hosted by real regions (official slugs), every citation pointing into the entry's own sources,
 * innovation ↔ playbook links reciprocal, visit files named after their date. It must pass the
 * project's content check, because the build refuses anything that does not.
 */
import yaml from 'js-yaml';
import { slugify } from '../src/domain/slug.ts';
import { INDICATORS } from '../src/domain/indicators.ts';
import { COMMITMENT_STATUSES, INNOVATION_STATUSES, SECTORS, type Sector } from '../src/domain/vocabulary.ts';
import type { OfficialRegion } from '../src/lib/official-regions.ts';
import { LIMITS, htmlLength } from '../src/lib/check/index.ts';
import { fullPageTitle } from '../src/domain/page-title.ts';
import { createRng, type Rng } from './prng.ts';
import { fill, markdownBody, sentenceCase, type Slots } from './text.ts';
import * as W from './words.ts';

export interface Scale {
  innovations: number;
  visits: number;
  playbooks: number;
  /** Curated region profiles (content/regions); the project renders all official regions regardless. */
  regionProfiles: number;
}

export const SCALES = {
  small: { innovations: 500, visits: 200, playbooks: 20, regionProfiles: 40 },
  default: { innovations: 5000, visits: 2000, playbooks: 100, regionProfiles: 150 },
  national: { innovations: 30000, visits: 10000, playbooks: 600, regionProfiles: 552 },
} as const satisfies Record<string, Scale>;
export type ScaleName = keyof typeof SCALES;

/** One file to write under content/<folder>/. */
export interface CorpusFile {
  folder: 'regions' | 'innovations' | 'playbooks' | 'visits' | 'followups';
  name: string;
  text: string;
}

interface Source {
  id: string;
  title: string;
  publisher?: string;
  date: string;
  url?: string;
}

interface Innovation {
  id: string;
  host: OfficialRegion;
  sector: Sector;
  serves: string;
  data: Record<string, unknown> & { title: string; playbook?: string; sources: Source[] };
}

const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
const SECTOR_KEYS = Object.keys(SECTORS) as Sector[];
const INDICATOR_KEYS = Object.keys(INDICATORS) as (keyof typeof INDICATORS)[];

/** "Kabupaten Katingan" → "Katingan": what articles and file names use. */
function shortName(region: OfficialRegion): string {
  return region.name.replace(/^(Kabupaten|Kota)\s+/, '');
}

/**
 * No generated date is later than this: the content check refuses news dated after today, and a
 * follow-up comes up to four years after its visit. Fixed (not today's date) so a seed always
 * gives the same corpus.
 */
const LATEST_DATE = '2026-10-31';

function notAfterLatest(iso: string): string {
  return iso > LATEST_DATE ? LATEST_DATE : iso;
}

function daysAfter(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  // Day ≤ 28 keeps every date real without a calendar table.
  return `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** Hands out ids unique within one collection, the way an editor would add -2 on a clash. */
function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function person(rng: Rng, role: string, named = 0.7) {
  return rng.chance(named) ? { name: `${rng.pick(W.FIRST_NAMES)} ${rng.pick(W.LAST_NAMES)}`, role } : { role };
}

/** Kecamatan names per regency code, so bodies name real places of the host (and vary the vocabulary). */
export async function loadDistrictNames(): Promise<Map<string, string[]>> {
  const data = await import('idn-area-data');
  const names = new Map<string, string[]>();
  for (const d of await data.getDistricts()) {
    for (const key of [d.regency_code, d.regency_code.slice(0, 2)]) names.set(key, [...(names.get(key) ?? []), d.name]);
  }
  return names;
}

// Set at the start of generateCorpus; module state keeps every generator's signature short.
let districtNames = new Map<string, string[]>();

function slotsFor(rng: Rng, region: OfficialRegion, serves: string): Slots {
  return { serves, actor: rng.pick(W.ACTORS), region: region.name, kecamatan: rng.pick(districtNames.get(region.code) ?? ['Kota']) };
}

/** Articles about an entry: dates from `dateOf`, so a visit's reports come out just after the visit. */
function sources(rng: Rng, title: () => string, region: OfficialRegion, dateOf = () => isoDate(rng, FIRST_YEAR, LAST_YEAR)): Source[] {
  const unique = uniqueIds();
  return Array.from({ length: rng.int(1, 3) }, () => {
    const publisher = rng.pick(W.PUBLISHERS);
    const date = dateOf();
    const id = unique(`${slugify(publisher)}-${date.slice(0, 4)}`);
    const source: Source = { id, title: title(), date };
    if (rng.chance(0.8)) source.publisher = `${publisher} ${shortName(region)}`;
    if (rng.chance(0.8)) source.url = `https://example.org/lintas-bench/${date.slice(0, 4)}/${slugify(source.title)}-${rng.int(1000, 9999)}`;
    return source;
  });
}

/** A claim tied to one of the entry's sources, with a supporting quote most of the time. */
function statement(rng: Rng, text: string, list: Source[]) {
  const s: Record<string, unknown> = { text, source: rng.pick(list).id };
  if (rng.chance(0.7)) s.quote = `${text.replace(/\.$/, '')}, kata narasumber.`;
  return s;
}

function statements(rng: Rng, templates: string[], slots: Record<string, string>, list: Source[], min: number, max: number) {
  return rng.sample(templates, rng.int(min, max)).map((t) => statement(rng, sentenceCase(fill(t, slots)), list));
}

function latest(list: Source[]): string {
  return list.map((s) => s.date).sort().at(-1) as string;
}

function figures(rng: Rng, serves: string, list: Source[]) {
  const units = [
    ['Desa yang terlayani', 'desa'],
    ['Warga yang dilayani', 'jiwa'],
    [`Berkas ${serves} yang diproses`, 'berkas'],
    ['Petugas yang dilatih', 'orang'],
    ['Waktu layanan rata-rata', 'hari'],
  ] as const;
  return rng.sample(units, rng.int(0, 3)).map(([label, unit]) => {
    const source = rng.pick(list);
    const year = Number(source.date.slice(0, 4));
    const basis = rng.chance(0.6) ? 'data' : 'terbit';
    const figure: Record<string, unknown> = {
      label,
      value: unit === 'jiwa' ? rng.int(500, 250000) : rng.int(1, 900),
      unit,
      year: basis === 'data' ? year - rng.int(0, 1) : year,
      source: source.id,
    };
    if (basis === 'terbit') figure.yearBasis = 'terbit';
    if (rng.chance(0.2)) figure.approximate = true;
    return figure;
  });
}

function innovation(rng: Rng, host: OfficialRegion, nextId: (base: string) => string): Innovation {
  const sector = rng.pick(SECTOR_KEYS);
  const theme = W.THEMES[sector];
  const name = rng.pick(theme.names);
  const serves = rng.pick(theme.serves);
  const id = nextId(slugify(`${name} ${shortName(host)}`));
  const list = sources(rng, () => `${rng.pick(W.ARTICLE_VERBS)} ${name} di ${host.name}`, host);
  const slots = slotsFor(rng, host, serves);
  const others = rng.sample(SECTOR_KEYS.filter((s) => s !== sector), rng.int(0, 2));
  const data: Innovation['data'] = {
    title: `${name} ${shortName(host)}`,
    host: host.slug,
    summary: `${name} di ${host.name} untuk memperbaiki ${serves}.`,
    sectors: [sector, ...others],
    ...(rng.chance(0.6) ? { startYear: rng.int(2008, Number(list[0]?.date.slice(0, 4))) } : {}),
    status: rng.chance(0.7) ? 'berjalan' : rng.pick(Object.keys(INNOVATION_STATUSES)),
    lastVerified: latest(list),
    problem: statements(rng, W.PROBLEM_SENTENCES, slots, list, 0, 2),
    approach: statements(rng, W.APPROACH_SENTENCES, slots, list, 1, 4),
    results: figures(rng, serves, list),
    outcomes: statements(rng, W.OUTCOME_SENTENCES, slots, list, 0, 3),
    prerequisites: rng.sample(INDICATOR_KEYS, rng.int(0, 2)).map((key) => ({
      ...statement(rng, W.PREREQUISITES[key] ?? `${INDICATORS[key].label} memadai.`, list),
      ...(rng.chance(0.7) ? { indicator: key } : {}),
    })),
    ...(rng.chance(0.1) ? { editorialNotes: [{ text: 'Sumber tidak menyebut tahun mulai dan besar anggaran program ini.' }] } : {}),
    sources: list,
  };
  return { id, host, sector, serves, data };
}

function stage(rng: Rng, title: string, serves: string, list: Source[]) {
  const actors = rng.sample(W.ACTORS, rng.int(0, 3));
  return {
    title,
    goal: `${title} untuk ${serves} selesai dan disepakati perangkat daerah.`,
    ...(rng.chance(0.5) ? { prerequisites: [`Tahap sebelumnya selesai dan anggaran ${serves} tersedia.`] } : {}),
    ...(rng.chance(0.7) ? { steps: rng.sample(W.APPROACH_SENTENCES, rng.int(1, 4)).map((t) => sentenceCase(fill(t, { serves, actor: rng.pick(W.ACTORS) }))) } : {}),
    ...(actors.length ? { actors } : {}),
    ...(rng.chance(0.4) ? { duration: rng.pick(W.DURATIONS) } : {}),
    ...(rng.chance(0.5) ? { evidence: [`${rng.int(3, 200)} desa telah menjalankan ${serves}.`] } : {}),
    citations: Array.from({ length: rng.int(1, 2) }, () => ({
      source: rng.pick(list).id,
      ...(rng.chance(0.7) ? { quote: `Kami memulai dengan ${title.toLowerCase()}, lalu pelan-pelan semua ikut menyesuaikan.` } : {}),
    })),
  };
}

/**
 * The first title whose page <title> fits the content check's limit: long region and institution
 * names would otherwise make the corpus fail the check it is built to pass.
 */
function fittingTitle(...candidates: string[]): string {
  return candidates.find((title) => htmlLength(fullPageTitle(title)) <= LIMITS.titleChars) ?? (candidates.at(-1) as string);
}

/** A playbook for one innovation and up to two siblings from the same host, linked both ways. */
function playbook(rng: Rng, lead: Innovation, siblings: Innovation[], nextId: (base: string) => string) {
  const members = [lead, ...rng.sample(siblings, rng.int(0, 2))];
  const id = nextId(`panduan-${lead.id}`);
  for (const m of members) m.data.playbook = id;
  const list = sources(rng, () => `Cara ${lead.host.name} Menjalankan ${lead.data.title}`, lead.host);
  const data = {
    title: fittingTitle(`Menerapkan ${lead.data.title}: tahap demi tahap`, `Menerapkan ${lead.data.title}`, lead.data.title),
    summary: `Tahap-tahap ${lead.host.name} menjalankan ${lead.data.title} sejauh disebut sumber.`,
    owner: lead.host.slug,
    innovations: members.map((m) => m.id),
    stages: rng.sample(W.STAGE_TITLES, rng.int(2, 6)).map((t) => stage(rng, t, lead.serves, list)),
    ...(rng.chance(0.3) ? { editorialNotes: [{ text: 'Urutan tahap disusun redaksi dari keterangan sumber.' }] } : {}),
    sources: list,
  };
  return { id, data, slots: slotsFor(rng, lead.host, lead.serves) };
}

/** A visit between two real regions (or an institution) to study the host's innovations. */
function visit(rng: Rng, studied: Innovation[], regions: OfficialRegion[], nextId: (base: string) => string) {
  const host = (studied[0] as Innovation).host;
  const byRegion = rng.chance(0.9);
  let visitor = rng.pick(regions);
  while (visitor.slug === host.slug) visitor = rng.pick(regions);
  const institution = rng.pick(W.INSTITUTIONS);
  const who = byRegion ? visitor.name : institution;
  const date = isoDate(rng, FIRST_YEAR, LAST_YEAR);
  const id = nextId(`${date}-${slugify(byRegion ? shortName(visitor) : institution)}-ke-${slugify(shortName(host))}`);
  const list = sources(rng, () => `Rombongan ${who} ${rng.pick(W.ARTICLE_VERBS)} ke ${host.name}`, host, () => daysAfter(date, rng.int(0, 20)));
  const serves = studied[0]?.serves ?? 'pelayanan publik';
  const slots = slotsFor(rng, host, serves);
  const commitments = rng.sample(studied, rng.int(0, 3)).map((inn, i) => ({
    id: `komitmen-${i + 1}`,
    ...statement(rng, `Menerapkan ${inn.data.title} di daerah sendiri.`, list),
    innovation: inn.id,
    status: rng.chance(0.8) ? 'niat' : 'direncanakan',
  }));
  const data = {
    title: fittingTitle(`${who} belajar ${serves} ke ${host.name}`, `${who} belajar ke ${host.name}`, `${who} ke ${host.name}`, `Kunjungan ke ${host.name}`),
    date,
    visitor: byRegion ? { region: visitor.slug } : { institution },
    host: host.slug,
    ...(rng.chance(0.6) ? { location: host.kind === 'kota' ? `Balai Kota ${shortName(host)}` : `Kantor Pemkab ${shortName(host)}` } : {}),
    delegation: {
      leader: person(rng, byRegion ? `${rng.pick(W.ROLES_HEAD)} ${shortName(visitor)}` : `Pimpinan rombongan ${institution}`),
      ...(rng.chance(0.8) ? { members: { ...(rng.chance(0.7) ? { count: rng.int(3, 40) } : {}), description: 'kepala dinas dan staf' } } : {}),
      source: rng.pick(list).id,
    },
    receivedBy: Array.from({ length: rng.int(0, 2) }, () => person(rng, `${rng.pick(W.ROLES_STAFF)} ${shortName(host)}`)),
    innovationsStudied: studied.map((s) => s.id),
    motivations: statements(rng, W.PROBLEM_SENTENCES, slots, list, 0, 2),
    // Tagged with an indicator half the time, so comparisons can set it beside a prerequisite.
    constraints: statements(rng, W.PROBLEM_SENTENCES, slots, list, 0, 1).map((c) => (rng.chance(0.5) ? { ...c, indicator: rng.pick(INDICATOR_KEYS) } : c)),
    similarities: rng.chance(0.3) ? [statement(rng, 'Kedua daerah sama-sama memiliki wilayah yang luas dan desa terpencil.', list)] : [],
    takeaways: statements(rng, W.OUTCOME_SENTENCES, slots, list, 1, 3),
    commitments,
    sources: list,
  };
  return { id, data, slots, who, host, commitments };
}

/** Later news about a commitment, in its own file named after its date (content/followups/). */
function followup(rng: Rng, v: ReturnType<typeof visit>, commitment: { id: string; innovation: string }, nextId: (base: string) => string) {
  const date = notAfterLatest(daysAfter(v.data.date, rng.int(60, 1500)));
  const list = sources(rng, () => `Kabar Tindak Lanjut Studi Tiru ${v.who} ke ${v.host.name}`, v.host, () => notAfterLatest(daysAfter(date, rng.int(0, 10))));
  const status = rng.pick(Object.keys(COMMITMENT_STATUSES).filter((s) => s !== 'niat'));
  const text = `${v.who} melaporkan status rencana meniru program dari ${v.host.name}: ${COMMITMENT_STATUSES[status as keyof typeof COMMITMENT_STATUSES].toLowerCase()}.`;
  // An adoption needs a cited document (issue 22); no random draw, so the corpus stays the same otherwise.
  const evidence = status === 'diadopsi' ? { evidence: { kind: 'pks-mou', title: `Perjanjian kerja sama replikasi ${v.who}` } } : {};
  const data = { visit: v.id, commitment: commitment.id, date, status, ...evidence, ...statement(rng, text, list), sources: list };
  return { id: nextId(`${date}-${slugify(v.who)}-${commitment.id}`), data, text, slots: v.slots };
}

/** A curated profile carrying official structure counts (the real numbers) plus a synthetic population. */
function regionProfile(rng: Rng, region: OfficialRegion, regions: OfficialRegion[], byCode: Map<string, OfficialRegion>) {
  const year = rng.int(2020, LAST_YEAR);
  const list: Source[] = [{ id: `kemendagri-${year}`, title: 'Data wilayah administrasi pemerintahan', publisher: 'Kementerian Dalam Negeri', date: `${year}-12-31` }];
  const indicator = (key: string, value: number) => ({ key, value, year, source: list[0]?.id });
  const province = byCode.get(region.provinceCode);
  const data = {
    code: region.code,
    name: region.name,
    kind: region.kind,
    ...(region.kind !== 'provinsi' && province ? { province: province.slug } : {}),
    summary: `${region.name} dengan ${region.counts.kecamatan} kecamatan, ${region.counts.desa} desa dan ${region.counts.kelurahan} kelurahan.`,
    indicators: [
      indicator('kecamatan', region.counts.kecamatan),
      indicator('desa', region.counts.desa),
      indicator('kelurahan', region.counts.kelurahan),
      { ...indicator('penduduk', rng.int(20, 3000) * 1000), approximate: true },
    ],
    // Declared peers from the same province: each pair gets a comparison page in the project.
    compareWith: rng.chance(0.5) ? rng.sample(regions.filter((r) => r.provinceCode === region.provinceCode && r.kind !== 'provinsi' && r.slug !== region.slug), rng.int(1, 3)).map((r) => r.slug) : [],
    sources: list,
  };
  return { id: region.slug, data, slots: slotsFor(rng, region, 'pelayanan publik') };
}

function dropEmpty(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function toFile(folder: CorpusFile['folder'], id: string, data: Record<string, unknown>, body: string): CorpusFile {
  // Long lines stay on one line, as authors write them; js-yaml quotes "62.06" and dates itself.
  const frontmatter = yaml.dump(dropEmpty(data), { lineWidth: -1, noRefs: true });
  return { folder, name: `${id}.md`, text: `---\n${frontmatter}---\n\n${body}` };
}

/** Builds the whole corpus in memory; same seed and scale, same bytes. */
export function generateCorpus(scale: Scale, regions: OfficialRegion[], districts: Map<string, string[]>, seed = 20261101): CorpusFile[] {
  const rng = createRng(seed);
  districtNames = districts;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  // A fixed shuffled order, then a skewed pick: a few regions host many innovations, most host few.
  const hostOrder = rng.sample(regions, regions.length);
  const innovationId = uniqueIds();
  const innovations = Array.from({ length: scale.innovations }, () => innovation(rng, hostOrder[rng.skewed(hostOrder.length)] as OfficialRegion, innovationId));
  const byHost = new Map<string, Innovation[]>();
  for (const inn of innovations) byHost.set(inn.host.slug, [...(byHost.get(inn.host.slug) ?? []), inn]);

  const playbookId = uniqueIds();
  const playbooks = [];
  for (const lead of rng.sample(innovations, scale.playbooks * 3)) {
    if (playbooks.length >= scale.playbooks) break;
    if (lead.data.playbook) continue;
    const siblings = (byHost.get(lead.host.slug) ?? []).filter((s) => s !== lead && !s.data.playbook);
    playbooks.push(playbook(rng, lead, siblings, playbookId));
  }

  const visitId = uniqueIds();
  const visits = Array.from({ length: scale.visits }, () => {
    const first = rng.pick(innovations);
    const pool = (byHost.get(first.host.slug) ?? []).filter((s) => s !== first);
    return visit(rng, [first, ...rng.sample(pool, rng.int(0, 3))], regions, visitId);
  });

  const followupId = uniqueIds();
  const followups = visits.flatMap((v) => v.commitments.filter(() => rng.chance(0.4)).map((c) => followup(rng, v, c, followupId)));

  const profiles = rng.sample(regions, scale.regionProfiles).map((r) => regionProfile(rng, r, regions, byCode));

  const files: CorpusFile[] = [];
  for (const inn of innovations) {
    const slots = slotsFor(rng, inn.host, inn.serves);
    files.push(toFile('innovations', inn.id, inn.data, markdownBody(rng, slots, inn.data.summary as string, inn.data.sources[0]?.url)));
  }
  for (const p of playbooks) files.push(toFile('playbooks', p.id, p.data, markdownBody(rng, p.slots, p.data.summary, p.data.sources[0]?.url)));
  for (const v of visits) files.push(toFile('visits', v.id, v.data, markdownBody(rng, v.slots, `${v.data.title}.`, v.data.sources[0]?.url)));
  for (const f of followups) files.push(toFile('followups', f.id, f.data, markdownBody(rng, f.slots, f.text, f.data.sources[0]?.url)));
  for (const r of profiles) files.push(toFile('regions', r.id, r.data, markdownBody(rng, r.slots, r.data.summary, undefined, W.REGION_SENTENCES)));
  return files;
}
