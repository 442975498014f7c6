import { describe, expect, it } from 'vitest';
import { alasanCukup, hariIniJakarta, konflikTerbuka } from '../aturan';

describe('hariIniJakarta', () => {
  it('uses the Jakarta calendar (UTC+7), not UTC', () => {
    expect(hariIniJakarta(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
    expect(hariIniJakarta(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(hariIniJakarta(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
  });
});

describe('alasanCukup', () => {
  it('needs 10 characters after trimming', () => {
    expect(alasanCukup('  123456789 ')).toBe(false);
    expect(alasanCukup('1234567890')).toBe(true);
  });
});

describe('konflikTerbuka', () => {
  it('open with warnings until the server says it was waived', () => {
    expect(konflikTerbuka({ peringatan: [] })).toBe(false);
    expect(konflikTerbuka({ peringatan: [{}] })).toBe(true);
    expect(
      konflikTerbuka({ peringatan: [{}], konflik_terbuka: true, konflik_duplikat_diabaikan: { alasan: 'x' } }),
    ).toBe(true);
    expect(
      konflikTerbuka({ peringatan: [{}], konflik_terbuka: false, konflik_duplikat_diabaikan: { alasan: 'x' } }),
    ).toBe(false);
    expect(konflikTerbuka({ peringatan: [{}], konflik_duplikat_diabaikan: { alasan: 'x' } })).toBe(false);
  });
});
