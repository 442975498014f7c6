import { satuPerPegawai, overrideMenutup, putusanFinal, type OverrideKurva } from '../predikat-organisasi';

describe('satuPerPegawai: one evaluation per pegawai and month', () => {
  test.each([
    [
      'single rows stay',
      [
        { id: 1, pegawaiId: 1 },
        { id: 2, pegawaiId: 2 },
      ],
      [1, 2],
    ],
    [
      'definitive beats Plt SKP',
      [
        { id: 5, pegawaiId: 1, jenisPenugasan: 'PLT' },
        { id: 3, pegawaiId: 1, jenisPenugasan: 'UTAMA' },
      ],
      [3],
    ],
    [
      'definitive beats Plt SKP (other order)',
      [
        { id: 3, pegawaiId: 1, jenisPenugasan: 'UTAMA' },
        { id: 5, pegawaiId: 1, jenisPenugasan: 'PLT' },
      ],
      [3],
    ],
    [
      'same kind: the latest',
      [
        { id: 3, pegawaiId: 1, jenisPenugasan: 'UTAMA' },
        { id: 7, pegawaiId: 1, jenisPenugasan: 'UTAMA' },
      ],
      [7],
    ],
    [
      'unknown kind counts as definitive',
      [
        { id: 9, pegawaiId: 1, jenisPenugasan: 'PLT' },
        { id: 4, pegawaiId: 1, jenisPenugasan: null },
      ],
      [4],
    ],
    // Issue 10: the Laporan Predikat counts a pegawai's Plt-context evaluation in his home unit
    [
      'Issue 10: only a Plt-context evaluation → no final predikat, left out',
      [
        { id: 5, pegawaiId: 1, jenisPenugasan: 'PLT' },
        { id: 6, pegawaiId: 2, jenisPenugasan: 'UTAMA' },
      ],
      [6],
    ],
    [
      'Issue 10: two Plt-context evaluations, none definitive → left out',
      [
        { id: 5, pegawaiId: 1, jenisPenugasan: 'PLT' },
        { id: 8, pegawaiId: 1, jenisPenugasan: 'PLH' },
      ],
      [],
    ],
    ['empty', [], []],
  ])('%s', (_n, rows, ids) => {
    expect(
      satuPerPegawai(rows as any)
        .map((r) => r.id)
        .sort(),
    ).toEqual(ids);
  });
});

const o = (aturan: string[], predikat?: any): OverrideKurva => ({
  alasan: 'alasan tertulis',
  oleh: 'admin',
  waktu: '2027-01-01T00:00:00Z',
  predikat,
  pelanggaran: aturan.map((a) => ({ aturan: a })),
});
const p = (...aturan: string[]) => aturan.map((a) => ({ aturan: a }));

describe('overrideMenutup', () => {
  test.each<[string, OverrideKurva | null, string, { aturan: string }[], boolean]>([
    ['no override', null, 'BAIK', p('A'), false],
    ['same rules', o(['A', 'B'], 'BAIK'), 'BAIK', p('A', 'B'), true],
    ['fewer violations now', o(['A', 'B'], 'BAIK'), 'BAIK', p('A'), true],
    ['a new violation', o(['A'], 'BAIK'), 'BAIK', p('A', 'C'), false],
    ['other predikat', o(['A'], 'BAIK'), 'ISTIMEWA', p('A'), false],
    ['override without predikat (older record)', o(['A']), 'ISTIMEWA', p('A'), true],
    ['nothing violated', o([], 'BAIK'), 'BAIK', [], true],
  ])('%s', (_n, ov, pr, pl, hasil) => {
    expect(overrideMenutup(ov, pr as any, pl)).toBe(hasil);
  });
});

describe('putusanFinal', () => {
  const langgar = [{ aturan: 'Baik ≤ 70%', pesan: 'x' }] as any;
  test.each<[string, boolean, any, OverrideKurva | null, boolean]>([
    ['not blocking (no violation or under 5 pegawai)', false, langgar, null, true],
    ['blocking, no override', true, langgar, null, false],
    ['blocking, override covers', true, langgar, o(['Baik ≤ 70%'], 'BAIK'), true],
    ['blocking, override for other rules', true, langgar, o(['Sangat Baik ≤ 70%'], 'BAIK'), false],
  ])('%s', (_n, blokir, pelanggaran, ov, boleh) => {
    const r = putusanFinal({ blokir, pelanggaran }, 'BAIK', ov);
    expect(r.boleh).toBe(boleh);
    if (!r.boleh) {
      expect(r.kode).toBe('KURVA_DILANGGAR');
      expect(r.pesan).toContain('Baik ≤ 70%');
    }
  });
});
