/**
 * Issue 10 item 7: an evaluation belongs to its period's last month (bulanAkhirPeriode), so a list scoped per
 * month asks for the evaluations whose period ends in the caller's months (filterPeriodeBerakhir).
 */
import { filterPeriodeBerakhir, bulanAkhirPeriode, periodeBerakhirBulan, periodeEvaluasi } from '../evaluasi';

describe('filterPeriodeBerakhir', () => {
  test.each([
    [[1], [{ periode_jenis: 'BULANAN', periode: { $in: [1] } }]],
    [
      [1, 2, 3, 4, 5, 6],
      [
        { periode_jenis: 'BULANAN', periode: { $in: [1, 2, 3, 4, 5, 6] } },
        { periode_jenis: 'TRIWULAN', periode: { $in: [1, 2] } },
      ],
    ],
    [
      [7, 8, 9, 10, 11, 12],
      [
        { periode_jenis: 'BULANAN', periode: { $in: [7, 8, 9, 10, 11, 12] } },
        { periode_jenis: 'TRIWULAN', periode: { $in: [3, 4] } },
        { periode_jenis: 'TAHUNAN' },
      ],
    ],
    [[2, 4], [{ periode_jenis: 'BULANAN', periode: { $in: [2, 4] } }]],
    [
      [12],
      [
        { periode_jenis: 'BULANAN', periode: { $in: [12] } },
        { periode_jenis: 'TRIWULAN', periode: { $in: [4] } },
        { periode_jenis: 'TAHUNAN' },
      ],
    ],
  ] as [number[], unknown[]][])('months %j', (bulan, filter) => {
    expect(filterPeriodeBerakhir(bulan)).toEqual(filter);
  });

  test('every monthly and quarterly period is matched by exactly the month it ends in', () => {
    for (let m = 1; m <= 12; m++) {
      const f = filterPeriodeBerakhir([m]);
      const cocok = (jenis: 'BULANAN' | 'TRIWULAN', periode: number) =>
        f.some((x: any) => x.periode_jenis === jenis && (x.periode?.$in as number[]).includes(periode));
      for (let p = 1; p <= 12; p++) expect(cocok('BULANAN', p)).toBe(bulanAkhirPeriode('BULANAN', p) === m);
      for (let q = 1; q <= 4; q++) expect(cocok('TRIWULAN', q)).toBe(bulanAkhirPeriode('TRIWULAN', q) === m);
    }
  });
});

describe('periodeBerakhirBulan (the periodic evaluations ending in a month)', () => {
  test.each([
    [1, [{ periode_jenis: 'BULANAN', periode: 1 }]],
    [
      3,
      [
        { periode_jenis: 'BULANAN', periode: 3 },
        { periode_jenis: 'TRIWULAN', periode: 1 },
      ],
    ],
    [11, [{ periode_jenis: 'BULANAN', periode: 11 }]],
    [
      12,
      [
        { periode_jenis: 'BULANAN', periode: 12 },
        { periode_jenis: 'TRIWULAN', periode: 4 },
      ],
    ],
  ])('%d → %j', (b, p) => expect(periodeBerakhirBulan(b)).toEqual(p));
});

describe('periodeEvaluasi under a quarterly policy', () => {
  test.each([
    [6, { ok: true, nilai: { periode_jenis: 'TRIWULAN', periode: 2, bulan: [4, 5, 6] } }],
    [12, { ok: true, nilai: { periode_jenis: 'TRIWULAN', periode: 4, bulan: [10, 11, 12] } }],
    [5, expect.objectContaining({ ok: false, kode: 'BULAN_BUKAN_AKHIR_TRIWULAN' })],
  ])('%d', (b, hasil) => expect(periodeEvaluasi(b, { periode: 'TRIWULAN' })).toEqual(hasil));
  test('monthly policy: the month itself', () => {
    expect(periodeEvaluasi(5, { periode: 'BULANAN' })).toEqual({
      ok: true,
      nilai: { periode_jenis: 'BULANAN', periode: 5, bulan: [5] },
    });
  });
});
