/** Page-level checks shared by the tests over the real content and over the fixture site. */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Desktop, and a 360 px phone, where the layout (and so contrast, target size, reflow) changes. */
export const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: '360 px phone', options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
];

export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** axe-core's WCAG 2.2 AA violations on the page, one line per violation and element, readable in the test output. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v: Result) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
}

/** The page's width, how far it scrolls sideways, and the elements sticking out past the right edge (so a failure says what to fix). */
export function sidewaysFit(page: Page): Promise<{ width: number; scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.closest('.table-wrap')) // tables scroll inside their own box, by design
      .filter((el) => el.getBoundingClientRect().width > 0)
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> right=${Math.round(el.getBoundingClientRect().right)}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}
