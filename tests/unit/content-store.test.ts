/**
 * The content store module the build uses instead of Astro's inlined one: it reads Astro's store
 * file when imported and yields the same map of entries Astro's own loader would revive from it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModuleCode } from '../../src/integrations/content-store.ts';
import { LIVE_STORES_KEY } from '../../src/lib/content-loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'lintas-content-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the module beside the store and imports it, as the prerender bundle would. */
async function importStore(storeFile: string, name: string): Promise<unknown> {
  const module = join(dir, `${name}.mjs`);
  // The bundle resolves devalue from the project; a file in a temporary folder names it by path.
  writeFileSync(module, storeModuleCode(storeFile).replace("from 'devalue'", `from ${JSON.stringify(import.meta.resolve('devalue'))}`));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('content store module', () => {
  it('revives the store file into the map of collections Astro reads, dates and nested maps included', async () => {
    const entries = new Map([['katingan-ke-banyuwangi', { id: 'katingan-ke-banyuwangi', data: { date: new Date('2019-07-02'), title: 'Studi tiru "Smart Kampung"' }, rendered: { html: '<p>199 layanan</p>' } }]]);
    const store = new Map([['visits', entries]]);
    const file = join(dir, 'data-store.json');
    writeFileSync(file, stringify(store));
    expect(await importStore(file, 'present')).toEqual(store);
  });

  it('takes the entries the loaders left in this process instead of the file, sorted by id as Astro writes them', async () => {
    const visit = (id: string) => ({ id, data: { title: id }, rendered: { html: `<p>${id}</p>` } });
    // A store Astro's loader would have filled: entries() gives [id, entry] pairs in file order.
    const scoped = (ids: string[]) => ({ entries: () => ids.map((id) => [id, visit(id)] as const) });
    const shared = globalThis as Record<string, unknown>;
    shared[LIVE_STORES_KEY] = new Map([['visits', scoped(['2026-01-05-b', '2019-07-02-a'])], ['news', scoped([])]]);
    try {
      // The file says otherwise: it must not be read.
      const file = join(dir, 'stale-store.json');
      writeFileSync(file, stringify(new Map([['visits', new Map([['old', visit('old')]])]])));
      const store = (await importStore(file, 'live')) as Map<string, Map<string, unknown>>;
      expect([...store.keys()]).toEqual(['visits', 'news']);
      expect([...store.get('visits')!.keys()]).toEqual(['2019-07-02-a', '2026-01-05-b']);
      expect(store.get('visits')!.get('2019-07-02-a')).toEqual(visit('2019-07-02-a'));
      expect(store.get('news')!.size).toBe(0);
    } finally {
      delete shared[LIVE_STORES_KEY];
    }
  });

  it('is an empty map when the project has no store yet', async () => {
    expect(await importStore(join(dir, 'absent.json'), 'absent')).toEqual(new Map());
  });

  it('embeds the path as a string literal, whatever characters it holds', () => {
    const path = "/tmp/it's \"odd\"\\dir/data-store.json";
    expect(storeModuleCode(path)).toContain(`const file = ${JSON.stringify(path)};`);
  });
});
