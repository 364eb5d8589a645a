/**
 * What the steps after a build derive from each built HTML page — its search filters and digest
 * (src/integrations/search-index.ts), its CSP verdict (src/integrations/page-csp.ts) — kept between
 * builds under the page's address and exact bytes. On a warm build Astro restores almost every
 * page byte for byte, so such a page is read and hashed (~0.05 ms) instead of parsed again: at
 * national scale the two steps spent 28 s and 9 s parsing 60,000 pages that had not changed.
 *
 * A fact is used only for the same address, the same bytes and the same `version` (a digest of the
 * code that derives it, `codeVersion`); anything else is derived afresh. One file per step, holding
 * only the pages of its last run, written whole (temporary file, then rename); a file that cannot
 * be read, or of another version, is ignored.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

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
  #kept = new Map<string, T>();
  readonly #now = new Map<string, T>();
  /** Pages whose facts came from the store in this run. */
  reused = 0;

  constructor(path: string, version: string) {
    this.#path = path;
    this.#version = version;
    try {
      if (!existsSync(path)) return;
      const stored = deserialize(readFileSync(path)) as { version?: unknown; facts?: unknown };
      if (stored.version === version && stored.facts instanceof Map) this.#kept = stored.facts as Map<string, T>;
    } catch {
      // Cut short or another Node's format: every page is derived afresh.
    }
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

  /** Writes this run's facts (pages no longer built are dropped). A store that cannot be written only costs the next build time. */
  save(): void {
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      const temp = `${this.#path}.${process.pid}.tmp`;
      writeFileSync(temp, serialize({ version: this.#version, facts: this.#now }));
      renameSync(temp, this.#path);
    } catch {
      // e.g. a read-only cache folder
    }
  }
}
