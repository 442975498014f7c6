/** Overriding conflicting duplicate indicators: which conflicts stay open, who may override, in which order refusals come. */
import {
  kelompokKonflik,
  idKonflik,
  konflikTerbuka,
  kapasitasKepala,
  putuskanAbaikan,
  type KelompokKonflik,
  type PermintaanAbaikan,
} from '../konflik';
import { putuskan } from '../alur';

const g = (...ids: string[]): KelompokKonflik => ({ kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK', indikator: ids });

describe('kelompokKonflik / idKonflik', () => {
  test('keeps only conflict groups with indicators; tolerates null and junk', () => {
    expect(kelompokKonflik(null)).toEqual([]);
    expect(kelompokKonflik('x')).toEqual([]);
    expect(
      kelompokKonflik([
        g('a', 'b'),
        { kode: 'LAIN', indikator: ['c'] },
        { kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK', indikator: [] },
        null,
        3,
      ]),
    ).toEqual([g('a', 'b')]);
  });
  test('flattens and deduplicates ids as strings', () => {
    expect(idKonflik([g('a', 'b'), { indikator: ['b', 7] }])).toEqual(['a', 'b', '7']);
  });
});

describe('konflikTerbuka(konflikSekarang, diabaikan)', () => {
  test.each<[string, KelompokKonflik[], { indikator: string[] } | null | undefined, number]>([
    ['no conflict, no override', [], null, 0],
    ['no conflict, stale override', [], { indikator: ['a', 'b'] }, 0],
    ['one conflict, no override', [g('a', 'b')], null, 1],
    ['one conflict, undefined override', [g('a', 'b')], undefined, 1],
    ['one conflict, covered exactly', [g('a', 'b')], { indikator: ['a', 'b'] }, 0],
    ['one conflict, covered by a larger list', [g('a', 'b')], { indikator: ['a', 'b', 'c', 'd'] }, 0],
    ['group grew: a new IKI joined the overridden group', [g('a', 'b', 'x')], { indikator: ['a', 'b'] }, 1],
    ['a second, new group', [g('a', 'b'), g('c', 'd')], { indikator: ['a', 'b'] }, 1],
    ['both groups covered', [g('a', 'b'), g('c', 'd')], { indikator: ['a', 'b', 'c', 'd'] }, 0],
    ['override of other ids', [g('a', 'b')], { indikator: ['c', 'd'] }, 1],
    ['malformed override counts as none', [g('a', 'b')], { indikator: 'a,b' as any }, 1],
  ])('%s', (_n, sekarang, diabaikan, terbuka) => {
    expect(konflikTerbuka(sekarang, diabaikan)).toHaveLength(terbuka);
  });

  test('numeric and string ids compare equal', () => {
    expect(konflikTerbuka([{ indikator: [1, 2] }], { indikator: ['1', '2'] })).toEqual([]);
  });

  test('its count feeds putuskan: open conflicts block approval, covered ones do not', () => {
    const base = {
      aksi: 'SETUJUI' as const,
      status: 'DIAJUKAN' as const,
      pelaku: { pemilik: false, penilai: true, adminBkpsdm: false },
    };
    const diabaikan = { indikator: ['a', 'b'] };
    expect(putuskan({ ...base, konflikDuplikat: konflikTerbuka([g('a', 'b')], diabaikan).length })).toMatchObject({
      ok: true,
      statusBaru: 'DISETUJUI',
    });
    expect(
      putuskan({ ...base, konflikDuplikat: konflikTerbuka([g('a', 'b'), g('c', 'd')], diabaikan).length }),
    ).toMatchObject({ ok: false, status: 409, kode: 'INDIKATOR_DUPLIKAT_BERKONFLIK' });
  });
});

describe('kapasitasKepala', () => {
  test.each<[string, { jenis: 'UTAMA' | 'PLT' | 'PLH' | 'PJ' }[], string | null]>([
    ['holds none', [], null],
    ['definitive', [{ jenis: 'UTAMA' }], 'DEFINITIF'],
    ['Plt', [{ jenis: 'PLT' }], 'PLT'],
    ['Plh', [{ jenis: 'PLH' }], 'PLH'],
    ['Pj', [{ jenis: 'PJ' }], 'PJ'],
    ['definitive wins over Plt', [{ jenis: 'PLT' }, { jenis: 'UTAMA' }], 'DEFINITIF'],
    ['Pj before Plt before Plh', [{ jenis: 'PLH' }, { jenis: 'PLT' }, { jenis: 'PJ' }], 'PJ'],
  ])('%s', (_n, h, hasil) => expect(kapasitasKepala(h)).toBe(hasil));
});

describe('putuskanAbaikan: right (403), state (409), content (400)', () => {
  const ok: PermintaanAbaikan = {
    status: 'DIAJUKAN',
    kepalaOpd: 'DEFINITIF',
    adminBkpsdm: false,
    jumlahKonflik: 1,
    alasan: 'Target ganda disepakati rapat pimpinan',
  };
  test.each<[string, Partial<PermintaanAbaikan>, number | true, string]>([
    ['Kepala OPD, definitive', {}, true, 'DEFINITIF'],
    ['Kepala OPD as Plt', { kepalaOpd: 'PLT' }, true, 'PLT'],
    ['Kepala OPD as Plh', { kepalaOpd: 'PLH' }, true, 'PLH'],
    ['Admin BKPSDM', { kepalaOpd: null, adminBkpsdm: true }, true, 'ADMIN'],
    ['Kepala OPD who is also admin acts as Kepala', { adminBkpsdm: true }, true, 'DEFINITIF'],
    ['in DRAFT', { status: 'DRAFT' }, true, 'DEFINITIF'],
    ['in DITOLAK', { status: 'DITOLAK' }, true, 'DEFINITIF'],
    ['anyone else', { kepalaOpd: null }, 403, 'BUKAN_KEPALA_OPD'],
    [
      'anyone else, even with no conflict and no reason',
      { kepalaOpd: null, jumlahKonflik: 0, alasan: '' },
      403,
      'BUKAN_KEPALA_OPD',
    ],
    ['approved SKP', { status: 'DISETUJUI' }, 409, 'SKP_STATUS_TIDAK_SESUAI'],
    ['approved SKP without conflict', { status: 'DISETUJUI', jumlahKonflik: 0 }, 409, 'SKP_STATUS_TIDAK_SESUAI'],
    ['no conflict', { jumlahKonflik: 0 }, 409, 'TIDAK_ADA_KONFLIK'],
    ['no conflict and no reason: state first', { jumlahKonflik: 0, alasan: null }, 409, 'TIDAK_ADA_KONFLIK'],
    ['reason missing', { alasan: undefined }, 400, 'ALASAN_WAJIB'],
    ['reason not a string', { alasan: 1234567890123 }, 400, 'ALASAN_WAJIB'],
    ['reason 9 characters', { alasan: 'Sembilan!' }, 400, 'ALASAN_WAJIB'],
    ['reason 10 characters only after padding', { alasan: '   pendek    ' }, 400, 'ALASAN_WAJIB'],
    ['reason over 2000 characters', { alasan: 'x'.repeat(2001) }, 400, 'ALASAN_WAJIB'],
  ])('%s', (_n, ubah, hasil, kode) => {
    const p = putuskanAbaikan({ ...ok, ...ubah });
    if (hasil === true) {
      expect(p).toMatchObject({ ok: true, sebagai: kode });
    } else {
      expect(p).toMatchObject({ ok: false, status: hasil, kode });
      if (hasil === 400) expect(p).toMatchObject({ field: 'alasan' });
    }
  });

  test('the reason is trimmed; exactly 10 characters is enough', () => {
    expect(putuskanAbaikan({ ...ok, alasan: '  123456789  ' })).toMatchObject({ ok: false, kode: 'ALASAN_WAJIB' });
    expect(putuskanAbaikan({ ...ok, alasan: '  1234567890  ' })).toEqual({
      ok: true,
      sebagai: 'DEFINITIF',
      alasan: '1234567890',
    });
  });
});
