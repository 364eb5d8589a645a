import { defineConfig } from 'vitest/config';

/**
 * Test projects, each selectable with `vitest run --project <name>`:
 * - unit:  pure modules (schemas, content check, official regions, helpers); fast.
 * - build: real `astro build`s on copies of the project (a broken entry; ten new entries); slow.
 * - dist:  checks over dist/ that hold for any valid content (html-validate, links, no injected code).
 * - browser: Chromium over dist/ (invariants) and over the fixture site (particular entries).
 * The browser project's global setup builds the fixture site (tests/fixtures/corpora/) once per run.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A few unit tests spawn the CLI or render cards in worker threads: on a busy 2-core machine they need
          // more than Vitest's default 5 s (seen: 5.3–11.7 s while other builds ran).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The CMS form end to end: its own copy of the project, decap-server and a build of that copy.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A group of its own, never beside the other projects: it builds a copy of the site and runs
          // Chromium, which starved the timed unit tests when they ran side by side.
          sequence: { groupOrder: 1 },
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
