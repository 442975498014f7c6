import fs from 'node:fs';
import path from 'node:path';
import { skemaTpp, hitungTpp } from '../tpp';
import {
  gajiBpjs,
  gajiBpjsGolongan,
  pilihPredikat,
  presensiDariBaris,
  susunMasukan,
  tanggalPosRun,
  totalRun,
  PRESENSI_NOL,
} from '../hitung';

const berkas = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../../../config/kebijakan/tpp.json'), 'utf8'),
);
const versi = {
  kode: berkas.versi[1].kode,
  berlaku_mulai: berkas.versi[1].berlaku_mulai,
  nilai: skemaTpp.parse(berkas.versi[1].nilai),
};
const k = versi.nilai;
const acuan = (t: number, b: number) => `${t}-${String(b).padStart(2, '0')}-28`;

describe('TPP run rules', () => {
  test.each([
    ['31', 'SIASN code of III/a', k.gaji_bpjs!.pns.III],
    ['III/a', 'label', k.gaji_bpjs!.pns.III],
    ['44', 'IV', k.gaji_bpjs!.pns.IV],
    ['IX', 'PPPK IX', k.gaji_bpjs!.pppk.IX],
  ])('gaji BPJS of golongan %s (%s)', (g, _x, v) => expect(gajiBpjsGolongan(g, k)).toBe(v));

  test('no salary table → 0', () => expect(gajiBpjsGolongan('31', { ...k, gaji_bpjs: undefined })).toBe(0));

  test.each([
    [[], null],
    [[{ predikat_kode: 3, jenis_penugasan: 'PLT' }], 3],
    [
      [
        { predikat_kode: 3, jenis_penugasan: 'PLT' },
        { predikat_kode: 2, jenis_penugasan: 'UTAMA' },
      ],
      2,
    ],
    [[{ predikat_kode: 4, jenis_penugasan: null }], 4],
  ])('predikat of %j → %s', (ev, v) => expect(pilihPredikat(ev as any)).toBe(v));

  test('presensi row coerced; missing and negative counts become 0', () => {
    expect(presensiDariBaris({ telat_1_30: '2', alpa_hari: -1, hukuman_disiplin_aktif: 1 })).toEqual({
      ...PRESENSI_NOL,
      telat_1_30: 2,
      hukuman_disiplin_aktif: true,
    });
  });

  test.each([
    [2026, 5, '2026-07-10', '2026-05-28'],
    [2026, 13, '2026-07-10', '2026-07-10'],
    [2025, 14, '2026-07-10', '2025-12-31'],
    [2027, 13, '2026-07-10', '2027-01-01'],
  ])('posts of %i/%i read on %s → %s', (t, b, hari, v) => expect(tanggalPosRun(t, b, hari, acuan)).toBe(v));

  const dasar = {
    bulan: 5,
    golongan: '31',
    cpns: false,
    kelas: 7,
    kelas_plt: null,
    presensi: null,
    capaian: 90,
    predikat_kode: 2,
  };

  test('a month without imported presensi deducts nothing and says so', () => {
    const { masukan, alasan_tambahan } = susunMasukan(dasar, k);
    expect(masukan.presensi).toEqual(PRESENSI_NOL);
    expect(alasan_tambahan.map((a) => a.kode)).toEqual(['PRESENSI_BELUM_ADA', 'DASAR_BPJS_GOLONGAN']);
    const h = hitungTpp(masukan, versi);
    expect(h.persen_potongan_disiplin).toBe(0);
  });

  test.each([
    [undefined, k.gaji_bpjs!.pns.III, 'GOLONGAN'],
    [null, k.gaji_bpjs!.pns.III, 'GOLONGAN'],
    [-5, k.gaji_bpjs!.pns.III, 'GOLONGAN'],
    [4_321_000, 4_321_000, 'PEGAWAI'],
    [0, 0, 'PEGAWAI'],
  ])('BPJS salary basis: recorded %s → %s from %s', (gaji, nilai, sumber) => {
    expect(gajiBpjs({ golongan: '31', gaji_bpjs: gaji as any }, k)).toEqual({ nilai, sumber });
  });

  test('a recorded salary basis drives the BPJS figure and drops the golongan note', () => {
    const rendah = susunMasukan({ ...dasar, presensi: {}, gaji_bpjs: 3_000_000 }, k);
    const tinggi = susunMasukan({ ...dasar, presensi: {}, gaji_bpjs: 11_000_000 }, k);
    expect(rendah.alasan_tambahan.map((a) => a.kode)).toEqual([]);
    expect([rendah.masukan.gaji_bpjs, tinggi.masukan.gaji_bpjs]).toEqual([3_000_000, 11_000_000]);
    // above the Rp12,000,000 ceiling less what the salary paid, the TPP allowance shrinks
    expect(hitungTpp(tinggi.masukan, versi).tunjangan_iuran_jaminan_kesehatan).toBeLessThan(
      hitungTpp(rendah.masukan, versi).tunjangan_iuran_jaminan_kesehatan,
    );
  });

  test.each([
    [
      'a post the policy lists',
      'DOKTER-01',
      { kondisi_kerja: 750_000, tempat_bertugas: 0, kelangkaan_profesi: 1_250_000 },
      ['KONDISI_KERJA', 'KELANGKAAN_PROFESI'],
    ],
    ['a post it does not list', 'STAF-01', { kondisi_kerja: 0, tempat_bertugas: 0, kelangkaan_profesi: 0 }, []],
    ['no post code', null, { kondisi_kerja: 0, tempat_bertugas: 0, kelangkaan_profesi: 0 }, []],
  ])(
    'fixed components of %s (%s): paid in full besides beban and prestasi, each line explained',
    (_x, kode, tetap, alasan) => {
      const kt = {
        ...k,
        komponen_tetap: {
          'DOKTER-01': { kondisi_kerja: 750_000, kelangkaan_profesi: 1_250_000, keterangan: 'Perwali lampiran III' },
        },
      };
      const { masukan, alasan_tambahan } = susunMasukan(
        { ...dasar, presensi: {}, gaji_bpjs: 3_000_000, kode_jabatan: kode },
        kt,
      );
      expect({
        kondisi_kerja: masukan.kondisi_kerja,
        tempat_bertugas: masukan.tempat_bertugas,
        kelangkaan_profesi: masukan.kelangkaan_profesi,
      }).toEqual(tetap);
      expect(alasan_tambahan.filter((a) => a.komponen === 'KOMPONEN_TETAP').map((a) => a.kode)).toEqual(alasan);
      const h = hitungTpp(masukan, { ...versi, nilai: kt });
      const tanpa = hitungTpp(susunMasukan({ ...dasar, presensi: {}, gaji_bpjs: 3_000_000 }, k).masukan, versi);
      expect([h.belanja_tpp_kondisi_kerja, h.belanja_tpp_tempat_bertugas, h.belanja_tpp_kelangkaan_profesi]).toEqual([
        tetap.kondisi_kerja,
        tetap.tempat_bertugas,
        tetap.kelangkaan_profesi,
      ]);
      expect(h.belanja_tpp_beban_kerja + h.belanja_tpp_prestasi_kerja).toBe(
        tanpa.belanja_tpp_beban_kerja + tanpa.belanja_tpp_prestasi_kerja,
      );
      expect(h.jumlah_ditransfer).toBe(h.jumlah_tpp - h.jumlah_potongan);
    },
  );

  test('the policy schema takes a komponen_tetap table and refuses a negative amount', () => {
    expect(
      skemaTpp.safeParse({ ...berkas.versi[1].nilai, komponen_tetap: { 'X-1': { tempat_bertugas: 500_000 } } }).success,
    ).toBe(true);
    expect(
      skemaTpp.safeParse({ ...berkas.versi[1].nilai, komponen_tetap: { 'X-1': { tempat_bertugas: -1 } } }).success,
    ).toBe(false);
  });

  test('months 13/14: capaian 100, no predikat, no discipline, no BPJS', () => {
    for (const bulan of [13, 14]) {
      const { masukan, alasan_tambahan } = susunMasukan(
        { ...dasar, bulan, presensi: { telat_1_30: 5 }, capaian: 10, predikat_kode: 5 },
        k,
      );
      expect(masukan).toMatchObject({ capaian: 100, predikat_kode: null, presensi: PRESENSI_NOL });
      expect(alasan_tambahan[0].kode).toBe('BULAN_TAMBAHAN');
      const h = hitungTpp(masukan, versi);
      expect(h.tunjangan_iuran_jaminan_kesehatan).toBe(0);
      expect(h.belanja_tpp_prestasi_kerja).toBeGreaterThan(0);
    }
  });

  test('totals add up and keep the identity', () => {
    const rows = [3, 7, 12].map((kelas) => hitungTpp(susunMasukan({ ...dasar, kelas }, k).masukan, versi));
    const t = totalRun(rows);
    expect(t.jumlah_ditransfer).toBe(t.jumlah_tpp - t.jumlah_potongan);
    expect(t.jumlah_tpp).toBe(rows.reduce((s, r) => s + r.jumlah_tpp, 0));
  });
});
