import {
  barisHasilKerja,
  kolomHasilKerja,
  barisPerilaku,
  barisIdentitas,
  blokTandaTangan,
  bagianLampiran,
  judulRencana,
  teksTarget,
  teksHalaman,
  type RhkCetak,
} from '../skp';

const teks = (baris: { content: string }[][]) => baris.map((b) => b.map((s) => s.content));

describe('kolomHasilKerja', () => {
  test('JPT: perspektif, no RHK atasan nor aspek', () => {
    expect(kolomHasilKerja('JPT').map((k) => k.judul)).toEqual([
      'NO',
      'RENCANA HASIL KERJA',
      'INDIKATOR KINERJA INDIVIDU',
      'TARGET',
      'PERSPEKTIF',
    ]);
  });
  test.each([['JA'], ['JF']] as const)('%s: RHK atasan yang diintervensi and aspek', (jenis) => {
    expect(kolomHasilKerja(jenis).map((k) => k.judul)).toEqual([
      'NO',
      'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
      'RENCANA HASIL KERJA',
      'ASPEK',
      'INDIKATOR KINERJA INDIVIDU',
      'TARGET',
    ]);
  });
  test.each([['JPT'], ['JA']] as const)('%s: shares add up to the full width', (jenis) => {
    expect(kolomHasilKerja(jenis).reduce((a, k) => a + k.lebar, 0)).toBeCloseTo(1, 6);
  });
});

describe('barisHasilKerja', () => {
  const rhk: RhkCetak[] = [
    {
      jenis: 'UTAMA',
      uraian: 'Terkelolanya aplikasi layanan',
      rhk_atasan: { uraian: 'Tersedianya aplikasi layanan publik' },
      iki: [
        { uraian: 'Jumlah aplikasi', aspek: 'KUANTITAS', target: '4', satuan: 'aplikasi' },
        { uraian: 'jumlah aplikasi.', aspek: 'KUANTITAS', target: '4', satuan: 'aplikasi', disembunyikan: true },
        { uraian: 'Persentase uptime', aspek: 'KUALITAS', target: '95-99', satuan: 'persen' },
      ],
    },
    { jenis: 'UTAMA', uraian: 'RHK tanpa IKI', rhk_atasan: { uraian: 'Atasan 2' }, iki: [] },
  ];

  test('JA: section rows, RHK cells spanning the printed IKI, hidden duplicate left out, empty TAMBAHAN as "-"', () => {
    const b = barisHasilKerja('JA', rhk);
    expect(teks(b)).toEqual([
      ['A. UTAMA'],
      [
        '1',
        'Tersedianya aplikasi layanan publik',
        'Terkelolanya aplikasi layanan',
        'Kuantitas',
        'Jumlah aplikasi',
        '4 aplikasi',
      ],
      ['Kualitas', 'Persentase uptime', '95-99 persen'],
      ['2', 'Atasan 2', 'RHK tanpa IKI', '-', '-', '-'],
      ['B. TAMBAHAN'],
      ['-', '-', '-', '-', '-', '-'],
    ]);
    expect(b[0][0]).toMatchObject({ colSpan: 6, gaya: 'bagian' });
    expect(b[1].slice(0, 3).map((s) => s.rowSpan)).toEqual([2, 2, 2]);
    expect(b[3][0].rowSpan).toBeUndefined();
  });

  test('JPT: perspektif spans the RHK rows; numbering restarts in TAMBAHAN; TAMBAHAN has no RHK atasan', () => {
    const b = barisHasilKerja('JPT', [
      {
        jenis: 'UTAMA',
        uraian: 'Meningkatnya layanan SPBE',
        perspektif: 'PENERIMA_LAYANAN',
        iki: [
          { uraian: 'Indeks SPBE', target: '3,5', satuan: 'indeks' },
          { uraian: 'Kepuasan', target: '80', satuan: 'persen' },
        ],
      },
      {
        jenis: 'TAMBAHAN',
        uraian: 'Tugas tambahan',
        perspektif: null,
        iki: [{ uraian: 'Jumlah rapat', target: '4', satuan: 'kali' }],
      },
    ]);
    expect(teks(b)).toEqual([
      ['A. UTAMA'],
      ['1', 'Meningkatnya layanan SPBE', 'Indeks SPBE', '3,5 indeks', 'Penerima Layanan'],
      ['Kepuasan', '80 persen'],
      ['B. TAMBAHAN'],
      ['1', 'Tugas tambahan', 'Jumlah rapat', '4 kali', '-'],
    ]);
    expect(b[1][4]).toMatchObject({ rowSpan: 2 });
    const ja = barisHasilKerja('JF', [
      { jenis: 'TAMBAHAN', uraian: 'T', rhk_atasan: { uraian: 'should not print' }, iki: [] },
    ]);
    expect(teks(ja)[3][1]).toBe('-');
  });

  test('teksTarget', () => {
    expect(teksTarget('80-90', 'persen')).toBe('80-90 persen');
    expect(teksTarget('4', '')).toBe('4');
    expect(teksTarget('', 'x')).toBe('- x');
  });
});

