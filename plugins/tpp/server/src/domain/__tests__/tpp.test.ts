import fs from 'fs';
import path from 'path';
import { versiPada } from '@m-skp/inti';
import { PRESENSI_NOL } from '../hitung';
import {
  hitungTpp,
  kelompokGolongan,
  skemaTpp,
  tanggalKebijakanTpp,
  MasukanTppTidakValid,
  type HasilTpp,
  type MasukanTpp,
  type PresensiBulanan,
  type VersiTpp,
} from '../tpp';

/** The policy as shipped (config/kebijakan/tpp.json), each version validated by its schema. */
const berkas = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../../../config/kebijakan/tpp.json'), 'utf8'),
);
const semua: (VersiTpp & { dasar: string })[] = berkas.versi.map((v: any) => ({
  kode: v.kode,
  berlaku_mulai: v.berlaku_mulai,
  dasar: v.dasar,
  nilai: skemaTpp.parse(v.nilai),
}));
const v2025 = semua.find((v) => v.kode === 'perwali-tpp-2025')!;
const v2026 = semua.find((v) => v.kode === 'perwali-tpp-2026')!;
const varian = (ubah: (n: any) => void): VersiTpp => {
  const nilai = structuredClone(v2025.nilai);
  ubah(nilai);
  return { ...v2025, kode: 'uji', nilai: skemaTpp.parse(nilai) };
};

const bersih: PresensiBulanan = { ...PRESENSI_NOL };
/** Kelas 7 (2025: Rp3.350.000), golongan III/b, gaji Rp4.000.000, capaian 100, Baik, clean attendance, March. */
const dasar: MasukanTpp = {
  bulan: 3,
  kelas: 7,
  cpns: false,
  golongan: '32',
  gaji_bpjs: 4_000_000,
  capaian: 100,
  predikat_kode: 2,
  presensi: bersih,
};
const m = (x: Partial<MasukanTpp> & { p?: Partial<PresensiBulanan> } = {}): MasukanTpp => {
  const { p, ...r } = x;
  return { ...dasar, ...r, presensi: { ...bersih, ...(p ?? {}) } };
};

const semuaHasil: HasilTpp[] = [];
const hitung = (x: MasukanTpp, v: VersiTpp = v2025) => {
  const h = hitungTpp(x, v);
  semuaHasil.push(h);
  return h;
};

