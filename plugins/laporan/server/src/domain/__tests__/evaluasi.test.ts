import {
  barisHasilEvaluasi,
  barisOrganisasiAtasan,
  barisPenutup,
  barisPredikat,
  bulanPeriode,
  judulEvaluasi,
  KOLOM_HASIL_EVALUASI,
  KOLOM_PERILAKU_EVALUASI,
  namaBerkasEvaluasi,
  namaRating,
  teksIkiEvaluasi,
  teksJenisPeriode,
  teksPeriodePenilaian,
  teksPredikatOrganisasi,
  teksRating,
  teksRealisasiEvaluasi,
  teksRhkEvaluasi,
  umpanBalikPerilaku,
  umpanBalikPerilakuEvaluasi,
  umpanBalikRhk,
  TANDA_PLT,
  type EvaluasiCetak,
  type RhkEvaluasiCetak,
} from '../evaluasi';

const RATING = [
  { kode: 1, nama: 'Di Atas Ekspektasi' },
  { kode: 2, nama: 'Sesuai Ekspektasi' },
  { kode: 3, nama: 'Di Bawah Ekspektasi' },
];
const ORGANISASI = [
  { kode: 'ISTIMEWA', nama: 'Istimewa' },
  { kode: 'BAIK', nama: 'Baik' },
];
const ev = (o: Partial<EvaluasiCetak> = {}): EvaluasiCetak => ({
  periode_jenis: 'BULANAN',
  periode: 10,
  konteks: 'DEFINITIF',
  rating_hasil: 2,
  rating_perilaku: 1,
  perilaku_source: 'DEFINITIF',
  predikat: { kode: 2, nama: 'Baik' },
  umpan_balik_perilaku: [{ kode: 'AKUNTABEL', umpan_balik: ' Tepat waktu ' }],
  ...o,
});
const teks = (baris: { content: string }[][]) => baris.map((b) => b.map((s) => s.content));