describe('perilaku, identitas, tanda tangan, lampiran, judul', () => {
  test('7 values each with 3 numbered behaviours, ekspektasi or "-"', () => {
    const nilai = [
      { kode: 'A', nama: 'Akuntabel', perilaku: ['satu', 'dua', 'tiga'] },
      { kode: 'B', nama: 'Loyal', perilaku: ['x', 'y', 'z'] },
    ];
    expect(teks(barisPerilaku(nilai, [{ kode: 'B', ekspektasi: 'Menjaga rahasia' }]))).toEqual([
      ['1', 'Akuntabel\n1. satu\n2. dua\n3. tiga', '-'],
      ['2', 'Loyal\n1. x\n2. y\n3. z', 'Menjaga rahasia'],
    ]);
  });

  test('identity rows: grouped NIP, pangkat from the table, Plt. prefix for an acting penilai', () => {
    const b = teks(
      barisIdentitas(
        {
          nama: 'Dedi',
          nip: '199004042015031004',
          golongan: '31',
          jabatan: 'Pengelola Sistem Informasi',
          unit: 'Bidang Aplikasi',
        },
        {
          nama: 'Hendra',
          nip: '198506062010011006',
          golongan: '41',
          jabatan: 'Kepala Bidang Persandian',
          unit: 'Diskominfo',
          sebagai: 'PLT',
        },
        [
          { kode: '31', label: 'III/a', pangkat: 'Penata Muda' },
          { kode: '41', label: 'IV/a', pangkat: 'Pembina' },
        ],
      ),
    );
    expect(b).toEqual([
      ['1', 'NAMA', 'Dedi', '1', 'NAMA', 'Hendra'],
      ['2', 'NIP', '19900404 201503 1 004', '2', 'NIP', '19850606 201001 1 006'],
      ['3', 'PANGKAT/GOL. RUANG', 'Penata Muda, III/a', '3', 'PANGKAT/GOL. RUANG', 'Pembina, IV/a'],
      ['4', 'JABATAN', 'Pengelola Sistem Informasi', '4', 'JABATAN', 'Plt. Kepala Bidang Persandian'],
      ['5', 'UNIT KERJA', 'Bidang Aplikasi', '5', 'UNIT KERJA', 'Diskominfo'],
    ]);
    expect(teks(barisIdentitas(null, null)).map((r) => r[2])).toEqual(['-', '-', '-', '-', '-']);
  });

  test('signature blocks: place/date over the penilai, Plt. before his post, grouped NIPs', () => {
    const { kiri, kanan } = blokTandaTangan(
      { nama: 'Dedi', nip: '199004042015031004', jabatan: 'Pengelola' },
      { nama: 'Hendra', nip: '198506062010011006', jabatan: 'Plt. Kepala Bidang Persandian', sebagai: 'PLT' },
      'Surabaya, 9 Maret 2027',
    );
    expect(kanan).toEqual({
      atas: ['Surabaya, 9 Maret 2027', 'Pejabat Penilai Kinerja,', 'Plt. Kepala Bidang Persandian'],
      nama: 'Hendra',
      nip: 'NIP. 19850606 201001 1 006',
    });
    expect(kiri).toEqual({
      atas: ['', 'Pegawai yang Dinilai,', 'Pengelola'],
      nama: 'Dedi',
      nip: 'NIP. 19900404 201503 1 004',
    });
    expect(blokTandaTangan(null, null, 'x').kanan.nama).toMatch(/^\.+$/);
  });

  test('lampiran: three numbered lists, "-" when empty', () => {
    expect(bagianLampiran({ dukungan_sumber_daya: ['Anggaran', ' ', 'Server'], konsekuensi: [] })).toEqual([
      { judul: 'DUKUNGAN SUMBER DAYA', butir: ['1. Anggaran', '2. Server'] },
      { judul: 'SKEMA PERTANGGUNGJAWABAN', butir: ['-'] },
      { judul: 'KONSEKUENSI', butir: ['-'] },
    ]);
    expect(bagianLampiran(null).map((b) => b.butir)).toEqual([['-'], ['-'], ['-']]);
  });

  test('titles and page numbers', () => {
    expect(judulRencana('JPT', 'KUANTITATIF')[2]).toMatch(/PIMPINAN TINGGI/);
    expect(judulRencana('JA', 'KUALITATIF')).toEqual([
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUALITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
    ]);
    expect(teksHalaman(1, 3)).toBe('Halaman 1 dari 3');
  });
});
