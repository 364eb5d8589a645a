/** Indonesian sentences and Markdown bodies assembled from the word lists. */
import type { Rng } from './prng.ts';
import { BODY_SENTENCES, HEADINGS } from './words.ts';

export type Slots = Record<string, string>;

/** Fills {slot}s in a sentence skeleton. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

/** Capitalises the first letter: slots often start a sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(rng: Rng, slots: Slots, pool: readonly string[], lead?: string): string {
  const sentences = rng.sample(pool, rng.int(3, 6)).map((s) => sentenceCase(fill(s, slots)));
  return [lead, ...sentences].filter(Boolean).join(' ');
}

/**
 * A body of a few paragraphs, sometimes with a heading, a list and a link, so the Markdown
 * pipeline does the kinds of work real entries ask of it (not only plain paragraphs).
 */
export function markdownBody(rng: Rng, slots: Slots, opening: string, url?: string, pool: readonly string[] = BODY_SENTENCES): string {
  const blocks: string[] = [paragraph(rng, slots, pool, opening)];
  const count = rng.int(1, 4);
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.4)) blocks.push(`## ${rng.pick(HEADINGS)}`);
    blocks.push(paragraph(rng, slots, pool));
    if (rng.chance(0.25)) {
      const items = rng.sample(pool, rng.int(2, 4)).map((s) => `- ${sentenceCase(fill(s, slots))}`);
      blocks.push(items.join('\n'));
    }
  }
  if (url && rng.chance(0.5)) blocks.push(`Baca selengkapnya di [sumber berita](${url}).`);
  return `${blocks.join('\n\n')}\n`;
}
