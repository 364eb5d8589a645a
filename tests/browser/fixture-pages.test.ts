/**
 * Page shapes the real content may not have yet — a visit by an institution, a commitment with follow-ups,
 * a host of many visits, a ledger with every status — held to the same page-level checks as every page type
 * of the real content (accessibility.test.ts, layout.test.ts), on the fixture site.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { axeViolations, PHONE, sidewaysFit, VIEWPORTS } from '../support/page-checks.ts';
import { FIXTURE_PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('fixture');

for (const { name, options } of VIEWPORTS) {
  describe(`axe-core finds no WCAG 2.2 AA violation on fixture pages (${name})`, () => {
    for (const { label, path } of FIXTURE_PAGE_TYPES) {
      it(`${label}: ${path}`, async () => {
        expect(await axeViolations(await site.open(path, options))).toEqual([]);
      });
    }
  });
}

describe('on a 360 px wide phone, no fixture page scrolls sideways', () => {
  for (const { label, path } of FIXTURE_PAGE_TYPES) {
    it(`${label} (${path}) fits the screen width`, async () => {
      const fit = await sidewaysFit(await site.open(path, PHONE));
      expect(fit.width).toBe(360);
      expect(fit.scrollWidth, `wider than the screen: ${fit.culprits.join('; ')}`).toBeLessThanOrEqual(fit.width);
    });
  }
});
