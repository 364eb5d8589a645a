/** Filesystem side of the content check, kept apart so the rules in content-check.ts stay pure. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { CONTENT_EXTENSIONS, IMAGE_EXTENSIONS, checkContent, type CheckResult, type RawEntry } from './content-check.ts';
import { loadOfficialRegions } from './official-regions.ts';
import { SOURCES_DIR, sourceText, type SourceText } from './quotes.ts';

export const CONTENT_DIR = 'content';

/** Reads every content file under `<root>/content/<collection>/` (flat folders, .md and .mdx). */
export function readContent(root: string, contentDir = CONTENT_DIR): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = join(root, contentDir, COLLECTIONS[collection].folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!CONTENT_EXTENSIONS.some((ext) => name.endsWith(ext))) continue;
      const path = join(dir, name);
      entries.push({ collection, file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  }
  return entries;
}

/**
 * Every image file anywhere under `<root>/content/` with its size in bytes, keyed by
 * project-relative path. Entries keep their images in `content/<collection>/<entry-id>/`.
 */
export function readImageSizes(root: string, contentDir = CONTENT_DIR): Map<string, number> {
  const sizes = new Map<string, number>();
  const walk = (dir: string): void => {
    for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.isFile() && IMAGE_EXTENSIONS.some((ext) => item.name.toLowerCase().endsWith(ext))) {
        sizes.set(relative(root, path).split('\\').join('/'), statSync(path).size);
      }
    }
  };
  const dir = join(root, contentDir);
  if (existsSync(dir)) walk(dir);
  return sizes;
}

/** The texts of sources kept in `<root>/content/sources/*.txt`, against which quotes are checked. */
export function readSourceTexts(root: string, contentDir = CONTENT_DIR): SourceText[] {
  const dir = join(root, contentDir, SOURCES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => sourceText(relative(root, join(dir, name)).split('\\').join('/'), readFileSync(join(dir, name), 'utf8')));
}

/** Reads and checks a whole project's content, images and kept source texts included. */
export async function checkProject(root: string, contentDir = CONTENT_DIR): Promise<CheckResult> {
  return checkContent(readContent(root, contentDir), await loadOfficialRegions(), {
    images: readImageSizes(root, contentDir),
    sourceTexts: readSourceTexts(root, contentDir),
  });
}
