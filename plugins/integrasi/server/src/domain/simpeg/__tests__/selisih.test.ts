/**
 * The monitor's comparison: every jenis has a case that finds it and a near miss (the same thing written
 * differently) that does not; a known set of differences gives known counts per jenis, per OPD and filtered.
 */
import { GalatMskp } from '@m-skp/inti';
import type { PegawaiSimpeg } from '../../skema-simpeg';
import { petakanPegawaiSimpeg, type PemetaanSimpeg } from '../pemetaan';
import { JENIS_SELISIH, selisihPegawai, selisihSemua, type PegawaiMskp, type Selisih } from '../selisih';
import { bacaSaringanSelisih, ringkasanSelisih, saringSelisih } from '../ringkasan';
import { pemetaanRepo } from './bantu';

const pemetaan = pemetaanRepo();
const NIP = '198003032005011003';

/** Kabid Aptika as M-SKP holds him, also Plt of a vacant post last year. */
const mskp = (ubah: Partial<PegawaiMskp> = {}): PegawaiMskp => ({
  nip: NIP,
  nama: 'Bambang Setiawan',
  gelar_depan: null,
  gelar_belakang: 'S.Kom., M.T.',
  jenis_asn: 'PNS',
  cpns: false,
  golongan: '41',
  status: 'AKTIF',
  kode_opd: '1.11.01',
  jenis_jabatan: 'JA',
  penugasan: [
    { kode_jabatan: '1.11.01-10', jenis: 'UTAMA', tmt_mulai: '2019-01-02', tmt_akhir: '2022-06-30' },
    { kode_jabatan: '1.11.01-03', jenis: 'UTAMA', tmt_mulai: '2022-07-01', tmt_akhir: null },
    { kode_jabatan: '1.11.01-05', jenis: 'PLT', tmt_mulai: '2025-02-01', tmt_akhir: '2025-05-31' },
  ],
  ...ubah,
});

/** The same pegawai as SIMPEG writes him. */
const simpeg = (ubah: Partial<PegawaiSimpeg> = {}): PegawaiSimpeg => ({
  nipBaru: NIP,
  nama: 'Bambang Setiawan',
  gelarDepan: null,
  gelarBelakang: 'S.Kom., M.T.',
  tglLahir: '1980-03-03',
  jenisKelamin: 'L',
  tmtCpns: '2005-01-01',
  golRuangAkhirId: '41',
  golRuangAkhir: 'IV/a',
  pangkatAkhir: 'Pembina',
  jenisJabatanId: 'JA',
  jabatanNama: 'Kepala Bidang Aplikasi Informatika',
  eselonId: 'III.b',
  unorId: '1.11.01-03',
  unorNama: 'Bidang Aplikasi Informatika',
  kodeOpd: '1.11.01',
  statusPegawai: 'AKTIF',
  penugasan: [
    { jabatanId: '1.11.01-10', jenis: 'UTAMA', tmtMulai: '2019-01-02', tmtAkhir: '2022-06-30' },
    { jabatanId: '1.11.01-03', jenis: 'UTAMA', tmtMulai: '2022-07-01', tmtAkhir: null },
    { jabatanId: '1.11.01-05', jenis: 'PLT', tmtMulai: '2025-02-01', tmtAkhir: '2025-05-31' },
  ],
  ...ubah,
});

const penugasanSimpeg = (...x: PegawaiSimpeg['penugasan']) => simpeg().penugasan.concat(x);

test('the same pegawai on both sides: no difference', () => {
  expect(selisihPegawai(mskp(), simpeg(), pemetaan)).toEqual([]);
  expect(selisihPegawai(null, null, pemetaan)).toEqual([]);
});

type Kasus = [string, PegawaiMskp | null, PegawaiSimpeg | null, Omit<Selisih, 'nip'>[]];

