/** Duplicate indicators: normalisation, detection within one SKP and against OPD-level indicators, conflicts. */
import { normalisasiIndikator, cariDuplikat, tandaDuplikat, peringatanDuplikat, type Indikator } from '../duplikat';

describe('normalisasiIndikator folds case, spacing and punctuation', () => {
  test.each([
    ['Persentase Layanan Online', 'persentase layanan online'],
    ['  persentase   LAYANAN online. ', 'persentase layanan online'],
    ['Persentase layanan (online)', 'persentase layanan online'],
    ['Persentase-layanan/online!', 'persentase layanan online'],
    ['Jumlah aplikasi e-Gov', 'jumlah aplikasi e gov'],
    ['Indeks SPBE', 'indeks spbe'],
    ['Capaian  100 %', 'capaian 100'],
    ['Kepuasan\tmasyarakat\n', 'kepuasan masyarakat'],
    ['Kualitas pelayanan — publik', 'kualitas pelayanan publik'],
    ['Évaluasi', 'evaluasi'],
  ])('%j → %j', (a, b) => expect(normalisasiIndikator(a)).toBe(b));
});

const iki = (id: string, uraian: string, t: number | [number, number], satuan: string): Indikator => {
  const [a, b] = Array.isArray(t) ? t : [t, t];
  return { id, uraian, targetMin: a, targetMax: b, satuan };
};

describe('cariDuplikat', () => {
  test('no duplicates → no groups', () => {
    expect(cariDuplikat([iki('1', 'Jumlah laporan', 12, 'laporan'), iki('2', 'Persentase layanan', 100, '%')])).toEqual(
      [],
    );
  });

  test.each([
    ['same target and satuan', iki('2', 'JUMLAH  laporan.', 12, 'Laporan'), false],
    ['different target', iki('2', 'Jumlah laporan', 10, 'laporan'), true],
    ['different satuan', iki('2', 'jumlah laporan', 12, 'dokumen'), true],
    ['range vs number', iki('2', 'Jumlah laporan', [10, 12], 'laporan'), true],
  ] as const)('within one SKP, %s → conflict %s; the first is shown, the other hidden', (_n, kedua, konflik) => {
    const [g] = cariDuplikat([iki('1', 'Jumlah laporan', 12, 'laporan'), kedua]);
    expect(g).toMatchObject({ kunci: 'jumlah laporan', utama: { id: '1' }, tersembunyi: [{ id: '2' }], konflik });
  });

  test('against OPD-level indicators: agreeing → the PK indicator is the reference and the SKP ones are hidden', () => {
    const [g] = cariDuplikat(
      [iki('1', 'Indeks SPBE', 3.5, 'indeks')],
      [iki('pk1', 'indeks spbe', 3.5, 'Indeks'), iki('pk2', 'Lainnya', 1, 'x')],
    );
    expect(g).toMatchObject({
      utama: { id: 'pk1' },
      tersembunyi: [{ id: '1' }],
      tingkatOpd: [{ id: 'pk1' }],
      konflik: false,
      acuanOpd: true,
    });
    const [h] = cariDuplikat([iki('1', 'Indeks SPBE', 3.5, 'indeks')], [iki('pk1', 'Indeks SPBE', 3.2, 'indeks')]);
    expect(h).toMatchObject({ utama: { id: '1' }, tersembunyi: [], konflik: true, acuanOpd: false });
  });

  test.each([
    [
      'agreeing PK, two SKP copies: both hidden behind the PK',
      [iki('a', 'X', 1, 'u'), iki('b', 'x.', 1, 'U')],
      [iki('opd:s:0', 'X', 1, 'u')],
      { a: [true, 'opd:s:0'], b: [true, 'opd:s:0'] },
      0,
    ],
    [
      'PK with another target: the first SKP copy shown, conflict',
      [iki('a', 'X', 1, 'u')],
      [iki('opd:s:0', 'X', 2, 'u')],
      { a: [false, null] },
      1,
    ],
    [
      'PK with another satuan',
      [iki('a', 'X', 1, 'u'), iki('b', 'X', 1, 'u')],
      [iki('opd:s:0', 'X', 1, 'v')],
      { a: [false, null], b: [true, 'a'] },
      1,
    ],
    ['no PK match: unchanged', [iki('a', 'X', 1, 'u')], [iki('opd:s:0', 'Y', 1, 'u')], { a: [false, null] }, 0],
  ] as const)('tandaDuplikat with OPD-level indicators: %s', (_n, skp, opd, harap, konflik) => {
    const r = tandaDuplikat([...skp], [...opd]);
    expect(Object.fromEntries([...r.tanda].map(([k, v]) => [k, [v.disembunyikan, v.duplikatDari]]))).toEqual(harap);
    expect(r.konflik).toBe(konflik);
  });

  test('peringatanDuplikat lists only the SKP indicators of a conflict group and names the PK target', () => {
    const { kelompok } = tandaDuplikat(
      [iki('a', 'Indeks SPBE', 3.5, 'indeks'), iki('b', 'Jumlah', 1, 'u'), iki('c', 'jumlah', 2, 'u')],
      [iki('opd:s:0', 'Indeks SPBE', 3.2, 'indeks')],
    );
    const p = peringatanDuplikat(kelompok);
    expect(p.map((x) => x.indikator)).toEqual([['a'], ['b', 'c']]);
    expect(p[0]).toMatchObject({ kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK' });
    expect(p[0].pesan).toContain('sasaran OPD (PK) dengan target 3,2 indeks');
    expect(p[1].pesan).toBe('Indikator "Jumlah" ganda dengan target atau satuan berbeda.');
  });

  test('OPD-level indicators alone never make a group', () => {
    expect(cariDuplikat([], [iki('a', 'x', 1, 'u'), iki('b', 'x', 2, 'u')])).toEqual([]);
  });

  test('three copies: one shown, two hidden, pointing at the shown one', () => {
    const { tanda, konflik } = tandaDuplikat([
      iki('a', 'Jumlah laporan', 12, 'laporan'),
      iki('b', 'Persentase', 1, '%'),
      iki('c', 'jumlah laporan', 12, 'laporan'),
      iki('d', 'Jumlah Laporan!', 12, 'laporan'),
    ]);
    expect(konflik).toBe(0);
    expect(Object.fromEntries(tanda)).toEqual({
      a: { disembunyikan: false, duplikatDari: null },
      b: { disembunyikan: false, duplikatDari: null },
      c: { disembunyikan: true, duplikatDari: 'a' },
      d: { disembunyikan: true, duplikatDari: 'a' },
    });
  });

  test('conflicts are counted per group', () => {
    const { konflik } = tandaDuplikat([
      iki('a', 'X', 1, 'u'),
      iki('b', 'x', 2, 'u'),
      iki('c', 'Y', 1, 'u'),
      iki('d', 'y', 1, 'v'),
      iki('e', 'Z', 1, 'u'),
      iki('f', 'z', 1, 'u'),
    ]);
    expect(konflik).toBe(2);
  });
});
