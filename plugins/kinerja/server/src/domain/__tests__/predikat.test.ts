import fs from 'fs';
import path from 'path';
import {
  skemaPredikat,
  predikatPegawai,
  saranRatingHasil,
  ratingHasilDariCapaianUnit,
  predikatOrganisasiDariCapaian,
  batasJumlah,
  periksaKurva,
  angkaKredit,
  type KebijakanPredikat,
  type KodePredikat,
  type PredikatOrganisasi,
  type Rating,
} from '../predikat';

/** The policy as shipped (config/kebijakan/predikat.json), validated by its schema. */
const berkas = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../../../../config/kebijakan/predikat.json'), 'utf8'),
);
const k: KebijakanPredikat = skemaPredikat.parse(berkas.versi[berkas.versi.length - 1].nilai);

describe('predikat matrix (domain.md §5): all 9 cells', () => {
  test.each<[Rating, Rating, KodePredikat, string]>([
    [1, 1, 1, 'Sangat Baik'],
    [1, 2, 2, 'Baik'],
    [1, 3, 4, 'Kurang/Misconduct'],
    [2, 1, 2, 'Baik'],
    [2, 2, 2, 'Baik'],
    [2, 3, 4, 'Kurang/Misconduct'],
    [3, 1, 3, 'Butuh Perbaikan'],
    [3, 2, 3, 'Butuh Perbaikan'],
    [3, 3, 5, 'Sangat Kurang'],
  ])('hasil %p × perilaku %p → %p %s', (h, p, kode, nama) => {
    expect(predikatPegawai(h, p, k)).toEqual({ kode, nama, siasn_id: kode });
  });
});

describe('advisory rating hasil', () => {
  test.each<[(number | null)[], Rating | null]>([
    [[120, 110, 100], 1], // most > 100, none < 100
    [[120, 110, 99], 2], // one below 100 → not Di Atas; most ≥ 100 → Sesuai
    [[120, 100, 100], 2], // only one > 100
    [[100, 100], 2],
    [[101, 100], 2], // one of two is not "most"
    [[101, 102], 1],
    [[100, 90, 80], 3],
    [[100, 90], 3], // one of two ≥ 100 is not most
    [[50], 3],
    [[150], 1],
    [[null, 120, 130], 1], // RHK without a figure are left out
    [[], null],
    [[null], null],
  ])('%j → %p', (xs, r) => expect(saranRatingHasil(xs)).toBe(r));
});

describe('organisation predikat from capaian and the head of a unit', () => {
  test.each<[number, PredikatOrganisasi, Rating]>([
    [100, 'ISTIMEWA', 1],
    [99.99, 'BAIK', 2],
    [90, 'BAIK', 2],
    [89.99, 'BUTUH_PERBAIKAN', 3],
    [75, 'BUTUH_PERBAIKAN', 3],
    [60, 'KURANG', 3],
    [59.9, 'SANGAT_KURANG', 3],
    [0, 'SANGAT_KURANG', 3],
  ])('%p → %s, head rating %p', (c, p, r) => {
    expect(predikatOrganisasiDariCapaian(c, k)).toBe(p);
    expect(ratingHasilDariCapaianUnit(c, k)).toBe(r);
  });
  test('no figure → no rating', () => expect(ratingHasilDariCapaianUnit(null, k)).toBeNull());
});

describe('quota bounds round maxima down and minima up', () => {
  test.each<[number, 'maks' | 'min', number, number]>([
    [70, 'maks', 10, 7],
    [70, 'maks', 9, 6], // 6.3 → 6
    [70, 'maks', 3, 2], // 2.1 → 2
    [70, 'maks', 1, 0], // 0.7 → 0
    [10, 'maks', 9, 0], // 0.9 → 0
    [10, 'maks', 10, 1],
    [60, 'min', 5, 3],
    [60, 'min', 4, 3], // 2.4 → 3
    [60, 'min', 1, 1],
    [10, 'min', 3, 1], // 0.3 → 1
    [10, 'min', 10, 1],
    [10, 'min', 11, 2], // 1.1 → 2
  ])('%p%% %s of %p → %p', (persen, batas, n, hasil) =>
    expect(batasJumlah({ predikat: [1], batas, persen }, n)).toBe(hasil),
  );
  test('counts are used as they are', () =>
    expect(batasJumlah({ predikat: [1], batas: 'min', jumlah: 1 }, 50)).toBe(1));
});

/** n pegawai with the given predikat counts, e.g. daftar({1: 3, 2: 7}). */
const daftar = (c: Partial<Record<KodePredikat, number>>): KodePredikat[] =>
  Object.entries(c).flatMap(([p, n]) => Array(n).fill(Number(p)));