describe.each<[string, Kasus[], Kasus[]]>([
  [
    'TIDAK_ADA_DI_MSKP',
    [
      [
        'a SIMPEG record M-SKP does not know',
        null,
        simpeg({ gelarDepan: 'Dr.' }),
        [
          {
            jenis: 'TIDAK_ADA_DI_MSKP',
            nilai_mskp: null,
            nilai_simpeg: 'Dr. Bambang Setiawan, S.Kom., M.T. (1.11.01)',
          },
        ],
      ],
    ],
    [
      [
        'the NIP written with spaces in M-SKP is the same pegawai',
        mskp({ nip: '19800303 200501 1 003' }),
        simpeg(),
        [],
      ],
    ],
  ],
  [
    'TIDAK_ADA_DI_SIMPEG',
    [
      [
        'an M-SKP pegawai SIMPEG does not know',
        mskp(),
        null,
        [{ jenis: 'TIDAK_ADA_DI_SIMPEG', nilai_mskp: 'Bambang Setiawan, S.Kom., M.T. (1.11.01)', nilai_simpeg: null }],
      ],
    ],
    [
      [
        'SIMPEG has him under another OPD: only the OPD differs, he is not missing',
        mskp(),
        simpeg({ kodeOpd: '1.18.01' }),
        [{ jenis: 'OPD', nilai_mskp: '1.11.01', nilai_simpeg: '1.18.01' }],
      ],
    ],
  ],
  [
    'NAMA_GELAR',
    [
      [
        'another name',
        mskp({ nama: 'Bambang Setiawan' }),
        simpeg({ nama: 'Bambang Setyawan' }),
        [
          {
            jenis: 'NAMA_GELAR',
            nilai_mskp: 'Bambang Setiawan, S.Kom., M.T.',
            nilai_simpeg: 'Bambang Setyawan, S.Kom., M.T.',
          },
        ],
      ],
      [
        'a gelar more in SIMPEG',
        mskp({ gelar_belakang: 'S.Kom.' }),
        simpeg(),
        [
          {
            jenis: 'NAMA_GELAR',
            nilai_mskp: 'Bambang Setiawan, S.Kom.',
            nilai_simpeg: 'Bambang Setiawan, S.Kom., M.T.',
          },
        ],
      ],
      [
        'the medical dr. is not the doctorate Dr.',
        mskp({ gelar_depan: 'dr.' }),
        simpeg({ gelarDepan: 'Dr.' }),
        [
          {
            jenis: 'NAMA_GELAR',
            nilai_mskp: 'dr. Bambang Setiawan, S.Kom., M.T.',
            nilai_simpeg: 'Dr. Bambang Setiawan, S.Kom., M.T.',
          },
        ],
      ],
    ],
    [
      ['case and spaces of the name', mskp({ nama: 'BAMBANG  SETIAWAN ' }), simpeg(), []],
      [
        'gelar punctuation and spacing',
        mskp({ gelar_belakang: 'S.Kom, M.T' }),
        simpeg({ gelarBelakang: 'S. Kom., MT' }),
        [],
      ],
      ['no gelar written as empty, "-" or null', mskp({ gelar_depan: '' }), simpeg({ gelarDepan: '-' }), []],
    ],
  ],
  [
    'GOLONGAN',
    [
      [
        'a promotion SIMPEG knows',
        mskp(),
        simpeg({ golRuangAkhirId: '42', golRuangAkhir: 'IV/b' }),
        [{ jenis: 'GOLONGAN', nilai_mskp: 'IV/a', nilai_simpeg: 'IV/b' }],
      ],
      [
        'no golongan in M-SKP',
        mskp({ golongan: null }),
        simpeg(),
        [{ jenis: 'GOLONGAN', nilai_mskp: null, nilai_simpeg: 'IV/a' }],
      ],
    ],
    [
      ['M-SKP writes the label, SIMPEG the code', mskp({ golongan: 'IV/a' }), simpeg(), []],
      [
        'the label in SIMPEG (golRuangAkhir) is not what the mapping reads',
        mskp(),
        simpeg({ golRuangAkhir: 'IV/c' }),
        [],
      ],
    ],
  ],
  [
    'JENIS_ASN_STATUS',
    [
      [
        'on leave in SIMPEG',
        mskp(),
        simpeg({ statusPegawai: 'CUTI' }),
        [{ jenis: 'JENIS_ASN_STATUS', nilai_mskp: 'PNS · AKTIF', nilai_simpeg: 'PNS · CUTI' }],
      ],
      [
        'PPPK in M-SKP, a PNS golongan in SIMPEG',
        mskp({ jenis_asn: 'PPPK', golongan: '41' }),
        simpeg(),
        [{ jenis: 'JENIS_ASN_STATUS', nilai_mskp: 'PPPK · AKTIF', nilai_simpeg: 'PNS · AKTIF' }],
      ],
      [
        'still CPNS in SIMPEG',
        mskp(),
        simpeg({ statusPegawai: 'CPNS' }),
        [{ jenis: 'JENIS_ASN_STATUS', nilai_mskp: 'PNS · AKTIF', nilai_simpeg: 'CPNS · AKTIF' }],
      ],
      [
        'a statusPegawai the mapping does not know',
        mskp(),
        simpeg({ statusPegawai: 'TUGAS BELAJAR' }),
        [
          {
            jenis: 'JENIS_ASN_STATUS',
            nilai_mskp: 'PNS · AKTIF',
            nilai_simpeg: 'statusPegawai "TUGAS BELAJAR" (tidak dipetakan)',
          },
        ],
      ],
    ],
    [
      ['status in lower case', mskp(), simpeg({ statusPegawai: ' aktif ' }), []],
      [
        'PPPK on both sides (roman golongan)',
        mskp({ jenis_asn: 'PPPK', golongan: 'IX' }),
        simpeg({ golRuangAkhirId: 'ix' }),
        [],
      ],
      ['"PNS" in SIMPEG for an active, appointed PNS', mskp(), simpeg({ statusPegawai: 'PNS' }), []],
    ],
  ],
  [
    'JABATAN',
    [
      [
        'another post in SIMPEG (and so another open UTAMA)',
        mskp(),
        simpeg({
          penugasan: [
            { jabatanId: '1.11.01-10', jenis: 'UTAMA', tmtMulai: '2019-01-02', tmtAkhir: '2022-06-30' },
            { jabatanId: '1.11.01-04', jenis: 'UTAMA', tmtMulai: '2022-07-01', tmtAkhir: null },
            { jabatanId: '1.11.01-05', jenis: 'PLT', tmtMulai: '2025-02-01', tmtAkhir: '2025-05-31' },
          ],
        }),
        [
          { jenis: 'JABATAN', nilai_mskp: '1.11.01-03 (JA)', nilai_simpeg: '1.11.01-04 (JA)' },
          { jenis: 'PENUGASAN', nilai_mskp: 'UTAMA 1.11.01-03, TMT 2022-07-01 s.d. sekarang', nilai_simpeg: null },
          { jenis: 'PENUGASAN', nilai_mskp: null, nilai_simpeg: 'UTAMA 1.11.01-04, TMT 2022-07-01 s.d. sekarang' },
        ],
      ],
      [
        'the same post code, another kind of post',
        mskp({ jenis_jabatan: 'JA' }),
        simpeg({ jenisJabatanId: '2' }),
        [{ jenis: 'JABATAN', nilai_mskp: '1.11.01-03 (JA)', nilai_simpeg: '1.11.01-03 (JF)' }],
      ],
    ],
    [
      ['the post code in lower case and the jenis as SIASN writes it', mskp(), simpeg({ jenisJabatanId: '4' }), []],
      [
        'a jenisJabatanId the mapping leaves out (SIASN "1") is not compared',
        mskp(),
        simpeg({ jenisJabatanId: '1' }),
        [],
      ],
      ['unorId (not what the mapping reads) names the unit', mskp(), simpeg({ unorId: 'UNOR-77' }), []],
    ],
  ],
  [
    'OPD',
    [
      [
        'another OPD in SIMPEG',
        mskp(),
        simpeg({ kodeOpd: '1.18.01' }),
        [{ jenis: 'OPD', nilai_mskp: '1.11.01', nilai_simpeg: '1.18.01' }],
      ],
      [
        'no OPD in M-SKP',
        mskp({ kode_opd: null }),
        simpeg(),
        [{ jenis: 'OPD', nilai_mskp: null, nilai_simpeg: '1.11.01' }],
      ],
    ],
    [['spaces around the code', mskp({ kode_opd: '1.11.01 ' }), simpeg({ kodeOpd: ' 1.11.01' }), []]],
  ],
  [
    'PENUGASAN',
    [
      [
        'a PLH in SIMPEG that M-SKP lacks',
        mskp(),
        simpeg({
          penugasan: penugasanSimpeg({
            jabatanId: '1.11.01-02',
            jenis: 'PLH',
            tmtMulai: '2026-03-02',
            tmtAkhir: '2026-03-06',
          }),
        }),
        [{ jenis: 'PENUGASAN', nilai_mskp: null, nilai_simpeg: 'PLH 1.11.01-02, TMT 2026-03-02 s.d. 2026-03-06' }],
      ],
      [
        'a PLT in M-SKP that SIMPEG lacks',
        mskp(),
        simpeg({ penugasan: simpeg().penugasan.slice(0, 2) }),
        [{ jenis: 'PENUGASAN', nilai_mskp: 'PLT 1.11.01-05, TMT 2025-02-01 s.d. 2025-05-31', nilai_simpeg: null }],
      ],
      [
        'the PLT ended on another day',
        mskp(),
        simpeg({
          penugasan: [
            ...simpeg().penugasan.slice(0, 2),
            { jabatanId: '1.11.01-05', jenis: 'PLT', tmtMulai: '2025-02-01', tmtAkhir: '2025-06-30' },
          ],
        }),
        [
          {
            jenis: 'PENUGASAN',
            nilai_mskp: 'PLT 1.11.01-05, TMT 2025-02-01 s.d. 2025-05-31',
            nilai_simpeg: 'PLT 1.11.01-05, TMT 2025-02-01 s.d. 2025-06-30',
          },
        ],
      ],
      [
        'the same post as PLT in SIMPEG, PLH in M-SKP',
        mskp({
          penugasan: [
            ...mskp().penugasan.slice(0, 2),
            { kode_jabatan: '1.11.01-05', jenis: 'PLH', tmt_mulai: '2025-02-01', tmt_akhir: '2025-05-31' },
          ],
        }),
        simpeg(),
        [
          { jenis: 'PENUGASAN', nilai_mskp: 'PLH 1.11.01-05, TMT 2025-02-01 s.d. 2025-05-31', nilai_simpeg: null },
          { jenis: 'PENUGASAN', nilai_mskp: null, nilai_simpeg: 'PLT 1.11.01-05, TMT 2025-02-01 s.d. 2025-05-31' },
        ],
      ],
    ],
    [
      [
        'dates as the database hands them over (Date, day-first text, timestamp) and codes in lower case',
        mskp({
          penugasan: [
            {
              kode_jabatan: '1.11.01-10',
              jenis: 'UTAMA',
              tmt_mulai: new Date('2019-01-02T00:00:00Z'),
              tmt_akhir: '30-06-2022',
            },
            { kode_jabatan: '1.11.01-03', jenis: 'UTAMA', tmt_mulai: '2022-07-01T00:00:00.000Z' },
            { kode_jabatan: '1.11.01-05', jenis: 'PLT', tmt_mulai: '01/02/2025', tmt_akhir: '2025-05-31' },
          ],
        }),
        simpeg(),
        [],
      ],
      ['the same assignments in another order', mskp({ penugasan: [...mskp().penugasan].reverse() }), simpeg(), []],
      [
        'a PJ in M-SKP (SIMPEG has no PJ) is not compared',
        mskp({
          penugasan: [
            ...mskp().penugasan,
            { kode_jabatan: '1.11.01-01', jenis: 'PJ', tmt_mulai: '2026-01-05', tmt_akhir: null },
          ],
        }),
        simpeg(),
        [],
      ],
    ],
  ],
])('%s', (jenis, menemukan, nyaris) => {
  test.each(menemukan)('finds: %s', (_, m, s, diharapkan) => {
    const hasil = selisihPegawai(m, s, pemetaan);
    expect(hasil).toEqual(diharapkan.map((d) => ({ nip: NIP, ...d })));
    expect(hasil.map((h) => h.jenis)).toContain(jenis);
  });
  test.each(nyaris)('near miss, no %s: %s', (_, m, s, diharapkan) => {
    const hasil = selisihPegawai(m, s, pemetaan);
    expect(hasil).toEqual(diharapkan.map((d) => ({ nip: NIP, ...d })));
    expect(hasil.map((h) => h.jenis)).not.toContain(jenis);
  });
});

