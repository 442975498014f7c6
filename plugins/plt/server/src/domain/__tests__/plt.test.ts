import { perubahanPlt, terapkanPerubahan, type EvaluasiPeriode, type PltPeriode } from '../plt';

const P = 7; // the pegawai who is Plt of post J
const J = 40; // the acting post
const def = (x: Partial<EvaluasiPeriode> = {}): EvaluasiPeriode => ({
  id: 1,
  pegawaiId: P,
  periode_jenis: 'BULANAN',
  periode: 5,
  konteks: 'DEFINITIF',
  jabatanId: 10,
  rating_perilaku: 2,
  rating_perilaku_asli: null,
  perilaku_source: 'DEFINITIF',
  ...x,
});
const plt = (x: Partial<EvaluasiPeriode> = {}): EvaluasiPeriode => ({
  id: 2,
  pegawaiId: P,
  periode_jenis: 'BULANAN',
  periode: 5,
  konteks: 'PLT',
  jabatanId: J,
  rating_perilaku: 1,
  rating_perilaku_asli: null,
  perilaku_source: 'PLT',
  ...x,
});
const aktif = (x: Partial<PltPeriode> = {}): PltPeriode => ({
  pegawaiId: P,
  jabatanId: J,
  periode_jenis: 'BULANAN',
  periode: 5,
  ...x,
});

describe('perubahanPlt', () => {
  const kasus: {
    nama: string;
    evaluasi: EvaluasiPeriode[];
    plt: PltPeriode[];
    harap: { id: number; aksi: string; ke: [number, number | null, string] }[];
  }[] = [
    { nama: 'no Plt, no change', evaluasi: [def()], plt: [], harap: [] },
    {
      nama: 'Plt active but not yet rated in the Plt context: no change',
      evaluasi: [def()],
      plt: [aktif()],
      harap: [],
    },
    {
      nama: 'Plt rated: its perilaku replaces the definitive one, the original kept',
      evaluasi: [def(), plt()],
      plt: [aktif()],
      harap: [{ id: 1, aksi: 'TERAPKAN', ke: [1, 2, 'PLT'] }],
    },
    {
      nama: 'same rating in both contexts still marks the source PLT',
      evaluasi: [def({ rating_perilaku: 1 }), plt({ rating_perilaku: 1 })],
      plt: [aktif()],
      harap: [{ id: 1, aksi: 'TERAPKAN', ke: [1, 1, 'PLT'] }],
    },
    {
      nama: 'already applied: nothing',
      evaluasi: [def({ rating_perilaku: 1, rating_perilaku_asli: 2, perilaku_source: 'PLT' }), plt()],
      plt: [aktif()],
      harap: [],
    },
    {
      nama: 'Plt rating changed: the new one applied, original unchanged',
      evaluasi: [
        def({ rating_perilaku: 1, rating_perilaku_asli: 2, perilaku_source: 'PLT' }),
        plt({ rating_perilaku: 3 }),
      ],
      plt: [aktif()],
      harap: [{ id: 1, aksi: 'TERAPKAN', ke: [3, 2, 'PLT'] }],
    },
    {
      nama: 'Plt ended (post not held in that month): revert to the original',
      evaluasi: [def({ rating_perilaku: 1, rating_perilaku_asli: 3, perilaku_source: 'PLT' }), plt()],
      plt: [],
      harap: [{ id: 1, aksi: 'KEMBALIKAN', ke: [3, null, 'DEFINITIF'] }],
    },
    {
      nama: 'Plt evaluation removed: revert',
      evaluasi: [def({ rating_perilaku: 1, rating_perilaku_asli: 2, perilaku_source: 'PLT' })],
      plt: [aktif()],
      harap: [{ id: 1, aksi: 'KEMBALIKAN', ke: [2, null, 'DEFINITIF'] }],
    },
    {
      nama: 'PLT source without original (damaged row): the current rating becomes the original',
      evaluasi: [def({ rating_perilaku: 1, rating_perilaku_asli: null, perilaku_source: 'PLT' })],
      plt: [],
      harap: [{ id: 1, aksi: 'KEMBALIKAN', ke: [1, null, 'DEFINITIF'] }],
    },
    {
      nama: 'Plt of another post than the one rated: not applied',
      evaluasi: [def(), plt({ jabatanId: 41 })],
      plt: [aktif()],
      harap: [],
    },
    { nama: 'another month is untouched', evaluasi: [def({ periode: 4 }), plt()], plt: [aktif()], harap: [] },
    { nama: 'another pegawai is untouched', evaluasi: [def({ pegawaiId: 8 }), plt()], plt: [aktif()], harap: [] },
    {
      nama: 'quarterly periods match on kind and number',
      evaluasi: [def({ periode_jenis: 'TRIWULAN', periode: 2 }), plt({ periode_jenis: 'TRIWULAN', periode: 2 })],
      plt: [aktif({ periode_jenis: 'TRIWULAN', periode: 2 })],
      harap: [{ id: 1, aksi: 'TERAPKAN', ke: [1, 2, 'PLT'] }],
    },
    {
      nama: 'monthly Plt does not feed a quarterly evaluation',
      evaluasi: [def({ periode_jenis: 'TRIWULAN', periode: 2 }), plt()],
      plt: [aktif()],
      harap: [],
    },
    {
      nama: 'two Plt evaluations (two posts): the lowest post decides',
      evaluasi: [def(), plt({ id: 3, jabatanId: 50, rating_perilaku: 3 }), plt()],
      plt: [aktif(), aktif({ jabatanId: 50 })],
      harap: [{ id: 1, aksi: 'TERAPKAN', ke: [1, 2, 'PLT'] }],
    },
    { nama: 'the Plt evaluation itself is never changed', evaluasi: [plt({ rating_perilaku: 3 })], plt: [], harap: [] },
  ];
  test.each(kasus)('$nama', ({ evaluasi, plt: p, harap }) => {
    const hasil = perubahanPlt(evaluasi, p);
    expect(
      hasil.map((h) => ({
        id: h.evaluasiId,
        aksi: h.aksi,
        ke: [h.ke.rating_perilaku, h.ke.rating_perilaku_asli, h.ke.perilaku_source],
      })),
    ).toEqual(harap);
    // idempotence: applying the changes and running again changes nothing
    expect(perubahanPlt(terapkanPerubahan(evaluasi, hasil), p)).toEqual([]);
  });

  test('the change carries where it comes from and what it was', () => {
    const [h] = perubahanPlt([def(), plt()], [aktif()]);
    expect(h).toMatchObject({
      evaluasiId: 1,
      pegawaiId: P,
      periode_jenis: 'BULANAN',
      periode: 5,
      sumberEvaluasiId: 2,
      dari: { rating_perilaku: 2, rating_perilaku_asli: null, perilaku_source: 'DEFINITIF' },
    });
  });

  test('set then Plt ended then Plt again: round trip to the same state', () => {
    const awal = [def(), plt()];
    const a = terapkanPerubahan(awal, perubahanPlt(awal, [aktif()]));
    const b = terapkanPerubahan(a, perubahanPlt(a, []));
    expect(b[0]).toMatchObject({ rating_perilaku: 2, rating_perilaku_asli: null, perilaku_source: 'DEFINITIF' });
    const c = terapkanPerubahan(b, perubahanPlt(b, [aktif()]));
    expect(c).toEqual(a);
  });
});
