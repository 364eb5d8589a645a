/**
 * Every page type meets WCAG 2.2 AA as far as axe-core can tell: zero violations, no exceptions list.
 * Checked at desktop width and at 360 px, where the layout (and so contrast, target size, reflow) changes.
 * Pages: one per page type of the real content (whatever it holds), plus fixture pages of shapes the
 * real content may not have yet (a visit by an institution, follow-ups, every commitment status).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { FIXTURE_PAGE_TYPES, PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');
const fixture = useSiteBrowser('fixture');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and element, readable in the test output. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
}

const viewports = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: '360 px phone', options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
];

for (const { name, options } of viewports) {
  describe(`axe-core finds no WCAG 2.2 AA violation (${name})`, () => {
    for (const [browser, pages] of [[site, PAGE_TYPES], [fixture, FIXTURE_PAGE_TYPES]] as const) {
      for (const { label, path } of pages) {
        it(`${label}: ${path}`, async () => {
          const page = await browser.open(path, options);
          const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
          expect(describeViolations(results.violations)).toEqual([]);
        });
      }
    }
  });
}
