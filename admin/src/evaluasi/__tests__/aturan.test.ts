import { describe, expect, it } from 'vitest';
import { badanEvaluasi, type EvaluasiBaris, type PersiapanEvaluasi } from '../../dataProvider/evaluasi';
import {
  alasanTahunan,
  bulanLalu,
  capaianBulan,
  daftarPenilaian,
  fieldForm,
  labelPeriode,
  petaUmpanBalik,
  predikatDariMatriks,
  skpMencakupBulan,
  warnaPredikat,
  type SkpDinilai,
} from '../aturan';

const PERSIAPAN: Pick<PersiapanEvaluasi, 'matriks' | 'predikat'> = {
  matriks: { '1': { '1': 1, '2': 2, '3': 4 }, '2': { '1': 2, '2': 2, '3': 4 }, '3': { '1': 3, '2': 3, '3': 5 } },
  predikat: [
    { kode: 1, nama: 'Sangat Baik', siasn_id: 1 },
    { kode: 2, nama: 'Baik', siasn_id: 2 },
    { kode: 3, nama: 'Butuh Perbaikan', siasn_id: 3 },
    { kode: 4, nama: 'Kurang/Misconduct', siasn_id: 4 },
    { kode: 5, nama: 'Sangat Kurang', siasn_id: 5 },
  ],
};

describe('bulanLalu', () => {
  it.each([
    ['2026-07-15', { tahun: 2026, bulan: 6 }],
    ['2026-02-01', { tahun: 2026, bulan: 1 }],
    ['2026-01-31', { tahun: 2025, bulan: 12 }],
    ['2026-12-31', { tahun: 2026, bulan: 11 }],
  ])('%s → %j', (hari, hasil) => expect(bulanLalu(hari)).toEqual(hasil));
});

describe('predikatDariMatriks (domain.md §5, every cell)', () => {
  it.each([
    [1, 1, 'Sangat Baik'],
    [1, 2, 'Baik'],
    [1, 3, 'Kurang/Misconduct'],
    [2, 1, 'Baik'],
    [2, 2, 'Baik'],
    [2, 3, 'Kurang/Misconduct'],
    [3, 1, 'Butuh Perbaikan'],
    [3, 2, 'Butuh Perbaikan'],
    [3, 3, 'Sangat Kurang'],
  ] as const)('hasil %i × perilaku %i → %s', (h, p, nama) => {
    expect(predikatDariMatriks(PERSIAPAN, h, p)?.nama).toBe(nama);
  });
  it('null while a rating is missing or the matrix lacks the cell', () => {
    expect(predikatDariMatriks(PERSIAPAN, 2, null)).toBeNull();
    expect(predikatDariMatriks(PERSIAPAN, null, 2)).toBeNull();
    expect(predikatDariMatriks({ ...PERSIAPAN, matriks: {} }, 2, 2)).toBeNull();
  });
});

describe('warnaPredikat', () => {
  it.each([
    [1, 'success'],
    [2, 'info'],
    [3, 'warning'],
    [4, 'error'],
    [5, 'error'],
    [null, 'default'],
  ] as const)('%s → %s', (kode, warna) => expect(warnaPredikat(kode)).toBe(warna));
});

describe('capaianBulan and alasanTahunan', () => {
  const bulan = { nip: '1', bulan: 6, rhk: [] } as unknown as PersiapanEvaluasi['capaian'];
  it('a month body is the card; a quarter gives its last month', () => {
    expect(capaianBulan(bulan)).toBe(bulan);
    const akhir = { bulan: 9, rhk: [] };
    expect(
      capaianBulan({
        capaian: 90,
        formula: null,
        bulan: [{ bulan: 7, rhk: [] }, akhir],
      } as unknown as PersiapanEvaluasi['capaian']),
    ).toBe(akhir);
    expect(capaianBulan(null)).toBeNull();
  });
  it('the realisasi gate does not block the annual evaluation; not being the penilai does', () => {
    expect(alasanTahunan({ alasan_tidak_boleh: { code: 'REALISASI_BELUM_DIPERIKSA', message: 'x' } })).toBeNull();
    expect(alasanTahunan({ alasan_tidak_boleh: { code: 'BATAS_INPUT_BELUM_LEWAT', message: 'x' } })).toBeNull();
    expect(alasanTahunan({ alasan_tidak_boleh: { code: 'BUKAN_PENILAI', message: 'x' } })?.code).toBe('BUKAN_PENILAI');
    expect(alasanTahunan({ alasan_tidak_boleh: null })).toBeNull();
  });
});

const SAYA = '198003032005011003';
const skp = (x: Partial<SkpDinilai>): SkpDinilai => ({
  id: 'skp-a',
  tahun: 2026,
  status: 'DISETUJUI',
  periode_mulai: '2026-01-01',
  periode_akhir: '2026-12-31',
  pegawai_id: 'p-a',
  pegawai_nip: '199004042015031004',
  pegawai_nama: 'Budi',
  pegawai_jabatan: 'Pranata Komputer',
  penugasan_jenis: 'UTAMA',
  penilai_nip: SAYA,
  ...x,
});
const evaluasi = (x: Partial<EvaluasiBaris>): EvaluasiBaris =>
  ({
    id: 'ev-1',
    tahun: 2026,
    bulan: 6,
    periode: 6,
    periode_jenis: 'BULANAN',
    konteks: 'DEFINITIF',
    skp_id: 'skp-a',
    pegawai_nip: '199004042015031004',
    pegawai_nama: 'Budi',
    pegawai_jabatan: 'Pranata Komputer',
    penilai_nip: SAYA,
    predikat_kode: 2,
    predikat_nama: 'Baik',
    rating_hasil: 2,
    rating_perilaku: 2,
    perilaku_source: 'DEFINITIF',
    ...x,
  }) as EvaluasiBaris;

