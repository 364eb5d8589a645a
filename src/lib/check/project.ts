/** Filesystem side of the content check, kept apart so the rules in the other modules of this folder stay pure. */
import { readdirSync, readFileSync, existsSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { asOfDate } from '../as-of.ts';
import { CONTENT_DIR } from '../content-location.ts';
import { loadOfficialRegions } from '../official-regions.ts';
import { svgProblems } from './body-safety.ts';
import { CONTENT_EXTENSIONS } from './file-rules.ts';
import { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES } from './images.ts';
import { SOURCES_DIR, sourceText, type SourceText } from './quotes.ts';
import { anchorIdPatterns } from '../links.ts';
import { checkContent } from './run.ts';
import { FileFindingsStore, findingsVersion } from './file-cache.ts';
import type { CheckResult, Defect, RawEntry } from './types.ts';

export { CONTENT_DIR };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every content file under `<root>/content/<collection>/` (flat folders, .md and .mdx).
 * Anything that cannot be read as a text file (a folder named x.md, no permission, not UTF-8)
 * comes back as an entry with `error`, so the check lists it with the other problems instead of
 * stopping on a bare EISDIR.
 */
export function readContent(root: string, contentDir = CONTENT_DIR): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = resolve(root, contentDir, COLLECTIONS[collection].folder);
    if (!existsSync(dir)) continue;
    const fileOf = (path: string) => relative(root, path).split('\\').join('/');
    let items: Dirent[];
    try {
      items = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      entries.push({ collection, file: fileOf(dir), text: '', error: { message: `folder tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? 'galat'})`, hint: 'periksa izin baca folder ini' } });
      continue;
    }
    for (const item of items) {
      const name = item.name;
      if (!CONTENT_EXTENSIONS.some((ext) => name.endsWith(ext))) continue;
      const path = join(dir, name);
      const file = fileOf(path);
      if (item.isDirectory()) {
        entries.push({ collection, file, text: '', error: { message: 'ini folder, bukan file entri', hint: `ganti nama folder (tanpa ${name.slice(name.lastIndexOf('.'))}); gambar entri disimpan di folder bernama sama dengan entrinya tanpa ekstensi` } });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'galat';
        entries.push({ collection, file, text: '', error: { message: `file tidak dapat dibaca (${code})`, hint: 'periksa bahwa ini file teks biasa yang boleh dibaca' } });
        continue;
      }
      try {
        entries.push({ collection, file, text: UTF8.decode(bytes) });
      } catch {
        // Astro would read it with replacement characters (�) where the letters were.
        entries.push({ collection, file, text: '', error: { message: 'file bukan teks UTF-8', hint: 'simpan ulang file dengan pengodean UTF-8 (pilihan "Save with encoding: UTF-8" di penyunting teks)' } });
      }
    }
  }
  return entries;
}

/**
 * Why Astro's image pipeline would refuse an image, or why it may not be published: Astro's own
 * metadata reader (the one that throws NoImageMetadata at build time) must find its size, and an
 * SVG must be inert (svgProblems).
 */
export async function imageDefects(path: string, data: Uint8Array): Promise<Defect[]> {
  const defects: Defect[] = [];
  const svg = path.toLowerCase().endsWith('.svg');
  try {
    // Loaded only when there are images to measure: the check stays quick for text-only content.
    const { imageMetadata } = await import('astro/assets/utils');
    await imageMetadata(data, path);
  } catch {
    defects.push(
      svg
        ? { message: 'Astro tidak dapat membaca ukuran gambar SVG ini', hint: 'tambahkan width dan height (atau viewBox) pada tag <svg>, mis. <svg width="800" height="600" …>' }
        : { message: 'Astro tidak dapat membaca gambar ini (rusak, atau isinya bukan format sesuai ekstensinya)', hint: 'buka lalu simpan ulang gambarnya sebagai JPEG atau PNG' },
    );
  }
  if (svg) defects.push(...svgProblems(UTF8_LENIENT.decode(data)));
  return defects;
}