type Harapan = Partial<Omit<HasilTpp, 'alasan' | 'kebijakan'>> & { kode_alasan?: string[] };
const kasus: [string, MasukanTpp, Harapan, VersiTpp?][] = [
  // 3,350,000: beban 40% 1,340,000, prestasi 60% 2,010,000; BPJS on 7,350,000: 4% 294,000 − 160,000, 1% 73,500 − 40,000; PPh 5% of 3,484,000
  [
    'base: kelas 7, III/b, full month',
    m(),
    {
      tpp_max: 3_350_000,
      belanja_tpp_beban_kerja: 1_340_000,
      belanja_tpp_prestasi_kerja: 2_010_000,
      tunjangan_iuran_jaminan_kesehatan: 134_000,
      potongan_iuran_jaminan_kesehatan: 134_000,
      'iwp_1%': 33_500,
      jumlah_tpp: 3_484_000,
      pph_21: 174_200,
      jumlah_potongan: 341_700,
      jumlah_ditransfer: 3_142_300,
    },
  ],
  [
    'CPNS receives 80% of the ceiling',
    m({ cpns: true }),
    {
      pagu_kelas: 3_350_000,
      tpp_max: 2_680_000,
      belanja_tpp_beban_kerja: 1_072_000,
      belanja_tpp_prestasi_kerja: 1_608_000,
      kode_alasan: ['CPNS'],
    },
  ],
  [
    'PLT: the higher kelas (Plt kelas 9) is used',
    m({ kelas_plt: 9 }),
    {
      kelas_dipakai: 9,
      sumber_kelas: 'PLT',
      tpp_max: 4_150_000,
      belanja_tpp_beban_kerja: 1_660_000,
      belanja_tpp_prestasi_kerja: 2_490_000,
      kode_alasan: ['PLT_KELAS_TERTINGGI'],
    },
  ],
  [
    'PLT: a lower Plt kelas keeps the definitive kelas',
    m({ kelas_plt: 5 }),
    { kelas_dipakai: 7, sumber_kelas: 'DEFINITIF', tpp_max: 3_350_000 },
  ],
  ['PLT and CPNS together', m({ kelas_plt: 9, cpns: true }), { kelas_dipakai: 9, tpp_max: 3_320_000 }],
  [
    'golongan IV (SIASN 41): PPh 15%',
    m({ golongan: '41' }),
    { pph_21: 522_600, jumlah_potongan: 690_100, jumlah_ditransfer: 2_793_900, kode_alasan: ['PPH21_PNS_IV'] },
  ],
  ['golongan IV/e as a label: PPh 15%', m({ golongan: 'IV/e' }), { pph_21: 522_600 }],
  ['golongan III/a as a label: PPh 5%', m({ golongan: 'III/a' }), { pph_21: 174_200 }],
  [
    'golongan II (SIASN 24): PPh 0',
    m({ golongan: '24' }),
    { pph_21: 0, jumlah_potongan: 167_500, jumlah_ditransfer: 3_316_500 },
  ],
  ['golongan I (SIASN 11): PPh 0', m({ golongan: '11' }), { pph_21: 0 }],
  ['PPPK IX: PPh 5% (policy table)', m({ golongan: 'IX' }), { pph_21: 174_200, kode_alasan: ['PPH21_PPPK_IX'] }],
  ['PPPK XIII: PPh 15%', m({ golongan: 'XIII' }), { pph_21: 522_600 }],
  // kelas 15: 13,500,000; gaji 6,000,000 + TPP > 12,000,000 → base 12,000,000: 480,000 − 240,000 and 120,000 − 60,000
  [
    'BPJS ceiling: gaji + TPP above Rp12.000.000',
    m({ kelas: 15, gaji_bpjs: 6_000_000 }),
    { tunjangan_iuran_jaminan_kesehatan: 240_000, 'iwp_1%': 60_000, jumlah_tpp: 13_740_000, pph_21: 687_000 },
  ],
  [
    'BPJS ceiling: salary alone above the ceiling pays nothing more',
    m({ kelas: 15, gaji_bpjs: 13_000_000 }),
    { tunjangan_iuran_jaminan_kesehatan: 0, 'iwp_1%': 0, jumlah_tpp: 13_500_000 },
  ],
  [
    'BPJS: explicit amount already paid by the salary',
    m({ bpjs_sudah_dibayar_gaji: { pemberi_kerja: 100_000, pegawai: 25_000 } }),
    { tunjangan_iuran_jaminan_kesehatan: 194_000, 'iwp_1%': 48_500 },
  ],
  [
    'month 13 (THR): no BPJS',
    m({ bulan: 13 }),
    {
      tunjangan_iuran_jaminan_kesehatan: 0,
      potongan_iuran_jaminan_kesehatan: 0,
      'iwp_1%': 0,
      jumlah_tpp: 3_350_000,
      pph_21: 167_500,
      jumlah_ditransfer: 3_182_500,
      kode_alasan: ['TANPA_BPJS'],
    },
  ],
  [
    'month 14 (gaji-13): no BPJS',
    m({ bulan: 14 }),
    { tunjangan_iuran_jaminan_kesehatan: 0, 'iwp_1%': 0, jumlah_tpp: 3_350_000 },
  ],
  [
    'Sangat Kurang month: prestasi 0',
    m({ predikat_kode: 5 }),
    { belanja_tpp_prestasi_kerja: 0, belanja_tpp_beban_kerja: 1_340_000, kode_alasan: ['PREDIKAT_NOL'] },
  ],
  [
    'Sangat Kurang with capaian 100 is still 0',
    m({ predikat_kode: 5, capaian: 100 }),
    { belanja_tpp_prestasi_kerja: 0 },
  ],
  [
    'no capaian figure: prestasi 0 with a reason',
    m({ capaian: null }),
    { belanja_tpp_prestasi_kerja: 0, capaian_dipakai: null, kode_alasan: ['CAPAIAN_BELUM_ADA'] },
  ],
  [
    'late 1–30 twice: 2 × 0.5% = 1%',
    m({ p: { telat_1_30: 2 } }),
    { persen_potongan_disiplin: 1, belanja_tpp_beban_kerja: 1_326_600, kode_alasan: ['TELAT_1_30'] },
  ],
  [
    'late 31–60 once: 1%',
    m({ p: { telat_31_60: 1 } }),
    { persen_potongan_disiplin: 1, belanja_tpp_beban_kerja: 1_326_600, kode_alasan: ['TELAT_31_60'] },
  ],
  [
    'late 61–90 once: 1.25%',
    m({ p: { telat_61_90: 1 } }),
    { persen_potongan_disiplin: 1.25, belanja_tpp_beban_kerja: 1_323_250, kode_alasan: ['TELAT_61_90'] },
  ],
  [
    'late ≥91 or no record once: 1.5%',
    m({ p: { telat_91_atau_tanpa_rekam: 1 } }),
    { persen_potongan_disiplin: 1.5, belanja_tpp_beban_kerja: 1_319_900, kode_alasan: ['TELAT_91_ATAU_TANPA_REKAM'] },
  ],
  [
    'early leave 1–30 once: 0.5%',
    m({ p: { pulang_cepat_1_30: 1 } }),
    { persen_potongan_disiplin: 0.5, belanja_tpp_beban_kerja: 1_333_300, kode_alasan: ['PULANG_CEPAT_1_30'] },
  ],
  [
    'early leave 31–60, 61–90, ≥91 once each: 3.75%',
    m({ p: { pulang_cepat_31_60: 1, pulang_cepat_61_90: 1, pulang_cepat_91_atau_tanpa_rekam: 1 } }),
    { persen_potongan_disiplin: 3.75, belanja_tpp_beban_kerja: 1_289_750 },
  ],
  [
    'absent without leave 2 days: 6%',
    m({ p: { alpa_hari: 2 } }),
    {
      persen_potongan_disiplin: 6,
      belanja_tpp_beban_kerja: 1_259_600,
      belanja_tpp_prestasi_kerja: 2_010_000,
      kode_alasan: ['ALPA'],
    },
  ],
  [
    'mixed: late 1–30 ×3, 61–90 ×1, absent 1 day: 5.75%',
    m({ p: { telat_1_30: 3, telat_61_90: 1, alpa_hari: 1 } }),
    { persen_potongan_disiplin: 5.75, belanja_tpp_beban_kerja: 1_262_950 },
  ],
  [
    'deductions capped at 100% of beban kerja',
    m({ p: { alpa_hari: 40 } }),
    {
      persen_potongan_disiplin: 100,
      belanja_tpp_beban_kerja: 0,
      belanja_tpp_prestasi_kerja: 2_010_000,
      kode_alasan: ['ALPA', 'POTONGAN_MAKSIMUM'],
    },
  ],
  [
    'active disciplinary sentence: beban kerja 0, prestasi kept',
    m({ p: { hukuman_disiplin_aktif: true, telat_1_30: 4 } }),
    {
      persen_potongan_disiplin: 100,
      belanja_tpp_beban_kerja: 0,
      belanja_tpp_prestasi_kerja: 2_010_000,
      kode_alasan: ['HUKUMAN_DISIPLIN'],
    },
  ],
  ['capaian above 100 is capped', m({ capaian: 130 }), { capaian_dipakai: 100, belanja_tpp_prestasi_kerja: 2_010_000 }],
  [
    'capaian 87.5: linear',
    m({ capaian: 87.5 }),
    { capaian_dipakai: 87.5, belanja_tpp_prestasi_kerja: 1_758_750, kode_alasan: ['CAPAIAN'] },
  ],
  // 2,010,000 × 50.025% = 1,005,502.5 → half up 1,005,503 (half-even would give …502)
  ['rounding half up at .5 (prestasi)', m({ capaian: 50.025 }), { belanja_tpp_prestasi_kerja: 1_005_503 }],
  // month 13: base 3,350,010 + … : PPh 5% of 3,350,010 = 167,500.5 → 167,501
  [
    'rounding half up at .5 (PPh 21)',
    m({ bulan: 13, kondisi_kerja: 10 }),
    { belanja_tpp_kondisi_kerja: 10, jumlah_tpp: 3_350_010, pph_21: 167_501 },
  ],
  [
    'fixed components and other deductions',
    m({
      kondisi_kerja: 250_000,
      tempat_bertugas: 150_000,
      kelangkaan_profesi: 100_000,
      potongan_lain: [
        { jenis: 'ZAKAT', jumlah: 87_100 },
        { jenis: 'BULOG', jumlah: 20_000 },
        { jenis: 'LAIN', jumlah: 5_000, keterangan: 'iuran korpri' },
      ],
    }),
    {
      belanja_tpp_kondisi_kerja: 250_000,
      belanja_tpp_tempat_bertugas: 150_000,
      belanja_tpp_kelangkaan_profesi: 100_000,
      zakat: 87_100,
      bulog: 20_000,
      potongan_lain: 5_000,
      kode_alasan: ['ZAKAT', 'BULOG', 'LAIN'],
    },
  ],
  // basic = 2,928,000 × 0.5 × 1.02 × 0.98 = 1,463,414.4: beban 585,365.76 → 585,366; prestasi 878,048.64 → 878,049
  [
    'basic formula tukin BPK × IKFD × IKK × IPPD',
    m(),
    { pagu_kelas: 1_463_414, belanja_tpp_beban_kerja: 585_366, belanja_tpp_prestasi_kerja: 878_049 },
    varian((n) => (n.basic.aktif = true)),
  ],
  [
    'prestasi by predikat table: Butuh Perbaikan 80%',
    m({ predikat_kode: 3, capaian: 40 }),
    { belanja_tpp_prestasi_kerja: 1_608_000, kode_alasan: ['TABEL_PREDIKAT'] },
    varian((n) => (n.prestasi.aturan = 'TABEL_PREDIKAT')),
  ],
  [
    'prestasi by predikat table: no evaluation yet → 0',
    m({ predikat_kode: null }),
    { belanja_tpp_prestasi_kerja: 0, kode_alasan: ['PREDIKAT_BELUM_ADA'] },
    varian((n) => (n.prestasi.aturan = 'TABEL_PREDIKAT')),
  ],
  [
    'PLT rule KELAS_DEFINITIF keeps the definitive kelas',
    m({ kelas_plt: 9 }),
    { kelas_dipakai: 7, tpp_max: 3_350_000 },
    varian((n) => (n.plt = 'KELAS_DEFINITIF')),
  ],
  [
    '2026 version: kelas 7 is Rp3.520.000',
    m(),
    { tpp_max: 3_520_000, belanja_tpp_beban_kerja: 1_408_000, belanja_tpp_prestasi_kerja: 2_112_000 },
    v2026,
  ],
];

