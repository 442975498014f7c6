import {
  perluTeks,
  barisPegawai,
  barisRingkasan,
  barisRekap,
  headerRekap,
  namaBerkasPredikat,
  teksStatusKurva,
  teksBulan,
  type LaporanOpd,
} from '../predikat';

describe('perluTeks (formula-injection guard)', () => {
  test.each([
    ['=SUM(A1)', true],
    ['+62 812', true],
    ['-1', true],
    ['@cmd', true],
    ['\tx', true],
    ['Budi', false],
    ['199004042015031004', false],
    [12, false],
    [null, false],
  ])('%j → %s', (v, hasil) => expect(perluTeks(v)).toBe(hasil));
});

const laporan = (ubah: Partial<LaporanOpd> = {}): LaporanOpd => ({
  opd: { kode_opd: '1.11.01', nama: 'Dinas Komunikasi dan Informatika' },
  periode: { tahun: 2027, bulan: 3 },
  predikat_organisasi: { kode: 'BAIK', nama: 'Baik', sumber: 'DITETAPKAN', status: 'DRAFT', override: null },
  capaian_opd: 92.5,
  n: 6,
  distribusi: [
    { kode: 1, nama: 'Sangat Baik', jumlah: 1, persen: 16.67 },
    { kode: 2, nama: 'Baik', jumlah: 5, persen: 83.33 },
  ],
  aturan: ['Baik ≤ 70%'],
  pelanggaran: [{ aturan: 'Baik ≤ 70%', pesan: 'Baik ≤ 70%: ada 5 dari 6 pegawai, paling banyak 4 orang.' }],
  hanya_peringatan: false,
  blokir: true,
  belum_dinilai: [],
  ...ubah,
});

describe('rows', () => {
  test('pegawai rows: number, NIP, names of ratings and predikat, perilaku source', () => {
    expect(
      barisPegawai([
        {
          nip: '1',
          nama: 'A',
          jabatan: null,
          rating_hasil: { kode: 1, nama: 'Di Atas' },
          rating_perilaku: { kode: 2, nama: 'Sesuai' },
          predikat: { kode: 2, nama: 'Baik' },
          perilaku_source: 'PLT',
        },
      ]),
    ).toEqual([[1, '1', 'A', '', 'Di Atas', 'Sesuai', 'Baik', 'Plt']]);
  });

  test('summary: period text, counts with percentages, rules, violations marked, override last', () => {
    const r = barisRingkasan(
      laporan({
        predikat_organisasi: {
          kode: 'BAIK',
          nama: 'Baik',
          sumber: 'DITETAPKAN',
          status: 'DRAFT',
          override: { alasan: 'Unit baru', oleh: 'admin', waktu: 'w' },
        },
      }),
    );
    expect(r[1].sel).toEqual(['Periode', 'Maret 2027', null, '']);
    expect(r.find((x) => x.sel[0] === 'Baik')!.sel).toEqual(['Baik', 5, 83.33, '']);
    expect(r.filter((x) => x.jenis === 'pelanggaran').map((x) => x.sel[1])).toEqual(['Baik ≤ 70%']);
    expect(r[r.length - 1].sel).toEqual(['Override', 'Unit baru', null, 'admin, w']);
  });

  test.each<[string, Partial<LaporanOpd>, RegExp]>([
    ['blocking', {}, /diblokir/],
    ['warning under the minimum', { hanya_peringatan: true, blokir: false }, /Peringatan: kurang dari 5/],
    ['overridden', { blokir: false }, /override/],
    ['fulfilled', { pelanggaran: [] }, /terpenuhi/],
    [
      'no predikat',
      { predikat_organisasi: { kode: null, nama: null, sumber: 'USULAN', status: 'DRAFT', override: null } },
      /belum ada/,
    ],
  ])('kurva status: %s', (_n, ubah, re) => expect(teksStatusKurva(laporan(ubah))).toMatch(re));

  test('city recap: header with policy names, one row per OPD', () => {
    const pr = [
      { kode: 1, nama: 'Sangat Baik' },
      { kode: 2, nama: 'Baik' },
    ];
    expect(headerRekap(pr)).toEqual([
      'No',
      'Kode OPD',
      'OPD',
      'Predikat Organisasi',
      'Sumber',
      'Status',
      'Pegawai Dinilai',
      'Sangat Baik',
      'Baik',
      'Belum Dinilai',
      'Pelanggaran',
    ]);
    const b = barisRekap(
      [
        {
          opd: { kode_opd: 'x', nama: 'X' },
          predikat_organisasi: { nama: null, sumber: 'USULAN', status: 'DRAFT' },
          n: 3,
          jumlah: { 1: 3 },
          belum_dinilai: 2,
          pelanggaran: [{ aturan: 'A', pesan: 'p' }],
          hanya_peringatan: true,
        },
      ],
      pr,
    );
    expect(b).toEqual([[1, 'x', 'X', '-', 'Usulan', 'DRAFT', 3, 3, 0, 2, 'A (peringatan)']]);
  });

  test('file names and month text', () => {
    expect(namaBerkasPredikat('1.11.01', 2027, 3, 'xlsx')).toBe('laporan-predikat_1.11.01_2027-03.xlsx');
    expect(namaBerkasPredikat(null, 2027, 11, 'pdf')).toBe('laporan-predikat_semua-opd_2027-11.pdf');
    expect(teksBulan(2026, 12)).toBe('Desember 2026');
  });
});
