/** Follow-ups: later news about a commitment, each in its own file, checked against its visit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type RawEntry } from '../../src/lib/check/index.ts';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { seedEntries } from '../fixtures/content.ts';

let official: OfficialRegions;
beforeAll(async () => {
  official = await loadOfficialRegions();
});

const followup = (name: string, fields: Record<string, string>): RawEntry => ({
  collection: 'followups',
  file: `content/followups/${name}.md`,
  text: `---
visit: ${fields.visit ?? '2019-07-02-katingan-ke-banyuwangi'}
commitment: ${fields.commitment ?? 'lounge-data-layar-sentuh'}
date: ${fields.date ?? '2020-03-01'}
status: ${fields.status ?? 'direncanakan'}
text: Contoh kabar lanjutan untuk pengujian.
source: uji
sources:
  - id: uji
    title: Sumber uji
    date: ${fields.date ?? '2020-03-01'}
---
`,
});

describe('follow-ups on commitments', () => {
  it('accepts a follow-up that names an existing visit and commitment, dated after the visit', () => {
    const { problems, content } = checkContent([...seedEntries(), followup('2020-03-01-lounge-data', {})], official);
    expect(problems).toEqual([]);
    expect(content.followups.get('2020-03-01-lounge-data')?.status).toBe('direncanakan');
  });

  it('reports a missing visit, an unknown commitment and a date before the visit, each at its field', () => {
    const { problems } = checkContent(
      [
        ...seedEntries(),
        followup('2020-03-01-a', { visit: '2019-07-02-katingan-ke-banyuwang' }),
        followup('2020-03-01-b', { commitment: 'mal-pelayanan' }),
        followup('2019-06-01-c', { date: '2019-06-01' }),
      ],
      official,
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/followups/2020-03-01-a.md', field: 'visit', hint: expect.stringContaining('2019-07-02-katingan-ke-banyuwangi') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/followups/2020-03-01-b.md', field: 'commitment', hint: expect.stringContaining('lounge-data-layar-sentuh') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/followups/2019-06-01-c.md', field: 'date', message: expect.stringMatching(/2019-06-01.*2019-07-02/) }));
  });

  it('asks for the file name to begin with the date of the news', () => {
    const { problems } = checkContent([...seedEntries(), followup('kabar-lounge', {})], official);
    expect(problems).toEqual([expect.objectContaining({ field: 'date', message: expect.stringContaining('2020-03-01') })]);
  });
});
