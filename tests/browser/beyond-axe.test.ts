/**
 * What axe cannot see: focus that can be read, forced colours (Windows high contrast), reflow at
 * 320 px with and without the WCAG text-spacing override, scroll boxes a keyboard can reach, target
 * sizes, link names that say where they go, and one labelled search landmark per page.
 * Every check runs on every page type and names the element that fails.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');
// The checks inject measuring code and the reader's text-spacing stylesheet, which the site's own
// Content-Security-Policy would rightly refuse; the browser is told to let the test's own code in.
const DESKTOP = { bypassCSP: true };
const NARROW = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, bypassCSP: true };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true };

/** WCAG 1.4.12's test values: what a reader's own stylesheet may impose without losing content. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Runs in the page: colour parsing, relative luminance, contrast and the background behind an element. */
const COLOUR_HELPERS = `
  window.__rgba = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
  window.__lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  window.__contrast = (a, b) => { const x = window.__lum(a), y = window.__lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  window.__bg = (el) => { for (let n = el; n; n = n.parentElement) { const c = window.__rgba(getComputedStyle(n).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
`;

async function withHelpers(page: Page): Promise<void> {
  await page.addScriptTag({ content: COLOUR_HELPERS });
}

/** Every kind of focusable thing the site has, by selector; each page contributes those it has. */
const FOCUSABLE_KINDS = [
  { kind: 'header link', selector: '.site-header .site-nav a' },
  { kind: 'brand link', selector: '.site-header a.brand' },
  { kind: 'header search box', selector: '.site-header input' },
  { kind: 'header search button', selector: '.site-header button' },
  { kind: 'breadcrumb link', selector: '.breadcrumbs a' },
  { kind: 'body link', selector: 'main a[href]:not(.cite)' },
  { kind: 'citation link', selector: 'main a.cite' },
  { kind: 'footer link', selector: '.site-footer a' },
  { kind: 'button', selector: 'main button:not([hidden]), main .button' },
  { kind: 'form field', selector: 'main input:not([type=hidden]), main select' },
  { kind: 'scroll box', selector: 'main .table-wrap[tabindex]' },
];

interface FocusReport { kind: string; what: string; text: number; indicator: string | null }

/**
 * Focuses the first visible element of each kind by keyboard modality and measures: text contrast
 * in the focused state (≥ 4.5:1), and whether some colour that focus adds contrasts ≥ 3:1 with
 * what surrounds the element and some added colour ≥ 3:1 with the element's own unfocused colour.
 */
async function focusReports(page: Page): Promise<FocusReport[]> {
  await withHelpers(page);
  await page.keyboard.press('Tab'); // keyboard modality, so programmatic focus matches :focus-visible
  const reports: FocusReport[] = [];
  for (const { kind, selector } of FOCUSABLE_KINDS) {
    const handle = await page.evaluateHandle((sel) => [...document.querySelectorAll<HTMLElement>(sel)].find((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') ?? null, selector);
    const element = handle.asElement();
    if (!element) continue;
    const before = await element.evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, shadow: s.boxShadow, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
    });
    await element.evaluate((el) => el.focus());
    const report = await element.evaluate(
      (el, args) => {
        const w = window as unknown as Record<string, (...a: unknown[]) => unknown>;
        const rgba = w.__rgba as (c: string) => { r: number; g: number; b: number; a: number } | null;
        const contrast = w.__contrast as (a: unknown, b: unknown) => number;
        const bgOf = w.__bg as (e: Element) => unknown;
        const s = getComputedStyle(el);
        const around = bgOf(el.parentElement!);
        const ownBefore = rgba(args.before.bg);
        const self = ownBefore && ownBefore.a > 0.5 ? ownBefore : around;
        const added: { r: number; g: number; b: number; a: number }[] = [];
        if (s.backgroundColor !== args.before.bg) { const c = rgba(s.backgroundColor); if (c && c.a > 0.5) added.push(c); }
        if (s.boxShadow !== args.before.shadow && s.boxShadow !== 'none') for (const m of s.boxShadow.matchAll(/rgba?\([^)]+\)/g)) { const c = rgba(m[0]); if (c && c.a > 0.5) added.push(c); }
        const outline = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
        if (outline !== args.before.outline && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) { const c = rgba(s.outlineColor); if (c && c.a > 0.5) added.push(c); }
        const best = (ref: unknown) => Math.max(0, ...added.map((c) => contrast(c, ref)));
        const againstAround = best(around);
        const againstSelf = best(self);
        const text = contrast(rgba(s.color), bgOf(el));
        const what = `<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').trim().slice(0, 30)}`;
        const indicator = againstAround >= 3 && againstSelf >= 3 ? null : `focus adds no colour with 3:1 (against surroundings ${againstAround.toFixed(2)}, against the element ${againstSelf.toFixed(2)})`;
        return { what, text, indicator };
      },
      { before },
    );
    reports.push({ kind, ...report });
    await element.evaluate((el) => el.blur());
  }
  return reports;
}

