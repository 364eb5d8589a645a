/**
 * Keeps each file's findings (`checkFile` in run.ts) between runs, so a build reads and validates
 * again only the files that changed: at national scale (46,000 files) that per-file work was most
 * of the content check's ~30 s on every build. The checks between entries (references, dates,
 * titles) always run over everything.
 *
 * A kept finding is used only for the same file with the same text, under the same `version`: a
 * digest of everything the findings can depend on (the project's src/, data/, package-lock.json and
 * the page templates' ids). Any of those changed and the whole store is dropped (one file: ../kept-map.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

export class FileFindingsStore implements FileFindingsCache {
  readonly #path: string;
  readonly #version: string;
  readonly #kept: Map<string, Kept>;
  readonly #now = new Map<string, Kept>();
  readonly #digests = new Map<string, string>();
  /** Files whose findings came from the store in this run. */
  reused = 0;

  constructor(path: string, version: string) {
    this.#path = path;
    this.#version = version;
    this.#kept = readKeptMap<Kept>(path, version);
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
  }

  /** Writes this run's findings (files that are gone are dropped); skipped when nothing changed. */
  save(): void {
    const unchanged = this.#now.size === this.#kept.size && this.reused === this.#now.size;
    if (unchanged) return;
    writeKeptMap(this.#path, this.#version, this.#now);
  }
}
