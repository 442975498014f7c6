import {
  BELUM_ADA_DPA,
  barisProgramPk,
  barisSasaranPk,
  blokTtdPk,
  rupiahPk,
  tanggalWib,
  targetPk,
  teksSumberAnggaran,
} from '../pk';

describe('rupiahPk', () => {
  test.each([
    ['0', 'Rp 0'],
    ['1250000000', 'Rp 1.250.000.000'],
    ['9007199254740993', 'Rp 9.007.199.254.740.993'],
    [999, 'Rp 999'],
    [1000n, 'Rp 1.000'],
    ['-1500', '-Rp 1.500'],
  ])('%p → %s', (n, s) => expect(rupiahPk(n)).toBe(s));
  test('not whole rupiah → throws', () => expect(() => rupiahPk('1,5')).toThrow());
});

describe('tanggalWib / teksSumberAnggaran', () => {
  test('an instant late in the UTC day is the next day in Madiun', () => {
    expect(tanggalWib('2026-02-03T18:30:00.000Z')).toBe('2026-02-04');
    expect(tanggalWib('2026-02-03T10:00:00.000Z')).toBe('2026-02-03');
  });
  test('source line with file and date; without DPA the missing text', () => {
    expect(
      teksSumberAnggaran({
        jenis: 'DPA SIPD',
        berkas: 'dpa.xlsx',
        diimpor_pada: '2026-02-03T03:00:00.000Z',
        diimpor_oleh: 'admin',
      }),
    ).toBe('Sumber anggaran: DPA SIPD (dpa.xlsx), diimpor 3 Februari 2026');
    expect(teksSumberAnggaran({ jenis: 'DPA SIPD', berkas: null, diimpor_pada: null, diimpor_oleh: null })).toBe(
      'Sumber anggaran: DPA SIPD',
    );
    expect(teksSumberAnggaran(null)).toContain(BELUM_ADA_DPA);
  });
});

describe('tables', () => {
  test('sasaran rows: the sasaran spans its indicators; target with unit', () => {
    const b = barisSasaranPk([
      {
        sasaran: 'S1',
        indikator: [
          { indikator: 'I1', target: '3,5', satuan: 'indeks' },
          { indikator: 'I2', target: '100', satuan: null },
        ],
      },
      { sasaran: 'S2', indikator: [] },
    ]);
    expect(b).toHaveLength(3);
    expect(b[0].map((s) => s.content)).toEqual(['1', 'S1', 'I1', '3,5 indeks']);
    expect(b[0][1].rowSpan).toBe(2);
    expect(b[1].map((s) => s.content)).toEqual(['I2', '100']);
    expect(b[2].map((s) => s.content)).toEqual(['2', 'S2', '-', '-']);
    expect(targetPk({ indikator: 'x', target: null, satuan: null })).toBe('-');
    expect(barisSasaranPk([])[0][0].content).toContain('Belum ada sasaran');
  });
  test('program rows with the total; no DPA → no number anywhere', () => {
    const b = barisProgramPk(
      [{ kode_program: '2.16.02', nama_program: 'Program Aplikasi', anggaran: '1500000' }],
      '1500000',
    );
    expect(b.map((r) => r.map((s) => s.content))).toEqual([
      ['1', '2.16.02 Program Aplikasi', 'Rp 1.500.000'],
      ['JUMLAH', 'Rp 1.500.000'],
    ]);
    const kosong = barisProgramPk([], null);
    expect(
      kosong
        .flat()
        .map((s) => s.content)
        .join(' '),
    ).not.toMatch(/Rp|\d/);
    expect(kosong[1][1].content).toBe(BELUM_ADA_DPA);
  });
  const WALI = { jabatan: 'Wali Kota Madiun', nama: null, nip: null };
  test('signature blocks: kepala daerah left (Pihak Kedua), Kepala OPD right (Pihak Pertama) with place/date', () => {
    const { kiri, kanan } = blokTtdPk(
      { nama: 'Dr. A', nip: '197001012000031001', jabatan: 'Kepala Dinas' },
      'Madiun, 2 Januari 2026',
      (n) => `#${n}`,
      WALI,
    );
    expect(kiri.atas).toEqual(['', 'Pihak Kedua,', 'Wali Kota Madiun,']);
    expect(kiri.nama).toMatch(/^\.{10,}$/);
    expect(kiri.nip).toBe('');
    expect(kanan.atas).toEqual(['Madiun, 2 Januari 2026', 'Pihak Pertama,', 'Kepala Dinas,']);
    expect(kanan.nama).toBe('Dr. A');
    expect(kanan.nip).toBe('NIP. #197001012000031001');
    expect(blokTtdPk(null, 'x', String, WALI).kanan.nama).toMatch(/^\.+$/);
  });
  test.each([
    [
      'another region, no name yet → its post and dots',
      { jabatan: 'Bupati Ponorogo', nama: null, nip: null },
      'Bupati Ponorogo,',
      /^\.+$/,
      '',
    ],
    [
      'name filled by BKPSDM → printed',
      { jabatan: 'Wali Kota Madiun', nama: ' Drs. H. Contoh ', nip: null },
      'Wali Kota Madiun,',
      /^Drs\. H\. Contoh$/,
      '',
    ],
    [
      'a blank name counts as none',
      { jabatan: 'Wali Kota Madiun', nama: '  ', nip: null },
      'Wali Kota Madiun,',
      /^\.+$/,
      '',
    ],
    [
      'Pj. with a NIP (a civil servant acting) → NIP line',
      { jabatan: 'Pj. Wali Kota Madiun', nama: 'Budi', nip: '197001012000031001' },
      'Pj. Wali Kota Madiun,',
      /^Budi$/,
      'NIP. #197001012000031001',
    ],
  ])('Pihak Kedua from policy: %s', (_n, kd, jabatan, nama, nip) => {
    const { kiri } = blokTtdPk(null, 'Ponorogo, 2 Januari 2026', (n) => `#${n}`, kd);
    expect(kiri.atas[2]).toBe(jabatan);
    expect(kiri.nama).toMatch(nama);
    expect(kiri.nip).toBe(nip);
  });
});