describe('hitungTpp (domain.md §7)', () => {
  // Every row carries its version explicitly (jest would pass its done callback as a missing 4th argument).
  test.each(kasus.map(([n, x, h, v]) => [n, x, h, v ?? v2025] as const))('%s', (_nama, masukan, harapan, versi) => {
    const h = hitung(masukan, versi);
    const { kode_alasan, ...angka } = harapan;
    expect(h).toMatchObject(angka);
    for (const kode of kode_alasan ?? []) expect(h.alasan.map((a) => a.kode)).toContain(kode);
    expect(h.kebijakan.kode).toBe(versi.kode);
  });

  test('every deduction has an Indonesian reason', () => {
    const h = hitung(m({ golongan: '41', p: { telat_31_60: 2, pulang_cepat_61_90: 1, alpa_hari: 1 }, capaian: 80 }));
    const teks = h.alasan.map((a) => a.uraian).join('\n');
    expect(teks).toMatch(/Terlambat masuk 31–60 menit: 2 kali × 1% = 2% dari TPP beban kerja/);
    expect(teks).toMatch(/Pulang sebelum waktunya 61–90 menit: 1 kali × 1,25%/);
    expect(teks).toMatch(/Tidak masuk kerja tanpa keterangan: 1 hari × 3% = 3%/);
    expect(teks).toMatch(/Capaian kinerja bulan ini 80%/);
    expect(teks).toMatch(/PPh 21 final golongan IV: 15%/);
    expect(teks).toMatch(/BPJS Kesehatan 4% pemberi kerja/);
    expect(h.persen_potongan_disiplin).toBe(6.25);
  });

  test('a later policy version never changes an earlier month', () => {
    const versiBulan = (tahun: number, bulan: number) => versiPada(semua, tanggalKebijakanTpp(tahun, bulan))!;
    expect(versiBulan(2025, 12).kode).toBe('perwali-tpp-2025');
    expect(versiBulan(2026, 1).kode).toBe('perwali-tpp-2026');
    expect(versiBulan(2026, 13).kode).toBe('perwali-tpp-2026');
    const hanya2025 = hitung(m({ bulan: 11 }), versiPada([v2025], tanggalKebijakanTpp(2025, 11))!);
    const denganSemua = hitung(m({ bulan: 11 }), versiBulan(2025, 11));
    expect(denganSemua).toEqual(hanya2025);
    expect(hitung(m({ bulan: 1 }), versiBulan(2026, 1)).tpp_max).toBe(3_520_000);
  });

  test('bad input is refused with the field named', () => {
    const salah = (x: MasukanTpp) => {
      try {
        hitungTpp(x, v2025);
      } catch (e) {
        expect(e).toBeInstanceOf(MasukanTppTidakValid);
        return (e as MasukanTppTidakValid).field;
      }
      return null;
    };
    expect(salah(m({ kelas: 18 }))).toBe('kelas');
    expect(salah(m({ kelas_plt: 0 }))).toBe('kelas_plt');
    expect(salah(m({ bulan: 15 }))).toBe('bulan');
    expect(salah(m({ golongan: 'V/a' }))).toBe('golongan');
    expect(salah(m({ p: { alpa_hari: -1 } }))).toBe('presensi.alpa_hari');
    expect(salah(m({ capaian: -5 }))).toBe('capaian');
  });

  test('golongan groups', () => {
    expect(kelompokGolongan('34')).toEqual({ jenis: 'PNS', ruang: 'III' });
    expect(kelompokGolongan('45')).toEqual({ jenis: 'PNS', ruang: 'IV' });
    expect(kelompokGolongan('ii/c')).toEqual({ jenis: 'PNS', ruang: 'II' });
    expect(kelompokGolongan('XVII')).toEqual({ jenis: 'PPPK', ruang: 'XVII' });
  });

  test('the policy schema refuses a split that is not 100% and a missing kelas', () => {
    expect(
      skemaTpp.safeParse({ ...v2025.nilai, pembagian: { beban_kerja_persen: 40, prestasi_kerja_persen: 50 } }).success,
    ).toBe(false);
    const { '17': _hilang, ...kurang } = v2025.nilai.tpp_max as Record<string, number>;
    expect(skemaTpp.safeParse({ ...v2025.nilai, tpp_max: kurang }).success).toBe(false);
  });

  // Runs last: every row computed above satisfies the TPP identities (ditransfer = jumlah_tpp − jumlah_potongan).
  test('identities on every row: ditransfer = jumlah_tpp − jumlah_potongan, whole rupiah', () => {
    expect(semuaHasil.length).toBeGreaterThanOrEqual(kasus.length);
    for (const h of semuaHasil) {
      const komponen =
        h.belanja_tpp_beban_kerja +
        h.belanja_tpp_prestasi_kerja +
        h.belanja_tpp_kondisi_kerja +
        h.belanja_tpp_tempat_bertugas +
        h.belanja_tpp_kelangkaan_profesi;
      expect(h.jumlah_tpp).toBe(komponen + h.tunjangan_iuran_jaminan_kesehatan);
      expect(h.jumlah_potongan).toBe(
        h.pph_21 + h.potongan_iuran_jaminan_kesehatan + h['iwp_1%'] + h.zakat + h.bulog + h.potongan_lain,
      );
      expect(h.jumlah_ditransfer).toBe(h.jumlah_tpp - h.jumlah_potongan);
      for (const [k, v] of Object.entries(h))
        if (typeof v === 'number' && !['persen_potongan_disiplin', 'capaian_dipakai'].includes(k))
          expect(Number.isInteger(v)).toBe(true);
    }
  });
});
