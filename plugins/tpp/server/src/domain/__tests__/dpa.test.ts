import { bacaDpa, bandingKode, barisDariTabelDpa, kolomDpa, rollupDpa, uraiKodeSub, uraiPagu } from '../dpa';

const satu = (nilai: Record<string, unknown>) => bacaDpa([{ baris: 5, nilai }]);
const BAIK = { kode_sub_kegiatan: '2.16.02.1.01.0001', nama_sub_kegiatan: 'Pengelolaan Nama Domain', pagu: 125000000 };

describe('kolomDpa: header synonyms', () => {
  test.each([
    ['Kode Sub Kegiatan', 'kode_sub_kegiatan'],
    ['kode_sub_kegiatan', 'kode_sub_kegiatan'],
    ['KODE', 'kode_sub_kegiatan'],
    ['Nama Sub Kegiatan', 'nama_sub_kegiatan'],
    ['Sub Kegiatan', 'nama_sub_kegiatan'],
    ['Pagu', 'pagu'],
    ['Anggaran', 'pagu'],
    ['Nilai', 'pagu'],
    ['Jumlah', 'pagu'],
    ['Pagu (Rp)', 'pagu'],
    ['Kode Program', 'kode_program'],
    ['Nama Program', 'nama_program'],
    ['Kode Kegiatan', 'kode_kegiatan'],
    ['Nama-Kegiatan', 'nama_kegiatan'],
    ['Keterangan', 'keterangan'],
  ])('%s → %s', (h, k) => expect(kolomDpa(h)).toBe(k));
});

describe('uraiKodeSub: program = 3 segments, kegiatan = 5', () => {
  test.each([
    ['2.16.02.1.01.0001', { kode_program: '2.16.02', kode_kegiatan: '2.16.02.1.01' }],
    ['2.16.03.1.02.0012', { kode_program: '2.16.03', kode_kegiatan: '2.16.03.1.02' }],
    ['2.16.02.1.01', null],
    ['2.16.02.1.01.001', null],
    ['2.16.2.1.01.0001', null],
    ['X.16.02.1.01.0001', null],
  ])('%s', (k, h) => expect(uraiKodeSub(k)).toEqual(h));
});

describe('uraiPagu: whole rupiah from numbers and Indonesian text', () => {
  test.each([
    [1250000000, '1250000000'],
    [0, '0'],
    ['1.250.000.000', '1250000000'],
    ['Rp 1.250.000.000,00', '1250000000'],
    ['Rp. 1.250.000.000', '1250000000'],
    ['1250000000', '1250000000'],
    ['1250000000.00', '1250000000'],
    [' 75.000.000,- '.replace(',-', ''), '75000000'],
    ['9.007.199.254.740.993', '9007199254740993'],
  ])('%p → %s', (v, n) => {
    const r = uraiPagu(v);
    expect('nilai' in r && r.nilai.toString()).toBe(n);
  });
  test.each([
    [-5, 'pagu tidak boleh negatif'],
    ['-1.000.000', 'pagu tidak boleh negatif'],
    ['(1.000)', 'pagu tidak boleh negatif'],
    ['satu juta', 'pagu "satu juta" bukan angka rupiah'],
    ['1.250.000,50', 'pagu harus rupiah penuh (tanpa sen)'],
    [1000.5, 'pagu harus rupiah penuh (tanpa sen)'],
    ['', 'pagu wajib diisi'],
    [null, 'pagu wajib diisi'],
    [Number.NaN, 'pagu harus angka'],
  ])('%p rejected: %s', (v, alasan) => expect(uraiPagu(v)).toEqual({ alasan }));
});

describe('bacaDpa: per-row check', () => {
  test('a good row: program and kegiatan derived from the sub kegiatan code', () => {
    const h = satu(BAIK);
    expect(h.ditolak).toEqual([]);
    expect(h.diterima).toEqual([
      {
        baris: 5,
        kode_program: '2.16.02',
        nama_program: null,
        kode_kegiatan: '2.16.02.1.01',
        nama_kegiatan: null,
        kode_sub_kegiatan: '2.16.02.1.01.0001',
        nama_sub_kegiatan: 'Pengelolaan Nama Domain',
        pagu: '125000000',
      },
    ]);
    expect(h.total_pagu).toBe('125000000');
  });
  test('given program/kegiatan codes and names are kept when consistent', () => {
    const h = satu({
      ...BAIK,
      kode_program: '2.16.02',
      nama_program: ' Program  Aplikasi ',
      kode_kegiatan: '2.16.02.1.01',
      nama_kegiatan: 'Domain',
    });
    expect(h.diterima[0]).toMatchObject({
      kode_program: '2.16.02',
      nama_program: 'Program Aplikasi',
      kode_kegiatan: '2.16.02.1.01',
      nama_kegiatan: 'Domain',
    });
  });
  test.each([
    [{ ...BAIK, kode_sub_kegiatan: '' }, 'kode sub kegiatan wajib diisi'],
    [
      { ...BAIK, kode_sub_kegiatan: '2.16.02.1.01' },
      'kode sub kegiatan "2.16.02.1.01" tidak berformat SIPD (contoh 2.16.02.1.01.0001)',
    ],
    [{ ...BAIK, nama_sub_kegiatan: '  ' }, 'nama sub kegiatan wajib diisi'],
    [{ ...BAIK, pagu: -1 }, 'pagu tidak boleh negatif'],
    [{ ...BAIK, pagu: 'abc' }, 'pagu "abc" bukan angka rupiah'],
    [{ ...BAIK, kode_program: '2.16.03' }, 'kode program 2.16.03 tidak sesuai dengan kode sub kegiatan (2.16.02)'],
    [
      { ...BAIK, kode_kegiatan: '2.16.02.1.02' },
      'kode kegiatan 2.16.02.1.02 tidak sesuai dengan kode sub kegiatan (2.16.02.1.01)',
    ],
    [
      { kode_sub_kegiatan: null, nama_sub_kegiatan: null, pagu: -3 },
      'kode sub kegiatan wajib diisi; nama sub kegiatan wajib diisi; pagu tidak boleh negatif',
    ],
  ])('rejected %#: %s', (nilai, alasan) => {
    const h = satu(nilai);
    expect(h.diterima).toEqual([]);
    expect(h.ditolak).toEqual([{ baris: 5, kode_sub_kegiatan: (nilai as any).kode_sub_kegiatan || null, alasan }]);
    expect(h.total_pagu).toBe('0');
  });
  test('a duplicate sub kegiatan code rejects every occurrence, naming the rows', () => {
    const h = bacaDpa([
      { baris: 2, nilai: BAIK },
      { baris: 3, nilai: { ...BAIK, kode_sub_kegiatan: '2.16.02.1.01.0002', pagu: '2.000' } },
      { baris: 7, nilai: { ...BAIK, pagu: 1 } },
    ]);
    expect(h.diterima.map((d) => d.baris)).toEqual([3]);
    expect(h.ditolak).toEqual([
      { baris: 2, kode_sub_kegiatan: '2.16.02.1.01.0001', alasan: 'kode sub kegiatan ganda dalam berkas (baris 2, 7)' },
      { baris: 7, kode_sub_kegiatan: '2.16.02.1.01.0001', alasan: 'kode sub kegiatan ganda dalam berkas (baris 2, 7)' },
    ]);
    expect(h.total_pagu).toBe('2000');
  });
});

