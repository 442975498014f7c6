import { describe, expect, it } from 'vitest';
import { alasanCukup, alasanTidakFinal, batangDistribusi, teksPersen } from '../aturan';

const distribusi = [
  { kode: 1, nama: 'Sangat Baik', jumlah: 1, persen: 16.67 },
  { kode: 2, nama: 'Baik', jumlah: 5, persen: 83.33 },
  { kode: 3, nama: 'Butuh Perbaikan', jumlah: 0, persen: 0 },
];
const kuota = [
  { predikat: [2], batas: 'maks' as const, batas_jumlah: 4, teks: 'Baik ≤ 70%' },
  { predikat: [3, 4], batas: 'min' as const, batas_jumlah: 1, teks: 'Butuh Perbaikan + Kurang/Misconduct ≥ 1 orang' },
  { predikat: [3], batas: 'min' as const, batas_jumlah: 2, teks: 'Butuh Perbaikan ≥ 30%' },
];

describe('batangDistribusi', () => {
  it('puts the single-predikat bounds on their bars and marks breaks', () => {
    const b = batangDistribusi({ distribusi, kuota });
    expect(b.map((x) => [x.kode, x.maks, x.min, x.langgar])).toEqual([
      [1, null, null, false],
      [2, 4, null, true],
      [3, null, 2, true],
    ]);
  });
  it('no quota (no predikat yet): no bounds', () => {
    expect(
      batangDistribusi({ distribusi, kuota: [] }).every((x) => x.maks == null && x.min == null && !x.langgar),
    ).toBe(true);
  });
  it('rules over several predikat put no bound on a single bar', () => {
    expect(
      batangDistribusi({ distribusi: [{ kode: 4, nama: 'Kurang', jumlah: 0, persen: 0 }], kuota })[0],
    ).toMatchObject({ maks: null, min: null, langgar: false });
  });
});

describe('alasanTidakFinal', () => {
  const po = (ubah: object = {}) => ({
    kode: 'BAIK' as const,
    nama: 'Baik',
    sumber: 'DITETAPKAN' as const,
    status: 'DRAFT' as const,
    usulan: null,
    alasan: null,
    override: null,
    ...ubah,
  });
  it.each([
    [
      'final',
      { predikat_organisasi: po({ status: 'FINAL' }), blokir: false, pelanggaran: [] },
      { tetapkan: true },
      { kode: 'final' },
    ],
    [
      'no right',
      { predikat_organisasi: po(), blokir: false, pelanggaran: [] },
      { tetapkan: false },
      { kode: 'tidak_berwenang' },
    ],
    [
      'proposal only',
      { predikat_organisasi: po({ sumber: 'USULAN' }), blokir: false, pelanggaran: [] },
      { tetapkan: true },
      { kode: 'belum_ditetapkan' },
    ],
    [
      'blocked',
      { predikat_organisasi: po(), blokir: true, pelanggaran: [{ aturan: 'a', pesan: 'p' }] },
      { tetapkan: true },
      { kode: 'diblokir', jumlah: 1 },
    ],
    [
      'free',
      { predikat_organisasi: po(), blokir: false, pelanggaran: [{ aturan: 'a', pesan: 'p' }] },
      { tetapkan: true },
      null,
    ],
  ])('%s', (_n, data, boleh, hasil) => {
    expect(alasanTidakFinal(data as never, boleh)).toEqual(hasil);
  });
});

describe('small texts', () => {
  it('reason length is trimmed', () => {
    expect(alasanCukup('  pendek  ')).toBe(false);
    expect(alasanCukup('alasan yang cukup panjang')).toBe(true);
  });
  it('percent by locale', () => {
    expect(teksPersen(83.333, 'id-ID')).toBe('83,33%');
    expect(teksPersen(83.333, 'en-GB')).toBe('83.33%');
  });
});
