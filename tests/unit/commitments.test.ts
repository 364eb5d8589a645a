import { describe, expect, it } from 'vitest';
import { awaitsNews, commitmentStanding, formatAge, isStale, monthsBetween } from '../../src/domain/commitments.ts';
import { buildNetwork } from '../../src/domain/network.ts';

describe('where a commitment stands', () => {
  it('keeps the status stated at the visit while no follow-up exists', () => {
    expect(commitmentStanding('niat', '2019-07-02', [])).toEqual({ status: 'niat', since: '2019-07-02', followups: 0 });
  });

  it('lets the latest dated follow-up win, whatever order the files come in', () => {
    const standing = commitmentStanding('niat', '2019-07-02', [
      { date: '2021-03-01', status: 'diadopsi' },
      { date: '2020-01-10', status: 'direncanakan' },
    ]);
    expect(standing).toEqual({ status: 'diadopsi', since: '2021-03-01', followups: 2 });
  });

  it('lets the later-listed follow-up win on the same date', () => {
    expect(commitmentStanding('niat', '2019-07-02', [{ date: '2020-01-01', status: 'berjalan' }, { date: '2020-01-01', status: 'batal' }]).status).toBe('batal');
  });
});

describe('staleness', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween('2019-07-02', '2020-07-01')).toBe(11);
    expect(monthsBetween('2019-07-02', '2020-07-02')).toBe(12);
    expect(monthsBetween('2019-07-02', '2026-11-28')).toBe(88);
  });

  it('flags news of 12 months or more as stale', () => {
    expect(isStale('2019-07-02', '2020-07-01')).toBe(false);
    expect(isStale('2019-07-02', '2020-07-02')).toBe(true);
  });

  it('asks after open commitments only: adopted or cancelled ones have nothing left to chase', () => {
    const yearOld = { since: '2019-07-02' };
    expect(awaitsNews({ ...yearOld, status: 'niat' }, '2020-07-02')).toBe(true);
    expect(awaitsNews({ ...yearOld, status: 'direncanakan' }, '2020-07-02')).toBe(true);
    expect(awaitsNews({ ...yearOld, status: 'berjalan' }, '2020-07-02')).toBe(true);
    expect(awaitsNews({ ...yearOld, status: 'diadopsi' }, '2020-07-02')).toBe(false);
    expect(awaitsNews({ ...yearOld, status: 'batal' }, '2020-07-02')).toBe(false);
    expect(awaitsNews({ ...yearOld, status: 'niat' }, '2020-07-01')).toBe(false);
  });

  it('says ages in plain Indonesian', () => {
    expect(formatAge(0)).toBe('kurang dari sebulan');
    expect(formatAge(5)).toBe('5 bulan');
    expect(formatAge(12)).toBe('1 tahun');
    expect(formatAge(88)).toBe('7 tahun 4 bulan');
  });
});

describe('the learning network', () => {
  it('draws one arrow per visitor→host route, counting visits and keeping the furthest outcome', () => {
    const { nodes, edges } = buildNetwork([
      { from: 'kabupaten-katingan', to: 'kabupaten-banyuwangi', outcomes: ['niat'] },
      { from: 'kabupaten-katingan', to: 'kabupaten-banyuwangi', outcomes: ['diadopsi', 'batal'] },
      { from: undefined, to: 'kabupaten-banyuwangi', outcomes: ['niat'] },
      { from: 'kota-bandung', to: 'kabupaten-banyuwangi', outcomes: [] },
    ]);
    expect(nodes).toEqual(['kabupaten-banyuwangi', 'kabupaten-katingan', 'kota-bandung']);
    expect(edges).toEqual([
      { from: 'kabupaten-katingan', to: 'kabupaten-banyuwangi', visits: 2, outcome: 'diadopsi' },
      { from: 'kota-bandung', to: 'kabupaten-banyuwangi', visits: 1 },
    ]);
  });
});
