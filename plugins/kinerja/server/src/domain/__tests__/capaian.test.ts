import {
  bulat,
  capaianTarget,
  capaianTersimpan,
  hitungCapaianPegawai,
  capaianKepalaOpd,
  capaianAkhir,
  jabatanRerataBawahan,
  pakaiRerataBawahan,
  type AturanKepalaRerata,
  type PosPegawai,
  jabatanBawahanKepalaDihitung,
  batasInput,
  lewatBatasInput,
  bulanSudahMulai,
  type AturanCapaian,
  type RhkBulan,
} from '../capaian';

describe('bulat: half-up to 2 decimals', () => {
  test.each([
    [1.005, 1.01],
    [1.004, 1],
    [66.666666, 66.67],
    [33.333333, 33.33],
    [0, 0],
    [100, 100],
    [2.675, 2.68],
    [-1.005, -1.01],
  ])('%p → %p', (x, y) => expect(bulat(x)).toBe(y));
});

describe('capaianTarget: every branch of domain.md §4', () => {
  // [target, realisasi, polaritas, expected raw]
  test.each<[number | { min: number; max: number }, number, 'NAIK' | 'TURUN', number]>([
    // NAIK single
    [10, 5, 'NAIK', 50],
    [10, 10, 'NAIK', 100],
    [10, 15, 'NAIK', 150],
    [10, 0, 'NAIK', 0],
    // TURUN single: (2t − r)/t, floored at 0
    [10, 5, 'TURUN', 150],
    [10, 10, 'TURUN', 100],
    [10, 15, 'TURUN', 50],
    [10, 20, 'TURUN', 0],
    [10, 30, 'TURUN', 0],
    // target 0
    [0, 0, 'NAIK', 0],
    [0, 3, 'NAIK', 100],
    [0, 0, 'TURUN', 100],
    [0, 1, 'TURUN', 0],
    // range NAIK: r ≥ b → 100; a < r < b → r/b; else r/a
    [{ min: 80, max: 90 }, 95, 'NAIK', 100],
    [{ min: 80, max: 90 }, 90, 'NAIK', 100],
    [{ min: 80, max: 90 }, 85, 'NAIK', (85 / 90) * 100],
    [{ min: 80, max: 90 }, 80, 'NAIK', 100],
    [{ min: 80, max: 90 }, 40, 'NAIK', 50],
    [{ min: 0, max: 10 }, 0, 'NAIK', 0],
    [{ min: 0, max: 10 }, 5, 'NAIK', 50],
    // range TURUN (M-SKP rule): r ≤ b → 100; else TURUN on b
    [{ min: 2, max: 4 }, 1, 'TURUN', 100],
    [{ min: 2, max: 4 }, 4, 'TURUN', 100],
    [{ min: 2, max: 4 }, 6, 'TURUN', 50],
    [{ min: 2, max: 4 }, 9, 'TURUN', 0],
  ])('target %j, realisasi %p, %s → %p', (t, r, p, hasil) => expect(capaianTarget(t, r, p)).toBeCloseTo(hasil, 10));

  test('stored values: raw kept above the cap, capaian capped, both rounded', () => {
    expect(capaianTersimpan(3, 4, 'NAIK', 100)).toEqual({ mentah: 133.33, capaian: 100 });
    expect(capaianTersimpan(3, 2, 'NAIK', 100)).toEqual({ mentah: 66.67, capaian: 66.67 });
    expect(capaianTersimpan(3, 4, 'NAIK', 120)).toEqual({ mentah: 133.33, capaian: 120 });
  });
});

const aturan = (x: Partial<AturanCapaian> = {}): AturanCapaian => ({
  formula: 'representatif',
  batas: 100,
  sertakanTambahan: false,
  lewatBatas: true,
  ...x,
});
const rk = (id: string, target: number | null, realisasi: number | null, polaritas: 'NAIK' | 'TURUN' = 'NAIK') => ({
  id,
  target,
  realisasi,
  polaritas,
});

