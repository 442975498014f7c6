/** A rule's decision and its thrown form; month names; the quarter helpers every plugin shares. */
import { GalatMskp } from '../galat';
import { BOLEH, galatDari, pastikan, tolak } from '../keputusan';
import { namaBulan, NAMA_BULAN } from '../tanggal';
import { bulanTriwulan, kunciTriwulan, penolakanKunci, triwulanBerakhir, triwulanBulan } from '../periode';

describe('Keputusan: tolak, galatDari, wajib', () => {
  test('tolak keeps only the parts given', () => {
    expect(tolak(409, 'X', 'pesan')).toEqual({ ok: false, status: 409, kode: 'X', pesan: 'pesan' });
    expect(tolak(400, 'Y', 'p', 'bulan', { a: 1 })).toEqual({
      ok: false,
      status: 400,
      kode: 'Y',
      pesan: 'p',
      field: 'bulan',
      detail: { a: 1 },
    });
  });
  test('galatDari gives the API error body of the refusal', () => {
    const g = galatDari(tolak(409, 'REALISASI_BELUM_DIPERIKSA', 'Masih ada.', 'bulan', { belum_diperiksa: [] }));
    expect(g).toBeInstanceOf(GalatMskp);
    expect(g.body).toEqual({
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: 'Masih ada.',
        details: { code: 'REALISASI_BELUM_DIPERIKSA', field: 'bulan', belum_diperiksa: [] },
      },
    });
  });
  test('wajib throws a refusal and passes an allowance', () => {
    expect(() => pastikan(BOLEH)).not.toThrow();
    expect(() => pastikan(tolak(403, 'BUKAN_PENILAI', 'Tidak.'))).toThrow(
      expect.objectContaining({ status: 403, kode: 'BUKAN_PENILAI', message: 'Tidak.' }),
    );
  });
});

describe('namaBulan', () => {
  test.each([
    [1, 'Januari'],
    [3, 'Maret'],
    [8, 'Agustus'],
    [12, 'Desember'],
    [0, '0'],
    [13, '13'],
  ])('%d → %s', (b, nama) => expect(namaBulan(b)).toBe(nama));
  test('twelve names', () => expect(NAMA_BULAN).toHaveLength(12));
});

describe('quarters', () => {
  test.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [9, 3],
    [10, 4],
    [12, 4],
  ])('triwulanBulan(%d) = %d', (b, t) => expect(triwulanBulan(b)).toBe(t));
  test.each([
    [1, [1, 2, 3]],
    [2, [4, 5, 6]],
    [3, [7, 8, 9]],
    [4, [10, 11, 12]],
  ])('bulanTriwulan(%d) = %j', (t, bs) => expect(bulanTriwulan(t)).toEqual(bs));
  test('every month lies in the quarter whose months include it', () => {
    for (let b = 1; b <= 12; b++) expect(bulanTriwulan(triwulanBulan(b))).toContain(b);
  });
  test.each([
    [3, 1],
    [6, 2],
    [9, 3],
    [12, 4],
    [1, null],
    [5, null],
    [11, null],
  ])('triwulanBerakhir(%d) = %p', (b, t) => expect(triwulanBerakhir(b)).toBe(t));
  test('kunciTriwulan', () => expect(kunciTriwulan(2026, 2)).toBe('2026:2'));
});

describe('penolakanKunci (a write to a month of a locked quarter)', () => {
  test('423 PERIODE_TERKUNCI naming the month and quarter', () => {
    expect(penolakanKunci(2026, 5)).toEqual({
      ok: false,
      status: 423,
      kode: 'PERIODE_TERKUNCI',
      pesan:
        'Periode Mei 2026 (triwulan 2) sudah dikunci karena TPP prestasi kerjanya telah dibayarkan. Hubungi Admin BKPSDM untuk membuka kunci.',
      field: 'bulan',
      detail: { tahun: 2026, bulan: 5, triwulan: 2 },
    });
  });
});