describe('focus can be seen and read on every page type (WCAG 1.4.3, 1.4.11, 2.4.7)', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.open(path, DESKTOP);
      const reports = await focusReports(page);
      expect(reports.length).toBeGreaterThan(3);
      const failures = reports.flatMap((r) => [
        ...(r.text < 4.5 ? [`${r.kind} ${r.what}: focused text contrast ${r.text.toFixed(2)}:1`] : []),
        ...(r.indicator ? [`${r.kind} ${r.what}: ${r.indicator}`] : []),
      ]);
      expect(failures).toEqual([]);
    });
  }
});

describe('forced colours (Windows high contrast), light and dark', () => {
  for (const scheme of ['dark', 'light'] as const) {
    it(`${scheme}: a focused link, header link and button keep a visible outline`, async () => {
      const page = await site.open('/inovasi/', DESKTOP);
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await page.keyboard.press('Tab');
      const outlines = await page.evaluate(() =>
        ['.site-header .site-nav a', 'main a[href]', '.site-header button'].map((sel) => {
          const el = document.querySelector<HTMLElement>(sel)!;
          el.focus();
          const s = getComputedStyle(el);
          return `${sel}: ${s.outlineStyle} ${parseFloat(s.outlineWidth) >= 2 ? 'wide' : 'thin'}`;
        }),
      );
      expect(outlines).toEqual(['.site-header .site-nav a: solid wide', 'main a[href]: solid wide', '.site-header button: solid wide']);
    });

    for (const path of PAGE_TYPES.map((p) => p.path)) {
      it(`${scheme}: chart text and legend swatches stay visible on ${path}`, async () => {
        const page = await site.open(path, DESKTOP);
        await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
        await withHelpers(page);
        const problems = await page.evaluate(() => {
          const w = window as unknown as Record<string, (...a: unknown[]) => unknown>;
          const rgba = w.__rgba as (c: string) => unknown;
          const contrast = w.__contrast as (a: unknown, b: unknown) => number;
          const bgOf = w.__bg as (e: Element) => unknown;
          const found: string[] = [];
          for (const text of document.querySelectorAll('svg text')) {
            const c = contrast(rgba(getComputedStyle(text).fill), bgOf(text.closest('figure') ?? document.body));
            if (c < 4.5) found.push(`svg text "${text.textContent}" ${c.toFixed(2)}:1`);
          }
          // Chart bars and their legend swatches: drawn fills, which forced colours leave alone unless told.
          for (const bar of document.querySelectorAll('main figure rect')) {
            const c = contrast(rgba(getComputedStyle(bar).fill), bgOf(bar.closest('figure')!));
            if (c < 3) found.push(`chart ${bar.getAttribute('class')} fill ${c.toFixed(2)}:1`);
          }
          for (const swatch of document.querySelectorAll('.swatch')) {
            // Visible by its fill or by an outline drawn around it.
            const s = getComputedStyle(swatch);
            const around = bgOf(swatch.parentElement!);
            const fill = contrast(rgba(s.backgroundColor), around);
            const edge = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 ? contrast(rgba(s.outlineColor), around) : 0;
            if (Math.max(fill, edge) < 3) found.push(`legend swatch ${swatch.className} ${fill.toFixed(2)}:1`);
          }
          return found;
        });
        expect(problems).toEqual([]);
      });
    }
  }
});

/** The document's width and what sticks out, at the current viewport. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0)
      .filter((el) => !el.closest('.table-wrap, .visually-hidden'))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> right=${Math.round(el.getBoundingClientRect().right)}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

describe('reflow at 320 px (WCAG 1.4.10), also with the text-spacing override (1.4.12)', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.open(path, NARROW);
      const plain = await overflow(page);
      expect(plain.scrollWidth, `wider than 320 px: ${plain.culprits.join('; ')}`).toBeLessThanOrEqual(320);
      await page.addStyleTag({ content: TEXT_SPACING });
      const spaced = await overflow(page);
      expect(spaced.scrollWidth, `wider than 320 px with text spacing: ${spaced.culprits.join('; ')}`).toBeLessThanOrEqual(320);
      // The header's search button keeps its whole word.
      const cut = await page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0 && b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
      expect(cut, 'buttons that clip their text').toEqual([]);
    });
  }
});

/** Text in figures (charts, the learning network) that is cut off by its box or lies on other text. */
async function figureTextProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const figure of document.querySelectorAll('main figure')) {
      const boxes: { text: string; rect: DOMRect }[] = [];
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        const parent = node.parentElement!;
        if (!text || parent.closest('title, desc, .visually-hidden, [hidden]')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) boxes.push({ text, rect });
        // What clips it: the figure itself, or the SVG it is drawn in (SVG cuts off overflowing text).
        const clip = (parent.closest('svg') ?? figure).getBoundingClientRect();
        const r = range.getBoundingClientRect();
        if (r.right > clip.right + 1 || r.left < clip.left - 1) problems.push(`"${text.slice(0, 40)}" is cut off (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(clip.left)}–${Math.round(clip.right)})`);
      }
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          if (w > 1 && h > 1) problems.push(`"${a.text.slice(0, 30)}" lies on "${b.text.slice(0, 30)}"`);
        }
      });
    }
    return problems;
  });
}