describe('hitungCapaianPegawai: representatif', () => {
  const data: RhkBulan[] = [
    // RHK 1: one over-achieved (capped at 100) and one missed → (100 + 50) / 2 = 75
    { id: 'r1', jenis: 'UTAMA', renaksi: [rk('a', 4, 8), rk('b', 100, 50)] },
    // RHK 2: one renaksi without a target this month (not counted) → 90
    { id: 'r2', jenis: 'UTAMA', renaksi: [rk('c', 10, 9), rk('d', null, null)] },
    // RHK 3 TAMBAHAN: excluded by default
    { id: 'r3', jenis: 'TAMBAHAN', renaksi: [rk('e', 1, 0)] },
  ];

  test('mean of RHK UTAMA means; capped renaksi; months without target not counted', () => {
    const h = hitungCapaianPegawai(data, aturan());
    expect(h.capaian).toBe(82.5);
    expect(h.formula).toBe('representatif');
    expect(h.sementara).toBe(false);
    expect(h.rhk.map((r) => [r.id, r.capaian, r.dihitung])).toEqual([
      ['r1', 75, true],
      ['r2', 90, true],
      ['r3', 0, false],
    ]);
    expect(h.rhk.map((r) => r.capaian_mentah)).toEqual([125, 90, 0]); // (200 + 50) / 2: raw, uncapped
    expect(h.rhk[0].renaksi[0]).toEqual({
      id: 'a',
      target: 4,
      realisasi: 8,
      capaian_mentah: 200,
      capaian: 100,
      status: 'DIHITUNG',
    });
    expect(h.rhk[1].renaksi[1].status).toBe('TANPA_TARGET');
  });

  test('TAMBAHAN enters when the policy says so', () => {
    expect(hitungCapaianPegawai(data, aturan({ sertakanTambahan: true })).capaian).toBe(55); // (75 + 90 + 0) / 3
  });

  test('missing realisasi: 0 after the deadline, pending (not counted, provisional) before it', () => {
    const d: RhkBulan[] = [{ id: 'r', jenis: 'UTAMA', renaksi: [rk('a', 10, 10), rk('b', 10, null)] }];
    const lewat = hitungCapaianPegawai(d, aturan({ lewatBatas: true }));
    expect(lewat.capaian).toBe(50);
    expect(lewat.rhk[0].renaksi[1].status).toBe('NOL_LEWAT_BATAS');
    const belum = hitungCapaianPegawai(d, aturan({ lewatBatas: false }));
    expect(belum.capaian).toBe(100);
    expect(belum.sementara).toBe(true);
    expect(belum.rhk[0].renaksi[1].status).toBe('MENUNGGU');
  });

  test('nothing planned this month → null, not 0', () => {
    const h = hitungCapaianPegawai([{ id: 'r', jenis: 'UTAMA', renaksi: [rk('a', null, null)] }], aturan());
    expect(h.capaian).toBeNull();
    expect(hitungCapaianPegawai([], aturan()).capaian).toBeNull();
  });

  test('TURUN renaksi use the TURUN formula', () => {
    expect(
      hitungCapaianPegawai([{ id: 'r', jenis: 'UTAMA', renaksi: [rk('a', 10, 15, 'TURUN')] }], aturan()).capaian,
    ).toBe(50);
  });

  test('cap comes from the policy', () => {
    expect(
      hitungCapaianPegawai([{ id: 'r', jenis: 'UTAMA', renaksi: [rk('a', 10, 12)] }], aturan({ batas: 110 })).capaian,
    ).toBe(110);
  });

  test('rounding: the mean is taken over unrounded values, then rounded once', () => {
    // 1/3 → 33.333…, 2/3 → 66.666…, mean 50 exactly (rounded parts would give 50 too, but a third RHK shows it)
    const d: RhkBulan[] = [
      { id: 'x', jenis: 'UTAMA', renaksi: [rk('a', 3, 1)] },
      { id: 'y', jenis: 'UTAMA', renaksi: [rk('b', 3, 1)] },
      { id: 'z', jenis: 'UTAMA', renaksi: [rk('c', 3, 2)] },
    ];
    // (33.333… × 2 + 66.666…) / 3 = 44.444… → 44.44 (summing rounded 33.33+33.33+66.67 gives 44.443…)
    expect(hitungCapaianPegawai(d, aturan()).capaian).toBe(44.44);
  });
});

