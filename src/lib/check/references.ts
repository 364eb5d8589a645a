/**
 * References between entries: every slug an entry names exists (with a did-you-mean when it does
 * not), and linked entries agree with each other.
 */
import type { CollectionName } from '../../schemas/index.ts';
import type { Followup } from '../../schemas/followup.ts';
import type { Innovation } from '../../schemas/innovation.ts';
import type { Playbook } from '../../schemas/playbook.ts';
import type { Visit } from '../../schemas/visit.ts';
import type { OfficialRegions } from '../official-regions.ts';
import { suggest, suggestRegion } from './suggest.ts';
import type { Problem, ReadableEntry } from './types.ts';

type Target = 'regions' | 'innovations' | 'playbooks' | 'visits';

/** What to do when a reference has no close match: where the valid names are, and how to add one. */
const NOT_FOUND_HINTS: Record<Target, string> = {
  regions: 'tulis slug resmi daerah seperti pada alamat halamannya di /daerah/, mis. kabupaten-katingan, kota-bandung atau jawa-timur',
  innovations: 'tulis nama file inovasinya di content/innovations/ tanpa .md; bila belum ada, buat dulu dengan npm run new -- innovation, atau hapus rujukan ini',
  playbooks: 'tulis nama file panduannya di content/playbooks/ tanpa .md; bila belum ada, buat dulu dengan npm run new -- playbook, atau hapus isian playbook',
  visits: 'tulis nama file kunjungannya di content/visits/ tanpa .md, mis. 2019-07-02-katingan-ke-banyuwangi',
};
const TARGET_NAMES: Record<Target, string> = { regions: 'daerah', innovations: 'inovasi', playbooks: 'panduan', visits: 'kunjungan' };

/**
 * Where each collection refers to others, as field paths ("[]" = every item of a list). Checked on
 * the raw frontmatter, so a reference is checked even when another field of the entry is invalid:
 * a visit with a misspelt host and 30 February gets both problems in one run.
 */
export const REFERENCES: Record<CollectionName, [path: string, target: Target][]> = {
  regions: [['compareWith[]', 'regions']],
  innovations: [['host', 'regions'], ['playbook', 'playbooks']],
  playbooks: [['owner', 'regions'], ['innovations[]', 'innovations']],
  visits: [['visitor.region', 'regions'], ['host', 'regions'], ['innovationsStudied[]', 'innovations'], ['commitments[].innovation', 'innovations']],
  followups: [['visit', 'visits']],
  news: [['innovation', 'innovations']],
};

/** The string values at a reference path, with the field path an author sees ("commitments[0].innovation"). */
function valuesAt(data: unknown, path: string, prefix = ''): [field: string, value: string][] {
  const [head = '', ...rest] = path.split('.');
  const key = head.replace(/\[\]$/, '');
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  const field = prefix ? `${prefix}.${key}` : key;
  const items: [string, unknown][] = head.endsWith('[]') ? (Array.isArray(value) ? value.map((v, i) => [`${field}[${i}]`, v]) : []) : [[field, value]];
  return items.flatMap(([f, v]) => (rest.length ? valuesAt(v, rest.join('.'), f) : typeof v === 'string' ? [[f, v] as [string, string]] : []));
}

/**
 * Problems for every reference to an entry or region that does not exist. A reference may name any
 * entry that exists, even one with problems of its own (those are reported on that entry); `ids`
 * holds every entry id found, by collection. The candidate list is built only for a miss, for its did-you-mean.
 */
export function referenceProblems(readable: readonly ReadableEntry[], ids: ReadonlyMap<string, string>, official: OfficialRegions): Problem[] {
  const problems: Problem[] = [];
  const exists = (target: Target, id: string) => (target === 'regions' ? official.bySlug.has(id) : ids.has(`${target}/${id}`));
  for (const { collection, file, data } of readable) {
    for (const [path, target] of REFERENCES[collection]) {
      for (const [field, value] of valuesAt(data, path)) {
        if (exists(target, value)) continue;
        const hint = target === 'regions' ? suggestRegion(value, official) : suggest(value, [...ids.keys()].filter((k) => k.startsWith(`${target}/`)).map((k) => k.slice(target.length + 1)));
        problems.push({ file, field, message: `${TARGET_NAMES[target]} "${value}" tidak ditemukan`, hint: hint ?? NOT_FOUND_HINTS[target] });
      }
    }
  }
  return problems;
}

/** An innovation that names a playbook must be listed by that playbook. */
export function playbookListsInnovation(file: string, id: string, innovation: Innovation, playbooks: ReadonlyMap<string, Playbook>): Problem | undefined {
  if (!innovation.playbook) return undefined;
  const playbook = playbooks.get(innovation.playbook);
  if (!playbook || playbook.innovations.includes(id)) return undefined;
  return { file, field: 'playbook', message: `panduan "${innovation.playbook}" tidak mencantumkan inovasi ini`, hint: `tambahkan ${id} ke daftar innovations di panduan itu` };
}

/** A visit goes from one region to another. */
export function visitorIsHost(file: string, visit: Visit): Problem | undefined {
  if (!visit.visitor.region || visit.visitor.region !== visit.host) return undefined;
  return { file, field: 'visitor.region', message: 'pengunjung dan tuan rumah tidak boleh daerah yang sama', hint: 'periksa region pengunjung dan host; kegiatan di dalam satu daerah bukan kunjungan antardaerah' };
}

/** A follow-up's commitment is one the visit recorded. */
export function unknownCommitment(file: string, followup: Followup, visit: Visit): Problem | undefined {
  const ids = visit.commitments.map((c) => c.id);
  if (ids.includes(followup.commitment)) return undefined;
  return { file, field: 'commitment', message: `kunjungan ${followup.visit} tidak punya komitmen "${followup.commitment}"`, hint: ids.length ? `pilih salah satu: ${ids.join(', ')}` : 'kunjungan itu belum mencatat komitmen' };
}