describe('chart and network text is whole and apart at 320 px, also with text spacing (WCAG 1.4.10, 1.4.12)', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.open(path, NARROW);
      expect(await figureTextProblems(page)).toEqual([]);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await figureTextProblems(page), 'with text spacing').toEqual([]);
    });
  }
});

describe('tables wider than a phone scroll in a box a keyboard can reach (WCAG 2.1.1)', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.open(path, NARROW);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.table-wrap')]
          .filter((box) => box.scrollWidth > box.clientWidth + 1 && box.getClientRects().length > 0)
          // A named <section> is a region landmark natively (html-validate prefers it to role="region").
          .map((box) => ({ tabindex: box.getAttribute('tabindex'), role: box.getAttribute('role') ?? (box.tagName === 'SECTION' ? 'region' : null), name: box.getAttribute('aria-label') ?? box.getAttribute('aria-labelledby') })),
      );
      for (const box of boxes) expect(box).toMatchObject({ tabindex: '0', role: 'region', name: expect.stringMatching(/\S/) });
    });
  }
});

describe('links say where they go (WCAG 2.4.4) and targets are big enough (2.5.8)', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: links with the same accessible name lead to the same place`, async () => {
      const page = await site.open(path, DESKTOP);
      const clashes = await page.evaluate(() => {
        const byName = new Map<string, Set<string>>();
        for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
          if (a.closest('[hidden]')) continue;
          const name = (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
          const target = new URL(a.href, location.href);
          byName.set(name, (byName.get(name) ?? new Set()).add(target.pathname + target.search + target.hash));
        }
        return [...byName].filter(([, targets]) => targets.size > 1).map(([name, targets]) => `"${name}" → ${[...targets].slice(0, 3).join(', ')}`);
      });
      expect(clashes).toEqual([]);
    });

    it(`${label}: links standing alone in lists are at least 24 × 24 px or spaced 24 px apart at 360 px`, async () => {
      const page = await site.open(path, PHONE);
      const small = await page.evaluate(() => {
        // Inline links inside sentences are exempt (2.5.8); links that are the whole of a list item,
        // table cell or button-like run are targets in their own right.
        const targets = [...document.querySelectorAll<HTMLElement>('main a[href], main button')].filter((el) => {
          if (el.getClientRects().length === 0) return false;
          const parent = el.parentElement!;
          const own = (parent.textContent ?? '').replace(/\s+/g, '');
          const mine = (el.textContent ?? '').replace(/\s+/g, '');
          return el.tagName === 'BUTTON' || own.length - mine.length <= 3 || parent.tagName === 'TD';
        });
        const rects = targets.map((el) => el.getBoundingClientRect());
        const failures: string[] = [];
        rects.forEach((r, i) => {
          if (r.width >= 24 && r.height >= 24) return;
          // Spacing exception: a 24 px circle centred on the target must not meet another target.
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          const crowded = rects.some((o, j) => {
            if (j === i) return false;
            const nx = Math.max(o.left, Math.min(cx, o.right));
            const ny = Math.max(o.top, Math.min(cy, o.bottom));
            return Math.hypot(nx - cx, ny - cy) < 12;
          });
          if (crowded) failures.push(`"${(targets[i]!.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
        });
        return failures;
      });
      expect(small).toEqual([]);
    });
  }
});

describe('a source leads back to where it is cited (WCAG 2.4.4)', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: every cited source links back to each citation, and only to citations of it`, async () => {
      const page = await site.open(path, DESKTOP);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        for (const source of document.querySelectorAll<HTMLElement>('main li[id^="sumber-"]')) {
          const citations = [...document.querySelectorAll<HTMLAnchorElement>(`main a.cite[href="#${source.id}"]`)];
          const back = [...source.querySelectorAll<HTMLAnchorElement>('.backlinks a')].map((a) => a.hash.slice(1));
          if (citations.some((c) => !c.id)) found.push(`${source.id}: a citation without an id to return to`);
          const expected = citations.map((c) => c.id).sort();
          if (back.slice().sort().join() !== expected.join()) found.push(`${source.id}: backlinks ${back.join(',') || 'none'} for citations ${expected.join(',') || 'none'}`);
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('landmarks: one labelled search per page', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path}`, async () => {
      const page = await site.open(path, DESKTOP);
      const searches = await page.evaluate(() =>
        [...document.querySelectorAll('[role=search], search')].map((el) => el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent : null)),
      );
      expect(searches.length).toBe(1);
      expect(searches[0]).toMatch(/\S/);
      const regions = await page.evaluate(() => document.querySelectorAll('section[aria-label], section[aria-labelledby], [role=region]').length);
      expect(regions, 'region landmarks are for a few major parts, not every list').toBeLessThanOrEqual(20);
    });
  }
});
