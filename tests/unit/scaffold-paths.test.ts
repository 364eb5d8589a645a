/**
 * `npm run new` never writes outside content/: every id or slug flag must be a plain slug, the
 * scaffold's path is always content/<folder>/<slug>.md. The CLI run for real (it also resolves the final path,
 * following symlinks, before writing): tests/cli/new-paths.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOfficialRegions, type OfficialRegions } from '../../src/lib/official-regions.ts';
import { ScaffoldError, scaffold } from '../../src/lib/scaffold.ts';

const HOSTILE = ['../../../../x', '../x', 'a/b', '/etc/x', '..', 'x.md', 'A-B', 'a b', 'a\\b', '%2e%2e', 'a--b', '-a', ''];

let official: OfficialRegions;
beforeAll(async () => {
  official = await loadOfficialRegions();
});

const followup = (visit: string, commitment: string) => ({ type: 'followup' as const, visit, commitment, date: '2020-02-01', status: 'berjalan' as const });

describe('scaffold refuses ids that are not slugs', () => {
  it.each(HOSTILE.filter(Boolean))('--commitment %j', (bad) => {
    expect(() => scaffold(followup('2020-01-01-a-ke-b', bad), official)).toThrow(ScaffoldError);
    expect(() => scaffold(followup('2020-01-01-a-ke-b', bad), official)).toThrow(`--commitment "${bad}" bukan slug yang sah`);
  });

  it.each(HOSTILE.filter(Boolean))('--visit %j', (bad) => {
    expect(() => scaffold(followup(bad, 'ok-id'), official)).toThrow(`--visit "${bad}" bukan slug yang sah`);
  });

  it.each(HOSTILE.filter(Boolean))('--innovation %j', (bad) => {
    const input = { type: 'playbook' as const, owner: official.bySlug.get('kabupaten-banyuwangi')!, title: 'Panduan', innovations: ['ok-slug', bad], date: '2024-05-01' };
    expect(() => scaffold(input, official)).toThrow(`--innovation "${bad}" bukan slug yang sah`);
  });

  it('names every bad flag in one message, with the slug rule as the hint', () => {
    let message = '';
    try {
      scaffold(followup('../v', '../../c'), official);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('--visit "../v"');
    expect(message).toContain('--commitment "../../c"');
    expect(message).toContain('huruf kecil, angka dan tanda hubung');
  });

  it('still accepts plain slugs and puts the file in content/followups/', () => {
    expect(scaffold(followup('2020-01-01-a-ke-b', 'ok-id'), official).path).toBe('content/followups/2020-02-01-ok-id.md');
  });

  it('gives an institution whose name has no letters or digits a readable file name', () => {
    const input = { type: 'visit' as const, visitor: { institution: '—' }, host: official.bySlug.get('kabupaten-banyuwangi')!, date: '2021-11-15' };
    expect(scaffold(input, official).path).toBe('content/visits/2021-11-15-lembaga-ke-banyuwangi.md');
  });
});
