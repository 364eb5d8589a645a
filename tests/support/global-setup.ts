/**
 * Vitest globalSetup for the 'browser' project: build the fixture site (or reuse the last build when nothing
 * it depends on changed), then serve both built sites once, each on a free port, and hand their addresses to
 * every test file through `inject('baseURL')` (dist/, the real content) and `inject('fixtureURL')`.
 * The build happens here rather than in a root-level setup because Vitest runs a project's own global setup
 * first: on a clean machine the fixture site would not exist yet.
 */
import type { TestProject } from 'vitest/node';
import { assertDistBuilt } from './dist.ts';
import { CORPORA, FIXTURE_DIST_DIR, ensureFixtureSite } from './fixture-site.ts';
import { startStaticServer } from './static-server.ts';

export default async function setup(project: TestProject) {
  assertDistBuilt();
  const { built, ms } = await ensureFixtureSite();
  console.log(`Situs fixture (${CORPORA.join(' + ')}) ${built ? `dibangun dalam ${(ms / 1000).toFixed(0)} s` : 'tidak berubah, dipakai ulang'}: ${FIXTURE_DIST_DIR}`);
  assertDistBuilt(FIXTURE_DIST_DIR);
  const [content, fixture] = await Promise.all([startStaticServer(), startStaticServer(FIXTURE_DIST_DIR)]);
  project.provide('baseURL', content.url);
  project.provide('fixtureURL', fixture.url);
  return async () => {
    await Promise.all([content.close(), fixture.close()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local static server over dist/ (the real content), e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** Origin of the local static server over the fixture site (tests/fixtures/corpora/). */
    fixtureURL: string;
  }
}
