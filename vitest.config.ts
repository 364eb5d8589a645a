import { defineConfig } from 'vitest/config';

/**
 * Test projects, each selectable with `vitest run --project <name>`:
 * - unit:  pure modules (schemas, content check, official regions, helpers); fast.
 * - build: runs a real `astro build` on a broken copy of the site; slow, keep it to one test.
 * A 'browser' project (tests/browser/) is meant to be appended to `projects` as its own entry.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
