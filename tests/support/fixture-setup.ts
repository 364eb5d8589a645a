/**
 * Vitest global setup (root level, so it runs once per `vitest run`, before any project): builds the
 * fixture site when a selected project reads it, or reuses the last build when nothing changed.
 */
import type { TestProject } from 'vitest/node';
import { CORPORA, FIXTURE_DIST_DIR, ensureFixtureSite } from './fixture-site.ts';

/** Projects with tests that read the fixture site. */
const READERS = new Set(['dist', 'browser']);

export default async function setup(project: TestProject) {
  const selected = project.vitest.projects.map((p) => p.name);
  if (!selected.some((name) => READERS.has(name))) return;
  const { built, ms } = await ensureFixtureSite();
  console.log(`Situs fixture (${CORPORA.join(' + ')}) ${built ? `dibangun dalam ${(ms / 1000).toFixed(0)} s` : 'tidak berubah, dipakai ulang'}: ${FIXTURE_DIST_DIR}`);
}
