import { tanggalKunciTerawal, bolehDikunci, bulanTriwulan } from '../kunci';
import { batasInput, lewatBatasInput } from '@m-skp/kinerja';

describe('Rule 4: a quarter can be locked only after its last input deadline', () => {
  test.each([
    [2026, 1, 10, '2026-04-11'],
    [2026, 2, 10, '2026-07-11'],
    [2026, 3, 10, '2026-10-11'],
    [2026, 4, 10, '2027-01-11'],
    [2027, 1, 5, '2027-04-06'],
    // a deadline day past the end of the next month is the month's last day (April has 30 days)
    [2027, 1, 31, '2027-05-01'],
    [2028, 4, 31, '2029-02-01'],
  ])('%p Q%p, deadline day %p → earliest %s', (th, tw, h, s) => expect(tanggalKunciTerawal(th, tw, h)).toBe(s));

  test.each([
    // the case: on 8 December Q4 is still open to entry until 10 January
    ['2026-12-08', 2026, 4, false],
    ['2027-01-10', 2026, 4, false],
    ['2027-01-11', 2026, 4, true],
    ['2027-03-01', 2026, 4, true],
    ['2026-04-10', 2026, 1, false],
    ['2026-04-11', 2026, 1, true],
    ['2025-06-01', 2026, 1, false],
  ])('on %s, %p Q%p may be locked: %p', (hari, th, tw, ok) => expect(bolehDikunci(th, tw, 10, hari)).toBe(ok));

  test('the same deadline as realisasi entry: lockable exactly when the last month’s entry has closed', () => {
    for (const tw of [1, 2, 3, 4]) {
      const akhir = bulanTriwulan(tw)[2];
      const batas = batasInput(2026, akhir, 10);
      for (const hari of [batas, tanggalKunciTerawal(2026, tw, 10)]) {
        expect([tw, hari, bolehDikunci(2026, tw, 10, hari)]).toEqual([
          tw,
          hari,
          lewatBatasInput(2026, akhir, 10, hari),
        ]);
      }
    }
  });

  test('the months of a quarter', () => {
    expect([1, 2, 3, 4].map(bulanTriwulan)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
  });
});
