/**
 * The /data/ page: every download with what it holds, its licence, the span of dates its records
 * carry and its files. The page's table and its Dataset JSON-LD (src/lib/seo/structured-data.ts)
 * are built from this one list, so the structured data describes exactly what the page shows.
 */
import { DATASETS, CONTENT_LICENCE, type DatasetName } from '../open-data.ts';
import { OFFICIAL_DATA_CREDIT } from '../official-regions.ts';
import { FIGURES_CREDIT } from '../official-figures.ts';
import { links } from '../links.ts';
import type { Model } from '../model.ts';
import { dateSpan, type DatasetEntry } from '../seo/structured-data.ts';

export const OPEN_DATA_PAGE = {
  title: 'Data terbuka',
  description: 'Unduh seluruh isi Lintas sebagai JSON dan CSV, dengan JSON Schema untuk setiap berkas: inovasi, kabar inovasi, panduan, kunjungan, komitmen dan daerah.',
} as const;

/** What each file holds, in a sentence the page shows and dataset search engines read. */
function describe(site: Model, name: DatasetName): string {
  const provinces = [...site.regions.values()].filter((r) => r.official.kind === 'provinsi').length;
  switch (name) {
    case 'inovasi':
      return `${site.innovations.size} inovasi pemerintah daerah: daerah penyelenggara, status terkini, sektor, tahun mulai, tanggal terakhir dipastikan dan sumbernya.`;
    case 'panduan':
      return `${site.playbooks.size} panduan penerapan inovasi, di CSV satu baris per tahap, masing-masing dengan sumbernya.`;
    case 'kunjungan':
      return `${site.visits.length} kunjungan belajar antardaerah: tanggal setepat sumbernya, pengunjung, tuan rumah, rombongan, inovasi yang dipelajari dan komitmen yang disampaikan.`;
    case 'tindak-lanjut':
      return `${site.commitments.reduce((n, c) => n + c.followups.length, 0)} kabar lanjutan tentang komitmen kunjungan: tanggal, status baru, isi kabar dan sumbernya.`;
    case 'kabar-inovasi':
      return `${site.news.length} kabar inovasi: fakta dari sumber yang terbit sesudah inovasi dicatat, dengan tanggal, status, pernyataan dan angka.`;
    case 'daerah':
      return `${provinces} provinsi dan ${site.regions.size - provinces} kabupaten/kota: kode Kemendagri, jumlah kecamatan, desa, kelurahan dan pulau, penduduk dan luas ${FIGURES_CREDIT.year}, serta profil kurasi bila ada.`;
    case 'komitmen':
      return `${site.commitments.length} komitmen kunjungan dengan status kininya dan tanggal kabar terakhirnya.`;
  }
}

/** The dates a dataset's records carry, as written. */
function datesOf(site: Model, name: DatasetName): string[] {
  switch (name) {
    case 'inovasi':
      return [...site.innovations.values()].flatMap((i) => [...(i.data.startYear ? [String(i.data.startYear)] : []), site.stateOf(i.id)?.lastVerified ?? i.data.lastVerified]);
    case 'panduan':
      return [];
    case 'kunjungan':
      return site.visits.map((v) => v.data.date);
    case 'tindak-lanjut':
      return site.commitments.flatMap((c) => c.followups.map((f) => f.data.date));
    case 'kabar-inovasi':
      return site.news.map((n) => n.data.date);
    case 'daerah':
      return [String(FIGURES_CREDIT.year)];
    case 'komitmen':
      return site.commitments.flatMap((c) => [c.visit.data.date, ...c.followups.map((f) => f.data.date)]);
  }
}

export interface OpenDataRow extends DatasetEntry {
  /** The licence's short name, as the table shows it. */
  licence: string;
  /** The JSON Schema of the JSON file. */
  schema: string;
}

/**
 * The IID export (/data/inovasi-iid.*), shown in a section of its own below the table: the same
 * words here and in its Dataset, and its anchor (#iid) as its address.
 */
export const IID_DOWNLOAD: DatasetEntry = {
  name: 'iid',
  title: 'Isian Indeks Inovasi Daerah (IID)',
  description: 'Semua inovasi dalam isian profil inovasi IID Kemendagri, berurutan dan berkata-kata sama dengan formulirnya, disusul kolom Lintas. Sel kosong berarti sumber belum menyebutnya.',
  licenceUrl: CONTENT_LICENCE.url,
  files: (['csv', 'json'] as const).map((format) => ({ format, href: links.dataFile('inovasi-iid', format) })),
};

export function openDataView(site: Model): OpenDataRow[] {
  return (Object.keys(DATASETS) as DatasetName[]).map((name) => ({
    name,
    title: DATASETS[name].title,
    description: describe(site, name),
    licence: DATASETS[name].licence === 'odbl' ? 'ODbL 1.0' : 'CC BY 4.0',
    licenceUrl: DATASETS[name].licence === 'odbl' ? OFFICIAL_DATA_CREDIT.licenceUrl : CONTENT_LICENCE.url,
    temporalCoverage: dateSpan(datesOf(site, name)),
    files: (['json', 'csv'] as const).map((format) => ({ format, href: links.dataFile(name, format) })),
    schema: links.dataSchema(name),
  }));
}
