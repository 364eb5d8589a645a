/** Filesystem side of the content check, kept apart so the rules in content-check.ts stay pure. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { CONTENT_EXTENSIONS, checkContent, type RawEntry } from './content-check.ts';
import { loadOfficialRegions } from './official-regions.ts';

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

/** Reads and checks a whole project's content. */
export async function checkProject(root: string, contentDir = CONTENT_DIR) {
  return checkContent(readContent(root, contentDir), await loadOfficialRegions());
}