describe('representatif vs legacy on the same data', () => {
  // One big-unit renaksi dominates the legacy sums; the representative formula weighs each action the same.
  const data: RhkBulan[] = [
    { id: 'r1', jenis: 'UTAMA', renaksi: [rk('surat', 1000, 1000), rk('laporan', 1, 0)] },
    { id: 'r2', jenis: 'UTAMA', renaksi: [rk('rapat', 2, 1)] },
  ];

  test('they differ where units differ: legacy hides the missed actions', () => {
    const rep = hitungCapaianPegawai(data, aturan());
    const leg = hitungCapaianPegawai(data, aturan({ formula: 'legacy' }));
    expect(rep.capaian).toBe(50); // RHK1 (100 + 0)/2 = 50, RHK2 50 → 50
    expect(leg.capaian).toBe(bulat((1001 / 1003) * 100)); // 99.8
    expect(leg.formula).toBe('legacy');
    expect(leg.rhk.map((r) => r.capaian)).toEqual([bulat((1000 / 1001) * 100), 50]);
  });

  test('over-achievement: legacy lets it compensate a miss, representatif does not', () => {
    const d: RhkBulan[] = [{ id: 'r', jenis: 'UTAMA', renaksi: [rk('a', 10, 20), rk('b', 10, 0)] }];
    expect(hitungCapaianPegawai(d, aturan({ formula: 'legacy' })).capaian).toBe(100);
    expect(hitungCapaianPegawai(d, aturan()).capaian).toBe(50);
  });

  test('they agree when every renaksi has the same target and none over-achieves', () => {
    const d: RhkBulan[] = [{ id: 'r', jenis: 'UTAMA', renaksi: [rk('a', 10, 5), rk('b', 10, 7)] }];
    expect(hitungCapaianPegawai(d, aturan({ formula: 'legacy' })).capaian).toBe(
      hitungCapaianPegawai(d, aturan()).capaian,
    );
  });

  test('legacy counts TAMBAHAN renaksi too and treats missing realisasi after the deadline as 0', () => {
    const d: RhkBulan[] = [
      { id: 'u', jenis: 'UTAMA', renaksi: [rk('a', 10, 10)] },
      { id: 't', jenis: 'TAMBAHAN', renaksi: [rk('b', 10, null)] },
    ];
    expect(hitungCapaianPegawai(d, aturan({ formula: 'legacy' })).capaian).toBe(50);
  });
});

describe('capaianKepalaOpd', () => {
  test('mean of subordinates, vacant post skipped, PLT figure used', () => {
    const h = capaianKepalaOpd([
      { jabatanId: 1, pemegang: { pegawaiId: 11, sebagai: 'DEFINITIF', capaian: 80 } },
      { jabatanId: 2, pemegang: null },
      { jabatanId: 3, pemegang: { pegawaiId: 12, sebagai: 'PLT', capaian: 95 } },
      { jabatanId: 4, pemegang: { pegawaiId: 13, sebagai: 'DEFINITIF', capaian: null } },
    ]);
    expect(h).toEqual({ capaian: 87.5, dihitung: 2, kosong: 1, jumlah: 4 });
  });
  test('no subordinate with a figure → null', () => {
    expect(capaianKepalaOpd([{ jabatanId: 1, pemegang: null }]).capaian).toBeNull();
  });
  test.each([
    ['JA', 'ADMINISTRATOR', false, true],
    ['JA', 'PENGAWAS', false, true],
    ['JA', 'PELAKSANA', false, false],
    ['JF', 'AHLI_MUDA', false, false],
    ['JF', 'AHLI_MUDA', true, true],
    ['JPT', 'JPT_PRATAMA', true, false],
  ])('%s %s (JF included: %p) → counted %p', (jenis, jenjang, jf, hasil) =>
    expect(jabatanBawahanKepalaDihitung({ jenis, jenjang }, jf)).toBe(hasil),
  );
});

