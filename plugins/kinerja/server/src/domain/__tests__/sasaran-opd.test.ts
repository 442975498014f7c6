/** OPD-level sasaran/PK: validation (the field names the first error) and the indicators fed to the duplicate check. */
import { periksaSasaran, indikatorTingkatOpd, MAKS_INDIKATOR } from '../sasaran-opd';

const baik = {
  tahun: 2026,
  sasaran: 'Meningkatnya kualitas SPBE',
  indikator: [{ indikator: 'Indeks SPBE', target: '3,5', satuan: 'indeks' }],
};

describe('periksaSasaran', () => {
  test('valid input → trimmed data, urutan 1 by default, target normalised', () => {
    const r = periksaSasaran({
      ...baik,
      sasaran: '  Meningkatnya  kualitas SPBE ',
      indikator: [{ indikator: ' Indeks  SPBE ', target: ' 80 s.d. 90 ', satuan: ' persen ' }],
    });
    expect(r).toEqual({
      ok: true,
      data: {
        tahun: 2026,
        sasaran: 'Meningkatnya  kualitas SPBE',
        urutan: 1,
        indikator: [{ indikator: 'Indeks SPBE', target: '80 s.d. 90', satuan: 'persen' }],
      },
    });
  });

  test('tahun given as text is accepted', () => {
    expect(periksaSasaran({ ...baik, tahun: '2027' })).toMatchObject({ ok: true, data: { tahun: 2027 } });
  });

  test.each([
    ['tahun missing', { tahun: undefined }, 'tahun', 'ISIAN_TIDAK_VALID'],
    ['tahun out of range', { tahun: 1999 }, 'tahun', 'ISIAN_TIDAK_VALID'],
    ['sasaran empty', { sasaran: '   ' }, 'sasaran', 'ISIAN_TIDAK_VALID'],
    ['urutan 0', { urutan: 0 }, 'urutan', 'ISIAN_TIDAK_VALID'],
    ['no indikator', { indikator: [] }, 'indikator', 'ISIAN_TIDAK_VALID'],
    ['indikator not a list', { indikator: 'x' }, 'indikator', 'ISIAN_TIDAK_VALID'],
    [
      'too many',
      { indikator: Array.from({ length: MAKS_INDIKATOR + 1 }, () => baik.indikator[0]) },
      'indikator',
      'ISIAN_TIDAK_VALID',
    ],
    [
      'indikator text empty',
      { indikator: [{ indikator: ' ', target: '1', satuan: 'x' }] },
      'indikator[0].indikator',
      'ISIAN_TIDAK_VALID',
    ],
    [
      'bad target',
      { indikator: [{ indikator: 'A', target: 'banyak', satuan: 'x' }] },
      'indikator[0].target',
      'TARGET_TIDAK_VALID',
    ],
    [
      'reversed range in the second',
      { indikator: [baik.indikator[0], { indikator: 'B', target: '90-80', satuan: 'x' }] },
      'indikator[1].target',
      'TARGET_TIDAK_VALID',
    ],
    ['satuan missing', { indikator: [{ indikator: 'A', target: '1' }] }, 'indikator[0].satuan', 'ISIAN_TIDAK_VALID'],
  ] as const)('%s → 400 on %s', (_n, ubah, field, kode) => {
    expect(periksaSasaran({ ...baik, ...ubah })).toMatchObject({ ok: false, field, kode });
  });
});

describe('indikatorTingkatOpd', () => {
  test('flattens the sasaran in order with stable ids and parsed targets', () => {
    const r = indikatorTingkatOpd([
      {
        documentId: 's1',
        indikator: [
          { indikator: 'A', target: '80-90', satuan: 'persen' },
          { indikator: 'B', target: '2', satuan: 'x' },
        ],
      },
      {
        documentId: 's2',
        indikator: [
          { indikator: 'C', target: 'rusak', satuan: 'x' },
          { indikator: 'D', target: '1.250,5', satuan: 'rupiah' },
        ],
      },
      { documentId: 's3', indikator: null },
    ]);
    expect(r).toEqual([
      { id: 'opd:s1:0', uraian: 'A', targetMin: 80, targetMax: 90, satuan: 'persen' },
      { id: 'opd:s1:1', uraian: 'B', targetMin: 2, targetMax: 2, satuan: 'x' },
      { id: 'opd:s2:1', uraian: 'D', targetMin: 1250.5, targetMax: 1250.5, satuan: 'rupiah' },
    ]);
  });
});
