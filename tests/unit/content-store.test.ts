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

  it('is an empty map when the project has no store yet', async () => {
    expect(await importStore(join(dir, 'absent.json'), 'absent')).toEqual(new Map());
  });

  it('embeds the path as a string literal, whatever characters it holds', () => {
    const path = "/tmp/it's \"odd\"\\dir/data-store.json";
    expect(storeModuleCode(path)).toContain(`const file = ${JSON.stringify(path)};`);
  });
});
