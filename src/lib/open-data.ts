/**
 * Open data: every collection and the commitment ledger as JSON (full records) and CSV (one row
 * per record, for spreadsheets), plus a JSON Schema for each collection generated from the same
 * zod schemas that validate the content — no second copy of the rules.
 */
import { z } from 'astro/zod';
import { comparisonRowsForCsv } from '../domain/compare.ts';
import type { ComparisonRow, RegionFacts } from '../domain/compare.ts';
import { datePrecision, DATE_PRECISIONS } from '../domain/dates.ts';
import { COMMITMENT_STATUSES, COST_BASES, FUNDING_SOURCES, INNOVATION_STATUSES, SECTORS, VISIT_TYPES } from '../domain/vocabulary.ts';
import { EVIDENCE_KINDS, REPLICATION_STAGES, tahapanLabel } from '../domain/official-vocabulary.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { Model } from './model.ts';
import { OFFICIAL_DATA_CREDIT, type AdminCounts } from './official-regions.ts';
import { toCsv, type CsvRow } from './csv.ts';
import { anchors, links } from './links.ts';
import { KINDS, SECTIONS } from '../domain/kinds.ts';

export { toCsv };
import { FIGURES_CREDIT } from './official-figures.ts';
import { AREA_SOURCE_LABEL, POPULATION_SOURCE_LABEL } from './region-facts.ts';

export const CONTENT_LICENCE = {
  name: 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
  attribution: 'Lintas — belajar lintas daerah',
} as const;

/** The published files: name → what it holds. Regions carry official data, hence ODbL. */
export const DATASETS = {
  [KINDS.innovation.dataset]: { collection: KINDS.innovation.collection, title: 'Inovasi', licence: 'content' },
  [KINDS.playbook.dataset]: { collection: KINDS.playbook.collection, title: 'Panduan penerapan', licence: 'content' },
  [KINDS.visit.dataset]: { collection: KINDS.visit.collection, title: 'Kunjungan belajar (dengan komitmen)', licence: 'content' },
  [KINDS.followup.dataset]: { collection: KINDS.followup.collection, title: 'Kabar lanjutan komitmen', licence: 'content' },
  [KINDS.news.dataset]: { collection: KINDS.news.collection, title: 'Kabar inovasi (fakta dari sumber yang terbit kemudian)', licence: 'content' },
  [KINDS.region.dataset]: { collection: KINDS.region.collection, title: 'Daerah: data resmi dan profil kurasi', licence: 'odbl' },
  // The ledger is built from visits and follow-ups, not a collection of its own.
  [SECTIONS.ledger.dataset]: { collection: undefined, title: 'Buku komitmen (status kini setiap komitmen)', licence: 'content' },
} as const satisfies Record<string, { collection: CollectionName | undefined; title: string; licence: 'content' | 'odbl' }>;
export type DatasetName = keyof typeof DATASETS;


type Row = CsvRow;

function licenceOf(name: DatasetName) {
  return DATASETS[name].licence === 'odbl'
    ? {
        licence: `${OFFICIAL_DATA_CREDIT.licence} (${OFFICIAL_DATA_CREDIT.licenceUrl})`,
        attribution: `${OFFICIAL_DATA_CREDIT.name} oleh ${OFFICIAL_DATA_CREDIT.author} (${OFFICIAL_DATA_CREDIT.url}), ${OFFICIAL_DATA_CREDIT.decree}; penduduk: ${FIGURES_CREDIT.decree}, luas: ${FIGURES_CREDIT.area}, salinan terbaca mesin ${FIGURES_CREDIT.copy.name} oleh ${FIGURES_CREDIT.copy.author} (${FIGURES_CREDIT.copy.url}, MIT); profil kurasi: ${CONTENT_LICENCE.attribution}`,
      }
    : { licence: `${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url})`, attribution: CONTENT_LICENCE.attribution };
}

const join = (values: readonly (string | undefined)[]) => values.filter((v) => v !== undefined).join('; ');

/**
 * Dates are published as written (2021-06 stays 2021-06, never a made-up 2021-06-01), with how
 * precise they are beside them: JSON `datePrecision`, CSV `ketelitian_tanggal` (hari, bulan, tahun).
 */
/** Official counts as published: the "desa adat" code class under its honest name, and only where some village carries it. */
const officialCounts = ({ desaAdat, ...counts }: AdminCounts) =>
  desaAdat > 0 ? { ...counts, desaAdatBerkodeKemendagri: desaAdat } : counts;

