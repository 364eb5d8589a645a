/**
 * Pages work where delegations actually read them: on a 360 px phone in the car to the host region,
 * and on paper, printed for the meeting. Every page type of the real content, whatever it holds.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { PHONE, sidewaysFit } from '../support/page-checks.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');
/** The largest playbook of the content; without any playbook there is nothing to print. */
const PLAYBOOK = PAGE_TYPES.find((p) => p.label === 'playbook')?.path;
const COMPARISON = PAGE_TYPES.find((p) => p.label === 'comparison')?.path;

describe('on a 360 px wide phone, no page scrolls sideways', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label} (${path}) fits the screen width`, async () => {
      const fit = await sidewaysFit(await site.open(path, PHONE));
      expect(fit.width).toBe(360);
      expect(fit.scrollWidth, `wider than the screen: ${fit.culprits.join('; ')}`).toBeLessThanOrEqual(fit.width);
    });
  }

  it.skipIf(!PLAYBOOK)('a delegation on a 360 px phone can read the playbook without scrolling sideways, and the menu stays usable', async () => {
    const page = await site.open(PLAYBOOK!, PHONE);
    for (const label of ['Inovasi', 'Panduan', 'Kunjungan', 'Daerah']) {
      const link = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: label, exact: true });
      const box = await link.boundingBox();
      expect(box, `${label} is on screen`).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    // Every stage's text starts inside the screen (no clipped or off-canvas stages).
    const stages = await page.locator('ol.stages > li').evaluateAll((items) =>
      items.map((li) => ({ left: li.getBoundingClientRect().left, right: li.getBoundingClientRect().right })),
    );
    expect(stages.length).toBeGreaterThan(0);
    for (const stage of stages) {
      expect(stage.left).toBeGreaterThanOrEqual(0);
      expect(stage.right).toBeLessThanOrEqual(360);
    }
  });
});

describe('a comparison on a 360 px phone', () => {
  it.skipIf(!COMPARISON)('shows every value, difference and ratio of its tables on screen, without scrolling a table sideways', async () => {
    const page = await site.open(COMPARISON!, PHONE);
    const cells = await page.locator('.table-wrap td').evaluateAll((tds) =>
      tds.map((td) => {
        const box = td.getBoundingClientRect();
        const wrap = td.closest('.table-wrap')!;
        return { text: td.textContent!.trim(), left: box.left, right: box.right, scrolls: wrap.scrollWidth > wrap.clientWidth };
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.scrolls, `table around “${cell.text}” scrolls sideways`).toBe(false);
      expect(cell.left, cell.text).toBeGreaterThanOrEqual(0);
      expect(cell.right, cell.text).toBeLessThanOrEqual(360);
    }
    // The difference and ratio say what they are where they stand: their column headings are off screen.
    const labels = await page.locator('table.compare-table td[data-label]').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['"Selisih "', '"Rasio "']));
  });
});

describe('a printed playbook is the playbook, without the website around it', () => {
  it.skipIf(!PLAYBOOK)('in print media the site header, menu and skip link are hidden; the title and every stage are shown', async () => {
    const page = await site.open(PLAYBOOK!);
    const stageCount = await page.locator('ol.stages > li').count();
    expect(stageCount).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(false);
    expect(await page.locator('a.skip-link').isVisible()).toBe(false);

    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const stages = page.locator('ol.stages > li');
    for (let n = 0; n < stageCount; n++) {
      expect(await stages.nth(n).isVisible(), `stage ${n + 1} visible in print`).toBe(true);
      expect(await stages.nth(n).locator('h3').textContent()).toMatch(new RegExp(`^Tahap ${n + 1}: `));
    }
    // Sources stay on paper too: a printed claim must still say where it comes from.
    expect(await page.locator('section.sources').isVisible()).toBe(true);

    // And Chromium can actually lay it out on A4.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);

    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('header.site-header').isVisible()).toBe(true);
  });
});
