/**
 * Nothing jumps while a page loads on a phone: Cumulative Layout Shift ≤ 0.1 (the "good" threshold of Web
 * Vitals) on every page type at 360 px, with the network and CPU slowed the way Lighthouse's mobile run
 * slows them, so a script that changes the layout arrives after the first paint, as it does on a real
 * phone. A reader who starts reading and loses the line when a form pops in above it is what this guards.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { PHONE } from '../support/page-checks.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');

/** Web Vitals' CLS: the largest burst of shifts (gaps < 1 s, burst ≤ 5 s) not caused by the reader's own input. */
const OBSERVE_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__shifts.push({ t: e.startTime, v: e.value, nodes: e.sources.map((s) => s.node && (s.node.id || s.node.className || s.node.nodeName)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function cumulativeLayoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { t: number; v: number; nodes: string[] }[] }).__shifts);
  let cls = 0;
  let burst = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.t - last < 1000 && s.t - start < 5000) burst += s.v;
    else [burst, start] = [s.v, s.t];
    last = s.t;
    cls = Math.max(cls, burst);
  }
  return { cls, shifts: shifts.map((s) => `${Math.round(s.t)} ms: ${s.v.toFixed(3)} (${s.nodes.join(', ')})`) };
}

async function loadSlowly(path: string): Promise<Page> {
  const page = await site.blank(PHONE);
  await page.addInitScript(OBSERVE_SHIFTS);
  const cdp = await page.context().newCDPSession(page);
  // Lighthouse's mobile preset: slow 4G (150 ms RTT, 1.6 Mbit/s down) and a 4× slower CPU.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 96_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // On a weak signal scripts and data arrive well after the page is painted; make that certain here, so
  // whatever they change in the layout counts as it would for the reader.
  await page.route(/\/_astro\/.*\.js$|\.json$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1000));
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'load' });
  // Scripts that fetch data (the compare tool's region list) change the page after load.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  return page;
}

describe('pages do not shift while they load on a slow phone', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label} (${path}): CLS ≤ 0.1`, async () => {
      const { cls, shifts } = await cumulativeLayoutShift(await loadSlowly(path));
      expect(cls, `layout shifts: ${shifts.join('; ')}`).toBeLessThanOrEqual(0.1);
    }, 60_000);
  }
});
