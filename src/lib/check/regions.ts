/**
 * A curated region profile against the official Kemendagri data it is merged onto: its code exists
 * and is the file's region, and any name, kind or province it writes agrees with the official one.
 */
import type { RegionProfile } from '../../schemas/region.ts';
import type { OfficialRegions } from '../official-regions.ts';
import { suggest } from './suggest.ts';
import type { Problem } from './types.ts';

export function regionProfileProblems(file: string, id: string, profile: RegionProfile, official: OfficialRegions): Problem[] {
  const problems: Problem[] = [];
  const record = official.byCode.get(profile.code);
  if (!record) {
    problems.push({ file, field: 'code', message: `kode "${profile.code}" tidak ada dalam data resmi Kemendagri`, hint: suggest(profile.code, official.byCode.keys()) ?? 'salin kode dari data resmi Kemendagri (halaman daerah di /daerah/ mencantumkannya), mis. code: "62.06"' });
    return problems;
  }
  if (record.slug !== id) problems.push({ file, field: 'code', message: `kode ${profile.code} adalah ${record.name}, tetapi file bernama ${id}`, hint: `ganti nama file menjadi ${record.slug}.md atau perbaiki kode` });
  if (profile.name && profile.name !== record.name) problems.push({ file, field: 'name', message: `nama "${profile.name}" berbeda dengan nama resmi kode ${profile.code}: "${record.name}"`, hint: `tulis name: ${record.name} atau hapus isian name` });
  if (profile.kind && profile.kind !== record.kind) problems.push({ file, field: 'kind', message: `jenis "${profile.kind}" berbeda dengan data resmi: ${record.kind}`, hint: `tulis kind: ${record.kind} atau hapus isian kind` });
  const keys = new Map<string, number>();
  profile.indicators.forEach((indicator, i) => {
    const first = keys.get(indicator.key);
    if (first !== undefined) problems.push({ file, field: `indicators[${i}].key`, message: `indikator "${indicator.key}" sudah ditulis di indicators[${first}]`, hint: 'satu daerah satu angka per indikator: simpan angka yang terbaru (atau yang dikutip sumber utama) dan hapus yang lain' });
    else keys.set(indicator.key, i);
  });
  if (profile.province) {
    const province = official.byCode.get(record.provinceCode);
    if (record.kind === 'provinsi') problems.push({ file, field: 'province', message: 'profil provinsi tidak memakai isian province', hint: 'hapus isian province' });
    else if (province && profile.province !== province.slug) problems.push({ file, field: 'province', message: `${record.name} berada di ${province.name} (${province.slug}), bukan "${profile.province}"`, hint: `tulis province: ${province.slug}` });
  }
  return problems;
}
