/**
 * The search index is built again only where pages changed: a second build with nothing changed
 * places every bundle from the cache (the /pagefind/ tree byte for byte the same); after one
 * innovation's lead is edited, only the bundle holding it is indexed again and carries the new
 * lead; a damaged cache entry is not used. Three real `astro build`s of the fixture corpora, with the hub
 * limited to the region pages so the other types go to province bundles as at national scale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_LISTING } from '../../src/domain/search-cache.ts';
import { CORPORA, copyCorpora } from '../support/fixture-site.ts';
import { projectCopy, run } from './project.ts';

const ENTRY = 'content/innovations/layanan-uji-delta-jayapura.md';
const OLD_LEAD = 'Inovasi uji fiktif delta untuk pengujian otomatis.';
const NEW_LEAD = 'Inovasi uji fiktif delta yang diperbarui untuk uji indeks ulang.';
const EDITED_BUNDLE = 'wilayah/papua/';
const DAMAGED_BUNDLE = 'wilayah/jawa-timur/';

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The counts and rebuilt bundles of the search step's log line. */
function searchLine(output: string) {
  const m = /(\d+) halaman diindeks dalam \d+ ms(?: \([^)]*\))?; (\d+) indeks: (\d+) dipakai ulang, (\d+) dibuat ulang(?: \(([^)]*)\))?/.exec(output);
  expect(m, output.slice(-3000)).not.toBeNull();
  return { pages: Number(m![1]), bundles: Number(m![2]), reused: Number(m![3]), rebuilt: Number(m![4]), which: m![5]?.split(', ') ?? [] };
}

/** A bundle's fragments (Pagefind's result record of each page), decompressed. */
function records(bundle: string): { url: string; content: string }[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
}
const fragments = (bundle: string) => records(bundle).map((r) => r.content).join('\n');

describe('search index reuse', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('reuses unchanged bundles, indexes again only what an edit reaches, and never ships a damaged entry', { timeout: 1_200_000 }, async () => {
    const corpora = mkdtempSync(join(tmpdir(), 'lintas-corpora-'));
    dirs.push(corpora);
    copyCorpora(CORPORA, join(corpora, 'content'));
    const dir = projectCopy(corpora);
    dirs.push(dir);
    const astro = join(dir, 'node_modules', '.bin', 'astro');
    const pagefind = join(dir, 'dist', 'pagefind');
    const cache = join(dir, 'node_modules', '.astro', 'lintas-search');
    // The 552 official regions' pages fill the hub; the rest is split by province.
    const env = { LINTAS_CARD_CACHE: join(dir, 'card-cache'), LINTAS_SEARCH_HUB_LIMIT: '552' };

    const first = await run(astro, ['build'], dir, env);
    expect(first.code, first.output).toBe(0);
    const cold = searchLine(first.output);
    expect(cold.bundles).toBeGreaterThan(2);
    expect(cold.reused).toBe(0);
    expect(cold.rebuilt).toBe(cold.bundles);
    expect(existsSync(join(pagefind, EDITED_BUNDLE, 'pagefind-entry.json'))).toBe(true);
    expect(fragments(join(pagefind, EDITED_BUNDLE))).toContain(OLD_LEAD);
    expect(readdirSync(cache)).toHaveLength(cold.bundles);

    // Nothing changed: every bundle comes from the cache, and the index is the same to the byte.
    const before = tree(pagefind);
    const second = await run(astro, ['build'], dir, env);
    expect(second.code, second.output).toBe(0);
    expect(searchLine(second.output)).toMatchObject({ bundles: cold.bundles, reused: cold.bundles, rebuilt: 0 });
    expect(tree(pagefind)).toEqual(before);

    // One innovation edited, and the cache entry of an unrelated bundle damaged (same size, other bytes).
    const entryFile = join(dir, ENTRY);
    const text = readFileSync(entryFile, 'utf8');
    expect(text).toContain(OLD_LEAD);
    writeFileSync(entryFile, text.replace(OLD_LEAD, NEW_LEAD));
    const damaged = readdirSync(cache).find((key) => JSON.parse(readFileSync(join(cache, key, ENTRY_LISTING), 'utf8')).bundle === DAMAGED_BUNDLE);
    expect(damaged).toBeDefined();
    const fragmentDir = join(cache, damaged!, 'fragment');
    const victim = join(fragmentDir, readdirSync(fragmentDir)[0]!);
    const bytes = readFileSync(victim);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    // Written as a new file, not in place: the published site's hard link to the entry keeps the good bytes.
    rmSync(victim);
    writeFileSync(victim, bytes);

    const third = await run(astro, ['build'], dir, env);
    expect(third.code, third.output).toBe(0);
    const edited = searchLine(third.output);
    expect(edited.which).toContain(EDITED_BUNDLE);
    expect(edited.which).toContain(DAMAGED_BUNDLE);
    expect(third.output).toMatch(new RegExp(`indeks ${DAMAGED_BUNDLE} di cache tidak dipakai \\(fragment/\\S+ isinya berubah\\)`));
    // Rebuilt: the damaged bundle and the bundles with a page that shows the edited lead (the
    // innovation's province, the hub with its region's page, a visit's other province); every other
    // bundle was reused and indexes no stale lead.
    const bundleDir = (b: string) => join(pagefind, b === 'utama' ? '' : b);
    const html = (url: string) => readFileSync(join(dir, 'dist', url, 'index.html'), 'utf8');
    for (const bundle of edited.which.filter((b) => b !== DAMAGED_BUNDLE)) {
      expect(records(bundleDir(bundle)).some((r) => html(r.url).includes(NEW_LEAD)), bundle).toBe(true);
    }
    const all = ['utama', ...readdirSync(join(pagefind, 'wilayah')).map((p) => `wilayah/${p}/`)];
    expect(all).toHaveLength(cold.bundles);
    const reused = all.filter((b) => !edited.which.includes(b));
    expect(reused.length).toBeGreaterThan(0);
    for (const bundle of reused) expect(fragments(bundleDir(bundle)), bundle).not.toContain(OLD_LEAD);
    expect(edited.reused).toBe(cold.bundles - edited.rebuilt);

    const after = tree(pagefind);
    const rebuiltPaths = edited.which.map((b) => (b === 'utama' ? '' : b));
    for (const [file, digest] of Object.entries(before)) {
      const bundle = rebuiltPaths.filter((p) => file.startsWith(p)).sort((a, b) => b.length - a.length)[0];
      const inRebuilt = bundle !== undefined && (bundle !== '' || !file.startsWith('wilayah/'));
      if (!inRebuilt && file !== 'lintas-cari.json') expect(after[file], file).toBe(digest);
    }
    // The rebuilt bundle finds the new lead; the damaged one is whole again and holds no damaged bytes.
    expect(fragments(join(pagefind, EDITED_BUNDLE))).toContain(NEW_LEAD);
    expect(fragments(join(pagefind, EDITED_BUNDLE))).not.toContain(OLD_LEAD);
    expect(() => fragments(join(pagefind, DAMAGED_BUNDLE))).not.toThrow();
    expect(Object.values(tree(join(pagefind, DAMAGED_BUNDLE)))).not.toContain(createHash('sha256').update(bytes).digest('hex'));
    // Entries of the first builds that no bundle uses any more are pruned.
    expect(readdirSync(cache)).toHaveLength(cold.bundles);
  });
});