// Issue 10 "Hardening": Lurah capaian is null, so every Lurah's prestasi TPP is 0.
describe('Issue 10 Lurah capaian: who heads under the mean-of-subordinates rule (jabatanRerataBawahan)', () => {
  const bawaan: AturanKepalaRerata = { jenjang: ['JPT_PRATAMA'], jenis_opd: [] };
  const madiun: AturanKepalaRerata = { jenjang: ['JPT_PRATAMA'], jenis_opd: ['KECAMATAN'] };
  const pos = (
    kepala_opd: boolean,
    jenjang: string,
    jenis_opd: string | null,
    jenis_penugasan = 'UTAMA',
    jabatanId: number | string = 1,
  ): PosPegawai => ({ jabatanId, kepala_opd, jenjang, jenis_opd, jenis_penugasan });
  test.each<[string, PosPegawai, boolean, boolean]>([
    // post, default policy (JPT Pratama heading an OPD), Madiun policy (+ Camat)
    ['Kepala Dinas (JPT Pratama heading an OPD)', pos(true, 'JPT_PRATAMA', 'DINAS'), true, true],
    ['Sekretaris DPRD (JPT Pratama heading the Setwan)', pos(true, 'JPT_PRATAMA', 'SEKRETARIAT'), true, true],
    ['Plt Kepala Dinas (acting in the JPT Pratama head post)', pos(true, 'JPT_PRATAMA', 'DINAS', 'PLT'), true, true],
    ['Camat (Administrator heading a Kecamatan)', pos(true, 'ADMINISTRATOR', 'KECAMATAN'), false, true],
    ['Lurah (Pengawas heading a Kelurahan, a sub-unit)', pos(true, 'PENGAWAS', 'KELURAHAN'), false, false],
    ['Plt Lurah', pos(true, 'PENGAWAS', 'KELURAHAN', 'PLT'), false, false],
    ['Sekda (JPT Madya heading the Setda)', pos(true, 'JPT_MADYA', 'SEKRETARIAT'), false, false],
    ['Sekretaris Dinas (Administrator, not a head)', pos(false, 'ADMINISTRATOR', 'DINAS'), false, false],
    ['Kepala Bidang', pos(false, 'ADMINISTRATOR', 'DINAS'), false, false],
    ['Kepala Subbagian', pos(false, 'PENGAWAS', 'DINAS'), false, false],
    ['JF Ahli Muda', pos(false, 'AHLI_MUDA', 'DINAS'), false, false],
    ['Pelaksana', pos(false, 'PELAKSANA', 'KELURAHAN'), false, false],
    ['Asisten (JPT Pratama, not heading an OPD)', pos(false, 'JPT_PRATAMA', 'SEKRETARIAT'), false, false],
  ])('%s → default %p, Madiun %p', (_n, p, hasilBawaan, hasilMadiun) => {
    expect(pakaiRerataBawahan(p, bawaan)).toBe(hasilBawaan);
    expect(pakaiRerataBawahan(p, madiun)).toBe(hasilMadiun);
    expect(jabatanRerataBawahan([p], madiun)?.jabatanId ?? null).toBe(hasilMadiun ? 1 : null);
  });
  test('several posts: the first under the rule, definitive before acting', () => {
    const lurahPltCamat = [
      pos(true, 'ADMINISTRATOR', 'KECAMATAN', 'PLT', 'camat'),
      pos(true, 'PENGAWAS', 'KELURAHAN', 'UTAMA', 'lurah'),
    ];
    expect(jabatanRerataBawahan(lurahPltCamat, madiun)?.jabatanId).toBe('camat');
    expect(jabatanRerataBawahan(lurahPltCamat, bawaan)).toBeNull();
    const kadisPltKadis = [
      pos(true, 'JPT_PRATAMA', 'DINAS', 'PLT', 'lain'),
      pos(true, 'JPT_PRATAMA', 'DINAS', 'UTAMA', 'sendiri'),
    ];
    expect(jabatanRerataBawahan(kadisPltKadis, bawaan)?.jabatanId).toBe('sendiri');
    expect(jabatanRerataBawahan([], bawaan)).toBeNull();
  });
});

