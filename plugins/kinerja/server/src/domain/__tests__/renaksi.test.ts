import { aturanLihatRenaksi } from '../renaksi';
import {
  uraiNilai,
  periksaTargetRenaksi,
  targetPadaBulan,
  bulanBerubah,
  periksaTautan,
  aturanHapusRenaksi,
  aturanPulihkanRenaksi,
  aturanTargetTerisi,
  aturanUbahRenaksi,
} from '../renaksi';

describe('uraiNilai', () => {
  test.each<[unknown, number | null]>([
    [12, 12],
    [0, 0],
    [12.5, 12.5],
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.250', 1250],
    ['1.250,75', 1250.75],
    [' 7 ', 7],
    [-1, null],
    ['-1', null],
    ['abc', null],
    ['', null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['1e3', null],
    [{}, null],
  ])('%p → %p', (x, y) => expect(uraiNilai(x)).toBe(y));
});

describe('periksaTargetRenaksi', () => {
  test('monthly targets are sorted and parsed', () => {
    expect(
      periksaTargetRenaksi('BULANAN', [
        { bulan: 3, nilai: '2,5' },
        { bulan: 1, nilai: 1 },
      ]),
    ).toEqual({
      ok: true,
      nilai: [
        { bulan: 1, nilai: 1 },
        { bulan: 3, nilai: 2.5 },
      ],
    });
  });
  test('quarterly targets accept triwulan or the quarter-end month', () => {
    expect(
      periksaTargetRenaksi('TRIWULAN', [
        { triwulan: 2, nilai: 25 },
        { bulan: 12, nilai: 25 },
      ]),
    ).toEqual({
      ok: true,
      nilai: [
        { bulan: 6, nilai: 25 },
        { bulan: 12, nilai: 25 },
      ],
    });
  });
  test.each<[string, 'BULANAN' | 'TRIWULAN', unknown, string, string]>([
    ['empty', 'BULANAN', [], 'TARGET_WAJIB', 'target'],
    ['not a list', 'BULANAN', 'x', 'TARGET_WAJIB', 'target'],
    ['month 0', 'BULANAN', [{ bulan: 0, nilai: 1 }], 'BULAN_TIDAK_VALID', 'target[0].bulan'],
    ['month 13', 'BULANAN', [{ bulan: 13, nilai: 1 }], 'BULAN_TIDAK_VALID', 'target[0].bulan'],
    ['month text', 'BULANAN', [{ bulan: '2', nilai: 1 }], 'BULAN_TIDAK_VALID', 'target[0].bulan'],
    ['negative value', 'BULANAN', [{ bulan: 1, nilai: -2 }], 'NILAI_TIDAK_VALID', 'target[0].nilai'],
    ['value not a number', 'BULANAN', [{ bulan: 1, nilai: 'banyak' }], 'NILAI_TIDAK_VALID', 'target[0].nilai'],
    [
      'month twice',
      'BULANAN',
      [
        { bulan: 1, nilai: 1 },
        { bulan: 1, nilai: 2 },
      ],
      'BULAN_GANDA',
      'target[1].bulan',
    ],
    ['entry not an object', 'BULANAN', [5], 'TARGET_TIDAK_VALID', 'target[0]'],
    ['quarter 5', 'TRIWULAN', [{ triwulan: 5, nilai: 1 }], 'TRIWULAN_TIDAK_VALID', 'target[0].triwulan'],
    ['quarterly in month 2', 'TRIWULAN', [{ bulan: 2, nilai: 1 }], 'BULAN_TIDAK_VALID', 'target[0].bulan'],
  ])('%s → %s on %s', (_n, periode, masukan, kode, field) => {
    expect(periksaTargetRenaksi(periode, masukan)).toMatchObject({ ok: false, kode, field });
  });
});

test('targetPadaBulan', () => {
  const t = [{ bulan: 2, nilai: 3 }];
  expect(targetPadaBulan(t, 2)).toBe(3);
  expect(targetPadaBulan(t, 3)).toBeNull();
  expect(targetPadaBulan(null, 3)).toBeNull();
});

test('bulanBerubah lists added, removed and changed months', () => {
  expect(
    bulanBerubah(
      [
        { bulan: 1, nilai: 1 },
        { bulan: 2, nilai: 2 },
        { bulan: 3, nilai: 3 },
      ],
      [
        { bulan: 1, nilai: 1 },
        { bulan: 2, nilai: 5 },
        { bulan: 4, nilai: 1 },
      ],
    ),
  ).toEqual([2, 3, 4]);
});

describe('periksaTautan', () => {
  test('accepts http(s) strings and objects', () => {
    expect(periksaTautan(['https://drive.example.go.id/x', { url: 'http://a.b/c', nama: 'Foto' }], 5)).toEqual({
      ok: true,
      nilai: [
        { url: 'https://drive.example.go.id/x', nama: 'drive.example.go.id' },
        { url: 'http://a.b/c', nama: 'Foto' },
      ],
    });
    expect(periksaTautan(undefined, 5)).toEqual({ ok: true, nilai: [] });
  });
  test.each<[unknown, string]>([
    ['javascript:alert(1)', 'TAUTAN_TIDAK_VALID'],
    ['bukan tautan', 'TAUTAN_TIDAK_VALID'],
    ['ftp://a.b/c', 'TAUTAN_TIDAK_VALID'],
    [['https://a.b/1', 'https://a.b/2', 'https://a.b/3'], 'BUKTI_TERLALU_BANYAK'],
  ])('%p → %s', (x, kode) => expect(periksaTautan(x, 2)).toMatchObject({ ok: false, kode, field: 'bukti_url' }));
});

describe('renaksi refusals (edit, delete, restore)', () => {
  const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);
  test.each([
    [null, 'OK'],
    ['2026-05-01T00:00:00Z', 'RENAKSI_DIHAPUS_DALAM_REVISI'],
  ])('ubah, dihapus_dalam_revisi %p → %s', (d, hasil) => expect(kode(aturanUbahRenaksi(d))).toBe(hasil));
  test.each([
    [null, 'RENAKSI_TIDAK_DIHAPUS'],
    ['2026-05-01T00:00:00Z', 'OK'],
  ])('pulihkan, dihapus_dalam_revisi %p → %s', (d, hasil) => expect(kode(aturanPulihkanRenaksi(d))).toBe(hasil));
  test.each([
    [0, 'OK'],
    [2, 'RENAKSI_SUDAH_ADA_REALISASI'],
  ])('hapus with %d realisasi → %s', (n, hasil) => expect(kode(aturanHapusRenaksi(n))).toBe(hasil));
  test('hapus names the count', () => {
    expect(aturanHapusRenaksi(2)).toEqual({
      ok: false,
      status: 409,
      kode: 'RENAKSI_SUDAH_ADA_REALISASI',
      pesan: 'Rencana aksi ini sudah memiliki 2 realisasi dan tidak dapat dihapus.',
    });
  });
  test.each<[number[], { bulan: number; nilai: number }[], string]>([
    [[], [], 'OK'],
    [
      [1, 2],
      [
        { bulan: 1, nilai: 1 },
        { bulan: 2, nilai: 1 },
        { bulan: 3, nilai: 1 },
      ],
      'OK',
    ],
    [[3, 1, 2], [{ bulan: 2, nilai: 1 }], 'TARGET_SUDAH_ADA_REALISASI'],
  ])('target: filled %j, new %j → %s', (terisi, baru, hasil) =>
    expect(kode(aturanTargetTerisi(terisi, baru))).toBe(hasil),
  );
  test('target refusal names the months in realisasi order, on field target', () => {
    expect(aturanTargetTerisi([3, 1, 2], [{ bulan: 2, nilai: 1 }])).toEqual({
      ok: false,
      status: 409,
      kode: 'TARGET_SUDAH_ADA_REALISASI',
      pesan: 'Target bulan 3, 1 tidak dapat dihapus karena realisasinya sudah diisi.',
      field: 'target',
    });
  });
});

