import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { KUNCI_EVALUASI, kueriDaftarEvaluasi, kueriPersiapan, muatUlangEvaluasi } from '../kueri';

const input = { nip: '198001012000011001', tahun: 2026, bulan: 3 };

describe('evaluation queries', () => {
  it('the preparation and the list call the server with the form context', async () => {
    const dp = { persiapanEvaluasi: vi.fn(async () => ({}) as never), daftarEvaluasi: vi.fn(async () => []) };
    const client = new QueryClient();
    await client.fetchQuery(kueriPersiapan(dp, { ...input, skp: 's1' }));
    await client.fetchQuery(kueriDaftarEvaluasi(dp, { nip: input.nip, tahun: 2026, periode_jenis: 'TAHUNAN' }));
    expect(dp.persiapanEvaluasi).toHaveBeenCalledWith({ ...input, skp: 's1' });
    expect(dp.daftarEvaluasi).toHaveBeenCalledWith({ nip: input.nip, tahun: 2026, periode_jenis: 'TAHUNAN' });
  });

  it('keys live under evaluasi and tell SKP contexts apart', () => {
    expect(KUNCI_EVALUASI.persiapan(input)[0]).toBe('evaluasi');
    expect(KUNCI_EVALUASI.persiapan({ ...input, skp: 'a' })).not.toEqual(
      KUNCI_EVALUASI.persiapan({ ...input, skp: 'b' }),
    );
  });

  it.each([
    ['BULANAN', [true, false, true, false]],
    ['TAHUNAN', [false, true, true, false]],
  ] as const)('a save in the %s mode reloads its stored answer and the list', async (mode, harapan) => {
    const kunci = [
      KUNCI_EVALUASI.persiapan({ ...input, skp: undefined }),
      KUNCI_EVALUASI.daftar({ nip: input.nip, tahun: 2026, periode_jenis: 'TAHUNAN' }),
      ['evaluasi', 'getList', { filter: {} }],
      ['renaksi', 'bulan', input.nip, 2026, 3],
    ];
    const client = new QueryClient();
    for (const k of kunci) client.setQueryData(k, []);
    await muatUlangEvaluasi(client, mode, input);
    expect(kunci.map((k) => client.getQueryState(k)?.isInvalidated)).toEqual(harapan);
  });
});