describe('daftarPenilaian', () => {
  it('approved SKP of the month whose penilai I am, with their evaluation; others left out', () => {
    const rows = daftarPenilaian(
      [
        skp({}),
        skp({ id: 'skp-b', pegawai_nip: '199101012019031001', pegawai_nama: 'Ani', penugasan_jenis: 'PLT' }),
        skp({ id: 'skp-c', pegawai_nip: '199202022020121002', penilai_nip: '197001011995031001' }),
        skp({ id: 'skp-d', pegawai_nip: '199303032021011003', status: 'DIAJUKAN' }),
        skp({ id: 'skp-e', pegawai_nip: '199404042022011004', periode_akhir: '2026-05-31' }),
        skp({ id: 'skp-f', pegawai_nip: SAYA }),
      ],
      [evaluasi({})],
      SAYA,
      2026,
      6,
    );
    expect(rows.map((r) => [r.nip, r.konteks, r.evaluasi?.predikat_kode ?? null])).toEqual([
      ['199101012019031001', 'PLT', null],
      ['199004042015031004', 'DEFINITIF', 2],
    ]);
  });
  it('an evaluation I gave is listed even without a matching SKP row; others’ evaluations are not', () => {
    const rows = daftarPenilaian(
      [],
      [evaluasi({ skp_id: 'skp-x' }), evaluasi({ id: 'ev-2', skp_id: 'skp-y', penilai_nip: '197001011995031001' })],
      SAYA,
      2026,
      6,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ skp_id: 'skp-x', evaluasi: { id: 'ev-1' } });
  });
  it('another month or an annual evaluation does not count', () => {
    const rows = daftarPenilaian(
      [skp({})],
      [evaluasi({ bulan: 5, periode: 5 }), evaluasi({ periode_jenis: 'TAHUNAN', bulan: null })],
      SAYA,
      2026,
      6,
    );
    expect(rows[0].evaluasi).toBeNull();
  });
  it('skpMencakupBulan: any day of the month inside the SKP period', () => {
    expect(skpMencakupBulan({ periode_mulai: '2026-06-15', periode_akhir: '2026-12-31' }, 2026, 6)).toBe(true);
    expect(skpMencakupBulan({ periode_mulai: '2026-07-01', periode_akhir: '2026-12-31' }, 2026, 6)).toBe(false);
  });
});

describe('small helpers', () => {
  it('petaUmpanBalik keys the stored list', () => {
    expect(petaUmpanBalik([{ kode: 'AKUNTABEL', umpan_balik: 'Tepat waktu.' }], 'kode')).toEqual({
      AKUNTABEL: 'Tepat waktu.',
    });
    expect(petaUmpanBalik(null, 'rhk_id')).toEqual({});
  });
  it('fieldForm names the form field of a 400', () => {
    expect(fieldForm('rating_hasil')).toBe('rating_hasil');
    expect(fieldForm('umpan_balik_rhk[2].umpan_balik')).toBe('umpan_balik_rhk');
    expect(fieldForm(undefined)).toBeNull();
  });
  it('labelPeriode per kind', () => {
    const nama = (b: number) => `B${b}`;
    expect(labelPeriode({ periode_jenis: 'BULANAN', periode: 6, bulan: 6, tahun: 2026 }, nama)).toEqual({
      key: 'mskp.evaluasi.periode.BULANAN',
      args: { bulan: 'B6', tahun: 2026 },
    });
    expect(labelPeriode({ periode_jenis: 'TRIWULAN', periode: 2, bulan: 6, tahun: 2026 }, nama).args).toEqual({
      triwulan: 2,
      tahun: 2026,
    });
    expect(labelPeriode({ periode_jenis: 'TAHUNAN', periode: 0, bulan: null, tahun: 2026 }, nama).key).toBe(
      'mskp.evaluasi.periode.TAHUNAN',
    );
  });
});

describe('badanEvaluasi', () => {
  const isian = {
    nip: '199004042015031004',
    tahun: 2026,
    bulan: 6,
    rating_hasil: 2 as const,
    rating_perilaku: 1 as const,
    umpan_balik: '  Pertahankan.  ',
    umpan_balik_rhk: [
      { rhk_id: 'r1', umpan_balik: ' Bagus ' },
      { rhk_id: 'r2', umpan_balik: '   ' },
    ],
    umpan_balik_perilaku: [{ kode: 'AKUNTABEL', umpan_balik: '' }],
    skp: 'skp-a',
    alasan: '',
  };
  it('trims texts and drops empty umpan balik and alasan', () => {
    expect(badanEvaluasi(isian)).toEqual({
      nip: '199004042015031004',
      tahun: 2026,
      bulan: 6,
      rating_hasil: 2,
      rating_perilaku: 1,
      umpan_balik: 'Pertahankan.',
      umpan_balik_rhk: [{ rhk_id: 'r1', umpan_balik: 'Bagus' }],
      skp: 'skp-a',
    });
  });
  it('the annual body has no bulan; a given alasan is sent', () => {
    const body = badanEvaluasi({ ...isian, alasan: ' Penilai cuti. ' }, true);
    expect(body).not.toHaveProperty('bulan');
    expect(body.alasan).toBe('Penilai cuti.');
  });
});