describe('Issue 10 Lurah capaian: the final figure and its reason (capaianAkhir)', () => {
  const isi = (capaian: number | null) => ({ pegawaiId: 9, sebagai: 'DEFINITIF', capaian });
  test.each<
    [string, number | null, Parameters<typeof capaianKepalaOpd>[0] | null, number | null, string, string | null]
  >([
    [
      'not a head under the rule (Lurah, JF, Pelaksana…): his own figure, no reason',
      72.5,
      null,
      72.5,
      'RENCANA_AKSI',
      null,
    ],
    ['not a head, no figure yet: null', null, null, null, 'RENCANA_AKSI', null],
    [
      'head with subordinates that have figures: their mean',
      60,
      [
        { jabatanId: 1, pemegang: isi(80) },
        { jabatanId: 2, pemegang: isi(90) },
        { jabatanId: 3, pemegang: null },
      ],
      85,
      'BAWAHAN_LANGSUNG',
      'BAWAHAN_LANGSUNG',
    ],
    [
      'head whose structural posts are all vacant: his own figure',
      60,
      [
        { jabatanId: 1, pemegang: null },
        { jabatanId: 2, pemegang: null },
      ],
      60,
      'RENCANA_AKSI',
      'BAWAHAN_SEMUA_KOSONG',
    ],
    ['head without any structural post below: his own figure', 60, [], 60, 'RENCANA_AKSI', 'BAWAHAN_SEMUA_KOSONG'],
    [
      'head whose subordinates have no figure (some vacant): his own figure',
      60,
      [
        { jabatanId: 1, pemegang: isi(null) },
        { jabatanId: 2, pemegang: null },
      ],
      60,
      'RENCANA_AKSI',
      'BAWAHAN_TANPA_CAPAIAN',
    ],
    [
      'head falls back and has no own figure either: null with the reason',
      null,
      [{ jabatanId: 1, pemegang: isi(null) }],
      null,
      'RENCANA_AKSI',
      'BAWAHAN_TANPA_CAPAIAN',
    ],
  ])('%s', (_n, sendiri, bawahan, capaian, sumber, kode) => {
    const h = capaianAkhir(sendiri, bawahan ? capaianKepalaOpd(bawahan) : null);
    expect([h.capaian, h.sumber, h.alasan?.kode ?? null]).toEqual([capaian, sumber, kode]);
    if (h.alasan) expect(h.alasan.uraian.length).toBeGreaterThan(20);
  });
});

describe('input deadline', () => {
  test.each([
    [2026, 1, 10, '2026-02-10'],
    [2026, 12, 10, '2027-01-10'],
    [2026, 1, 31, '2026-02-28'],
    [2028, 1, 31, '2028-02-29'],
  ])('%p-%p day %p → %s', (th, bl, h, s) => expect(batasInput(th, bl, h)).toBe(s));
  test('after the deadline day, not on it', () => {
    expect(lewatBatasInput(2026, 10, 10, '2026-11-10')).toBe(false);
    expect(lewatBatasInput(2026, 10, 10, '2026-11-11')).toBe(true);
  });
  test('a month can be filled from its first day', () => {
    expect(bulanSudahMulai(2026, 11, '2026-10-31')).toBe(false);
    expect(bulanSudahMulai(2026, 11, '2026-11-01')).toBe(true);
  });
});
