import {
  HEADER_SIPD,
  UANG_SIPD,
  barisRincian,
  barisRiwayat,
  barisSipd,
  headerRiwayat,
  rupiah,
  totalSipd,
  uangJenis,
  type TemplateRiwayat,
} from '../tpp';

/** a line with the engine's identities */
function baris(beban: number, prestasi: number, pph: number, bpjs4: number, iwp: number, zakat = 0) {
  const jumlah_tpp = beban + prestasi + bpjs4;
  const jumlah_potongan = pph + bpjs4 + iwp + zakat;
  return {
    belanja_tpp_beban_kerja: beban,
    belanja_tpp_prestasi_kerja: prestasi,
    tunjangan_iuran_jaminan_kesehatan: bpjs4,
    potongan_iuran_jaminan_kesehatan: bpjs4,
    iwp_1: iwp,
    pph_21: pph,
    zakat,
    jumlah_tpp,
    jumlah_potongan,
    jumlah_ditransfer: jumlah_tpp - jumlah_potongan,
  };
}

describe('uangJenis: beban + prestasi files equal the line', () => {
  test.each([
    ['both components', baris(1_340_000, 2_010_000, 174_200, 134_000, 33_500), 100_500],
    ['prestasi zero (Sangat Kurang)', baris(2_000_000, 0, 104_000, 80_000, 20_000), 0],
    ['beban zero (sentence)', baris(0, 3_000_000, 156_000, 120_000, 30_000, 50_000), 150_000],
    ['no PPh (golongan II)', baris(1_000_000, 1_500_000, 0, 100_000, 25_000), 0],
    ['THR without BPJS, odd rupiah', baris(1_333_333, 1_999_999, 166_667, 0, 0), 100_000],
  ])('%s', (_, u, pphPrestasi) => {
    const b = uangJenis(u, 'beban');
    const p = uangJenis(u, 'prestasi');
    expect(p.pph_21).toBe(pphPrestasi);
    expect(b.belanja_tpp_prestasi_kerja).toBe(0);
    expect(p.belanja_tpp_beban_kerja).toBe(0);
    for (const k of UANG_SIPD) expect([k, b[k] + p[k]]).toEqual([k, (u as any)[k === 'iwp_1%' ? 'iwp_1' : k] ?? 0]);
    for (const f of [b, p]) {
      const kotor = UANG_SIPD.filter((k) => k.startsWith('belanja_') || k.startsWith('tunjangan_')).reduce(
        (a, k) => a + f[k],
        0,
      );
      expect(f.jumlah_ditransfer).toBe(kotor - f.jumlah_potongan);
    }
  });
});

test('SIPD row order, totals, rupiah', () => {
  const r = barisSipd(
    {
      nip: '199004042015031004',
      nama: 'Dedi',
      nama_jabatan: 'Pelaksana',
      tipe_jabatan: null,
      eselon: null,
      golongan: 'III/a',
      pns_pppk: 'PNS',
      nik: null,
      tanggal_lahir: null,
      alamat: null,
      kode_bank: null,
      nama_bank: null,
      npwp: null,
      nomor_rekening: '001',
      uang: baris(100, 200, 15, 12, 3),
    },
    'beban',
  );
  expect(r).toHaveLength(HEADER_SIPD.length);
  expect(r[HEADER_SIPD.indexOf('nomor_rekening_bank_pegawai')]).toBe('001');
  expect(r[HEADER_SIPD.indexOf('belanja_tpp_beban_kerja')]).toBe(100);
  expect(totalSipd([r, r]).belanja_tpp_beban_kerja).toBe(200);
  expect([rupiah(0), rupiah(1234567), rupiah(-1500), rupiah(999)]).toEqual([
    'Rp 0',
    'Rp 1.234.567',
    '-Rp 1.500',
    'Rp 999',
  ]);
});

test('history rows follow the template: month cells, Jumlah, breakdown per month with a line', () => {
  const t: TemplateRiwayat = {
    lembar_bulanan: 'R',
    identitas: [
      { judul: 'No', isi: 'NO' },
      { judul: 'NIP', isi: 'NIP' },
    ],
    bulan: [
      { judul: 'Jan', bulan: 1 },
      { judul: 'THR', bulan: 13 },
    ],
    nilai_bulan: 'jumlah_ditransfer',
    judul_jumlah: 'Total',
    lembar_rincian: 'X',
    judul_bulan_rincian: 'Bulan',
    rincian: [{ judul: 'TPP', kolom: ['belanja_tpp_beban_kerja', 'belanja_tpp_prestasi_kerja'] }],
  };
  const p = {
    nip: '1',
    nama: 'A',
    jabatan: null,
    golongan: null,
    opd: null,
    bulan: new Map([[13, { jumlah_ditransfer: 7, belanja_tpp_beban_kerja: 3, belanja_tpp_prestasi_kerja: 5 }]]),
  };
  expect(headerRiwayat(t)).toEqual(['No', 'NIP', 'Jan', 'THR', 'Total']);
  expect(barisRiwayat(t, [p])).toEqual([[1, '1', 0, 7, 7]]);
  expect(barisRincian(t, [p])).toEqual([[1, '1', 'THR', 8]]);
});