describe('the field mapping (config/kebijakan/pemetaan-simpeg.json) decides where values are read', () => {
  const lain: PemetaanSimpeg = {
    ...pemetaan,
    opd: { sumber: 'kodeOpd', kode: { 'OPD-KOMINFO': '1.11.01' } },
    jabatan: { sumber: 'unorId', kode: { 'J-3': '1.11.01-03' } },
    golongan: { sumber: 'golRuangAkhir' },
  };
  test('codes translated by the tables, golongan read from its label, post from unorId', () => {
    const s = simpeg({ kodeOpd: 'OPD-KOMINFO', unorId: 'j-3', golRuangAkhirId: null, golRuangAkhir: 'IV/a' });
    expect(petakanPegawaiSimpeg(s, lain)).toMatchObject({
      kode_opd: '1.11.01',
      kode_jabatan: '1.11.01-03',
      golongan: '41',
    });
    expect(selisihPegawai(mskp(), s, lain)).toEqual([]);
  });
  test('the same record through the repository mapping: the untranslated codes differ', () => {
    const s = simpeg({ kodeOpd: 'OPD-KOMINFO', golRuangAkhirId: null });
    expect(selisihPegawai(mskp(), s, pemetaan).map((h) => h.jenis)).toEqual(['GOLONGAN', 'OPD']);
  });
});

