import {
  angka,
  persen,
  namaBerkasBulanan,
  periodeBulan,
  skpMencakupBulan,
  judulBulanan,
  teksCapaian,
  teksRealisasi,
  teksBukti,
  teksRhk,
  barisHasilBulanan,
  barisPerilakuBulanan,
  barisRingkasan,
  barisBawahan,
  KOLOM_HASIL_BULANAN,
  KOLOM_PERILAKU_BULANAN,
  KOLOM_BAWAHAN,
  type RenaksiCetak,
  type RhkBulanCetak,
} from '../skp-bulanan';

const teks = (baris: { content: string }[][]) => baris.map((b) => b.map((s) => s.content));

describe('angka / persen', () => {
  test.each<[number | null | undefined, string]>([
    [0, '0'],
    [3, '3'],
    [87.5, '87,5'],
    [75.125, '75,13'],
    [1.005, '1,01'],
    [1234567.8, '1.234.567,8'],
    [1000, '1.000'],
    [-2.5, '-2,5'],
    [null, '-'],
    [undefined, '-'],
    [Number.NaN, '-'],
  ])('%p → %p', (n, s) => expect(angka(n)).toBe(s));
  test('persen', () => {
    expect(persen(100)).toBe('100%');
    expect(persen(66.667)).toBe('66,67%');
    expect(persen(null)).toBe('-');
  });
});

