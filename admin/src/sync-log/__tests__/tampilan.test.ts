import { describe, expect, it } from 'vitest';
import type { StatusIntegrasi } from '../../dataProvider';
import { akhirHari, barisStatus, formatDurasi, jumlahTerurut, pemicuRun, tanggalSaja, warnaStatus } from '../tampilan';

describe('jumlahTerurut', () => {
  it.each([
    [
      'plan order first',
      { konflik: 1, tetap: 20, buat: 3, ubah: 1 },
      [
        ['buat', 3],
        ['ubah', 1],
        ['tetap', 20],
        ['konflik', 1],
      ],
    ],
    [
      'other outcomes after, alphabetically',
      { lewati: 2, buat: 1, abaikan: 4 },
      [
        ['buat', 1],
        ['abaikan', 4],
        ['lewati', 2],
      ],
    ],
    ['nothing counted', {}, []],
    ['null', null, []],
    ['non-numbers dropped', { buat: 1, ubah: 'x' as unknown as number }, [['buat', 1]]],
  ])('%s', (_n, jumlah, hasil) => {
    expect(jumlahTerurut(jumlah)).toEqual(hasil);
  });
});

describe('formatDurasi', () => {
  it.each([
    [null, 'id', '-'],
    [-5, 'id', '-'],
    [0, 'id', '0 ms'],
    [850, 'id', '850 ms'],
    [12_400, 'id', '12,4 s'],
    [12_400, 'en', '12.4 s'],
    [60_000, 'id', '1 min'],
    [185_000, 'id', '3 min 5 s'],
    [3_720_000, 'id', '1 j 2 min'],
    [3_720_000, 'en', '1 h 2 min'],
  ])('%s ms (%s) → %s', (ms, locale, teks) => {
    expect(formatDurasi(ms, locale)).toBe(teks);
  });
});

describe('pemicuRun', () => {
  it.each([
    [
      { pemicu: 'PENGGUNA' as const, oleh: '199004042015031004' },
      { jenis: 'PENGGUNA', nama: '199004042015031004' },
    ],
    [
      { pemicu: 'JADWAL' as const, oleh: 'simpeg-malam' },
      { jenis: 'JADWAL', nama: 'simpeg-malam' },
    ],
    [
      { pemicu: 'PENGGUNA' as const, oleh: null },
      { jenis: 'PENGGUNA', nama: '-' },
    ],
  ])('%o', (r, hasil) => {
    expect(pemicuRun(r)).toEqual(hasil);
  });
});

describe('warnaStatus', () => {
  it.each([
    ['BERHASIL', 'success'],
    ['SEBAGIAN', 'warning'],
    ['GAGAL', 'error'],
    ['LAIN', 'default'],
    [null, 'default'],
  ])('%s → %s', (status, warna) => {
    expect(warnaStatus(status)).toBe(warna);
  });
});

describe('barisStatus', () => {
  const ekak: StatusIntegrasi = {
    kode: 'EKAK',
    sistem: 'eKAK',
    aktif: true,
    status: 'AKTIF',
    url: 'http://127.0.0.1:4101',
    pesan: 'eKAK aktif.',
  };
  const simpeg: StatusIntegrasi = {
    kode: 'SIMPEG',
    sistem: 'SIMPEG',
    aktif: false,
    status: 'TIDAK_DIKONFIGURASI',
    url: null,
    pesan: 'SIMPEG tidak dikonfigurasi (SIMPEG_URL kosong).',
  };

  it('eKAK on with its URL, SIMPEG off with its reason, in a fixed order', () => {
    expect(barisStatus([simpeg, ekak])).toEqual([
      { kode: 'EKAK', aktif: true, keadaan: 'AKTIF', url: 'http://127.0.0.1:4101', pesan: null },
      {
        kode: 'SIMPEG',
        aktif: false,
        keadaan: 'TIDAK_DIKONFIGURASI',
        url: null,
        pesan: 'SIMPEG tidak dikonfigurasi (SIMPEG_URL kosong).',
      },
    ]);
  });

  it('a malformed setting is off, with the variable named', () => {
    const salah = {
      ...ekak,
      aktif: false,
      status: 'KONFIGURASI_SALAH' as const,
      url: null,
      pesan: 'EKAK_TIMEOUT_MS …',
    };
    expect(barisStatus([salah])[0]).toEqual({
      kode: 'EKAK',
      aktif: false,
      keadaan: 'KONFIGURASI_SALAH',
      url: null,
      pesan: 'EKAK_TIMEOUT_MS …',
    });
  });

  it('a system the server does not report is "tidak dikonfigurasi", never an error', () => {
    expect(barisStatus(undefined).map((s) => [s.kode, s.aktif, s.keadaan])).toEqual([
      ['EKAK', false, 'TIDAK_DIKONFIGURASI'],
      ['SIMPEG', false, 'TIDAK_DIKONFIGURASI'],
    ]);
  });
});

describe('the period filter', () => {
  it.each([
    ['2026-03-01', '2026-03-01T23:59:59.999+07:00'],
    ['', ''],
    [null, null],
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z'],
  ])('akhirHari(%s) → %s', (masuk, keluar) => {
    expect(akhirHari(masuk)).toBe(keluar);
  });

  it('the date picker gets the day back', () => {
    expect(tanggalSaja('2026-03-01T23:59:59.999+07:00')).toBe('2026-03-01');
    expect(tanggalSaja(null)).toBe('');
  });
});
