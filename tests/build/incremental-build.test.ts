/**
 * Incremental builds publish what changed and nothing stale: after one entry is edited, the pages
 * that show it are rendered again (with their share cards), and a page that does not show it is
 * copied from the last build byte for byte. Two real `astro build`s of the seed corpus.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusContentDir } from '../support/fixture-site.ts';
import { projectCopy, run } from './project.ts';

const ENTRY = 'content/innovations/serat-optik-desa-banyuwangi.md';
const CHANGED_PAGE = 'inovasi/serat-optik-desa-banyuwangi/index.html';
const HOST_PAGE = 'daerah/kabupaten-banyuwangi/index.html';
const UNRELATED_PAGE = 'daerah/kabupaten-gowa/index.html';

/**
 * How Astro logged a page: rendered, or copied from the last build. Astro prints a reused page's
 * mark right after its address, but a rendered page's time only when it is written, so with
 * several pages in flight the address may be followed by another page's line (which starts
 * with its time of day).
 */
function fate(log: string, page: string): 'rendered' | 'reused' | 'absent' {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const at = new RegExp(`─ /${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?= |\\n|\\d\\d:\\d\\d:|$)( \\((?:cached|restored)\\))?`).exec(plain);
  if (!at) return 'absent';
  return at[1] ? 'reused' : 'rendered';
}

describe('incremental build', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('renders again the pages an edited entry reaches, with their cards, and copies the rest unchanged', { timeout: 900_000 }, async () => {
    const dir = projectCopy(join(corpusContentDir('seed'), '..'));
    dirs.push(dir);
    const astro = join(dir, 'node_modules', '.bin', 'astro');
    const dist = (path: string) => join(dir, 'dist', path);

    // A card cache of its own, so the count of cards rendered does not depend on earlier runs.
    const env = { LINTAS_CARD_CACHE: join(dir, 'card-cache') };
    const first = await run(astro, ['build'], dir, env);
    expect(first.code, first.output).toBe(0);
    // Astro's content store keeps each entry's frontmatter once (src/lib/content-loader.ts), rendered bodies intact.
    const store = parse(readFileSync(join(dir, 'node_modules', '.astro', 'data-store.json'), 'utf8')) as Map<string, Map<string, { rendered?: { html: string; metadata?: object } }>>;
    const innovation = store.get('innovations')?.get('serat-optik-desa-banyuwangi');
    expect(innovation?.rendered?.html).toContain('<p>');
    for (const entries of store.values()) for (const entry of entries.values()) expect(entry.rendered?.metadata ?? {}).not.toHaveProperty('frontmatter');
    const before = { unrelated: readFileSync(dist(UNRELATED_PAGE), 'utf8'), card: readFileSync(dist('kartu/inovasi/serat-optik-desa-banyuwangi.png')), gowaCard: readFileSync(dist('kartu/daerah/kabupaten-gowa.png')) };

    const entry = join(dir, ENTRY);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('title: Serat optik sampai ke desa\n', 'title: Serat optik sampai ke desa (uji inkremental)\n'));
    const second = await run(astro, ['build'], dir, env);
    expect(second.code, second.output).toBe(0);

    expect(fate(second.output, CHANGED_PAGE)).toBe('rendered');
    expect(fate(second.output, HOST_PAGE)).toBe('rendered');
    expect(fate(second.output, UNRELATED_PAGE)).toBe('reused');
    expect(readFileSync(dist(CHANGED_PAGE), 'utf8')).toContain('Serat optik sampai ke desa (uji inkremental)');
    expect(readFileSync(dist(HOST_PAGE), 'utf8')).toContain('Serat optik sampai ke desa (uji inkremental)');
    expect(readFileSync(dist(UNRELATED_PAGE), 'utf8')).toBe(before.unrelated);

    // The edited page's card shows the new title; the unrelated page's card is the same file.
    expect(readFileSync(dist('kartu/inovasi/serat-optik-desa-banyuwangi.png')).equals(before.card)).toBe(false);
    expect(readFileSync(dist('kartu/daerah/kabupaten-gowa.png')).equals(before.gowaCard)).toBe(true);
    // One card is new, rendered either while the pages rendered or after them.
    const counts = /\d+ kartu: (\d+) dibuat, \d+ dari cache.*; (\d+) dibuat selagi halaman dirender/.exec(second.output);
    expect(counts, second.output).not.toBeNull();
    expect(Number(counts![1]) + Number(counts![2])).toBe(1);
  });
});
