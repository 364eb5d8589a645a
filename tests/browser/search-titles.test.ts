/**
 * Whatever content/ holds, a reader who types an entry's title into search finds that entry on the
 * first page of results. Computed from the real content (or LINTAS_CONTENT), run on dist/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { entryId, parseFrontmatter } from '../../src/lib/check/index.ts';
import { readContent } from '../../src/lib/check/index.ts';
import { loadOfficialRegions } from '../../src/lib/official-regions.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { useSiteBrowser } from '../support/chromium.ts';
import { ROOT } from '../support/fixture-site.ts';

const site = useSiteBrowser('content');

/** The public address of each entry page (follow-ups and innovation news have none: they show on their visit or innovation). */
const SECTION: Partial<Record<CollectionName, string>> = { innovations: 'inovasi', playbooks: 'panduan', visits: 'kunjungan', regions: 'daerah' };

const official = await loadOfficialRegions();
const entries = readContent(ROOT).flatMap((entry) => {
  const section = SECTION[entry.collection];
  if (!section) return [];
  const id = entryId(entry.file);
  const data = parseFrontmatter(entry.text).data as { title?: unknown };
  // A region page is titled with the official name; the profile may not repeat it.
  const title = entry.collection === 'regions' ? official.bySlug.get(id)?.name : data.title;
  return typeof title === 'string' ? [{ title, path: `/${section}/${id}/`, file: entry.file }] : [];
});

async function search(query: string): Promise<Page> {
  const page = await site.open(`/cari/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /hasil/i.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page;
}

describe('search finds every entry by its title', () => {
  it('the content has entries to look for', () => {
    expect(entries.length).toBeGreaterThan(0);
  });
  for (const { title, path, file } of entries) {
    it(`${file}: “${title}” → ${path}`, async () => {
      const page = await search(title);
      const found = await page.locator('[data-results] > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(found).toContain(path);
    });
  }
});
