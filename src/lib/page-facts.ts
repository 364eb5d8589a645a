/**
 * What the steps after a build derive from each built HTML page — its search filters and digest
 * (src/integrations/search-index.ts), its CSP verdict (src/integrations/page-csp.ts) — kept between
 * builds under the page's address and exact bytes. On a warm build Astro restores almost every
 * page byte for byte, so such a page is read and hashed (~0.05 ms) instead of parsed again: at
 * national scale the two steps spent 28 s and 9 s parsing 60,000 pages that had not changed.
 *
 * A fact is used only for the same address, the same bytes and the same `version` (a digest of the
 * code that derives it, `codeVersion`); anything else is derived afresh. One file per step, holding
 * only the pages of its last run (./kept-map.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readKeptMap, writeKeptMap } from './kept-map.ts';

/** A digest of the modules whose code derives a step's facts (and the lockfile, for the packages they use). */
export function codeVersion(modules: readonly URL[], lockfile?: string): string {
  const hash = createHash('sha256');
  for (const url of modules) hash.update(`${fileURLToPath(url)}\0`).update(readFileSync(url)).update('\0');
  if (lockfile && existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}

export class PageFactsStore<T> {
  readonly #path: string;
  readonly #version: string;
  readonly #kept: Map<string, T>;
  readonly #now = new Map<string, T>();
  /** Pages whose facts came from the store in this run. */
  reused = 0;

  constructor(path: string, version: string) {
    this.#path = path;
    this.#version = version;
    this.#kept = readKeptMap<T>(path, version);
  }

  /** The key of a page's facts: its address and its bytes. */
  static key(page: string, bytes: Uint8Array): string {
    return createHash('sha256').update(page).update('\0').update(bytes).digest('base64url');
  }

  get(key: string): T | undefined {
    const kept = this.#kept.get(key);
    if (kept !== undefined) {
      this.#now.set(key, kept);
      this.reused++;
    }
    return kept;
  }

  set(key: string, facts: T): void {
    this.#now.set(key, facts);
  }

  /** Writes this run's facts (pages no longer built are dropped); skipped when every page was known. A store that cannot be written only costs the next build time. */
  save(): void {
    if (this.#now.size === this.#kept.size && this.reused === this.#now.size) return;
    try {
      writeKeptMap(this.#path, this.#version, this.#now);
    } catch {
      // e.g. a read-only cache folder
    }
  }
}