describe('a known set of differences → the known counts', () => {
  const nip = (n: number) => `19800303200501100${n}`;
  const orang = (n: number, kodeOpd: string) => ({
    m: mskp({ nip: nip(n), kode_opd: kodeOpd }),
    s: simpeg({ nipBaru: nip(n), kodeOpd }),
  });
  // 6 pegawai of two OPD, each side as the other but for these changes
  const a = orang(1, '1.11.01');
  const b = orang(2, '1.11.01');
  const c = orang(3, '1.18.01');
  const d = orang(4, '1.18.01');
  const e = orang(5, '1.11.01'); // only in M-SKP
  const f = orang(6, '1.18.01'); // only in SIMPEG
  b.s.golRuangAkhirId = '42'; // GOLONGAN
  b.s.statusPegawai = 'CUTI'; // JENIS_ASN_STATUS
  c.s.nama = 'Bambang S.'; // NAMA_GELAR
  c.s.penugasan = c.s.penugasan.slice(0, 2); // PENUGASAN (PLT missing)
  d.s.kodeOpd = '1.11.01'; // OPD (counted where M-SKP has him: 1.18.01)
  const mskpSemua = [a.m, b.m, c.m, d.m, e.m];
  const simpegSemua = [f.s, a.s, b.s, c.s, d.s];
  const selisih = selisihSemua(mskpSemua, simpegSemua, pemetaan);
  const opdPegawai = new Map<string, string | null>([
    ...mskpSemua.map((p) => [p.nip, p.kode_opd] as const),
    [f.s.nipBaru, f.s.kodeOpd],
  ]);

  test('one difference per change, M-SKP order then SIMPEG-only', () => {
    expect(selisih.map((s) => [s.nip, s.jenis])).toEqual([
      [nip(2), 'GOLONGAN'],
      [nip(2), 'JENIS_ASN_STATUS'],
      [nip(3), 'NAMA_GELAR'],
      [nip(3), 'PENUGASAN'],
      [nip(4), 'OPD'],
      [nip(5), 'TIDAK_ADA_DI_SIMPEG'],
      [nip(6), 'TIDAK_ADA_DI_MSKP'],
    ]);
  });

  test('counts for the city (every jenis present) and per OPD', () => {
    const r = ringkasanSelisih(selisih, opdPegawai);
    expect(r).toMatchObject({ kode_opd: null, jumlah: 7, pegawai: 5 });
    expect(Object.keys(r.ringkasan)).toEqual([...JENIS_SELISIH]);
    expect(r.ringkasan).toEqual({
      TIDAK_ADA_DI_MSKP: 1,
      TIDAK_ADA_DI_SIMPEG: 1,
      NAMA_GELAR: 1,
      GOLONGAN: 1,
      JENIS_ASN_STATUS: 1,
      JABATAN: 0,
      OPD: 1,
      PENUGASAN: 1,
    });
    expect(r.per_opd.map((o) => [o.kode_opd, o.jumlah, o.pegawai])).toEqual([
      ['1.11.01', 3, 2],
      ['1.18.01', 4, 3],
    ]);
    expect(r.per_opd[1].ringkasan).toMatchObject({
      NAMA_GELAR: 1,
      PENUGASAN: 1,
      OPD: 1,
      TIDAK_ADA_DI_MSKP: 1,
      GOLONGAN: 0,
    });
  });

  test('a pegawai without OPD is counted last, under null', () => {
    const r = ringkasanSelisih(selisih, new Map([[nip(2), '1.11.01']]));
    expect(r.per_opd.map((o) => [o.kode_opd, o.jumlah])).toEqual([
      ['1.11.01', 2],
      [null, 5],
    ]);
  });

  test('no difference: zero counts, no OPD rows', () => {
    expect(ringkasanSelisih([], opdPegawai)).toMatchObject({ jumlah: 0, pegawai: 0, per_opd: [] });
  });

  test.each([
    [{}, 7],
    [{ kode_opd: '1.11.01' }, 3],
    [{ kode_opd: '1.18.01', jenis: ['PENUGASAN', 'OPD'] as const }, 2],
    [{ jenis: ['GOLONGAN'] as const }, 1],
    [{ kode_opd: '9.99.99' }, 0],
  ])('filter %j → %i', (saringan, n) => {
    expect(saringSelisih(selisih, opdPegawai, saringan)).toHaveLength(n);
  });
});

describe('bacaSaringanSelisih (the query of the monitor)', () => {
  test.each([
    [{}, {}],
    [{ kode_opd: ' 1.11.01 ' }, { kode_opd: '1.11.01' }],
    [{ jenis: 'golongan,OPD' }, { jenis: ['GOLONGAN', 'OPD'] }],
    [{ jenis: ['PENUGASAN', 'PENUGASAN', ''] }, { jenis: ['PENUGASAN'] }],
    [{ kode_opd: '', jenis: '' }, {}],
  ])('%j → %j', (q, s) => {
    expect(bacaSaringanSelisih(q)).toEqual(s);
  });
  test('an unknown jenis is refused naming it and the field', () => {
    let g: unknown;
    try {
      bacaSaringanSelisih({ jenis: 'GOLONGAN,PANGKAT' });
    } catch (e) {
      g = e;
    }
    expect(g).toBeInstanceOf(GalatMskp);
    expect(g).toMatchObject({ status: 400, kode: 'JENIS_SELISIH_TIDAK_DIKENAL', field: 'jenis' });
    expect((g as Error).message).toMatch(/jenis "PANGKAT" tidak dikenal; pilih salah satu dari TIDAK_ADA_DI_MSKP/);
  });
});
