/** What a content file's name and size must be before its contents are read: its name is the page address. */
import { SLUG_PATTERN } from '../../schemas/patterns.ts';
import { LIMITS } from './limits.ts';
import type { Problem, RawEntry } from './types.ts';

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

/** The entry id is the file name without extension; flat folders keep ids and addresses equal. */
export function entryId(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.slice(0, base.lastIndexOf('.'));
}

/**
 * Why a readable file cannot become a page (a name another file already has, a name that is not an
 * address, a name or a file too long); `earlier` is the file that already has this entry's id.
 */
export function fileProblem(entry: RawEntry, id: string, earlier: string | undefined): Problem | undefined {
  const problem = (message: string, hint: string): Problem => ({ file: entry.file, field: '', message, hint });
  if (earlier) return problem(`nama file sama dengan ${earlier}; alamat halaman akan bentrok`, 'ganti nama salah satu file');
  if (!SLUG_PATTERN.test(id)) return problem(`nama file "${id}" bukan alamat yang sah`, 'pakai huruf kecil, angka dan tanda hubung saja, mis. 2019-07-02-katingan-ke-banyuwangi.md');
  if (id.length > LIMITS.idLength) {
    return problem(`nama file ${id.length} karakter, melebihi batas ${LIMITS.idLength}`, `pendekkan nama file (tanpa .md) menjadi paling banyak ${LIMITS.idLength} karakter; nama file menjadi alamat halaman dan nama kartu berbagi`);
  }
  if (entry.text.length > LIMITS.fileChars) {
    return problem(`file berisi ${entry.text.length.toLocaleString('id-ID')} karakter, melebihi batas ${LIMITS.fileChars.toLocaleString('id-ID')}`, 'ringkas isinya atau pecah menjadi beberapa entri; halaman harus tetap ringan dibuka lewat ponsel');
  }
  return undefined;
}
