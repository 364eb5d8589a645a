/** Officials share links in WhatsApp groups: every page type of the real content carries a working preview card. */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/chromium.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSiteBrowser('content');

describe('share cards and Open Graph tags', () => {
  for (const { label, path } of PAGE_TYPES) {
    it(`${label}: ${path} has complete tags and its card is a 1200×630 PNG under 300 KB`, async () => {
      const page = await site.open(path);
      const meta = await page.evaluate(() => {
        const get = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? document.querySelector(sel)?.getAttribute('href') ?? null;
        return {
          title: get('meta[property="og:title"]'),
          description: get('meta[property="og:description"]'),
          image: get('meta[property="og:image"]'),
          width: get('meta[property="og:image:width"]'),
          height: get('meta[property="og:image:height"]'),
          alt: get('meta[property="og:image:alt"]'),
          locale: get('meta[property="og:locale"]'),
          card: get('meta[name="twitter:card"]'),
          canonical: get('link[rel="canonical"]'),
        };
      });
      expect(meta.title).toBeTruthy();
      expect(meta.description!.length).toBeGreaterThan(30);
      expect(meta).toMatchObject({ width: '1200', height: '630', locale: 'id_ID', card: 'summary_large_image' });
      expect(meta.alt).toContain(meta.title!);
      expect(meta.image).toMatch(/^https?:\/\/[^/]+\/kartu\/.+\.png$/);
      expect(new URL(meta.canonical!).pathname).toBe(path);
      // The absolute URL names the deployment; fetch the same path from the local server.
      const response = await page.request.get(site.url(new URL(meta.image!).pathname));
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.byteLength).toBeLessThanOrEqual(300 * 1024);
      const shown = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, new URL(meta.image!).pathname);
      expect(shown).toEqual([1200, 630]);
    });
  }
});
