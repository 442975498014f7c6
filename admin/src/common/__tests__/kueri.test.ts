import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import {
  KUNCI,
  kueriCapaian,
  kueriRenaksiBulan,
  kueriRenaksiTahun,
  muatUlangRealisasi,
  muatUlangRenaksi,
} from '../realisasi/kueri';

const penyedia = () => ({
  daftarRenaksiBulan: vi.fn(async () => []),
  daftarRenaksiTahun: vi.fn(async () => []),
  capaian: vi.fn(async () => ({}) as never),
});

type Penyedia = ReturnType<typeof penyedia>;

/** A client holding one settled query per key, so that invalidation can be read off each. */
const klienDengan = (kunci: ReadonlyArray<readonly unknown[]>) => {
  const client = new QueryClient();
  for (const queryKey of kunci) client.setQueryData(queryKey, []);
  return client;
};
const basi = (client: QueryClient, queryKey: readonly unknown[]) => client.getQueryState(queryKey)?.isInvalidated;

describe('realisasi queries (renaksi and evaluasi screens)', () => {
  const nip = '198001012000011001';
  it.each([
    [
      'renaksi of a month',
      (dp: Penyedia) => kueriRenaksiBulan(dp, nip, 2026, 3),
      'daftarRenaksiBulan',
      { nip, tahun: 2026, bulan: 3 },
    ],
    ['capaian of a month', (dp: Penyedia) => kueriCapaian(dp, nip, 2026, 3), 'capaian', { nip, tahun: 2026, bulan: 3 }],
    [
      'renaksi of a year',
      (dp: Penyedia) => kueriRenaksiTahun(dp, nip, 2026),
      'daftarRenaksiTahun',
      { nip, tahun: 2026 },
    ],
  ] as const)('%s calls its endpoint with the period', async (_nama, kueri, metode, input) => {
    const dp = penyedia();
    await new QueryClient().fetchQuery<unknown>(kueri(dp));
    expect(dp[metode]).toHaveBeenCalledWith(input);
  });

  it('keys start with their family, so a prefix reaches every period', () => {
    expect(kueriRenaksiBulan(penyedia(), 'n', 2026, 3).queryKey.slice(0, 1)).toEqual(KUNCI.renaksi);
    expect(kueriRenaksiTahun(penyedia(), 'n', 2026).queryKey.slice(0, 1)).toEqual(KUNCI.renaksi);
    expect(kueriCapaian(penyedia(), 'n', 2026, 3).queryKey.slice(0, 1)).toEqual(KUNCI.capaian);
    expect(KUNCI.renaksiBulan('n', 2026, 3)).not.toEqual(KUNCI.renaksiBulan('n', 2026, 4));
  });

  it('errors show at once and a window focus does not reload a form being filled', () => {
    expect(kueriRenaksiBulan(penyedia(), 'n', 2026, 3)).toMatchObject({ retry: false, refetchOnWindowFocus: false });
  });

  it('a written realisasi makes every view of it stale and nothing else', async () => {
    const kunci = [
      KUNCI.renaksiBulan('n', 2026, 3),
      KUNCI.renaksiTahun('n', 2026),
      KUNCI.capaianBulan('n', 2026, 3),
      ['realisasi', 'getList', { filter: { tahun: 2026 } }],
      ['evaluasi', 'persiapan', { nip: 'n' }],
      ['pegawai', 'getList', {}],
      ['statistik-rhk', 2026],
    ];
    const client = klienDengan(kunci);
    await muatUlangRealisasi(client);
    expect(kunci.map((k) => basi(client, k))).toEqual([true, true, true, true, true, false, false]);
  });

  it('a written renaksi makes the renaksi views and the back-office list stale, not the capaian', async () => {
    const kunci = [KUNCI.renaksiTahun('n', 2026), ['rencana-aksi', 'getList', {}], KUNCI.capaianBulan('n', 2026, 3)];
    const client = klienDengan(kunci);
    await muatUlangRenaksi(client);
    expect(kunci.map((k) => basi(client, k))).toEqual([true, true, false]);
  });
});
