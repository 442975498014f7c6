import { tanggalIndonesia, tempatTanggal, teksPeriode, tanggalIsoValid, NAMA_BULAN } from '../tanggal';

describe('tanggalIndonesia', () => {
  test.each([
    ['2027-01-01', '1 Januari 2027'],
    ['2027-02-28', '28 Februari 2027'],
    ['2028-02-29', '29 Februari 2028'],
    ['2027-03-09', '9 Maret 2027'],
    ['2027-04-30', '30 April 2027'],
    ['2027-05-15', '15 Mei 2027'],
    ['2027-06-01', '1 Juni 2027'],
    ['2027-07-17', '17 Juli 2027'],
    ['2027-08-17', '17 Agustus 2027'],
    ['2027-09-10', '10 September 2027'],
    ['2027-10-05', '5 Oktober 2027'],
    ['2026-11-27', '27 November 2026'],
    ['2027-12-31', '31 Desember 2027'],
  ])('%s → %s', (iso, teks) => {
    expect(tanggalIndonesia(iso)).toBe(teks);
  });

  test('twelve Indonesian month names, in order', () => {
    expect(NAMA_BULAN).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]);
  });

  test.each([
    ['2027-02-29'],
    ['2027-13-01'],
    ['2027-00-10'],
    ['2027-04-31'],
    ['27-11-2026'],
    ['2026/11/27'],
    [''],
    ['2026-11-27T00:00:00Z'],
  ])('%j is refused', (s) => {
    expect(tanggalIsoValid(s)).toBe(false);
    expect(() => tanggalIndonesia(s)).toThrow(/Tanggal tidak valid/);
  });

  test('non-strings are not dates', () => {
    expect(tanggalIsoValid(20261127)).toBe(false);
    expect(tanggalIsoValid(null)).toBe(false);
  });
});

describe('tempatTanggal and teksPeriode', () => {
  test('place and date line as chosen; blank place prints the date alone (the policy default is resolved before); spaces folded', () => {
    expect(tempatTanggal('Madiun', '2026-11-27')).toBe('Madiun, 27 November 2026');
    expect(tempatTanggal('  Surabaya ', '2027-03-09')).toBe('Surabaya, 9 Maret 2027');
    expect(tempatTanggal('Kota   Madiun', '2027-03-09')).toBe('Kota Madiun, 9 Maret 2027');
    expect(tempatTanggal('   ', '2027-03-09')).toBe('9 Maret 2027');
  });
  test('period', () => {
    expect(teksPeriode('2027-01-01', '2027-12-31')).toBe('1 Januari 2027 s.d. 31 Desember 2027');
  });
});