describe('barisDariTabelDpa', () => {
  test('skips title rows above the header, maps synonyms, keeps row numbers', () => {
    const r = barisDariTabelDpa([
      { nomor: 1, sel: ['DPA SKPD 2026'] },
      { nomor: 3, sel: ['Kode', 'Sub Kegiatan', 'Anggaran'] },
      { nomor: 4, sel: ['2.16.02.1.01.0001', 'Domain', '1.000'] },
    ]);
    expect(r).toEqual([
      { baris: 4, nilai: { kode_sub_kegiatan: '2.16.02.1.01.0001', nama_sub_kegiatan: 'Domain', pagu: '1.000' } },
    ]);
  });
  test('a header without the code or pagu column is refused', () => {
    expect(() => barisDariTabelDpa([{ nomor: 1, sel: ['nama', 'pagu'] }])).toThrow('kode_sub_kegiatan');
    expect(() => barisDariTabelDpa([{ nomor: 1, sel: ['kode', 'sub kegiatan'] }])).toThrow('"pagu"');
  });
});

describe('rollupDpa: sums per program and kegiatan without floats', () => {
  test('sums, order by code segments, names, total beyond 2^53', () => {
    const besar = '9007199254740993';
    const r = rollupDpa([
      {
        kode_program: null,
        nama_program: null,
        kode_kegiatan: null,
        nama_kegiatan: null,
        kode_sub_kegiatan: '2.16.10.1.01.0001',
        nama_sub_kegiatan: 'a',
        pagu: '5',
      },
      {
        kode_program: '2.16.02',
        nama_program: 'P2',
        kode_kegiatan: '2.16.02.1.02',
        nama_kegiatan: 'K2',
        kode_sub_kegiatan: '2.16.02.1.02.0001',
        nama_sub_kegiatan: 'b',
        pagu: 100,
      },
      {
        kode_program: '2.16.02',
        nama_program: null,
        kode_kegiatan: '2.16.02.1.01',
        nama_kegiatan: 'K1',
        kode_sub_kegiatan: '2.16.02.1.01.0002',
        nama_sub_kegiatan: 'c',
        pagu: besar,
      },
      {
        kode_program: '2.16.02',
        nama_program: 'P2',
        kode_kegiatan: '2.16.02.1.01',
        nama_kegiatan: 'K1',
        kode_sub_kegiatan: '2.16.02.1.01.0001',
        nama_sub_kegiatan: 'd',
        pagu: '1',
      },
    ]);
    expect(r.total).toBe('9007199254741099');
    expect(r.program).toEqual([
      {
        kode_program: '2.16.02',
        nama_program: 'P2',
        anggaran: '9007199254741094',
        kegiatan: [
          { kode_kegiatan: '2.16.02.1.01', nama_kegiatan: 'K1', anggaran: '9007199254740994', jumlah_sub_kegiatan: 2 },
          { kode_kegiatan: '2.16.02.1.02', nama_kegiatan: 'K2', anggaran: '100', jumlah_sub_kegiatan: 1 },
        ],
      },
      {
        kode_program: '2.16.10',
        nama_program: null,
        anggaran: '5',
        kegiatan: [{ kode_kegiatan: '2.16.10.1.01', nama_kegiatan: null, anggaran: '5', jumlah_sub_kegiatan: 1 }],
      },
    ]);
  });
  test('no lines → no program, total 0', () => expect(rollupDpa([])).toEqual({ program: [], total: '0' }));
  test('bandingKode orders numerically per segment', () =>
    expect(['2.16.10', '2.16.02', '2.16.3'].sort(bandingKode)).toEqual(['2.16.02', '2.16.3', '2.16.10']));
});
