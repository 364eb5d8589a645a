/**
 * Every page type meets WCAG 2.2 AA as far as axe-core can tell: zero violations, no exceptions list.
 * Checked at desktop width and at 360 px, where the layout (and so contrast, target size, reflow) changes.
 * Pages: one per page type of the real content, whatever it holds (fixture-pages.test.ts does the same for
 * fixture pages of shapes the real content may not have yet).
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { axeViolations, VIEWPORTS } from '../support/page-checks.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');

for (const { name, options } of VIEWPORTS) {
  describe(`axe-core finds no WCAG 2.2 AA violation (${name})`, () => {
    for (const { label, path } of PAGE_TYPES) {
      it(`${label}: ${path}`, async () => {
        const page = await site.open(path, options);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
