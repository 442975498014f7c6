import { perluDicatat, rincianRun, type EvaluasiDiubah } from '../riwayat';

const ubah = (x: Partial<EvaluasiDiubah> = {}): EvaluasiDiubah => ({
  nip: '198506062010011006',
  evaluasi: 'e1',
  bulan: 5,
  periode_jenis: 'BULANAN',
  periode: 5,
  dari: 2,
  ke: 1,
  sumber: 'PLT',
  predikat: { dari: 2, ke: 1 },
  ...x,
});
const ditahan = { nip: '1', evaluasi: 'e9', bulan: 3, alasan: 'PERIODE_TERKUNCI' };

describe('rincianRun', () => {
  test('counts applied, reverted and withheld changes and names the action of each', () => {
    const r = rincianRun(
      [ubah(), ubah({ evaluasi: 'e2', sumber: 'DEFINITIF', dari: 1, ke: 3 }), ubah({ evaluasi: 'e3' })],
      [ditahan],
    );
    expect(r).toMatchObject({ jumlah_diterapkan: 2, jumlah_dikembalikan: 1, jumlah_ditahan: 1, ditahan: [ditahan] });
    expect(r.rincian.map((x) => [x.evaluasi, x.aksi])).toEqual([
      ['e1', 'TERAPKAN'],
      ['e2', 'KEMBALIKAN'],
      ['e3', 'TERAPKAN'],
    ]);
    expect(r.rincian[1]).toMatchObject({ nip: '198506062010011006', dari: 1, ke: 3, predikat: { dari: 2, ke: 1 } });
  });
  test('a run that changed nothing', () => {
    expect(rincianRun([])).toEqual({
      jumlah_diterapkan: 0,
      jumlah_dikembalikan: 0,
      jumlah_ditahan: 0,
      rincian: [],
      ditahan: [],
    });
  });
});

describe('perluDicatat', () => {
  const kosong = rincianRun([]);
  test.each([
    ['MANUAL', kosong, false, true],
    ['JADWAL', kosong, false, true],
    ['PENUGASAN', kosong, false, true],
    ['EVALUASI', kosong, false, false],
    ['EVALUASI', rincianRun([ubah()]), false, true],
    ['EVALUASI', rincianRun([], [ditahan]), false, true],
    ['EVALUASI', kosong, true, true],
  ] as const)('%s (changes %j, failed %s) → %s', (pemicu, r, gagal, harap) => {
    expect(perluDicatat(pemicu, r, gagal)).toBe(harap);
  });
});
