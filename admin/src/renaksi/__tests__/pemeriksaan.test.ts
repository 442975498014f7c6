import { describe, expect, it, vi } from 'vitest';
import type { RealisasiBaris } from '../../dataProvider/renaksi';
import { aksiPemeriksaan, type DialogPemeriksaan } from '../usePemeriksaan';

const penyedia = () => ({
  periksaRealisasi: vi.fn(async () => ({}) as never),
  periksaRealisasiMassal: vi.fn(async () => []),
  bukaInputRealisasi: vi.fn(async () => ({})),
});
const periode = { tahun: 2026, bulan: 3 };

describe('aksiPemeriksaan (the write behind each dialog of /pemeriksaan-realisasi)', () => {
  it.each<[string, DialogPemeriksaan, string, unknown[], string, Record<string, unknown> | undefined]>([
    [
      'one row: check with umpan balik',
      { jenis: 'satu', baris: { id: 'r1' } as RealisasiBaris },
      'periksaRealisasi',
      ['r1', 'bagus'],
      'mskp.renaksi.diperiksa',
      undefined,
    ],
    [
      'chosen rows: bulk check, count in the message',
      { jenis: 'massal', ids: ['r1', 'r2'] },
      'periksaRealisasiMassal',
      [['r1', 'r2'], 'bagus'],
      'mskp.renaksi.diperiksa_massal',
      { smart_count: 2 },
    ],
    [
      'a pegawai: reopen the month with the reason, name in the message',
      { jenis: 'buka', pegawai: { nip: '198001012000011001', nama: 'Budi' } },
      'bukaInputRealisasi',
      [{ nip: '198001012000011001', tahun: 2026, bulan: 3, alasan: 'bagus' }],
      'mskp.renaksi.input_dibuka',
      { nama: 'Budi' },
    ],
  ])('%s', async (_nama, dialog, metode, argumen, pesan, args) => {
    const dp = penyedia();
    const aksi = aksiPemeriksaan(dp, dialog, 'bagus', periode);
    expect({ pesan: aksi.pesan, args: aksi.args }).toEqual({ pesan, args });
    expect(dp[metode as keyof typeof dp]).not.toHaveBeenCalled();
    await aksi.jalankan();
    expect(dp[metode as keyof typeof dp]).toHaveBeenCalledWith(...argumen);
  });
});