describe('kurva distribusi: every rule, pass and fail', () => {
  test.each<[string, PredikatOrganisasi, Partial<Record<KodePredikat, number>>, string[]]>([
    // Istimewa: Sangat Baik ≤ 70%
    ['Istimewa pass at the bound (7 of 10)', 'ISTIMEWA', { 1: 7, 2: 3 }, []],
    ['Istimewa fail (8 of 10)', 'ISTIMEWA', { 1: 8, 2: 2 }, ['Sangat Baik ≤ 70%']],
    ['Istimewa small n rounds down (3 of 3 → max 2)', 'ISTIMEWA', { 1: 3 }, ['Sangat Baik ≤ 70%']],
    // Baik: Baik ≤ 70%; at least one Butuh Perbaikan or Kurang/Misconduct
    ['Baik pass', 'BAIK', { 1: 2, 2: 7, 3: 1 }, []],
    ['Baik pass with a Kurang/Misconduct', 'BAIK', { 2: 7, 4: 1, 1: 2 }, []],
    ['Baik fail: too many Baik', 'BAIK', { 2: 8, 3: 2 }, ['Baik ≤ 70%']],
    [
      'Baik fail: nobody Butuh Perbaikan or Kurang',
      'BAIK',
      { 1: 3, 2: 7 },
      ['Butuh Perbaikan + Kurang/Misconduct ≥ 1 orang'],
    ],
    ['Baik fail: both', 'BAIK', { 2: 10 }, ['Baik ≤ 70%', 'Butuh Perbaikan + Kurang/Misconduct ≥ 1 orang']],
    // Butuh Perbaikan: BP ≥ 60%; SB ≤ 10%
    ['Butuh Perbaikan pass', 'BUTUH_PERBAIKAN', { 3: 6, 2: 3, 1: 1 }, []],
    ['Butuh Perbaikan fail: too few BP', 'BUTUH_PERBAIKAN', { 3: 5, 2: 5 }, ['Butuh Perbaikan ≥ 60%']],
    ['Butuh Perbaikan fail: too many SB', 'BUTUH_PERBAIKAN', { 3: 6, 1: 2, 2: 2 }, ['Sangat Baik ≤ 10%']],
    [
      'Butuh Perbaikan small n rounds up (2 of 4 → min 3)',
      'BUTUH_PERBAIKAN',
      { 3: 2, 2: 2 },
      ['Butuh Perbaikan ≥ 60%'],
    ],
    // Kurang: K ≥ 60%; BP ≥ 10%; SB ≤ 10%
    ['Kurang pass', 'KURANG', { 4: 6, 3: 1, 2: 2, 1: 1 }, []],
    ['Kurang fail: too few Kurang', 'KURANG', { 4: 5, 3: 3, 2: 2 }, ['Kurang/Misconduct ≥ 60%']],
    ['Kurang fail: no BP', 'KURANG', { 4: 8, 2: 2 }, ['Butuh Perbaikan ≥ 10%']],
    ['Kurang fail: too many SB', 'KURANG', { 4: 6, 3: 2, 1: 2 }, ['Sangat Baik ≤ 10%']],
    // Sangat Kurang: SK ≥ 60%; K + BP ≥ 10%; no SB
    ['Sangat Kurang pass', 'SANGAT_KURANG', { 5: 6, 4: 1, 2: 3 }, []],
    ['Sangat Kurang fail: too few SK', 'SANGAT_KURANG', { 5: 5, 3: 5 }, ['Sangat Kurang ≥ 60%']],
    ['Sangat Kurang fail: no K or BP', 'SANGAT_KURANG', { 5: 8, 2: 2 }, ['Butuh Perbaikan + Kurang/Misconduct ≥ 10%']],
    ['Sangat Kurang fail: one SB', 'SANGAT_KURANG', { 5: 7, 3: 2, 1: 1 }, ['tidak ada Sangat Baik']],
  ])('%s', (_n, org, c, aturan) => {
    const h = periksaKurva(org, daftar(c), k);
    expect(h.pelanggaran.map((p) => p.aturan)).toEqual(aturan);
    const n = daftar(c).length;
    expect(h.hanyaPeringatan).toBe(n < 5);
    expect(h.blokir).toBe(aturan.length > 0 && n >= 5);
  });

  test('counts, percentages and the message name the numbers', () => {
    const h = periksaKurva('ISTIMEWA', daftar({ 1: 8, 2: 2 }), k);
    expect(h.jumlah).toEqual({ 1: 8, 2: 2, 3: 0, 4: 0, 5: 0 });
    expect(h.persen[1]).toBe(80);
    expect(h.pelanggaran[0]).toMatchObject({ batas: 'maks', batas_jumlah: 7, jumlah: 8 });
    expect(h.pelanggaran[0].pesan).toBe('Sangat Baik ≤ 70%: ada 8 dari 10 pegawai, paling banyak 7 orang.');
  });

  test('units under 5 evaluated pegawai: violations are warnings, not blocks', () => {
    const h = periksaKurva('ISTIMEWA', daftar({ 1: 4 }), k);
    expect(h.pelanggaran).toHaveLength(1);
    expect(h.hanyaPeringatan).toBe(true);
    expect(h.blokir).toBe(false);
    expect(periksaKurva('ISTIMEWA', daftar({ 1: 5 }), k).blokir).toBe(true);
  });

  test('nobody evaluated: Baik asks for one BP/Kurang, as a warning', () => {
    const h = periksaKurva('BAIK', [], k);
    expect(h.n).toBe(0);
    expect(h.blokir).toBe(false);
  });
});

describe('JF angka kredit from the annual predikat', () => {
  test.each<[KodePredikat, string, number | null]>([
    [1, 'AHLI_PERTAMA', 18.75],
    [2, 'AHLI_PERTAMA', 12.5],
    [3, 'AHLI_MUDA', 18.75],
    [4, 'AHLI_MADYA', 18.75],
    [5, 'AHLI_UTAMA', 12.5],
    [2, 'PEMULA', 3.75],
    [1, 'TERAMPIL', 7.5],
    [3, 'MAHIR', 9.375],
    [2, 'PENYELIA', 25],
    [2, 'PELAKSANA', null],
  ])('predikat %p, %s → %p', (p, j, ak) => expect(angkaKredit(p, j, k)).toBe(ak));
  test('part of a year', () => expect(angkaKredit(2, 'AHLI_MUDA', k, 6)).toBe(12.5));
});

test('the policy schema refuses a broken matrix', () => {
  const rusak = JSON.parse(JSON.stringify(berkas.versi[0].nilai));
  rusak.matriks['1']['3'] = 9;
  expect(skemaPredikat.safeParse(rusak).success).toBe(false);
});
