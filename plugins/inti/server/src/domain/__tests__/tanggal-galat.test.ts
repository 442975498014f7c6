/** City dates (Asia/Jakarta) and the error shape of the API (api.md: Strapi's shape + details.code/field). */
import { hariIni, tanggalValid, tambahHari, tanggalAcuanBulan, ZONA_WAKTU } from '../tanggal';
import { GalatMskp, galat, NAMA_GALAT } from '../galat';

describe('hariIni (the city day, WIB = UTC+7)', () => {
  test.each([
    ['2026-01-01T16:59:59Z', '2026-01-01'],
    ['2026-01-01T17:00:00Z', '2026-01-02'],
    ['2025-12-31T17:30:00Z', '2026-01-01'],
    ['2024-02-28T18:00:00Z', '2024-02-29'],
    ['2026-06-15T00:00:00Z', '2026-06-15'],
  ])('%s → %s', (iso, hari) => expect(hariIni(new Date(iso))).toBe(hari));
  test('zone', () => expect(ZONA_WAKTU).toBe('Asia/Jakarta'));
  test('default is now', () => expect(hariIni()).toMatch(/^\d{4}-\d{2}-\d{2}$/));
});

describe('tanggalAcuanBulan (a month is read at today clamped into it; issue 10 item 7)', () => {
  test.each([
    // a past month: its last day (leap February, 30- and 31-day months)
    [2024, 2, '2024-12-07', '2024-02-29'],
    [2025, 2, '2025-12-07', '2025-02-28'],
    [2026, 6, '2026-12-07', '2026-06-30'],
    [2026, 7, '2026-12-07', '2026-07-31'],
    // the current month: today
    [2026, 12, '2026-12-07', '2026-12-07'],
    [2026, 7, '2026-07-01', '2026-07-01'],
    [2026, 6, '2026-06-30', '2026-06-30'],
    // a month ahead: its first day (a June–July move splits the year the same way on every day)
    [2026, 7, '2026-06-30', '2026-07-01'],
    [2026, 6, '2026-01-15', '2026-06-01'],
    [2027, 1, '2026-12-31', '2027-01-01'],
    // a past year
    [2025, 12, '2026-01-01', '2025-12-31'],
  ])('%i-%i seen on %s → %s', (tahun, bulan, hari, hasil) => expect(tanggalAcuanBulan(tahun, bulan, hari)).toBe(hasil));
  test('default is today clamped', () => expect(tanggalAcuanBulan(2000, 1)).toBe('2000-01-31'));
});

describe('tanggalValid', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-1', false],
    ['2025-01-01T00:00:00Z', false],
    ['01-01-2025', false],
    ['', false],
    [null, false],
    [20250101, false],
    ['2025-12-31', true],
  ])('%p → %p', (s, ok) => expect(tanggalValid(s)).toBe(ok));
});

describe('tambahHari', () => {
  test.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-01-01', 365, '2026-01-01'],
  ] as [string, number, string][])('%s %+d → %s', (t, n, hasil) => expect(tambahHari(t, n)).toBe(hasil));
});

describe('GalatMskp', () => {
  test('body follows Strapi error shape with code and field', () => {
    const e = galat.validasi('NIP_PANJANG', 'NIP harus 18 digit.', 'nip');
    expect(e).toBeInstanceOf(Error);
    expect(e.status).toBe(400);
    expect(e.body).toEqual({
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'NIP harus 18 digit.',
        details: { code: 'NIP_PANJANG', field: 'nip' },
      },
    });
  });
  test('without a field, details has only the code (and extra details)', () => {
    const e = galat.konflik('DATA_KEDALUWARSA', 'x', { updatedAt: 'y' });
    expect(e.body.error).toEqual({
      status: 409,
      name: 'ConflictError',
      message: 'x',
      details: { code: 'DATA_KEDALUWARSA', updatedAt: 'y' },
    });
  });
  test.each([
    [galat.dilarang(), 403, 'ForbiddenError', 'AKSES_DITOLAK'],
    [galat.tidakAda('tidak ada'), 404, 'NotFoundError', 'TIDAK_DITEMUKAN'],
    [new GalatMskp(423, 'PERIODE_TERKUNCI', 'terkunci'), 423, 'LockedError', 'PERIODE_TERKUNCI'],
    [new GalatMskp(429, 'LOGIN_TERKUNCI', 'tunggu'), 429, 'RateLimitError', 'LOGIN_TERKUNCI'],
    [new GalatMskp(418, 'TEKO', 'teko'), 418, 'ApplicationError', 'TEKO'],
  ] as [GalatMskp, number, string, string][])('status %#', (e, status, nama, kode) => {
    expect(e.body.error).toMatchObject({ status, name: nama, details: { code: kode } });
  });
  test('every mapped status has a name', () => {
    expect(Object.keys(NAMA_GALAT).map(Number).sort()).toEqual([400, 401, 403, 404, 409, 413, 423, 429]);
  });
  test('default 403 message is Indonesian', () =>
    expect(galat.dilarang().message).toBe('Anda tidak berwenang atas data ini.'));
});
