/**
 * NIP rule table (domain.md §1: 18 digits = birth date YYYYMMDD · TMT CPNS YYYYMM · sex 1/2 · sequence NNN;
 * PPPK: TMT year + code "21"). Every branch and error code of validasiNip, with a fixed `hariIni`.
 */
import {
  validasiNip,
  formatNip,
  normalisasiNip,
  USIA_MINIMAL_PENGANGKATAN,
  KODE_PPPK,
  type KodeKesalahanNip,
  type HasilNip,
} from '../nip';

type Gagal = Extract<HasilNip, { ok: false }>;

const HARI_INI = '2026-06-15';
const v = (nip: unknown, opsi: Parameters<typeof validasiNip>[1] = {}) =>
  validasiNip(nip, { hariIni: HARI_INI, ...opsi });

function kodeDari(nip: unknown, opsi: Parameters<typeof validasiNip>[1] = {}): KodeKesalahanNip | 'OK' {
  const r = v(nip, opsi);
  return r.ok ? 'OK' : (r as Gagal).kode;
}

describe('constants', () => {
  test('minimum age is 18 and the PPPK code is "21"', () => {
    expect(USIA_MINIMAL_PENGANGKATAN).toBe(18);
    expect(KODE_PPPK).toBe('21');
  });
});

describe('validasiNip: the rule table (hariIni = 2026-06-15)', () => {
  // [case, input, options, expected code]
  const tabel: [string, unknown, Parameters<typeof validasiNip>[1], KodeKesalahanNip | 'OK'][] = [
    // presence
    ['undefined', undefined, {}, 'NIP_WAJIB'],
    ['null', null, {}, 'NIP_WAJIB'],
    ['empty string', '', {}, 'NIP_WAJIB'],
    ['spaces only', '   ', {}, 'NIP_WAJIB'],
    ['an object', { nip: '197001012000031001' }, {}, 'NIP_WAJIB'],
    ['an array', ['197001012000031001'], {}, 'NIP_WAJIB'],
    ['a boolean', true, {}, 'NIP_WAJIB'],
    // digits only
    ['a letter', '19700101200003100A', {}, 'NIP_BUKAN_ANGKA'],
    ['dashes', '1970-01-01-2000-03-1-001', {}, 'NIP_BUKAN_ANGKA'],
    ['dots', '19700101.200003.1.001', {}, 'NIP_BUKAN_ANGKA'],
    ['full-width digits', '１９７００１０１２００００３１００１', {}, 'NIP_BUKAN_ANGKA'],
    ['negative number', '-19700101200003100', {}, 'NIP_BUKAN_ANGKA'],
    // length
    ['17 digits', '19700101200003100', {}, 'NIP_PANJANG'],
    ['19 digits', '1970010120000310011', {}, 'NIP_PANJANG'],
    ['1 digit', '1', {}, 'NIP_PANJANG'],
    ['a short number', 12345, {}, 'NIP_PANJANG'],
    // birth date (digits 1–8)
    ['birth month 00', '197000012000031001', {}, 'NIP_TANGGAL_LAHIR'],
    ['birth month 13', '197013012000031001', {}, 'NIP_TANGGAL_LAHIR'],
    ['birth day 00', '197001002000031001', {}, 'NIP_TANGGAL_LAHIR'],
    ['birth day 32', '197001322000031001', {}, 'NIP_TANGGAL_LAHIR'],
    ['31 April', '197004312000031001', {}, 'NIP_TANGGAL_LAHIR'],
    ['29 Feb of a non-leap year (1991)', '199102292010011001', {}, 'NIP_TANGGAL_LAHIR'],
    ['29 Feb of 1900 (century, not leap)', '190002291925011001', {}, 'NIP_TANGGAL_LAHIR'],
    ['29 Feb of a leap year (1992)', '199202292012011001', {}, 'OK'],
    ['29 Feb of 2000 (400-year leap)', '200002292020011001', {}, 'OK'],
    ['year 1899', '189901011925011001', {}, 'NIP_TANGGAL_LAHIR'],
    ['year 1900 (lowest accepted)', '190001011925011001', {}, 'OK'],
    ['year 0000', '000001012000031001', {}, 'NIP_TANGGAL_LAHIR'],
    ['birth date tomorrow', '202606162026061001', {}, 'NIP_TANGGAL_LAHIR'],
    ['birth date next year', '202701012045011001', {}, 'NIP_TANGGAL_LAHIR'],
    // TMT (digits 9–14), PNS
    ['TMT month 00', '197001012000001001', {}, 'NIP_TMT'],
    ['TMT month 13', '197001012000131001', {}, 'NIP_TMT'],
    ['TMT month 99', '197001012000991001', {}, 'NIP_TMT'],
    ['TMT next month of this year', '197001012026071001', {}, 'NIP_TMT'],
    ['TMT next year', '197001012027011001', {}, 'NIP_TMT'],
    ['TMT this month (not after today)', '197001012026061001', {}, 'OK'],
    ['TMT earlier this year', '197001012026011001', {}, 'OK'],
    ['TMT month 21 forced PNS', '197001012000211001', { jenisAsn: 'PNS' }, 'NIP_TMT'],
    // TMT, PPPK
    ['PPPK code 21 detected', '198505052022211001', {}, 'OK'],
    ['PPPK code 21 explicit', '198505052022211001', { jenisAsn: 'PPPK' }, 'OK'],
    ['PPPK explicit with a month instead of 21', '198505052022031001', { jenisAsn: 'PPPK' }, 'NIP_TMT'],
    ['PPPK explicit with 00', '198505052022001001', { jenisAsn: 'PPPK' }, 'NIP_TMT'],
    ['PPPK appointed this year', '198505052026211001', {}, 'OK'],
    ['PPPK appointed next year', '198505052027211001', {}, 'NIP_TMT'],
    // age at appointment
    ['PNS exactly 18 (same month)', '199005152008051001', {}, 'OK'],
    ['PNS 18 (month after birth month)', '199005152008061001', {}, 'OK'],
    ['PNS 17 (month before birth month)', '199005152008041001', {}, 'NIP_USIA_TMT'],
    ['PNS 17 by year', '199005152007121001', {}, 'NIP_USIA_TMT'],
    ['PNS appointed before birth', '199005151980011001', {}, 'NIP_USIA_TMT'],
    ['PPPK exactly 18 by year', '200001012018211001', {}, 'OK'],
    ['PPPK 17 by year', '200001012017211001', {}, 'NIP_USIA_TMT'],
    // sex (digit 15)
    ['sex 1', '197001012000031001', {}, 'OK'],
    ['sex 2', '197001012000032001', {}, 'OK'],
    ['sex 0', '197001012000030001', {}, 'NIP_JENIS_KELAMIN'],
    ['sex 3', '197001012000033001', {}, 'NIP_JENIS_KELAMIN'],
    ['sex 9', '197001012000039001', {}, 'NIP_JENIS_KELAMIN'],
    // sequence (digits 16–18)
    ['sequence 000', '197001012000031000', {}, 'NIP_NOMOR_URUT'],
    ['sequence 001', '197001012000031001', {}, 'OK'],
    ['sequence 999', '197001012000031999', {}, 'OK'],
    // printed and padded forms
    ['printed form with spaces', '19700101 200003 1 001', {}, 'OK'],
    ['tabs and newlines', '19700101\t200003\n1 001', {}, 'OK'],
    ['leading/trailing spaces', '  197001012000031001  ', {}, 'OK'],
    // the demo accounts of api.md are valid
    ['demo Kepala Dinas', '197001012000031001', {}, 'OK'],
    ['demo Sekretaris', '197502022001032002', {}, 'OK'],
    ['demo Kabid Aplikasi', '198003032005011003', {}, 'OK'],
    ['demo pelaksana', '199004042015031004', {}, 'OK'],
    ['demo JF', '199105052019032005', {}, 'OK'],
    ['demo Kabid Statistik', '198506062010011006', {}, 'OK'],
    ['demo pelaksana Persandian', '199207072020122007', {}, 'OK'],
  ];

  test.each(tabel)('%s: %p → %s', (_nama, input, opsi, kode) => {
    expect(kodeDari(input, opsi)).toBe(kode);
  });
});

