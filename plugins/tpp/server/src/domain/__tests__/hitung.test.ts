import fs from 'node:fs';
import path from 'node:path';
import { skemaTpp, hitungTpp } from '../tpp';
import { gajiBpjs, gajiBpjsGolongan, pilihPredikat, presensiDariBaris, susunMasukan, tanggalPosRun, totalRun, PRESENSI_NOL } from '../hitung';

const berkas = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../../../config/kebijakan/tpp.json'), 'utf8'));
const versi = { kode: berkas.versi[1].kode, berlaku_mulai: berkas.versi[1].berlaku_mulai, nilai: skemaTpp.parse(berkas.versi[1].nilai) };
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
    [[{ predikat_kode: 3, jenis_penugasan: 'PLT' }, { predikat_kode: 2, jenis_penugasan: 'UTAMA' }], 2],
    [[{ predikat_kode: 4, jenis_penugasan: null }], 4],
  ])('predikat of %j → %s', (ev, v) => expect(pilihPredikat(ev as any)).toBe(v));

  test('presensi row coerced; missing and negative counts become 0', () => {
    expect(presensiDariBaris({ telat_1_30: '2', alpa_hari: -1, hukuman_disiplin_aktif: 1 })).toEqual({ ...PRESENSI_NOL, telat_1_30: 2, hukuman_disiplin_aktif: true });
  });

  test.each([
    [2026, 5, '2026-07-10', '2026-05-28'],
    [2026, 13, '2026-07-10', '2026-07-10'],
    [2025, 14, '2026-07-10', '2025-12-31'],
    [2027, 13, '2026-07-10', '2027-01-01'],
  ])('posts of %i/%i read on %s → %s', (t, b, hari, v) => expect(tanggalPosRun(t, b, hari, acuan)).toBe(v));

  const dasar = { bulan: 5, golongan: '31', cpns: false, kelas: 7, kelas_plt: null, presensi: null, capaian: 90, predikat_kode: 2 };

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
    expect(hitungTpp(tinggi.masukan, versi).tunjangan_iuran_jaminan_kesehatan).toBeLessThan(hitungTpp(rendah.masukan, versi).tunjangan_iuran_jaminan_kesehatan);
  });

  test('months 13/14: capaian 100, no predikat, no discipline, no BPJS', () => {
    for (const bulan of [13, 14]) {
      const { masukan, alasan_tambahan } = susunMasukan({ ...dasar, bulan, presensi: { telat_1_30: 5 }, capaian: 10, predikat_kode: 5 }, k);
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
