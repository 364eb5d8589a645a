/**
 * spec → element tree (templates.ts) → Takumi (Rust layout + raster, `@takumi-rs/core`) → PNG.
 * Chosen by measurement over Satori + resvg (src/cards/README.md, "Renderer"): 7–9× the cards per
 * second on the same templates, PNGs under half the size, and its work runs on libuv's thread pool,
 * so cards render beside Astro's single-threaded page rendering without worker threads.
 * The templates keep Satori's plain-object shape (`{ type, props: { style, children } }`);
 * `toTakumiNode` maps it onto Takumi's node tree (container / text / image).
 */
import { Renderer, type Node } from '@takumi-rs/core';
import { loadFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, type CardElement } from './templates.ts';
import type { CardSpec } from './spec.ts';

type Child = CardElement | string;

function childrenOf(node: CardElement): Child[] {
  const { children } = node.props;
  return children === undefined ? [] : Array.isArray(children) ? children : [children];
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An inline `<svg>` element (the visit card's arrow) as SVG text, which Takumi draws as an image. */
export function svgMarkup(node: CardElement): string {
  const attributes = Object.entries(node.props)
    .filter(([name, value]) => name !== 'children' && name !== 'style' && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const namespace = node.type === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const inner = childrenOf(node).map((child) => (typeof child === 'string' ? escapeXml(child) : svgMarkup(child))).join('');
  return `<${node.type}${namespace}${attributes}>${inner}</${node.type}>`;
}

/** The template's element tree as Takumi nodes: `div` → container, text → text node, `svg` → image. */
export function toTakumiNode(node: CardElement): Node {
  const style = (node.props.style ?? {}) as Record<string, unknown>;
  if (node.type === 'svg') {
    return { type: 'image', src: svgMarkup(node), width: Number(node.props.width), height: Number(node.props.height), style } as Node;
  }
  if (node.type !== 'div') throw new Error(`elemen kartu <${node.type}> tidak didukung`);
  const children = childrenOf(node).map((child): Node => (typeof child === 'string' ? { type: 'text', text: child } : toTakumiNode(child)));
  return { type: 'container', style, children } as Node;
}

/** The Takumi node tree of a card. */
export function cardNode(spec: CardSpec): Node {
  return toTakumiNode(cardElement(spec, loadFonts()));
}

let renderer: Promise<Renderer> | undefined;

/** One renderer per process with the card fonts registered once (Takumi caches glyphs per process). */
function getRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const instance = new Renderer();
    for (const font of loadFonts().files) await instance.registerFont({ name: font.name, data: font.data, weight: font.weight, style: 'normal' });
    return instance;
  })();
  return renderer;
}

const SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };

/** The card as a 1200 × 630 PNG. Asynchronous: layout and raster run off the JavaScript thread. */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const node = cardNode(spec);
  return Buffer.from(await (await getRenderer()).render(node, { ...SIZE, format: 'png' }));
}

/** Every run of text Takumi laid out on the card, in order (for tests: what a reader of the card sees). */
export async function cardTextRuns(spec: CardSpec): Promise<string[]> {
  const measured = await (await getRenderer()).measure(cardNode(spec), SIZE);
  const runs: string[] = [];
  const walk = (node: typeof measured) => {
    for (const run of node.runs) runs.push(run.text);
    node.children.forEach(walk);
  };
  walk(measured);
  return runs;
}
