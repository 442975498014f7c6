/**
 * Issue 10 item 9: one password policy on the server (≥ 8 characters, letters and digits, ≤ 72 bytes
 * for bcrypt) for every path that sets a password.
 */
import { periksaKataSandi, KATA_SANDI_MIN, KATA_SANDI_MAKS_BYTE } from '../kata-sandi';

describe('periksaKataSandi', () => {
  test.each([
    ['the demo password', 'Madiun#2026', null],
    ['8 characters, letters and digits', 'abcdefg1', null],
    ['digits first', '12345678a', null],
    ['capitals and digits', 'RAHASIA2026', null],
    ['exactly 72 bytes', 'a1'.repeat(36), null],
    ['spaces allowed', 'kata sandi 2026', null],
    ['undefined', undefined, 'KATA_SANDI_WAJIB'],
    ['null', null, 'KATA_SANDI_WAJIB'],
    ['a number', 12345678, 'KATA_SANDI_WAJIB'],
    ['an object', { $ne: '' }, 'KATA_SANDI_WAJIB'],
    ['empty', '', 'KATA_SANDI_WAJIB'],
    ['aaaaaa (issue 10 item 9)', 'aaaaaa', 'KATA_SANDI_PENDEK'],
    ['7 characters with letters and digits', 'abcdef1', 'KATA_SANDI_PENDEK'],
    ['7 characters: an emoji counts as one', 'abcde1\u{1F600}', 'KATA_SANDI_PENDEK'],
    ['73 bytes', 'a1'.repeat(36) + 'b', 'KATA_SANDI_PANJANG'],
    ['36 two-byte letters + digits: 73 bytes', 'é'.repeat(36) + '1', 'KATA_SANDI_PANJANG'],
    ['letters only', 'hanyahurufsaja', 'KATA_SANDI_LEMAH'],
    ['digits only', '1234567890', 'KATA_SANDI_LEMAH'],
    ['symbols and digits, no Latin letter', '#$%&1234', 'KATA_SANDI_LEMAH'],
    ['non-Latin letters and digits', 'éééééé12', 'KATA_SANDI_LEMAH'],
  ] as [string, unknown, string | null][])('%s → %s', (_n, sandi, kode) => {
    const r = periksaKataSandi(sandi);
    expect(r?.kode ?? null).toBe(kode);
    if (r) expect(r.pesan).toMatch(/^Kata sandi /);
  });

  test('the limits', () => {
    expect(KATA_SANDI_MIN).toBe(8);
    expect(KATA_SANDI_MAKS_BYTE).toBe(72);
  });
});