describe('validasiNip: order of checks (the first broken rule is reported)', () => {
  test.each([
    ['letters beat length', '12a', 'NIP_BUKAN_ANGKA'],
    ['length beats birth date', '0000000000000', 'NIP_PANJANG'],
    ['birth date beats TMT', '197013012000131001', 'NIP_TANGGAL_LAHIR'],
    ['TMT beats age', '201001012000131001', 'NIP_TMT'],
    ['age beats sex', '200001012010033001', 'NIP_USIA_TMT'],
    ['sex beats sequence', '197001012000033000', 'NIP_JENIS_KELAMIN'],
  ])('%s', (_n, nip, kode) => {
    expect(kodeDari(nip)).toBe(kode);
  });
});

describe('validasiNip: messages name the rule (Indonesian)', () => {
  const pesan = (nip: unknown, opsi = {}) => {
    const r = v(nip, opsi);
    if (r.ok) throw new Error('expected a failure');
    return (r as Gagal).pesan;
  };
  test('required', () => expect(pesan('')).toBe('NIP wajib diisi.'));
  test('digits', () => expect(pesan('x'.repeat(18))).toMatch(/hanya boleh berisi angka/));
  test('length states the actual count', () =>
    expect(pesan('12345678901234567')).toBe('NIP harus 18 digit, bukan 17 digit.'));
  test('birth date quotes digits 1–8 and the format', () => {
    const p = pesan('197013012000031001');
    expect(p).toContain('19701301');
    expect(p).toContain('TTTTBBHH');
  });
  test('future birth date quotes the date', () => expect(pesan('202606162026061001')).toContain('2026-06-16'));
  test('TMT month quotes digits 9–14 and the month range', () => {
    const p = pesan('197001012000131001');
    expect(p).toContain('200013');
    expect(p).toContain('01–12');
  });
  test('PPPK code quotes the expected and actual code', () => {
    const p = pesan('198505052022031001', { jenisAsn: 'PPPK' });
    expect(p).toContain('"21"');
    expect(p).toContain('"03"');
  });
  test('future TMT quotes the TMT', () => expect(pesan('197001012027011001')).toContain('2027-01'));
  test('future PPPK TMT quotes the year', () => expect(pesan('198505052027211001')).toContain('(2027)'));
  test('age states the computed age and the minimum', () => {
    const p = pesan('199005152008041001');
    expect(p).toContain('usia 17 tahun');
    expect(p).toContain('18 tahun');
  });
  test('sex digit states 1/2 and the digit found', () => {
    const p = pesan('197001012000033001');
    expect(p).toContain('1 (laki-laki) atau 2 (perempuan)');
    expect(p).toMatch(/bukan 3\.$/);
  });
  test('sequence', () => expect(pesan('197001012000031000')).toContain('000'));
});

