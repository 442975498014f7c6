import { describe, expect, it } from 'vitest';
import { angkaRupiah, barisSasaran } from '../format';
import { urlCetakPk } from '../../dataProvider/dpa';

describe('angkaRupiah', () => {
  it('digit strings and numbers; anything else null', () => {
    expect(angkaRupiah('1250000000')).toBe(1250000000);
    expect(angkaRupiah(42)).toBe(42);
    expect(angkaRupiah(null)).toBeNull();
    expect(angkaRupiah('')).toBeNull();
    expect(angkaRupiah('1.250')).toBeNull();
  });
});

describe('barisSasaran', () => {
  it('one row per indicator, the sasaran spanning them; target with unit; no indicator → dash row', () => {
    const b = barisSasaran([
      {
        sasaran: 'S1',
        indikator: [
          { indikator: 'I1', target: '3,5', satuan: 'indeks' },
          { indikator: 'I2', target: '100', satuan: null },
        ],
      },
      { sasaran: 'S2', indikator: [] },
    ]);
    expect(b).toEqual([
      { no: 1, sasaran: 'S1', span: 2, indikator: 'I1', target: '3,5 indeks' },
      { no: 1, sasaran: 'S1', span: 0, indikator: 'I2', target: '100' },
      { no: 2, sasaran: 'S2', span: 1, indikator: '-', target: '-' },
    ]);
  });
});

describe('urlCetakPk', () => {
  it('every parameter encoded, fallback name like the server', () => {
    const { url, cadangan } = urlCetakPk('http://x', {
      tahun: 2026,
      kode_opd: '1.11.01',
      tanggal: '2026-01-05',
      tempat: 'Madiun',
    });
    const u = new URL(url);
    expect(u.pathname).toBe('/api/cetak/perjanjian-kinerja');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      tahun: '2026',
      kode_opd: '1.11.01',
      tanggal: '2026-01-05',
      tempat: 'Madiun',
    });
    expect(cadangan).toBe('perjanjian-kinerja_1-11-01_2026.pdf');
  });
});