const UTF8_LENIENT = new TextDecoder('utf-8');

/**
 * Every image file anywhere under `<root>/content/` with its size in bytes, keyed by
 * project-relative path. Entries keep their images in `content/<collection>/<entry-id>/`.
 */
export function readImageSizes(root: string, contentDir = CONTENT_DIR): Map<string, number> {
  const sizes = new Map<string, number>();
  const isImage = (name: string) => IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
  for (const path of filesUnder(resolve(root, contentDir), isImage)) sizes.set(relative(root, path).split('\\').join('/'), statSync(path).size);
  return sizes;
}

/**
 * The one walk over a folder tree: every file below `dir` whose name passes `keep`, folder by
 * folder in name order. A folder that cannot be read is passed over (readContent reports the
 * content folders that matter).
 */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  let items: Dirent[];
  try {
    items = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
  return items.flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return filesUnder(path, keep);
    return item.isFile() && keep(item.name) ? [path] : [];
  });
}

/** The texts of sources kept in `<root>/content/sources/*.txt`, against which quotes are checked. */
export function readSourceTexts(root: string, contentDir = CONTENT_DIR): SourceText[] {
  const dir = resolve(root, contentDir, SOURCES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => sourceText(relative(root, join(dir, name)).split('\\').join('/'), readFileSync(join(dir, name), 'utf8')));
}

/**
 * The ids the site's templates (.astro files under src/) give their own elements: literal ones (id="sumber")
 * and template ones as patterns (id={`tahap-${n + 1}`} → /^tahap-.+$/). A body heading whose id
 * matches one would put the same id twice on a page.
 */
export function readPageIds(srcDir: string = fileURLToPath(new URL('../..', import.meta.url))): RegExp[] {
  const ids = new Set<string>();
  for (const path of filesUnder(srcDir, (name) => name.endsWith('.astro'))) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/\bid="([^"{}]+)"/g)) ids.add(`^${escapeRegExp(m[1]!)}$`);
    for (const m of text.matchAll(/\bid=\{`([^`]*)`\}/g)) ids.add(`^${m[1]!.split(/\$\{[^}]*\}/).map(escapeRegExp).join('.+')}$`);
  }
  // Ids the templates take from the link helpers' anchor builders (id={anchors.commitment(c.id)}).
  for (const pattern of anchorIdPatterns) ids.add(pattern.source);
  return [...ids].sort().map((source) => new RegExp(source));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads and checks a whole project's content, images and kept source texts included. */
/**
 * `findingsFile`: where each file's findings are kept between runs (file-cache.ts), so only changed
 * files are read and validated again; the build passes one inside Astro's cache folder.
 */
export async function checkProject(root: string, contentDir = CONTENT_DIR, findingsFile?: string): Promise<CheckResult> {
  const images = readImageSizes(root, contentDir);
  const defects = new Map<string, Defect[]>();
  for (const [path, bytes] of images) {
    // An oversized image is refused anyway; reading it whole to probe it would only cost time.
    if (bytes > MAX_IMAGE_BYTES) continue;
    let found: Defect[];
    try {
      found = await imageDefects(path, readFileSync(join(root, path)));
    } catch (error) {
      found = [{ message: `file tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? 'galat'})`, hint: 'periksa izin baca file ini' }];
    }
    if (found.length) defects.set(path, found);
  }
  // The templates are this code's own, wherever the content being checked lives.
  const pageIds = readPageIds();
  const store = findingsFile ? new FileFindingsStore(findingsFile, findingsVersion(root, pageIds)) : undefined;
  const result = checkContent(
    readContent(root, contentDir),
    await loadOfficialRegions(),
    { images, imageDefects: defects, sourceTexts: readSourceTexts(root, contentDir), today: asOfDate(), pageIds },
    store,
  );
  store?.save();
  return result;
}