describe('validasiNip: parsed data', () => {
  test('PNS man', () => {
    const r = v('19700518 200503 1 005');
    expect(r).toEqual({
      ok: true,
      data: {
        nip: '197005182005031005',
        tanggalLahir: '1970-05-18',
        tmt: '2005-03',
        jenisKelamin: 'L',
        nomorUrut: 5,
        jenisAsn: 'PNS',
      },
    });
  });
  test('PNS woman', () => {
    const r = v('199207072020122007');
    expect(r.ok && r.data).toEqual({
      nip: '199207072020122007',
      tanggalLahir: '1992-07-07',
      tmt: '2020-12',
      jenisKelamin: 'P',
      nomorUrut: 7,
      jenisAsn: 'PNS',
    });
  });
  test('PPPK: TMT is a year', () => {
    const r = v('198505052022212123');
    expect(r.ok && r.data).toEqual({
      nip: '198505052022212123',
      tanggalLahir: '1985-05-05',
      tmt: '2022',
      jenisKelamin: 'P',
      nomorUrut: 123,
      jenisAsn: 'PPPK',
    });
  });
  test('birth date equal to today passes the birth check (then fails the age rule)', () => {
    expect(kodeDari('202606152026061001')).toBe('NIP_USIA_TMT');
  });
  test('without hariIni the real clock bounds dates', () => {
    expect(validasiNip('197001012000031001').ok).toBe(true);
    const r = validasiNip('299901012999011001');
    expect(r.ok).toBe(false);
    expect((r as Gagal).kode).toBe('NIP_TANGGAL_LAHIR');
  });
});

describe('normalisasiNip and formatNip', () => {
  test.each([
    ['19700518 200503 1 005', '197005182005031005'],
    [' 1970 0518\t2005 ', '197005182005'],
    [12345, '12345'],
    [null, ''],
    [undefined, ''],
    [{}, ''],
    ['abc def', 'abcdef'],
  ])('normalisasiNip(%p) → %p', (input, hasil) => {
    expect(normalisasiNip(input)).toBe(hasil);
  });

  test.each([
    ['197005182005031005', '19700518 200503 1 005'],
    ['19700518 200503 1 005', '19700518 200503 1 005'],
    ['1970 0518 2005 0310 05', '19700518 200503 1 005'],
    ['199207072020122007', '19920707 202012 2 007'],
    ['12345', '12345'],
    ['1234567890123456789', '1234567890123456789'],
    ['', ''],
  ])('formatNip(%p) → %p', (input, hasil) => {
    expect(formatNip(input)).toBe(hasil);
  });
});
