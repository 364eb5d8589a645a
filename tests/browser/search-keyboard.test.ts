/**
 * The search page driven by keyboard alone, with what a screen reader hears asserted (WCAG 2.4.3,
 * 4.1.3): one announcement when typing stops, not one per key; "more results" keeps focus on the
 * page and says what it added.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';

const site = useSiteBrowser('fixture');

/** Records every text the live region takes, from now on. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-status]')!;
    const heard: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
    new MutationObserver(() => {
      const text = status.textContent?.trim();
      if (text) heard.push(text);
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}

describe('search by keyboard, as a screen reader hears it', () => {
  it('typing a word is announced once, after the typing stops', async () => {
    const page = await site.open('/cari/');
    await page.locator('#q').focus();
    const heard = await listen(page);
    await page.keyboard.type('kunjungan', { delay: 120 });
    await page.waitForFunction(() => /hasil/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    await page.waitForTimeout(1500);
    expect(await heard()).toEqual([expect.stringMatching(/^\d+ hasil untuk “kunjungan”\.$/)]);
  });

  it('"Tampilkan lebih banyak" moves focus to the first new result and announces what it added', async () => {
    // Every visit of the fixture corpora: more than one page of results.
    const page = await site.open('/cari/?jenis=Kunjungan');
    await page.waitForFunction(() => /hasil/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const total = Number((await page.locator('[data-status]').innerText()).match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    const heard = await listen(page);
    const more = page.locator('[data-more]');
    let shown = await page.locator('[data-results] > li').count();
    while (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-results] > li').count()).toBeGreaterThan(shown);
      const first = page.locator('[data-results] > li').nth(shown).locator('h2 a');
      await expect.poll(() => first.evaluate((a) => a === document.activeElement)).toBe(true);
      shown = await page.locator('[data-results] > li').count();
    }
    expect(shown).toBe(total);
    // Focus stayed in the results after the button went away.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null)).toBe(true);
    await expect.poll(heard).toContain(`${total - 10 > 10 ? 10 : total - 10} hasil lagi ditampilkan, ${Math.min(20, total)} dari ${total}.`);
  });
});
