import { keputusanBaca, keputusanTulis, sumberDikenal, type FaktaTulis } from '../aturan';
import { tolak } from '@m-skp/inti';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

describe('panel resources and records', () => {
  test('an unknown resource is a 404 on resource', () => {
    expect(sumberDikenal('pegawai', true)).toEqual({ ok: true });
    expect(sumberDikenal('rahasia', false)).toEqual(
      tolak(404, 'SUMBER_TIDAK_DIKENAL', 'Sumber data "rahasia" tidak dikenal.', 'resource'),
    );
  });

  test.each<[string, boolean, boolean | undefined, string]>([
    ['exists, in scope', true, true, 'OK'],
    ['exists, scope not looked up yet', true, undefined, 'OK'],
    ['exists outside the scope', true, false, 'AKSES_DITOLAK'],
    ['no such record', false, undefined, 'TIDAK_DITEMUKAN'],
    // order: existence before scope
    ['no such record, outside the scope', false, false, 'TIDAK_DITEMUKAN'],
  ])('reading one record: %s → %s', (_n, ada, cakupan, harap) =>
    expect(kode(keputusanBaca('abc', ada, cakupan))).toBe(harap),
  );

  test('reading messages', () => {
    expect(keputusanBaca('abc', false)).toEqual(tolak(404, 'TIDAK_DITEMUKAN', 'Data dengan id "abc" tidak ditemukan.'));
    expect(keputusanBaca('abc', true, false)).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat data ini.'),
    );
  });
});

describe('panel writes: every refusal and the order of the checks', () => {
  const T1 = '2026-05-01T10:00:00.000Z';
  const T2 = '2026-05-01T10:00:01.000Z';
  const dasar: FaktaTulis = {
    tindakan: 'ubah',
    bolehTulis: true,
    tersedia: true,
    versi: T1,
    versiTersimpan: new Date(T1),
  };
  test.each<[string, Partial<FaktaTulis>, string]>([
    ['an edit of the current version', {}, 'OK'],
    ['an edit without a version', { versi: null }, 'OK'],
    ['a create', { tindakan: 'buat', versi: undefined, versiTersimpan: undefined }, 'OK'],
    ['a delete', { tindakan: 'hapus' }, 'OK'],
    ['not allowed to write', { bolehTulis: false }, 'AKSES_DITOLAK'],
    ['create not offered', { tindakan: 'buat', tersedia: false }, 'AKSES_DITOLAK'],
    ['edit not offered', { tersedia: false }, 'AKSES_DITOLAK'],
    ['delete not offered', { tindakan: 'hapus', tersedia: false }, 'HAPUS_TIDAK_DIIZINKAN'],
    ['an edit of a changed version', { versi: T2 }, 'DATA_KEDALUWARSA'],
    ['a delete ignores versions', { tindakan: 'hapus', versi: T2 }, 'OK'],
    // order
    ['not allowed, delete not offered', { tindakan: 'hapus', bolehTulis: false, tersedia: false }, 'AKSES_DITOLAK'],
    ['edit not offered, changed version', { tersedia: false, versi: T2 }, 'AKSES_DITOLAK'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanTulis({ ...dasar, ...ubah }))).toBe(harap));

  test('messages, statuses and details', () => {
    const k = (ubah: Partial<FaktaTulis>) => keputusanTulis({ ...dasar, ...ubah });
    expect(k({ bolehTulis: false })).toEqual(tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mengubah data ini.'));
    expect(k({ tindakan: 'buat', tersedia: false })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Data ini tidak dapat dibuat dari panel.'),
    );
    expect(k({ tersedia: false })).toEqual(tolak(403, 'AKSES_DITOLAK', 'Data ini tidak dapat diubah dari panel.'));
    expect(k({ tindakan: 'hapus', tersedia: false })).toEqual(
      tolak(
        409,
        'HAPUS_TIDAK_DIIZINKAN',
        'Data ini tidak dapat dihapus karena menjadi rujukan riwayat; nonaktifkan atau akhiri masa berlakunya.',
      ),
    );
    expect(k({ versi: T2 })).toEqual(
      tolak(
        409,
        'DATA_KEDALUWARSA',
        'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman lalu ulangi perubahan Anda.',
        undefined,
        { updatedAt: new Date(T1) },
      ),
    );
  });
});
