import { describe, expect, it } from 'vitest';
import type { Iki, Rhk } from '../../dataProvider/types';
import { awalIki, awalRhk, periksaIki, periksaRhk, type IsianIki, type IsianRhk } from '../rencana/isian';

const rhk = (f: Partial<IsianRhk> = {}): IsianRhk => ({
  jenis: 'UTAMA',
  uraian: 'Tersusunnya laporan',
  atasanId: 'a1',
  perspektif: '',
  ...f,
});
const iki = (f: Partial<IsianIki> = {}): IsianIki => ({
  uraian: 'Jumlah laporan',
  aspek: 'KUANTITAS',
  target: '12',
  satuan: 'laporan',
  polaritas: 'NAIK',
  sifat: 'NON_KUMULATIF',
  ...f,
});

describe('periksaRhk (the RHK dialog)', () => {
  it.each([
    ['JA UTAMA complete', 'JA', rhk(), false],
    ['JA UTAMA without uraian', 'JA', rhk({ uraian: '  ' }), true],
    ['JA UTAMA without parent RHK', 'JA', rhk({ atasanId: '' }), true],
    ['JA TAMBAHAN needs no parent', 'JA', rhk({ jenis: 'TAMBAHAN', atasanId: '' }), false],
    ['JPT UTAMA needs a perspective', 'JPT', rhk({ atasanId: '' }), true],
    ['JPT UTAMA with a perspective', 'JPT', rhk({ atasanId: '', perspektif: 'ANGGARAN' }), false],
    ['JPT TAMBAHAN without perspective', 'JPT', rhk({ jenis: 'TAMBAHAN', atasanId: '' }), false],
  ] as const)('%s', (_nama, jenis, isian, kurang) => expect(periksaRhk(jenis, isian).kurang).toBe(kurang));

  it('sends the parent only where asked, the perspective only for a JPT, the text trimmed', () => {
    expect(periksaRhk('JA', rhk({ uraian: ' A ', perspektif: 'ANGGARAN' })).input).toEqual({
      jenis: 'UTAMA',
      uraian: 'A',
      rhk_atasan_id: 'a1',
      perspektif: null,
    });
    expect(periksaRhk('JPT', rhk({ perspektif: 'ANGGARAN' })).input).toEqual({
      jenis: 'UTAMA',
      uraian: 'Tersusunnya laporan',
      rhk_atasan_id: null,
      perspektif: 'ANGGARAN',
    });
    expect(periksaRhk('JF', rhk({ jenis: 'TAMBAHAN' })).input.rhk_atasan_id).toBeNull();
  });

  it('starts from the edited RHK or the defaults', () => {
    expect(awalRhk(null)).toEqual({ jenis: 'UTAMA', uraian: '', atasanId: '', perspektif: '' });
    const ada = { jenis: 'TAMBAHAN', uraian: 'X', rhk_atasan: { id: 'p' }, perspektif: 'ANGGARAN' } as unknown as Rhk;
    expect(awalRhk(ada)).toEqual({ jenis: 'TAMBAHAN', uraian: 'X', atasanId: 'p', perspektif: 'ANGGARAN' });
  });
});

describe('periksaIki (the IKI dialog)', () => {
  it.each([
    ['complete', iki(), false],
    ['without uraian', iki({ uraian: '' }), true],
    ['without target', iki({ target: ' ' }), true],
    ['without satuan', iki({ satuan: '' }), true],
  ] as const)('%s', (_nama, isian, kurang) => expect(periksaIki('JA', isian).kurang).toBe(kurang));

  it('sends the aspect only where it is used (not JPT), the texts trimmed', () => {
    const isian = iki({ uraian: ' U ', target: ' 5 ', satuan: ' dok ', polaritas: 'TURUN', sifat: 'KUMULATIF' });
    expect(periksaIki('JA', isian).input).toEqual({
      uraian: 'U',
      aspek: 'KUANTITAS',
      target: '5',
      satuan: 'dok',
      polaritas: 'TURUN',
      sifat_target: 'KUMULATIF',
    });
    expect(periksaIki('JPT', isian).input).not.toHaveProperty('aspek');
  });

  it('starts from the edited IKI or the defaults', () => {
    expect(awalIki(null)).toEqual(iki({ uraian: '', target: '', satuan: '' }));
    const ada = {
      uraian: 'U',
      aspek: 'WAKTU',
      target: '3',
      satuan: 'hari',
      polaritas: 'TURUN',
      sifat_target: 'TERAKHIR',
    };
    expect(awalIki(ada as unknown as Iki)).toEqual(
      iki({ uraian: 'U', aspek: 'WAKTU', target: '3', satuan: 'hari', polaritas: 'TURUN', sifat: 'TERAKHIR' }),
    );
  });
});
