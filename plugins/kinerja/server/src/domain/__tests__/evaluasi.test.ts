import fs from 'fs';
import path from 'path';
import { periodeEvaluasi, bulanAkhirPeriode, kunciUnikEvaluasi, rataRata, skemaEvaluasi } from '../evaluasi';

describe('periode evaluasi', () => {
  const berkas = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../../../../../config/kebijakan/evaluasi.json'), 'utf8'),
  );
  test('the shipped policy is valid and monthly', () => {
    expect(skemaEvaluasi.parse(berkas.versi[berkas.versi.length - 1].nilai)).toEqual({ periode: 'BULANAN' });
  });
  test.each([
    [{ periode: 'BULANAN' as const }, 5, { ok: true, nilai: { periode_jenis: 'BULANAN', periode: 5, bulan: [5] } }],
    [{ periode: 'BULANAN' as const }, 12, { ok: true, nilai: { periode_jenis: 'BULANAN', periode: 12, bulan: [12] } }],
    [
      { periode: 'TRIWULAN' as const },
      3,
      { ok: true, nilai: { periode_jenis: 'TRIWULAN', periode: 1, bulan: [1, 2, 3] } },
    ],
    [
      { periode: 'TRIWULAN' as const },
      12,
      { ok: true, nilai: { periode_jenis: 'TRIWULAN', periode: 4, bulan: [10, 11, 12] } },
    ],
    [{ periode: 'TRIWULAN' as const }, 5, { ok: false, kode: 'BULAN_BUKAN_AKHIR_TRIWULAN' }],
  ])('%j month %i', (k, bulan, harap) => {
    expect(periodeEvaluasi(bulan, k)).toMatchObject(harap);
  });
  test('helpers', () => {
    expect(bulanAkhirPeriode('BULANAN', 7)).toBe(7);
    expect(bulanAkhirPeriode('TRIWULAN', 2)).toBe(6);
    expect(bulanAkhirPeriode('TAHUNAN', 0)).toBeNull();
    expect(kunciUnikEvaluasi(12, 'TAHUNAN', 0)).toBe('12:TAHUNAN:0');
    expect(rataRata([100, null, 50])).toBe(75);
    expect(rataRata([null])).toBeNull();
  });
});