describe('aturanLihatRenaksi: no reach → months of the pegawai named', () => {
  test.each<[string, Parameters<typeof aturanLihatRenaksi>[0], string | null, string | null]>([
    ['a role reaching nobody', { jangkauan: 'TIDAK_ADA' }, 'AKSES_DITOLAK', null],
    ['no reach wins over visible months', { jangkauan: 'TIDAK_ADA', bulanTerlihat: [1, 2] }, 'AKSES_DITOLAK', null],
    ['a role reaching some, no nip', { jangkauan: 'OPD' }, null, null],
    ['nip: some month visible (year view)', { jangkauan: 'BAWAHAN', bulanTerlihat: [3] }, null, null],
    ['nip: no month visible', { jangkauan: 'BAWAHAN', bulanTerlihat: [] }, 'AKSES_DITOLAK', 'nip'],
    ['nip: the month asked is visible', { jangkauan: 'BAWAHAN', bulanTerlihat: [3, 4], bulan: 4 }, null, null],
    [
      'nip: the month asked is not visible',
      { jangkauan: 'BAWAHAN', bulanTerlihat: [3], bulan: 4 },
      'AKSES_DITOLAK',
      'nip',
    ],
  ])('%s', (_n, f, kode, field) => {
    const k = aturanLihatRenaksi(f);
    expect(k.ok ? null : k.kode).toBe(kode);
    if (!k.ok) expect([k.status, k.field ?? null]).toEqual([403, field]);
  });
});
