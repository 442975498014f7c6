import { bacaKonfigurasi, variabel } from '../konfigurasi';
import { KEBIJAKAN_ULANG_BAWAAN } from '../ulang';

describe('bacaKonfigurasi: a system is on only with a valid URL and valid settings', () => {
  it('no URL: switched off, "tidak dikonfigurasi"', () => {
    expect(bacaKonfigurasi('EKAK', {})).toEqual({
      status: 'TIDAK_DIKONFIGURASI',
      sistem: 'EKAK',
      pesan: 'eKAK tidak dikonfigurasi (EKAK_URL kosong).',
    });
    expect(bacaKonfigurasi('SIMPEG', { SIMPEG_URL: '   ' }).status).toBe('TIDAK_DIKONFIGURASI');
  });

  it('a URL alone: on, with the defaults; trailing slashes dropped', () => {
    expect(bacaKonfigurasi('SIMPEG', { SIMPEG_URL: 'http://simpeg.local/api/' })).toEqual({
      status: 'AKTIF',
      sistem: 'SIMPEG',
      urlDasar: 'http://simpeg.local/api',
      token: null,
      timeoutMs: 10000,
      ulang: KEBIJAKAN_ULANG_BAWAAN,
      perHalaman: 100,
    });
  });

  it('every setting read from its variable', () => {
    const k = bacaKonfigurasi('EKAK', {
      EKAK_URL: 'https://ekak.madiunkota.go.id',
      EKAK_TOKEN: ' rahasia ',
      EKAK_TIMEOUT_MS: '2500',
      EKAK_PERCOBAAN_MAKS: '5',
      EKAK_TUNDA_AWAL_MS: '0',
      EKAK_PER_HALAMAN: '50',
    });
    expect(k).toMatchObject({
      status: 'AKTIF',
      token: 'rahasia',
      timeoutMs: 2500,
      perHalaman: 50,
      ulang: { percobaanMaks: 5, tundaAwalMs: 0, faktor: 2 },
    });
  });

  it.each([
    [{ EKAK_URL: 'bukan url' }, 'EKAK_URL bukan URL yang sah: "bukan url".'],
    [{ EKAK_URL: 'ftp://ekak' }, 'EKAK_URL harus http:// atau https://, bukan "ftp://ekak".'],
    [
      { EKAK_URL: 'http://e', EKAK_TIMEOUT_MS: 'sepuluh' },
      'EKAK_TIMEOUT_MS harus bilangan bulat 1–600000, bukan "sepuluh".',
    ],
    [{ EKAK_URL: 'http://e', EKAK_TIMEOUT_MS: '0' }, 'EKAK_TIMEOUT_MS harus bilangan bulat 1–600000, bukan "0".'],
    [{ EKAK_URL: 'http://e', EKAK_PERCOBAAN_MAKS: '11' }, 'EKAK_PERCOBAAN_MAKS harus bilangan bulat 1–10, bukan "11".'],
    [
      { EKAK_URL: 'http://e', EKAK_TUNDA_AWAL_MS: '-1' },
      'EKAK_TUNDA_AWAL_MS harus bilangan bulat 0–60000, bukan "-1".',
    ],
    [{ EKAK_URL: 'http://e', EKAK_PER_HALAMAN: '1.5' }, 'EKAK_PER_HALAMAN harus bilangan bulat 1–1000, bukan "1.5".'],
  ])('malformed %j: switched off naming the variable', (env, pesan) => {
    expect(bacaKonfigurasi('EKAK', env)).toEqual({ status: 'KONFIGURASI_SALAH', sistem: 'EKAK', pesan });
  });

  it('the variable names per system', () => {
    expect(variabel('SIMPEG')).toEqual({
      url: 'SIMPEG_URL',
      token: 'SIMPEG_TOKEN',
      timeoutMs: 'SIMPEG_TIMEOUT_MS',
      percobaanMaks: 'SIMPEG_PERCOBAAN_MAKS',
      tundaAwalMs: 'SIMPEG_TUNDA_AWAL_MS',
      perHalaman: 'SIMPEG_PER_HALAMAN',
    });
  });
});