describe('names, periods, titles', () => {
  test.each<[number | null, string]>([
    [10, 'evaluasi_199004042015031004_2026-10.pdf'],
    [3, 'evaluasi_199004042015031004_2026-03.pdf'],
    [null, 'evaluasi_199004042015031004_2026-tahunan.pdf'],
  ])('file name for bulan %p', (b, nama) => expect(namaBerkasEvaluasi('199004042015031004', 2026, b)).toBe(nama));

  test.each<[Parameters<typeof bulanPeriode>, number[]]>([
    [['BULANAN', 10, 2026, '2026-01-01', '2026-12-31', '2026-11-28'], [10]],
    [
      ['TRIWULAN', 3, 2026, '2026-01-01', '2026-12-31', '2026-11-28'],
      [7, 8, 9],
    ],
    [
      ['TAHUNAN', 0, 2026, '2026-01-01', '2026-12-31', '2026-11-28'],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ],
    [
      ['TAHUNAN', 0, 2026, '2026-03-15', '2026-06-30', '2027-02-01'],
      [3, 4, 5, 6],
    ],
    [['TAHUNAN', 0, 2027, '2027-05-01', '2027-12-31', '2026-11-28'], [5]],
  ])('bulanPeriode(%j) → %j', (a, b) => expect(bulanPeriode(...a)).toEqual(b));

  test.each<[Parameters<typeof teksJenisPeriode>, string]>([
    [['BULANAN', 10, 2026], 'BULANAN: OKTOBER 2026'],
    [['TRIWULAN', 3, 2026], 'TRIWULAN III 2026'],
    [['TAHUNAN', 0, 2026], 'TAHUNAN 2026'],
  ])('teksJenisPeriode %j', (a, s) => expect(teksJenisPeriode(...a)).toBe(s));

  test('titles: periodic vs annual, approach and kind lines', () => {
    expect(judulEvaluasi('JA', null, 'BULANAN', 10, 2026)).toEqual([
      'EVALUASI KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PERIODE: BULANAN: OKTOBER 2026',
    ]);
    const t = judulEvaluasi('JPT', 'KUALITATIF', 'TAHUNAN', 0, 2026);
    expect(t[0]).toBe('DOKUMEN EVALUASI KINERJA PEGAWAI');
    expect(t[1]).toBe('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(t[2]).toMatch(/PIMPINAN TINGGI/);
  });

  test('period clipped to the SKP period', () => {
    expect(teksPeriodePenilaian(2026, [10], '2026-01-01', '2026-12-31')).toBe('1 Oktober 2026 s.d. 31 Oktober 2026');
    expect(teksPeriodePenilaian(2026, [7, 8, 9], '2026-08-10', '2026-12-31')).toBe(
      '10 Agustus 2026 s.d. 30 September 2026',
    );
    expect(teksPeriodePenilaian(2026, [2], '2026-01-01', '2026-02-20')).toBe('1 Februari 2026 s.d. 20 Februari 2026');
  });
});

describe('ratings, predikat, umpan balik', () => {
  test('namaRating', () => {
    expect(namaRating(1, RATING)).toBe('Di Atas Ekspektasi');
    expect(namaRating(7, RATING)).toBe('7');
    expect(namaRating(null, RATING)).toBe('-');
  });

  test('predikat lines: none → Belum dinilai; ratings; Plt-rated perilaku marked in the definitive context only', () => {
    expect(barisPredikat(null, RATING)).toEqual(['PREDIKAT KINERJA PEGAWAI: Belum dinilai']);
    expect(barisPredikat(ev(), RATING)).toEqual([
      'PREDIKAT KINERJA PEGAWAI: Baik',
      'Rating hasil kerja: Sesuai Ekspektasi; rating perilaku kerja: Di Atas Ekspektasi.',
    ]);
    expect(barisPredikat(ev({ perilaku_source: 'PLT' }), RATING)[1]).toBe(
      `Rating hasil kerja: Sesuai Ekspektasi; rating perilaku kerja: Di Atas Ekspektasi ${TANDA_PLT}.`,
    );
    expect(barisPredikat(ev({ perilaku_source: 'PLT', konteks: 'PLT' }), RATING)[1]).not.toContain(TANDA_PLT);
    expect(teksRating(ev({ perilaku_source: 'PLT' }), RATING)).toEqual({
      hasil: 'RATING HASIL KERJA: Sesuai Ekspektasi',
      perilaku: `RATING PERILAKU KERJA: Di Atas Ekspektasi ${TANDA_PLT}`,
    });
  });

  test('umpan balik per core value: trimmed, empty ones left out, marked when from the Plt evaluation', () => {
    expect(
      umpanBalikPerilaku(
        [
          { kode: 'A', umpan_balik: ' x ' },
          { kode: 'B', umpan_balik: '  ' },
        ],
        false,
      ),
    ).toEqual({ A: 'x' });
    expect(umpanBalikPerilaku([{ kode: 'A', umpan_balik: 'x' }], true)).toEqual({ A: `x\n${TANDA_PLT}` });
    expect(umpanBalikPerilaku(null, false)).toEqual({});
  });

  test("the definitive evaluation with a Plt-rated perilaku prints the Plt evaluation's umpan balik of the same period", () => {
    const def = ev({ perilaku_source: 'PLT', umpan_balik_perilaku: [{ kode: 'A', umpan_balik: 'dari definitif' }] });
    const plt = ev({
      konteks: 'PLT',
      perilaku_source: 'PLT',
      umpan_balik_perilaku: [{ kode: 'K', umpan_balik: 'dari Plt' }],
    });
    const pltLain = ev({ konteks: 'PLT', periode: 9, umpan_balik_perilaku: [{ kode: 'Z', umpan_balik: 'lain' }] });
    expect(umpanBalikPerilakuEvaluasi(def, [pltLain, def, plt])).toEqual({ K: `dari Plt\n${TANDA_PLT}` });
    expect(umpanBalikPerilakuEvaluasi(def, [def])).toEqual({ A: `dari definitif\n${TANDA_PLT}` });
    expect(umpanBalikPerilakuEvaluasi(plt, [def, plt])).toEqual({ K: 'dari Plt' });
    expect(umpanBalikPerilakuEvaluasi(ev(), [])).toEqual({ AKUNTABEL: 'Tepat waktu' });
    expect(umpanBalikPerilakuEvaluasi(null, [])).toEqual({});
  });

  test('umpan balik of an RHK by its id', () => {
    const e = {
      umpan_balik_rhk: [
        { rhk_id: 'r1', umpan_balik: ' bagus ' },
        { rhk_id: 'r2', umpan_balik: '' },
      ],
    };
    expect(umpanBalikRhk(e, 'r1')).toBe('bagus');
    expect(umpanBalikRhk(e, 'r2')).toBeNull();
    expect(umpanBalikRhk(e, 'r3')).toBeNull();
    expect(umpanBalikRhk(null, 'r1')).toBeNull();
  });

  test('organisation predikat: name and status, none → "-"', () => {
    expect(teksPredikatOrganisasi({ predikat: 'BAIK', status: 'FINAL' }, ORGANISASI)).toBe('Baik (final)');
    expect(teksPredikatOrganisasi({ predikat: 'ISTIMEWA', status: 'DRAFT' }, ORGANISASI)).toBe('Istimewa (draf)');
    expect(teksPredikatOrganisasi({ predikat: 'KURANG', status: 'DRAFT' }, ORGANISASI)).toBe('KURANG (draf)');
    expect(teksPredikatOrganisasi(null, ORGANISASI)).toBe('-');
  });

  test('closing lines: capaian, predikat, angka kredit of an annual JF evaluation only', () => {
    expect(barisPenutup(ev({ capaian: 87.5 }))).toEqual([
      'CAPAIAN KINERJA PERIODE INI: 87,5%',
      'PREDIKAT KINERJA PEGAWAI: Baik',
    ]);
    expect(barisPenutup(ev({ angka_kredit: 6.25 }))).toEqual(['PREDIKAT KINERJA PEGAWAI: Baik']);
    expect(barisPenutup(ev({ periode_jenis: 'TAHUNAN', periode: 0, angka_kredit: 6.25 }))).toEqual([
      'PREDIKAT KINERJA PEGAWAI: Baik',
      'PEROLEHAN ANGKA KREDIT (JABATAN FUNGSIONAL): 6,25',
    ]);
  });
});

describe('tables', () => {
  test('column shares add up to 1', () => {
    for (const k of [KOLOM_HASIL_EVALUASI, KOLOM_PERILAKU_EVALUASI])
      expect(k.reduce((a, x) => a + x.lebar, 0)).toBeCloseTo(1, 6);
  });

  test('organisation capaian over five rows beside the atasan penilai with "Plt." and grouped NIP', () => {
    const b = barisOrganisasiAtasan(
      'Baik (final)',
      {
        nama: 'Budi',
        nip: '197001012000031001',
        golongan: '41',
        jabatan: 'Kepala Dinas',
        unit: 'Diskominfo',
        sebagai: 'PLT',
      },
      [{ kode: '41', label: 'IV/a', pangkat: 'Pembina' }],
    );
    expect(b).toHaveLength(5);
    expect(b[0][0]).toMatchObject({ content: 'Baik (final)', colSpan: 3, rowSpan: 5 });
    expect(teks(b.map((r, i) => (i === 0 ? r.slice(1) : r)))).toEqual([
      ['1', 'NAMA', 'Budi'],
      ['2', 'NIP', '19700101 200003 1 001'],
      ['3', 'PANGKAT/GOL. RUANG', 'Pembina, IV/a'],
      ['4', 'JABATAN', 'Plt. Kepala Dinas'],
      ['5', 'UNIT KERJA', 'Diskominfo'],
    ]);
    expect(
      barisOrganisasiAtasan('-', null)[0]
        .slice(1)
        .map((s) => s.content),
    ).toEqual(['1', 'NAMA', '-']);
  });

  test('RHK and IKI cells by kind', () => {
    const r = {
      uraian: 'Layanan data terkelola',
      perspektif: 'PROSES_BISNIS',
      rhk_atasan: { uraian: 'Tata kelola data kota' },
    };
    expect(teksRhkEvaluasi(r, 'JA')).toBe('Layanan data terkelola\nIntervensi RHK pimpinan: Tata kelola data kota');
    expect(teksRhkEvaluasi(r, 'JPT')).toBe('Layanan data terkelola\nPerspektif: Proses Bisnis');
    expect(teksRhkEvaluasi({ uraian: ' ', rhk_atasan: null }, 'JF')).toBe('-');
    const iki = [
      { uraian: 'Dataset terbit', aspek: 'KUANTITAS', target: '12', satuan: 'dataset' },
      { uraian: 'dataset terbit', target: '12', satuan: 'dataset', disembunyikan: true },
    ];
    expect(teksIkiEvaluasi(iki, 'JA')).toBe('- Dataset terbit [Kuantitas]: 12 dataset');
    expect(teksIkiEvaluasi(iki, 'JPT')).toBe('- Dataset terbit: 12 dataset');
    expect(teksIkiEvaluasi([], 'JA')).toBe('-');
  });

  test('realisasi cell: periodic per renaksi with month names for a quarter; annual per month with the mean', () => {
    const renaksi = [
      { uraian: 'Rekap tiket', satuan: 'rekap', target: 2, realisasi: 2, capaian: 100, status: 'DIHITUNG' as const },
      {
        uraian: 'Laporan',
        satuan: 'laporan',
        target: 4,
        realisasi: null,
        capaian: 0,
        status: 'NOL_LEWAT_BATAS' as const,
      },
      {
        uraian: 'Tanpa target',
        satuan: 'x',
        target: null,
        realisasi: null,
        capaian: null,
        status: 'TANPA_TARGET' as const,
      },
    ];
    expect(teksRealisasiEvaluasi([{ bulan: 10, capaian: 50, renaksi }], false)).toBe(
      '- Rekap tiket: 2 dari 2 rekap (100%)\n- Laporan: belum ada realisasi (0% (lewat batas input))\nCapaian RHK: 50%',
    );
    expect(
      teksRealisasiEvaluasi(
        [
          { bulan: 7, capaian: 100, renaksi: renaksi.slice(0, 1) },
          { bulan: 8, capaian: null, renaksi: [] },
        ],
        false,
      ),
    ).toBe(
      'Juli:\n- Rekap tiket: 2 dari 2 rekap (100%)\nAgustus:\n- tidak ada rencana aksi bertarget\nCapaian RHK: 100%',
    );
    expect(
      teksRealisasiEvaluasi(
        [
          { bulan: 1, capaian: 100, renaksi },
          { bulan: 2, capaian: 75, renaksi },
          { bulan: 3, capaian: null, renaksi },
        ],
        true,
      ),
    ).toBe('Capaian RHK per bulan: Jan 100%; Feb 75%; Mar -\nRata-rata: 87,5%');
  });

  test('HASIL KERJA rows: sections, one row per RHK with its umpan balik, "-" for an empty section', () => {
    const rhk: RhkEvaluasiCetak[] = [
      {
        jenis: 'UTAMA',
        uraian: 'A1',
        iki: [],
        bulan: [{ bulan: 10, capaian: 90, renaksi: [] }],
        umpan_balik: 'Baik sekali',
      },
      { jenis: 'UTAMA', uraian: 'A2', iki: [], bulan: [], umpan_balik: null },
    ];
    const b = barisHasilEvaluasi(rhk, 'JA', false);
    expect(teks(b)).toEqual([
      ['A. UTAMA'],
      ['1', 'A1', '-', '- tidak ada rencana aksi bertarget\nCapaian RHK: 90%', 'Baik sekali'],
      ['2', 'A2', '-', 'Capaian RHK: -', '-'],
      ['B. TAMBAHAN'],
      ['-', '-'],
    ]);
    expect(b[0][0]).toMatchObject({ colSpan: KOLOM_HASIL_EVALUASI.length, gaya: 'bagian' });
  });
});
