/**
 * Images: each one a body refers to exists, can be published (format, size, name) and lies in the
 * entry's own folder; every image under content/ is used by some entry.
 */
import { posix } from 'node:path';
import { entryId } from './file-rules.ts';
import { LIMITS } from './limits.ts';
import type { CheckOptions, Problem, RawEntry } from './types.ts';

/** File types treated as images: referenced from bodies, measured, and kept under the size limit. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg', '.tif', '.tiff', '.bmp', '.heic'] as const;

/** Image formats Astro's image pipeline takes (astro/dist/assets/consts.js VALID_INPUT_FORMATS). */
export const PUBLISHABLE_IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.apng', '.tiff', '.webp', '.gif', '.svg', '.avif'] as const;

/**
 * Largest image file accepted under content/: 500 KB. A photo resized to 1600 px wide and saved
 * as JPEG quality 80 is 200–400 KB, sharp on any screen; a photo straight from a phone (3–8 MB)
 * is caught. Readers are often on a weak mobile signal, where 500 KB already takes seconds.
 */
export const MAX_IMAGE_BYTES = 500 * 1024;

const RESIZE_HINT = 'perkecil gambar: lebar paling besar 1600 piksel, simpan sebagai JPEG mutu 80 atau WebP (mis. dengan aplikasi galeri ponsel, squoosh.app, atau "convert foto.jpg -resize 1600x -quality 80 foto.jpg")';

/** 524288 → "512 KB", 1258291 → "1,2 MB" (Indonesian decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/**
 * Image paths a Markdown/MDX body refers to: `![alt](path "title")`, `![alt](<path>)` and
 * `<img src="path">`. Remote (http:, https:, //), data: and site-absolute (/…, from public/) paths are left out.
 */
export function imageReferences(body: string): string[] {
  const refs: string[] = [];
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*(?:<([^>]+)>|([^\s)]+))(?:\s+["'(][^)]*)?\)/g)) refs.push((m[1] ?? m[2] ?? '').trim());
  for (const m of body.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|\{?["']([^"']*)["']\}?)/gi)) refs.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return refs.filter((r) => r && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(r));
}

/** Where an entry keeps its images: content/<collection>/<entry-id>/. */
export function imageFolderOf(file: string): string {
  return `${posix.dirname(file)}/${entryId(file)}/`;
}

/**
 * The images an entry's body shows: problems (missing, too large, not publishable, a name too long,
 * a defect Astro would trip over) and warnings (kept outside the entry's folder). Each path found
 * is added to `referenced`.
 */
export function imageProblems(
  entry: RawEntry,
  /** The body's image addresses as written (`imageReferences`), each once. */
  refs: readonly string[],
  images: ReadonlyMap<string, number>,
  limit: number,
  referenced: Set<string>,
  defects: CheckOptions['imageDefects'],
): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const folder = imageFolderOf(entry.file);
  for (const ref of refs) {
    let decoded = ref.replace(/[?#].*$/, '');
    try {
      decoded = decodeURI(decoded);
    } catch {
      // keep as written
    }
    const path = posix.normalize(posix.join(posix.dirname(entry.file), decoded));
    referenced.add(path);
    const bytes = images.get(path);
    if (bytes === undefined) {
      const name = posix.basename(path);
      const elsewhere = [...images.keys()].filter((p) => posix.basename(p) === name);
      problems.push({
        file: entry.file,
        field: 'body',
        message: `gambar ${ref} tidak ditemukan (dicari di ${path})`,
        hint: elsewhere.length
          ? `ada ${elsewhere.join(', ')}; tulis alamatnya relatif terhadap file entri, mis. ./${posix.relative(posix.dirname(entry.file), elsewhere[0]!)}`
          : `simpan gambar di ${folder} dan tulis ![keterangan](./${entryId(entry.file)}/${name})`,
      });
      continue;
    }
    if (bytes > limit) {
      problems.push({ file: entry.file, field: 'body', message: `gambar ${ref} berukuran ${formatBytes(bytes)}, melebihi batas ${formatBytes(limit)}`, hint: RESIZE_HINT });
    }
    const name = posix.basename(path);
    if (!PUBLISHABLE_IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      problems.push({ file: entry.file, field: 'body', message: `gambar ${ref} berformat yang tidak bisa diterbitkan`, hint: 'simpan ulang sebagai JPEG, PNG atau WebP' });
    }
    if (name.length > LIMITS.imageNameLength) {
      problems.push({ file: entry.file, field: 'body', message: `nama file gambar ${ref} ${name.length} karakter, melebihi batas ${LIMITS.imageNameLength}`, hint: 'ganti nama file gambar dengan nama pendek, mis. foto-pertemuan.jpg' });
    }
    for (const defect of defects?.get(path) ?? []) problems.push({ file: entry.file, field: 'body', message: `gambar ${ref}: ${defect.message}`, hint: defect.hint });
    if (!path.startsWith(folder)) {
      warnings.push({ file: entry.file, field: 'body', message: `gambar ${ref} tidak berada di folder entri ini`, hint: `pindahkan ke ${folder} agar gambar tiap entri terkumpul` });
    }
  }
  return { problems, warnings };
}

/** Image files no body refers to: too large is an error anyway, otherwise a warning that it is unused. */
export function unusedImageProblems(images: ReadonlyMap<string, number>, limit: number, referenced: ReadonlySet<string>): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const [path, bytes] of images) {
    if (referenced.has(path)) continue;
    if (bytes > limit) problems.push({ file: path, field: '', message: `gambar berukuran ${formatBytes(bytes)}, melebihi batas ${formatBytes(limit)}`, hint: RESIZE_HINT });
    else warnings.push({ file: path, field: '', message: 'gambar ini tidak dipakai entri mana pun', hint: 'pasang di isi entri dengan ![keterangan](./nama-entri/nama-file.jpg) atau hapus filenya' });
  }
  return { problems, warnings };
}
