import { describe, expect, it } from 'vitest';
import { kunciTerlaluDini, rupiah, seri12Bulan, titikGaris, triwulanDari } from '../format';

describe('tpp format', () => {
  it.each([
    [1234567, 'Rp 1.234.567'],
    [0, 'Rp 0'],
    [null, 'Rp 0'],
    [999.5, 'Rp 1.000'],
  ])('rupiah(%s) = %s', (n, s) => expect(rupiah(n as number)).toBe(s));

  it('quarter of a month; 13/14 none', () => {
    expect([1, 3, 4, 12, 13, 14].map(triwulanDari)).toEqual([1, 1, 2, 4, null, null]);
  });

  it('last 12 regular months, oldest first, skipping 13/14', () => {
    const baris = [
      ...Array.from({ length: 12 }, (_, i) => ({ tahun: 2026, bulan: i + 1, jumlah_ditransfer: i })),
      { tahun: 2025, bulan: 12, jumlah_ditransfer: 9 },
      { tahun: 2026, bulan: 13, jumlah_ditransfer: 99 },
    ];
    const s = seri12Bulan(baris);
    expect(s).toHaveLength(12);
    expect(s[0]).toMatchObject({ tahun: 2026, bulan: 1 });
    expect(s.every((x) => x.bulan <= 12)).toBe(true);
  });

  it('polyline points scale to the box', () => {
    expect(titikGaris([0, 50, 100], 200, 100)).toBe('0,100 100,50 200,0');
    expect(titikGaris([], 10, 10)).toBe('');
  });
});

describe('Rule 4: kunciTerlaluDini (the lock dialog before the quarter may be locked)', () => {
  it.each([
    ['2026-12-08', '2027-01-11', true],
    ['2027-01-10', '2027-01-11', true],
    ['2027-01-11', '2027-01-11', false],
    ['2027-03-01', '2027-01-11', false],
    ['2027-03-01', null, false],
  ])('on %s with the first lockable day %s → %s', (hari, mulai, dini) => {
    expect(kunciTerlaluDini(mulai, hari)).toBe(dini);
  });
});
