import { describe, expect, it } from 'vitest';
import { formatDate, isRealIsoDate } from '../../src/domain/dates.ts';

describe('isRealIsoDate: a date is written YYYY-MM-DD and must exist on the calendar', () => {
  it.each(['2019-07-02', '2019-01-31', '2019-12-31', '2000-02-29', '2020-02-29'])('accepts the real day %s', (date) => {
    expect(isRealIsoDate(date)).toBe(true);
  });

  it('accepts 29 February in a leap year (2020) but not in a common year (2019)', () => {
    expect(isRealIsoDate('2020-02-29')).toBe(true);
    expect(isRealIsoDate('2019-02-29')).toBe(false);
  });

  it('rejects 29 February 2100: a century year is a leap year only when divisible by 400', () => {
    expect(isRealIsoDate('2100-02-29')).toBe(false);
    expect(isRealIsoDate('2000-02-29')).toBe(true);
  });

  it.each(['2019-02-30', '2019-04-31', '2019-13-01', '2019-00-10', '2019-07-00', '2019-07-32'])(
    'rejects the impossible day %s',
    (date) => {
      expect(isRealIsoDate(date)).toBe(false);
    },
  );

  it.each(['02-07-2019', '2019/07/02', '2019-7-2', '20190702', '2019-07-02T00:00:00Z', ' 2019-07-02', ''])(
    'rejects %j, which is not written YYYY-MM-DD',
    (date) => {
      expect(isRealIsoDate(date)).toBe(false);
    },
  );
});

describe('formatDate: dates are shown to readers in Indonesian, day month year', () => {
  it('shows 2019-07-02 as "2 Juli 2019" (no leading zero on the day)', () => {
    expect(formatDate('2019-07-02')).toBe('2 Juli 2019');
  });

  it('names every month in Indonesian', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(`2024-${String(i + 1).padStart(2, '0')}-15`).split(' ')[1]);
    expect(months).toEqual(['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']);
  });

  it('shows two-digit days as written: 2024-12-31 is "31 Desember 2024"', () => {
    expect(formatDate('2024-12-31')).toBe('31 Desember 2024');
  });
});
