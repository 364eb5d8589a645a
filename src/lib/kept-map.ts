/**
 * A Map kept between builds in one file, under a version: read back only when the version is the
 * same, written whole (temporary file, then rename) so a build cut short leaves the old file or
 * none. Used by the content check's kept findings (check/file-cache.ts) and the post-build page
 * facts (page-facts.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The kept Map, or an empty one when the file is missing, unreadable (cut short, another Node's format) or of another version. */
export function readKeptMap<T>(path: string, version: string): Map<string, T> {
  try {
    if (existsSync(path)) {
      const stored = deserialize(readFileSync(path)) as { version?: unknown; entries?: unknown };
      if (stored.version === version && stored.entries instanceof Map) return stored.entries as Map<string, T>;
    }
  } catch {
    // read as empty: everything is derived afresh
  }
  return new Map();
}

export function writeKeptMap<T>(path: string, version: string, entries: Map<string, T>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, serialize({ version, entries }));
  renameSync(temp, path);
}