describe('file name, period, titles', () => {
  test('namaBerkasBulanan pads the month', () => {
    expect(namaBerkasBulanan('199004042015031004', 2027, 3)).toBe('skp-bulanan_199004042015031004_2027-03.pdf');
    expect(namaBerkasBulanan('199004042015031004', 2027, 12)).toBe('skp-bulanan_199004042015031004_2027-12.pdf');
  });
  test.each<[number, number, string | null, string | null, string]>([
    [2027, 3, '2027-01-01', '2027-12-31', '1 Maret 2027 s.d. 31 Maret 2027'],
    [2028, 2, '2028-01-01', '2028-12-31', '1 Februari 2028 s.d. 29 Februari 2028'],
    [2027, 2, '2027-01-01', '2027-12-31', '1 Februari 2027 s.d. 28 Februari 2027'],
    [2027, 3, '2027-03-15', '2027-12-31', '15 Maret 2027 s.d. 31 Maret 2027'],
    [2027, 3, '2027-01-01', '2027-03-20', '1 Maret 2027 s.d. 20 Maret 2027'],
    [2027, 3, null, null, '1 Maret 2027 s.d. 31 Maret 2027'],
  ])('periodeBulan %i-%i within %s..%s', (y, m, a, b, s) => expect(periodeBulan(y, m, a, b)).toBe(s));
  test.each<[number, number, string, string, boolean]>([
    [2027, 3, '2027-01-01', '2027-12-31', true],
    [2027, 3, '2027-03-31', '2027-12-31', true],
    [2027, 3, '2027-04-01', '2027-12-31', false],
    [2027, 3, '2027-01-01', '2027-03-01', true],
    [2027, 3, '2027-01-01', '2027-02-28', false],
  ])('skpMencakupBulan %i-%i %s..%s → %p', (y, m, a, b, hasil) => expect(skpMencakupBulan(y, m, a, b)).toBe(hasil));
  test('judulBulanan by kind', () => {
    expect(judulBulanan('JA', 2027, 3)).toEqual([
      'SASARAN KINERJA PEGAWAI BULANAN',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'BULAN MARET 2027',
    ]);
    expect(judulBulanan('JPT', 2027, 12)[1]).toBe('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(judulBulanan('JPT', 2027, 12)[2]).toBe('BULAN DESEMBER 2027');
  });
});

describe('cells of a renaksi', () => {
  test.each<[RenaksiCetak['status'], number | null, string]>([
    ['DIHITUNG', 75, '75%'],
    ['DIHITUNG', 100, '100%'],
    ['NOL_LEWAT_BATAS', 0, '0%\n(lewat batas input)'],
    ['MENUNGGU', null, 'Menunggu realisasi'],
    ['TANPA_TARGET', null, '-'],
  ])('capaian %s %p → %p', (status, capaian, s) => expect(teksCapaian({ status, capaian })).toBe(s));
  test('realisasi: value, unit and check state; none → "-"', () => {
    expect(teksRealisasi({ realisasi: null, satuan: 'laporan', detail: null })).toBe('-');
    expect(
      teksRealisasi({ realisasi: 3, satuan: 'laporan', detail: { nilai: 3, status: 'UNCHECKED', bukti: [] } }),
    ).toBe('3 laporan\n(belum diperiksa)');
    expect(
      teksRealisasi({ realisasi: 2.5, satuan: 'dokumen', detail: { nilai: 2.5, status: 'CHECKED', bukti: [] } }),
    ).toBe('2,5 dokumen\n(diperiksa)');
  });
  test('bukti: count and names (files and links)', () => {
    expect(teksBukti(null)).toBe('-');
    expect(teksBukti({ nilai: 1, status: 'UNCHECKED', bukti: [] })).toBe('-');
    expect(
      teksBukti({
        nilai: 1,
        status: 'UNCHECKED',
        bukti: [
          { jenis: 'BERKAS', nama: 'laporan.pdf', url: '/api/bukti/1' },
          { jenis: 'TAUTAN', nama: null, url: 'https://drive.example/x' },
        ],
      }),
    ).toBe('2 bukti:\n1. laporan.pdf\n2. https://drive.example/x');
  });
});

const renaksi = (o: Partial<RenaksiCetak>): RenaksiCetak => ({
  id: 'r',
  uraian: 'Renaksi',
  satuan: 'laporan',
  sebagai_rtp: false,
  target: 4,
  realisasi: null,
  capaian: null,
  status: 'MENUNGGU',
  detail: null,
  ...o,
});

describe('teksRhk', () => {
  test('uraian, printed IKI with targets (hidden duplicate left out), RHK figure', () => {
    const r: RhkBulanCetak = {
      jenis: 'UTAMA',
      uraian: 'Aplikasi dinas terkelola',
      capaian: 87.5,
      renaksi: [],
      iki: [
        { uraian: 'Jumlah aplikasi aktif', target: '12', satuan: 'aplikasi' },
        { uraian: 'jumlah aplikasi aktif', target: '12', satuan: 'aplikasi', disembunyikan: true },
      ],
    };
    expect(teksRhk(r)).toBe(
      'Aplikasi dinas terkelola\nIndikator:\n- Jumlah aplikasi aktif (12 aplikasi)\nCapaian RHK: 87,5%',
    );
    expect(teksRhk({ ...r, iki: [], capaian: null })).toBe('Aplikasi dinas terkelola');
    expect(teksRhk({ ...r, iki: [], capaian: null, umpan_balik: '  Tepat sasaran ' })).toBe(
      'Aplikasi dinas terkelola\nUmpan balik RHK: Tepat sasaran',
    );
    expect(teksRhk({ ...r, iki: [], capaian: null, umpan_balik: ' ' })).toBe('Aplikasi dinas terkelola');
  });
});

describe('barisHasilBulanan', () => {
  const rhk: RhkBulanCetak[] = [
    {
      jenis: 'UTAMA',
      uraian: 'RHK satu',
      iki: [],
      capaian: 75,
      renaksi: [
        renaksi({
          uraian: 'Pantau layanan',
          sebagai_rtp: true,
          target: 4,
          realisasi: 3,
          capaian: 75,
          status: 'DIHITUNG',
          detail: {
            nilai: 3,
            status: 'CHECKED',
            bukti: [{ jenis: 'TAUTAN', nama: 'Laporan', url: 'https://x' }],
            umpan_balik: 'Pertahankan',
          },
        }),
        renaksi({ uraian: 'Tanpa target bulan ini', target: null, status: 'TANPA_TARGET' }),
        renaksi({ uraian: 'Notula', target: 2 }),
      ],
    },
    { jenis: 'UTAMA', uraian: 'RHK dua', iki: [], capaian: null, renaksi: [] },
  ];
  const baris = barisHasilBulanan(rhk);

  test('every row fills the 9 columns; shares add up to 1', () => {
    expect(KOLOM_HASIL_BULANAN.reduce((a, k) => a + k.lebar, 0)).toBeCloseTo(1, 6);
    expect(KOLOM_PERILAKU_BULANAN.reduce((a, k) => a + k.lebar, 0)).toBeCloseTo(1, 6);
    expect(KOLOM_BAWAHAN.reduce((a, k) => a + k.lebar, 0)).toBeCloseTo(1, 6);
    // rows under a spanning RHK cell carry 7 cells; others add up to 9 with spans
    const lebar = (r: { colSpan?: number }[]) => r.reduce((a, s) => a + (s.colSpan ?? 1), 0);
    expect(baris.map(lebar)).toEqual([9, 9, 7, 9, 9, 9]);
  });

  test('sections, RHK spanning its renaksi with a target this month, RTP marker, cells', () => {
    expect(teks(baris)).toEqual([
      ['A. UTAMA'],
      [
        '1',
        'RHK satu\nCapaian RHK: 75%',
        'Pantau layanan',
        'RTP',
        '4 laporan',
        '3 laporan\n(diperiksa)',
        '75%',
        '1 bukti:\n1. Laporan',
        'Pertahankan',
      ],
      ['Notula', '', '2 laporan', '-', 'Menunggu realisasi', '-', '-'],
      ['2', 'RHK dua', 'Tidak ada rencana aksi dengan target pada bulan ini.'],
      ['B. TAMBAHAN'],
      ['-', '-'],
    ]);
    expect(baris[1][0].rowSpan).toBe(2);
    expect(baris[1][1].rowSpan).toBe(2);
    expect(baris[1][3].gaya).toBe('sorot');
    expect(baris[2][1].gaya).toBeUndefined();
    expect(baris[3][0].rowSpan).toBeUndefined();
    expect(baris[0][0].gaya).toBe('bagian');
  });
});

describe('perilaku, summary, Kepala OPD table', () => {
  test('perilaku rows add an umpan balik column, empty unless given', () => {
    const nilai = [
      { kode: 'A', nama: 'Berorientasi Pelayanan', perilaku: ['x', 'y', 'z'] },
      { kode: 'B', nama: 'Akuntabel', perilaku: ['p', 'q', 'r'] },
    ];
    expect(teks(barisPerilakuBulanan(nilai, [{ kode: 'A', ekspektasi: 'Tanggap' }]))).toEqual([
      ['1', 'Berorientasi Pelayanan\n1. x\n2. y\n3. z', 'Tanggap', ''],
      ['2', 'Akuntabel\n1. p\n2. q\n3. r', '-', ''],
    ]);
    expect(barisPerilakuBulanan(nilai, [], { B: 'Baik' })[1][3].content).toBe('Baik');
  });

  test.each<[Parameters<typeof barisRingkasan>[0], string[]]>([
    [
      { tahun: 2027, bulan: 3, capaian: 75, formula: 'representatif', sementara: false, sumber: 'RENCANA_AKSI' },
      ['CAPAIAN KINERJA BULAN MARET 2027: 75%', 'Rumus: rata-rata capaian RHK dari rencana aksinya (representatif).'],
    ],
    [
      {
        tahun: 2024,
        bulan: 1,
        capaian: null,
        formula: 'legacy',
        sementara: true,
        batas_input: '2024-02-10',
        sumber: 'RENCANA_AKSI',
      },
      [
        'CAPAIAN KINERJA BULAN JANUARI 2024: belum ada yang dihitung',
        'Rumus: jumlah realisasi dibanding jumlah target (legacy).',
        'Angka sementara: ada rencana aksi yang belum direalisasikan (batas input 10 Februari 2024).',
      ],
    ],
    [
      {
        tahun: 2027,
        bulan: 3,
        capaian: 90,
        formula: 'representatif',
        sementara: false,
        sumber: 'BAWAHAN_LANGSUNG',
        capaian_sendiri: 80,
        kepala: { dihitung: 2, kosong: 1 },
      },
      [
        'CAPAIAN KINERJA BULAN MARET 2027: 90%',
        'Kepala OPD: rata-rata capaian 2 jabatan bawahan langsung (1 jabatan kosong tidak dihitung); capaian rencana aksi sendiri 80%.',
      ],
    ],
    [
      // a head under the mean rule whose subordinates have no figure this month: his own figure, with the reason
      {
        tahun: 2027,
        bulan: 3,
        capaian: 70,
        formula: 'representatif',
        sementara: false,
        sumber: 'RENCANA_AKSI',
        capaian_sendiri: 70,
        kepala: { dihitung: 0, kosong: 1 },
        alasan: {
          kode: 'BAWAHAN_TANPA_CAPAIAN',
          uraian:
            'Jabatan struktural bawahan langsung kosong atau belum memiliki capaian bulan ini: dipakai capaian rencana aksi sendiri.',
        },
      },
      [
        'CAPAIAN KINERJA BULAN MARET 2027: 70%',
        'Rumus: rata-rata capaian RHK dari rencana aksinya (representatif).',
        'Jabatan struktural bawahan langsung kosong atau belum memiliki capaian bulan ini: dipakai capaian rencana aksi sendiri.',
      ],
    ],
    [
      // not a head: no reason line even when one is given
      {
        tahun: 2027,
        bulan: 3,
        capaian: 70,
        formula: 'representatif',
        sementara: false,
        sumber: 'RENCANA_AKSI',
        alasan: { kode: 'X', uraian: 'tidak dicetak' },
      },
      ['CAPAIAN KINERJA BULAN MARET 2027: 70%', 'Rumus: rata-rata capaian RHK dari rencana aksinya (representatif).'],
    ],
  ])('summary %#', (r, s) => expect(barisRingkasan(r)).toEqual(s));

  test('Kepala OPD subordinates: acting holder prefixed, vacant post', () => {
    expect(
      teks(
        barisBawahan([
          {
            jabatan: { nama: 'Kepala Bidang Aplikasi' },
            pemegang: { nama: 'Agus', sebagai: 'DEFINITIF' },
            capaian: 80,
          },
          {
            jabatan: { nama: 'Kepala Bidang Persandian' },
            pemegang: { nama: 'Hendra', sebagai: 'PLT' },
            capaian: null,
          },
          { jabatan: { nama: 'Sekretaris' }, pemegang: null, capaian: null },
        ]),
      ),
    ).toEqual([
      ['1', 'Kepala Bidang Aplikasi', 'Agus', '80%'],
      ['2', 'Kepala Bidang Persandian', 'Plt. Hendra', '-'],
      ['3', 'Sekretaris', '(kosong)', '-'],
    ]);
    expect(teks(barisBawahan([]))).toEqual([['-', '-', '-', '-']]);
  });
});
