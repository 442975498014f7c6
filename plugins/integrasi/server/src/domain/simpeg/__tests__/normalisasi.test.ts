/**
 * The normal forms: what M-SKP and SIMPEG write differently but mean the same compares equal; what differs
 * stays different.
 */
import {
  golonganPppk,
  labelGolongan,
  normalisasiGelar,
  normalisasiGolongan,
  normalisasiKode,
  normalisasiNama,
  normalisasiTanggal,
} from '../normalisasi';

describe('normalisasiNama: case and spaces do not count', () => {
  test.each([
    ['Agus Purwanto', 'AGUS PURWANTO', true],
    ['  Agus   Purwanto ', 'agus purwanto', true],
    ['Agus Purwanto', 'Agus Purwant0', false],
    ['Agus Purwanto', 'Agus Purwanto Putra', false],
  ])('%j ~ %j → %s', (a, b, sama) => {
    expect(normalisasiNama(a) === normalisasiNama(b)).toBe(sama);
  });
  test.each([[null], [''], ['  '], ['-'], [12]])('%j is nothing written', (x) => {
    expect(normalisasiNama(x)).toBeNull();
  });
});

describe('normalisasiGelar: punctuation, spaces and case do not count; dr. is not Dr.', () => {
  test.each([
    ['S.Kom., M.T.', 'S.Kom, M.T', true],
    ['S.Kom., M.T.', 'S. Kom., MT', true],
    ['S.Kom., M.T.', 's.kom., m.t.', true],
    ['Dr. Drs.', 'Dr.Drs.', true],
    ['A.Md.Farm.', 'A.Md. Farm', true],
    ['S.Kom., M.T.', 'S.Kom.', false],
    ['S.Kom., M.T.', 'M.T., S.Kom.', false],
    ['S.Si.', 'S.Sos.', false],
    ['dr.', 'Dr.', false],
    ['dr.', 'dr', true],
    ['dr. Sp.PD', 'dr., Sp.PD.', true],
  ])('%j ~ %j → %s', (a, b, sama) => {
    expect(normalisasiGelar(a) === normalisasiGelar(b)).toBe(sama);
  });
  test.each([[null], [''], ['-'], [' . '], [undefined]])('%j is no gelar', (x) => {
    expect(normalisasiGelar(x)).toBeNull();
  });
});

describe('normalisasiGolongan: the SIASN code', () => {
  test.each([
    ['42', '42'],
    ['IV/b', '42'],
    ['iv/B', '42'],
    ['IV - b', '42'],
    ['IVb', '42'],
    ['III/d', '34'],
    ['I/a', '11'],
    ['IV/e', '45'],
    [42, '42'],
    ['V', 'V'],
    ['ix', 'IX'],
    ['III/e', 'III/E'], // no such golongan: kept, so it shows as a difference
    ['15', '15'],
    ['', null],
    [null, null],
  ])('%j → %j', (x, kode) => {
    expect(normalisasiGolongan(x)).toBe(kode);
  });
  test.each([
    ['42', false],
    ['IX', true],
    ['XVII', true],
    ['XVIII', null],
    ['III/E', null],
    [null, null],
  ])('golonganPppk(%j) = %j', (kode, pppk) => {
    expect(golonganPppk(kode)).toBe(pppk);
  });
  test.each([
    ['42', 'IV/b'],
    ['11', 'I/a'],
    ['IX', 'IX'],
    [null, null],
  ])('labelGolongan(%j) = %j', (kode, label) => {
    expect(labelGolongan(kode)).toBe(label);
  });
});

describe('normalisasiTanggal: YYYY-MM-DD from what the sides hand over', () => {
  test.each([
    ['2024-01-02', '2024-01-02'],
    ['2024-1-2', '2024-01-02'],
    ['2024-01-02T00:00:00.000Z', '2024-01-02'],
    ['2024-01-02 08:00:00', '2024-01-02'],
    ['02-01-2024', '2024-01-02'],
    ['02/01/2024', '2024-01-02'],
    ['2.1.2024', '2024-01-02'],
    [new Date('2024-01-02T00:00:00Z'), '2024-01-02'],
    [new Date(2024, 0, 2), '2024-01-02'], // local midnight, as node-postgres reads a DATE
    ['2024-02-30', null],
    ['31/04/2024', null],
    ['kemarin', null],
    [new Date('x'), null],
    [null, null],
    ['', null],
  ])('%j → %j', (x, t) => {
    expect(normalisasiTanggal(x)).toBe(t);
  });
});

describe('normalisasiKode', () => {
  test.each([
    [' 1.11.01 ', '1.11.01'],
    ['1.11.01-abc', '1.11.01-ABC'],
    [7, '7'],
    ['', null],
  ])('%j → %j', (x, k) => {
    expect(normalisasiKode(x)).toBe(k);
  });
});