const withPrecision = (date: string) => ({ datePrecision: datePrecision(date) });

/** Full records for the JSON files, and flat rows for the CSV files, of one dataset. */
export function dataset(site: Model, name: DatasetName, generated: string): { json: unknown; rows: Row[]; columns?: string[] } {
  const header = { dataset: name, title: DATASETS[name].title, generated, ...licenceOf(name), schema: links.dataSchema(name) };
  const regionName = (slug?: string) => (slug ? (site.region(slug)?.official.name ?? slug) : undefined);
  switch (name) {
    case 'inovasi': {
      const items = [...site.innovations.values()];
      return {
        json: {
          ...header,
          items: items.map((i) => ({ id: i.id, url: links.innovation(i.id), current: site.stateOf(i.id), news: site.newsOf(i.id).map((n) => n.id), data: i.data })),
        },
        rows: items.map(({ id, data }) => ({
          id, judul: data.title, daerah: regionName(data.host), kode_daerah: site.region(data.host)?.official.code,
          status: INNOVATION_STATUSES[site.stateOf(id)?.status ?? data.status], tahapan_iid: tahapanLabel(site.stateOf(id)?.status ?? data.status), sektor: join(data.sectors.map((s) => SECTORS[s])), tahun_mulai: data.startYear,
          terakhir_dipastikan: site.stateOf(id)?.lastVerified ?? data.lastVerified, jumlah_kabar: site.newsOf(id).length, ringkasan: data.summary, panduan: data.playbook,
          dipelajari_kunjungan: site.visitsStudying(id).length, komitmen_meniru: site.commitmentsToAdopt(id).length,
          sumber: join(data.sources.map((s) => `${s.title} (${s.date})`)), url: links.innovation(id),
        })),
      };
    }
    case 'panduan': {
      const items = [...site.playbooks.values()];
      return {
        json: { ...header, items: items.map((p) => ({ id: p.id, url: links.playbook(p.id), data: p.data })) },
        rows: items.flatMap(({ id, data }) =>
          data.stages.map((stage, n) => ({
            id, judul: data.title, daerah: regionName(data.owner), tahap_ke: n + 1, tahap: stage.title, tujuan: stage.goal,
            syarat: join(stage.prerequisites), langkah: join(stage.steps), pelaksana: join(stage.actors), lama: stage.duration,
            tanda_selesai: join(stage.evidence), url: links.playbook(id, anchors.stage(n + 1)),
          })),
        ),
      };
    }
    case 'kunjungan': {
      return {
        json: { ...header, items: site.visits.map((v) => ({ id: v.id, url: links.visit(v.id), ...withPrecision(v.data.date), data: v.data })) },
        rows: site.visits.map(({ id, data }) => ({
          id, tanggal: data.date, ketelitian_tanggal: datePrecision(data.date),
          pengunjung: regionName(data.visitor.region) ?? data.visitor.institution, jenis_pengunjung: data.visitor.region ? 'daerah' : 'lembaga', tuan_rumah: regionName(data.host),
          // Empty cells mean the source does not say; a total and "members besides the leader" are kept apart.
          pemimpin: join([data.delegation?.leader?.name, data.delegation?.leader?.role]), jumlah_rombongan: data.delegation?.size, jumlah_anggota: data.delegation?.members?.count,
          sektor: join(data.sectors.map((s) => SECTORS[s])), inovasi_dipelajari: join(data.innovationsStudied), komitmen: data.commitments.length,
          // Only what a source states: empty cells are unknown costs, never zero.
          jenis_kunjungan: data.visitType ? VISIT_TYPES[data.visitType] : undefined, biaya_rupiah: data.cost?.amount, dasar_biaya: data.cost?.basis ? COST_BASES[data.cost.basis] : undefined,
          sumber_dana: data.cost?.funding ? FUNDING_SOURCES[data.cost.funding] : undefined, lhpd: data.cost?.lhpd,
          sumber: join(data.sources.map((s) => `${s.title} (${s.date})`)), url: links.visit(id),
        })),
      };
    }
    case 'tindak-lanjut': {
      const items = site.commitments.flatMap((c) => c.followups);
      return {
        json: { ...header, items: items.map((f) => ({ id: f.id, url: links.commitment(f.data.visit, f.data.commitment), ...withPrecision(f.data.date), data: f.data })) },
        rows: items.map(({ id, data }) => ({
          id, kunjungan: data.visit, komitmen: data.commitment, tanggal: data.date, ketelitian_tanggal: datePrecision(data.date), status: COMMITMENT_STATUSES[data.status], kabar: data.text,
          bukti: data.evidence ? `${EVIDENCE_KINDS.values[data.evidence.kind]}: ${data.evidence.title}` : undefined, tahap_replikasi: data.replicationStage ? REPLICATION_STAGES.values[data.replicationStage] : undefined,
        })),
        // Named so the CSV has its header even before the first follow-up is written.
        columns: ['id', 'kunjungan', 'komitmen', 'tanggal', 'ketelitian_tanggal', 'status', 'kabar', 'bukti', 'tahap_replikasi'],
      };
    }
    case 'kabar-inovasi': {
      // One row per statement or figure, so each fact keeps its own source in a spreadsheet.
      const sourceText = (data: (typeof site.news)[number]['data'], key: string) => {
        const s = data.sources.find((x) => x.id === key);
        return s ? `${s.title} (${s.date})${s.url ? ` ${s.url}` : ''}` : key;
      };
      return {
        json: { ...header, items: site.news.map((n) => ({ id: n.id, url: links.news(n.data.innovation, n.id), ...withPrecision(n.data.date), data: n.data })) },
        rows: site.news.flatMap(({ id, data }) => {
          const base = { id, inovasi: data.innovation, tanggal: data.date, ketelitian_tanggal: datePrecision(data.date), status: data.status ? INNOVATION_STATUSES[data.status] : undefined };
          const facts = [
            ...data.statements.map((st) => ({ ...base, jenis: 'pernyataan', isi: st.text, nilai: undefined, satuan: undefined, tahun: undefined, sumber: sourceText(data, st.source) })),
            ...data.figures.map((f) => ({ ...base, jenis: 'angka', isi: f.label, nilai: f.value, satuan: f.unit, tahun: f.year, sumber: sourceText(data, f.source) })),
          ];
          return facts.length ? facts : [{ ...base, jenis: 'status', sumber: join(data.sources.map((s) => `${s.title} (${s.date})`)) }];
        }),
        columns: ['id', 'inovasi', 'tanggal', 'ketelitian_tanggal', 'status', 'jenis', 'isi', 'nilai', 'satuan', 'tahun', 'sumber'],
      };
    }
    case 'daerah': {
      const regions = [...site.regions.values()];
      return {
        json: {
          ...header,
          items: regions.map((r) => ({
            id: r.slug,
            url: links.region(r.slug),
            official: {
              code: r.official.code, name: r.official.name, kind: r.official.kind, province: r.province?.name ?? null, counts: officialCounts(r.official.counts),
              islands: r.official.islands,
              ...(r.official.figures
                ? { figures: { year: FIGURES_CREDIT.year, population: r.official.figures.population, populationSource: POPULATION_SOURCE_LABEL, areaKm2: r.official.figures.areaKm2, areaSource: AREA_SOURCE_LABEL } }
                : {}),
            },
            ...(r.profile ? { data: r.profile.data } : {}),
          })),
        },
        rows: regions.map((r) => {
          const indicators = Object.fromEntries(
            (r.profile?.data.indicators ?? []).flatMap((i) => [
              // Prefixed so a curated figure never overwrites an official column of the same name.
              [`sumber_${i.key}`, i.value],
              [`sumber_${i.key}_tahun`, i.year],
            ]),
          );
          return {
            kode: r.official.code, slug: r.slug, nama: r.official.name, jenis: r.official.kind, provinsi: r.province?.name,
            kecamatan: r.official.counts.kecamatan, desa: r.official.counts.desa, kelurahan: r.official.counts.kelurahan,
            // Kemendagri's "desa adat" code class, not a count of customary villages (Bali's are not
            // coded at all): left empty where no village carries the code, never a false 0.
            desa_adat_berkode_kemendagri: r.official.counts.desaAdat || undefined,
            pulau: r.official.islands.total, pulau_berpenghuni: r.official.islands.populated, pulau_kecil_terluar: r.official.islands.outermostSmall,
            ...(r.official.figures
              ? {
                  penduduk: r.official.figures.population.total, penduduk_laki_laki: r.official.figures.population.male, penduduk_perempuan: r.official.figures.population.female,
                  luas_km2: r.official.figures.areaKm2, tahun_penduduk_luas: FIGURES_CREDIT.year, penduduk_luas_sumber: `${FIGURES_CREDIT.decreeShort} (penduduk); ${FIGURES_CREDIT.areaShort} (luas)`,
                }
              : {}),
            ...indicators,
          };
        }),
      };
    }
    case 'komitmen': {
      const items = site.commitments.map(({ visit, commitment, standing, followups }) => ({
        kunjungan: visit.id,
        tanggal_kunjungan: visit.data.date,
        ketelitian_tanggal_kunjungan: datePrecision(visit.data.date),
        pengunjung: visit.data.visitor.region ?? visit.data.visitor.institution,
        tuan_rumah: visit.data.host,
        komitmen: commitment.id,
        teks: commitment.text,
        inovasi: commitment.innovation,
        status_awal: commitment.status,
        status_kini: standing.status,
        bukti_adopsi: [...followups].reverse().find((f) => f.data.evidence)?.data.evidence?.kind,
        kabar_terakhir: standing.since,
        jumlah_kabar: followups.length,
        url: links.commitment(visit.id, commitment.id),
      }));
      return { json: { ...header, items }, rows: items };
    }
  }
}

