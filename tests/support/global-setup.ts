/**
 * Vitest globalSetup for the 'browser' project: serve both built sites once, each on a free port, and hand
 * their addresses to every test file through `inject('baseURL')` (dist/, the real content) and
 * `inject('fixtureURL')` (the fixture site, built by fixture-setup.ts before this runs).
 */
import type { TestProject } from 'vitest/node';
import { assertDistBuilt } from './dist.ts';
import { FIXTURE_DIST_DIR } from './fixture-site.ts';
import { startStaticServer } from './static-server.ts';

export default async function setup(project: TestProject) {
  assertDistBuilt();
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
