/**
 * Keeps each file's findings (`checkFile` in run.ts) between runs, so a build reads and validates
 * again only the files that changed: at national scale (46,000 files) that per-file work was most
 * of the content check's ~30 s on every build. The checks between entries (references, dates,
 * titles) always run over everything.
 *
 * A kept finding is used only for the same file with the same text, under the same `version`: a
 * digest of everything the findings can depend on (the project's src/, data/, package-lock.json and
 * the page templates' ids). Any of those changed and the whole store is dropped (../kept-map.ts).
 *
 * The store is split by file name into SHARDS files, and a run rewrites only the shards whose files
 * changed: at national scale the findings are 205 MB (each entry's frontmatter as read and as its
 * schema accepts it), and rewriting them whole took 3.6 s of a build that published one visit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKeptMap, writeKeptMap } from '../kept-map.ts';
import type { FileFindings, FileFindingsCache } from './run.ts';
import type { RawEntry } from './types.ts';

const textDigest = (text: string) => createHash('sha256').update(text).digest('base64url');

interface Kept {
  text: string;
  findings: FileFindings;
}

/** This code's own tree (src/ and data/ beside it) and the project's lockfile: what a file's findings can depend on besides its text. */
const CODE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function findingsVersion(root: string, pageIds: readonly RegExp[] = []): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    const files = readdirSync(path, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(`${file.slice(CODE_ROOT.length)}\0`).update(readFileSync(file)).update('\0');
  };
  add(join(CODE_ROOT, 'src'));
  add(join(CODE_ROOT, 'data'));
  for (const lock of new Set([join(CODE_ROOT, 'package-lock.json'), join(root, 'package-lock.json')])) if (existsSync(lock)) hash.update(readFileSync(lock));
  hash.update(pageIds.map(String).join('\n'));
  return hash.digest('hex');
}

/** How many files the store is split into: a publish rewrites one of them (~6 MB at national scale). */
export const SHARDS = 32;

/** The shard a file's findings are kept in: by its name, so a file stays in its shard between runs. */
function shardOf(file: string): number {
  let hash = 2166136261; // FNV-1a
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 16777619);
  return (hash >>> 0) % SHARDS;
}

/** The shard files of the store at `path`. */
export const shardPaths = (path: string) => Array.from({ length: SHARDS }, (_, i) => `${path}.${i}`);

export class FileFindingsStore implements FileFindingsCache {
  readonly #path: string;
  readonly #version: string;
  readonly #kept = new Map<string, Kept>();
  readonly #now = new Map<string, Kept>();
  readonly #digests = new Map<string, string>();
  /** Shards with a file whose findings are new in this run. */
  readonly #changed = new Set<number>();
  /** Files whose findings came from the store in this run. */
  reused = 0;

  constructor(path: string, version: string) {
    this.#path = path;
    this.#version = version;
    for (const shard of shardPaths(path)) for (const [file, kept] of readKeptMap<Kept>(shard, version)) this.#kept.set(file, kept);
  }

  #digest(entry: RawEntry): string {
    let digest = this.#digests.get(entry.file);
    if (digest === undefined) this.#digests.set(entry.file, (digest = textDigest(entry.text)));
    return digest;
  }

  get(entry: RawEntry): FileFindings | undefined {
    const kept = this.#kept.get(entry.file);
    if (!kept || kept.text !== this.#digest(entry)) return undefined;
    this.#now.set(entry.file, kept);
    this.reused++;
    return kept.findings;
  }

  set(entry: RawEntry, findings: FileFindings): void {
    this.#now.set(entry.file, { text: this.#digest(entry), findings });
    this.#changed.add(shardOf(entry.file));
  }

  /** Writes the shards whose files changed, were added or are gone; the others are already this run's. */
  save(): void {
    for (const file of this.#kept.keys()) if (!this.#now.has(file)) this.#changed.add(shardOf(file));
    if (this.#changed.size === 0) return;
    const shards = shardPaths(this.#path);
    const byShard = new Map([...this.#changed].map((shard) => [shard, new Map<string, Kept>()]));
    for (const [file, kept] of this.#now) byShard.get(shardOf(file))?.set(file, kept);
    for (const [shard, entries] of byShard) writeKeptMap(shards[shard]!, this.#version, entries);
    rmSync(this.#path, { force: true }); // the one-file store of earlier versions
  }
}