/** JSON Schema of a dataset file; each item's `data` is described by the collection's zod schema. */
export function datasetSchema(name: DatasetName): object {
  const collection = DATASETS[name].collection;
  const data = collection ? z.toJSONSchema(COLLECTIONS[collection].schema, { io: 'output', unrepresentable: 'any' }) : undefined;
  const { $schema: _, ...entry } = (data ?? {}) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Lintas: ${DATASETS[name].title}`,
    type: 'object',
    required: ['dataset', 'generated', 'licence', 'items'],
    properties: {
      dataset: { const: name },
      title: { type: 'string' },
      generated: { type: 'string', description: 'Tanggal berkas dibuat (TTTT-BB-HH).' },
      licence: { type: 'string' },
      attribution: { type: 'string' },
      schema: { type: 'string' },
      items: {
        type: 'array',
        items: collection
          ? {
              type: 'object',
              required: name === 'daerah' ? ['id', 'url', 'official'] : ['id', 'url', 'data'],
              properties: {
                id: { type: 'string', description: 'Slug entri = nama file = bagian akhir alamat halaman.' },
                url: { type: 'string' },
                ...(collection === 'visits' || collection === 'followups' || collection === 'news'
                  ? {
                      datePrecision: {
                        enum: Object.keys(DATE_PRECISIONS),
                        description: 'Ketelitian isian date, setepat sumbernya: "hari" (TTTT-BB-HH), "bulan" (TTTT-BB) atau "tahun" (TTTT). Tanggal tidak pernah dilengkapi dengan hari karangan.',
                      },
                    }
                  : {}),
                ...(collection === 'innovations'
                  ? {
                      current: {
                        type: 'object',
                        description: 'Keadaan inovasi setelah kabar-kabarnya: status, statusAsOf (tanggal status itu), lastVerified (tanggal terbaru yang dipastikan sumber), lastVerifiedBy (id kabar yang memberinya, bila ada).',
                        required: ['status', 'statusAsOf', 'lastVerified'],
                        properties: {
                          status: { enum: Object.keys(INNOVATION_STATUSES) },
                          statusAsOf: { type: 'string' },
                          lastVerified: { type: 'string' },
                          lastVerifiedBy: { type: 'string' },
                        },
                      },
                      news: { type: 'array', items: { type: 'string' }, description: 'Id kabar inovasi ini (berkas kabar-inovasi), terbaru lebih dulu.' },
                    }
                  : {}),
                ...(name === 'daerah'
                  ? { official: { type: 'object', description: 'Data resmi Kepmendagri 300.2.2-2138 Tahun 2025: kode, nama, jenis, provinsi, jumlah kecamatan/desa/kelurahan, islands (pulau: total, berpenghuni, pulau kecil terluar), figures (penduduk laki-laki/perempuan/jumlah dan luas km², dengan tahun dan sumber), dan counts.desaAdatBerkodeKemendagri: jumlah desa berkode kelas "desa adat" Kemendagri, hanya bila ada (bukan jumlah desa adat sebenarnya: desa adat Bali, misalnya, tidak diberi kode ini).' } }
                  : {}),
                data: entry,
              },
            }
          : { type: 'object', description: 'Satu baris buku komitmen.' },
      },
    },
  };
}

/** The comparison table as CSV: same writer as the open data. */
export function comparisonCsv(a: RegionFacts, b: RegionFacts, rows: ComparisonRow[]): string {
  return toCsv(comparisonRowsForCsv(a, b, rows));
}
