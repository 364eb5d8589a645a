import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type Problem } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { edit, seedEntries, withEdited } from '../fixtures/content.ts';

describe('formatProblems: one readable report for terminals and build logs', () => {
  const problems: Problem[] = [
    { file: 'content/visits/a.md', field: 'host', message: 'daerah "x" tidak ditemukan', hint: 'maksud Anda "y"?' },
    { file: 'content/innovations/b.md', field: 'status', message: 'status tidak dikenal', hint: 'pilih: berjalan' },
    { file: 'content/visits/a.md', field: '', message: 'nama file bukan alamat yang sah', hint: 'pakai huruf kecil' },
  ];

  it('starts with the number of problems and of files, then one block per file with each problem\'s field, message and hint', () => {
    expect(formatProblems(problems)).toBe(
      [
        'Konten bermasalah: 3 masalah di 2 file.',
        '',
        'content/visits/a.md',
        '  - host: daerah "x" tidak ditemukan — maksud Anda "y"?',
        '  - (file): nama file bukan alamat yang sah — pakai huruf kecil',
        '',
        'content/innovations/b.md',
        '  - status: status tidak dikenal — pilih: berjalan',
      ].join('\n'),
    );
  });

  it('names each file once even when its problems are not next to each other in the list', () => {
    const report = formatProblems(problems);
    expect(report.split('\n').filter((line) => line === 'content/visits/a.md')).toHaveLength(1);
  });
});

describe('formatProblems over a real check', () => {
  let official: OfficialRegions;
  beforeAll(async () => {
    official = await loadOfficialRegions();
  });

  it('shows the file, the field, the bad value and the did-you-mean hint of a broken visit host', () => {
    const entries = withEdited(seedEntries(), 'visits/2019-07-02-katingan-ke-banyuwangi.md', (t) =>
      edit(t, 'host: kabupaten-banyuwangi', 'host: kabupaten-banyuwang'),
    );
    const report = formatProblems(checkContent(entries, official).problems);
    expect(report).toBe(
      [
        'Konten bermasalah: 1 masalah di 1 file.',
        '',
        'content/visits/2019-07-02-katingan-ke-banyuwangi.md',
        '  - host: daerah "kabupaten-banyuwang" tidak ditemukan — maksud Anda "kabupaten-banyuwangi"?',
      ].join('\n'),
    );
  });
});
