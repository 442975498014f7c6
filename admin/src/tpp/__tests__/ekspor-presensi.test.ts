import { describe, expect, it } from 'vitest';
import {
  alasanCukup,
  bulanBawaan,
  bulanTriwulan,
  jumlahPulangCepat,
  jumlahTelat,
  romawiTriwulan,
  tanggalIndonesia,
} from '../format';
import { urlEksporTpp, urlRiwayatTpp } from '../../dataProvider/tpp';

describe('TPP export URLs', () => {
  it('SIPD / PDF export: every required parameter and the fallback file name of the server', () => {
    const { url, cadangan } = urlEksporTpp('http://x', {
      tahun: 2026,
      bulan: 3,
      kode_opd: '2.16.01',
      jenis: 'prestasi',
      format: 'xlsx',
    });
    const u = new URL(url);
    expect(u.pathname).toBe('/api/tpp/export');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      tahun: '2026',
      bulan: '3',
      kode_opd: '2.16.01',
      jenis: 'prestasi',
      format: 'xlsx',
    });
    expect(cadangan).toBe('tpp-prestasi_2.16.01_2026-03.xlsx');
    expect(urlEksporTpp('', { tahun: 2026, bulan: 13, kode_opd: 'A&B', jenis: 'beban', format: 'pdf' }).url).toBe(
      '/api/tpp/export?tahun=2026&bulan=13&kode_opd=A%26B&jenis=beban&format=pdf',
    );
  });

  it('history: year and OPD, xlsx', () => {
    const { url, cadangan } = urlRiwayatTpp('', { tahun: 2025, kode_opd: '1.01' });
    expect(url).toBe('/api/tpp/riwayat?tahun=2025&kode_opd=1.01&format=xlsx');
    expect(cadangan).toBe('riwayat-tpp_1.01_2025.xlsx');
  });
});

describe('quarters, months, dates', () => {
  it('months of a quarter and its numeral', () => {
    expect([1, 2, 3, 4].map(bulanTriwulan)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
    expect([1, 2, 3, 4].map(romawiTriwulan)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it.each([
    ['2026-11-28T03:00:00Z', 10],
    ['2026-01-10T03:00:00Z', 1],
    // 31 Dec 20:00 UTC is already 1 January in Jakarta
    ['2026-12-31T20:00:00Z', 1],
    ['2026-03-01T00:00:00Z', 2],
  ])('default month at %s = %s (WIB, previous month)', (iso, bulan) => expect(bulanBawaan(new Date(iso))).toBe(bulan));

  it('Indonesian date (Asia/Jakarta), with time on request; "-" for nothing', () => {
    expect(tanggalIndonesia('2026-11-27T02:00:00Z')).toBe('27 November 2026');
    expect(tanggalIndonesia('2026-11-27T20:30:00Z', { jam: true })).toBe('28 November 2026 03.30');
    expect(tanggalIndonesia(null)).toBe('-');
    expect(tanggalIndonesia('bukan tanggal')).toBe('-');
  });

  it('unlock reason: at least 10 characters after trimming', () => {
    expect(alasanCukup('   salah   ')).toBe(false);
    expect(alasanCukup('Salah hitung prestasi')).toBe(true);
    expect(alasanCukup('1234567890')).toBe(true);
    expect(alasanCukup('123456789 ')).toBe(false);
  });
});

describe('attendance preview', () => {
  const b = {
    telat_1_30: 2,
    telat_31_60: 1,
    telat_61_90: 0,
    telat_91_atau_tanpa_rekam: 3,
    pulang_cepat_1_30: 1,
    pulang_cepat_31_60: 0,
    pulang_cepat_61_90: 4,
    pulang_cepat_91_atau_tanpa_rekam: 0,
  };
  it('sums the minute buckets', () => {
    expect(jumlahTelat(b)).toBe(6);
    expect(jumlahPulangCepat(b)).toBe(5);
  });
});
