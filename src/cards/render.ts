/**
 * spec → Satori SVG → resvg PNG. Fonts are parsed once per process (see fonts.ts) and the same
 * font array is handed to every satori() call so Satori's own parse cache hits too.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { loadFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement } from './templates.ts';
import type { CardSpec } from './spec.ts';

export interface SvgOptions {
  /**
   * true (default): text becomes glyph outlines, as in the PNG.
   * false: text stays as `<text>` elements — for tests that look for the page's words.
   */
  embedFont?: boolean;
}

export async function renderCardSvg(spec: CardSpec, options: SvgOptions = {}): Promise<string> {
  const fonts = loadFonts();
  // Satori's element type is React's; our plain-object tree has the same shape.
  const element = cardElement(spec, fonts) as unknown as Parameters<typeof satori>[0];
  return satori(element, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.satori,
    embedFont: options.embedFont ?? true,
  });
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** The card as a 1200 × 630 PNG. */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  return svgToPng(await renderCardSvg(spec));
}
