import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_LISTING, SEARCH_CACHE_FORMAT, bundleKey, entryProblem, memberDigest, sha256, type BundleInputs } from '../../src/domain/search-cache.ts';
import { SearchBundleCache } from '../../src/lib/search-cache.ts';

const settings = { pagefind: '1.6.0', options: { forceLanguage: 'id' }, removed: ['pagefind-ui.js'] };
const province: BundleInputs = {
  path: 'wilayah/jawa-timur/',
  settings,
  pages: [memberDigest('/inovasi/a/', '<main data-pagefind-body>A</main>'), memberDigest('/inovasi/b/', '<main data-pagefind-body>B</main>')],
};

describe('bundleKey', () => {
  it('does not depend on the order pages were found or settings were written', () => {
    expect(bundleKey({ ...province, pages: [...province.pages].reverse() })).toBe(bundleKey(province));
    expect(bundleKey({ ...province, settings: { removed: ['pagefind-ui.js'], options: { forceLanguage: 'id' }, pagefind: '1.6.0' } })).toBe(bundleKey(province));
  });

  it('changes with a page sent, a page added or removed, its URL, the bundle, Pagefind or its options', () => {
    const base = bundleKey(province);
    const variants: BundleInputs[] = [
      { ...province, pages: [province.pages[0]!, memberDigest('/inovasi/b/', '<main data-pagefind-body>B!</main>')] },
      { ...province, pages: [province.pages[0]!] },
      { ...province, pages: [...province.pages, memberDigest('/kunjungan/c/', '<main data-pagefind-body>C</main>')] },
      { ...province, pages: [province.pages[0]!, memberDigest('/inovasi/b2/', '<main data-pagefind-body>B</main>')] },
      { ...province, path: 'wilayah/bali/' },
      { ...province, settings: { ...settings, pagefind: '1.6.1' } },
      { ...province, settings: { ...settings, options: { forceLanguage: 'en' } } },
      { ...province, settings: { ...settings, removed: [] } },
    ];
    const keys = variants.map(bundleKey);
    expect(keys).not.toContain(base);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('entryProblem', () => {
  const files: Record<string, [number, string]> = { 'pf_meta': [3, sha256('abc')], 'fragment/x.pf_fragment': [2, sha256('de')] };
  const listing = { format: SEARCH_CACHE_FORMAT, key: 'k', bundle: '', files };

  it('accepts an entry holding exactly its listed files', () => {
    expect(entryProblem('k', listing, { ...files })).toBeNull();
  });

  it('refuses a missing, partial, altered, extended or foreign entry', () => {
    expect(entryProblem('k', undefined, files)).toMatch(/tidak ada atau rusak/);
    expect(entryProblem('k', { ...listing, format: SEARCH_CACHE_FORMAT + 1 }, files)).toMatch(/format/);
    expect(entryProblem('other', listing, files)).toMatch(/kunci/);
    expect(entryProblem('k', { ...listing, files: {} }, {})).toMatch(/kosong/);
    expect(entryProblem('k', listing, { pf_meta: files.pf_meta! })).toMatch(/fragment\/x.pf_fragment hilang/);
    expect(entryProblem('k', listing, { ...files, pf_meta: [2, sha256('ab')] })).toMatch(/pf_meta berukuran 2 B, seharusnya 3 B/);
    expect(entryProblem('k', listing, { ...files, pf_meta: [3, sha256('abd')] })).toMatch(/pf_meta isinya berubah/);
    expect(entryProblem('k', listing, { ...files, extra: [1, sha256('z')] })).toMatch(/extra tidak ada dalam daftar/);
  });
});

describe('SearchBundleCache', () => {
  let work: string;
  let cache: SearchBundleCache;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'lintas-search-cache-'));
    cache = new SearchBundleCache(join(work, 'cache'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const writeBundle = async (folder: string) => {
    mkdirSync(join(folder, 'fragment'), { recursive: true });
    writeFileSync(join(folder, 'pagefind-entry.json'), '{"version":"1.6.0"}');
    writeFileSync(join(folder, 'fragment', 'a.pf_fragment'), 'fragment a');
  };

  it('stores a bundle whole under its key, places it, and places it again from the cache', async () => {
    await cache.store('k1', 'wilayah/bali/', join(work, 'site1'), writeBundle);
    expect(readdirSync(cache.dir)).toEqual(['k1']); // no temporary folder left
    expect(JSON.parse(readFileSync(join(cache.entry('k1'), ENTRY_LISTING), 'utf8'))).toMatchObject({ key: 'k1', bundle: 'wilayah/bali/' });
    expect(readFileSync(join(work, 'site1', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('fragment a');
    expect(existsSync(join(work, 'site1', ENTRY_LISTING))).toBe(false);

    expect(await cache.place('k1', join(work, 'site2'))).toBeNull();
    expect(readFileSync(join(work, 'site2', 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1.6.0"}');
    // Placed by hard link: no second copy of the bytes.
    expect(statSync(join(work, 'site2', 'fragment', 'a.pf_fragment')).ino).toBe(statSync(join(cache.entry('k1'), 'fragment', 'a.pf_fragment')).ino);
  });

  it('reports an absent entry, and removes and refuses a damaged one', async () => {
    expect(await cache.place('nope', join(work, 'site'))).toBe('tidak ada');
    await cache.store('k1', '', join(work, 'site1'), writeBundle);
    const fragment = join(cache.entry('k1'), 'fragment', 'a.pf_fragment');
    rmSync(fragment);
    writeFileSync(fragment, 'fragment b');
    expect(await cache.place('k1', join(work, 'site2'))).toBe('fragment/a.pf_fragment isinya berubah');
    expect(existsSync(cache.entry('k1'))).toBe(false);
    expect(existsSync(join(work, 'site2'))).toBe(false);
    // The published copy of the first site keeps its own bytes.
    expect(readFileSync(join(work, 'site1', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('fragment a');
  });

  it('does not use a folder without its listing (a write cut short) or with an unreadable one', async () => {
    await writeBundle(cache.entry('half'));
    expect(await cache.place('half', join(work, 'site'))).toBe('tidak ada');
    expect(existsSync(cache.entry('half'))).toBe(false);
    await cache.store('k2', '', join(work, 'site1'), writeBundle);
    writeFileSync(join(cache.entry('k2'), ENTRY_LISTING), '{"format":');
    expect(await cache.place('k2', join(work, 'site2'))).toMatch(/tidak ada atau rusak/);
  });

  it('leaves nothing behind when writing a bundle fails', async () => {
    await expect(cache.store('k3', '', join(work, 'site'), async (folder) => {
      await writeBundle(folder);
      throw new Error('Pagefind gagal');
    })).rejects.toThrow('Pagefind gagal');
    expect(readdirSync(cache.dir)).toEqual([]);
    expect(existsSync(join(work, 'site'))).toBe(false);
  });

  it('prunes entries and temporary folders not in use', async () => {
    expect(await cache.prune(new Set())).toBe(0); // no cache folder yet
    await cache.store('keep', '', join(work, 'a'), writeBundle);
    await cache.store('old', '', join(work, 'b'), writeBundle);
    mkdirSync(join(cache.dir, 'tmp-123-abc'));
    expect(await cache.prune(new Set(['keep']))).toBe(2);
    expect(readdirSync(cache.dir)).toEqual(['keep']);
  });
});
