import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { quoteProblems, sourceText } from '../../src/lib/check/quotes.ts';
import { checkProject, readSourceTexts } from '../../src/lib/check/index.ts';

const ARTICLE = `Bupati Contoh Belajar ke Kabupaten Teladan

Senin, 1 Juli 2024

“Kami ingin belajar  tentang mal pelayanan publik,” kata Bupati Contoh.
Jumlah penduduknya 50 ribu jiwa. Luasnya 3 ribu kilometer persegi.
`;
const kept = [sourceText('content/sources/contoh.txt', ARTICLE)];
const sources = [{ id: 'berita', title: 'Bupati Contoh Belajar ke Kabupaten Teladan', date: '2024-07-01' }];

describe('quotes are verbatim when the source text is kept', () => {
  it('accepts a quote that occurs word for word, forgiving only line breaks and repeated spaces', () => {
    const data = { sources, approach: [{ text: 'x', source: 'berita', quote: 'Kami ingin belajar tentang\nmal pelayanan publik' }] };
    expect(quoteProblems([{ file: 'content/innovations/a.md', data }], kept)).toEqual([]);
  });

  it('rejects a quote that ends with a full stop where the source goes on with a comma, and says where it departs', () => {
    const data = { sources, approach: [{ text: 'x', source: 'berita', quote: 'Kami ingin belajar tentang mal pelayanan publik.' }] };
    const [problem, ...rest] = quoteProblems([{ file: 'content/innovations/a.md', data }], kept);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/innovations/a.md', field: 'approach[0].quote' });
    expect(problem?.message).toContain('content/sources/contoh.txt');
    expect(problem?.hint).toContain('mal pelayanan publik');
    expect(problem?.hint).toContain('",” kata');
  });

  it('finds quotes at any depth: figures, nested citations, the delegation', () => {
    const data = {
      sources,
      delegation: { source: 'berita', quote: 'Jumlah penduduknya 60 ribu jiwa.' },
      stages: [{ citations: [{ source: 'berita', quote: 'Luasnya 3 ribu kilometer persegi.' }, { source: 'berita', quote: 'Luasnya 4 ribu' }] }],
    };
    const fields = quoteProblems([{ file: 'content/visits/v.md', data }], kept).map((p) => p.field);
    expect(fields).toEqual(['delegation.quote', 'stages[0].citations[1].quote']);
  });

  it('leaves quotes alone when their source has no kept text, or when nothing is kept', () => {
    const other = { sources: [{ id: 'lain', title: 'Judul lain', date: '2024-01-01' }], approach: [{ source: 'lain', quote: 'apa saja' }] };
    expect(quoteProblems([{ file: 'a.md', data: other }], kept)).toEqual([]);
    const data = { sources, approach: [{ source: 'berita', quote: 'tidak ada di mana pun' }] };
    expect(quoteProblems([{ file: 'a.md', data }], [])).toEqual([]);
  });
});

describe('kept source texts in content/sources/ are checked by the content check', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads each .txt with its first line as the title, and the check reports a quote that is not in it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lintas-quotes-'));
    mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
    mkdirSync(join(dir, 'content', 'innovations'), { recursive: true });
    writeFileSync(join(dir, 'content', 'sources', 'contoh.txt'), ARTICLE);
    writeFileSync(join(dir, 'content', 'sources', 'catatan.md'), 'bukan sumber');
    expect(readSourceTexts(dir).map((t) => [t.file, t.title])).toEqual([['content/sources/contoh.txt', 'Bupati Contoh Belajar ke Kabupaten Teladan']]);
    writeFileSync(
      join(dir, 'content', 'innovations', 'mal-contoh.md'),
      [
        '---',
        'title: Mal pelayanan publik',
        'host: kabupaten-katingan',
        'summary: Mal pelayanan publik.',
        'sectors: [pelayanan-publik]',
        'status: berjalan',
        'lastVerified: 2024-07-01',
        'approach:',
        '  - text: Bupati ingin belajar tentang mal pelayanan publik.',
        '    source: berita',
        '    quote: Kami ingin belajar tentang mal pelayanan publik.',
        'sources:',
        '  - id: berita',
        '    title: Bupati Contoh Belajar ke Kabupaten Teladan',
        '    date: 2024-07-01',
        '---',
        '',
        'Isi.',
      ].join('\n'),
    );
    const { problems } = await checkProject(dir);
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/innovations/mal-contoh.md', 'approach[0].quote']]);
  });
});
