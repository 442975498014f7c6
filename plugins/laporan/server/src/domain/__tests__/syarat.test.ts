import {
  aksesCetakPegawai,
  dalamJangkauanTpp,
  jangkauanLaporan,
  keputusanCetakEvaluasi,
  keputusanCetakSkpBulanan,
  keputusanPk,
  PESAN_EKSPOR_TPP,
  PESAN_LAPORAN_PREDIKAT,
  type PelakuCetak,
} from '../syarat';
import { tolak } from '@m-skp/inti';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

describe('Perjanjian Kinerja print: every refusal and the order of the checks', () => {
  test.each<[string, PelakuCetak, number | null | undefined, string]>([
    ['Admin BKPSDM, any OPD', { peran: 'admin_bkpsdm', opdId: 1 }, 9, 'OK'],
    ['BKAD', { peran: 'bkad' }, 9, 'OK'],
    ['Inspektorat', { peran: 'inspektorat' }, 9, 'OK'],
    ['Admin OPD, his OPD', { peran: 'admin_opd', opdId: 4 }, 4, 'OK'],
    ['pegawai, his OPD', { peran: 'pegawai', opdId: 4 }, 4, 'OK'],
    ['pegawai, OPD not looked up yet', { peran: 'pegawai', opdId: 4 }, undefined, 'OK'],
    ['pegawai without an OPD', { peran: 'pegawai', opdId: null }, 4, 'AKSES_DITOLAK'],
    ['a token', { peran: 'bkad', token: 1 }, 4, 'AKSES_DITOLAK'],
    ['an unknown role', { peran: 'tamu', opdId: 4 }, 4, 'AKSES_DITOLAK'],
    ['unknown OPD', { peran: 'bkad' }, null, 'OPD_TIDAK_DITEMUKAN'],
    ['Admin OPD, another OPD', { peran: 'admin_opd', opdId: 4 }, 5, 'AKSES_DITOLAK'],
    // order: the role before the OPD; the OPD's existence before whose it is
    ['a token, unknown OPD', { token: 1 }, null, 'AKSES_DITOLAK'],
    ['Admin OPD, unknown OPD', { peran: 'admin_opd', opdId: 4 }, null, 'OPD_TIDAK_DITEMUKAN'],
  ])('%s → %s', (_n, a, opdId, harap) => expect(kode(keputusanPk(a, '1.01', opdId))).toBe(harap));

  test('messages and fields', () => {
    expect(keputusanPk({ peran: 'tamu' }, '1.01')).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat Perjanjian Kinerja.'),
    );
    expect(keputusanPk({ peran: 'bkad' }, '1.01', null)).toEqual(
      tolak(404, 'OPD_TIDAK_DITEMUKAN', 'OPD dengan kode "1.01" tidak ditemukan.', 'kode_opd'),
    );
    expect(keputusanPk({ peran: 'admin_opd', opdId: 4 }, '1.02', 5)).toEqual(
      tolak(
        403,
        'AKSES_DITOLAK',
        'Anda hanya berwenang atas Perjanjian Kinerja OPD Anda sendiri, bukan OPD 1.02.',
        'kode_opd',
      ),
    );
    expect(keputusanPk({ peran: 'bkad' }, '1.01', 3)).toEqual({ ok: true, semua: true });
  });
});

describe('monthly SKP print of a found pegawai', () => {
  const dasar = { nip: '199001012015011001', tahun: 2026, bulan: 5, berhubungan: true, jumlahSkp: 1 };
  test.each<[string, Partial<typeof dasar> & { penilaiPlt?: boolean }, string]>([
    ['related, an approved SKP', {}, 'OK'],
    ['the penilai of his Plt post', { berhubungan: false, penilaiPlt: true }, 'OK'],
    ['SKP not counted yet', { jumlahSkp: undefined }, 'OK'],
    ['unrelated', { berhubungan: false }, 'AKSES_DITOLAK'],
    ['no approved SKP for the month', { jumlahSkp: 0 }, 'SKP_BELUM_DISETUJUI'],
    // order: access before the SKP
    ['unrelated and no SKP', { berhubungan: false, jumlahSkp: 0 }, 'AKSES_DITOLAK'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanCetakSkpBulanan({ ...dasar, ...ubah }))).toBe(harap));

  test('messages and fields', () => {
    expect(keputusanCetakSkpBulanan({ ...dasar, berhubungan: false })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mencetak SKP bulanan pegawai ini.', 'nip'),
    );
    expect(keputusanCetakSkpBulanan({ ...dasar, jumlahSkp: 0 })).toEqual(
      tolak(
        409,
        'SKP_BELUM_DISETUJUI',
        'Pegawai 199001012015011001 belum memiliki SKP yang disetujui untuk bulan 5 tahun 2026; SKP bulanan belum dapat dicetak.',
        'nip',
      ),
    );
    expect(aksesCetakPegawai({ berhubungan: false }, 'Pesan lain.')).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Pesan lain.', 'nip'),
    );
  });
});

describe('evaluation print of a found pegawai', () => {
  const dasar = {
    nip: '199001012015011001',
    tahun: 2026,
    bulan: 5 as number | null,
    berhubungan: true,
    jumlahEvaluasi: 1,
  };
  test.each<[string, Record<string, unknown>, string]>([
    ['a month with its evaluation', {}, 'OK'],
    ['the year', { bulan: null }, 'OK'],
    ['the Plt penilai', { berhubungan: false, penilaiPlt: true }, 'OK'],
    ['unrelated', { berhubungan: false }, 'AKSES_DITOLAK'],
    ['no evaluation', { jumlahEvaluasi: 0 }, 'EVALUASI_TIDAK_DITEMUKAN'],
    // order
    ['unrelated and no evaluation', { berhubungan: false, jumlahEvaluasi: 0 }, 'AKSES_DITOLAK'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanCetakEvaluasi({ ...dasar, ...ubah }))).toBe(harap));

  test('messages name the period and its field', () => {
    expect(keputusanCetakEvaluasi({ ...dasar, berhubungan: false })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mencetak evaluasi kinerja pegawai ini.', 'nip'),
    );
    expect(keputusanCetakEvaluasi({ ...dasar, jumlahEvaluasi: 0 })).toEqual(
      tolak(
        404,
        'EVALUASI_TIDAK_DITEMUKAN',
        'Evaluasi kinerja bulan 5 tahun 2026 untuk pegawai 199001012015011001 belum ada; evaluasi belum dapat dicetak.',
        'bulan',
      ),
    );
    expect(keputusanCetakEvaluasi({ ...dasar, bulan: null, jumlahEvaluasi: 0 })).toEqual(
      tolak(
        404,
        'EVALUASI_TIDAK_DITEMUKAN',
        'Evaluasi kinerja tahunan 2026 untuk pegawai 199001012015011001 belum ada; evaluasi belum dapat dicetak.',
        'tahun',
      ),
    );
  });
});

describe('reach of the TPP exports and the Laporan Predikat', () => {
  test.each<[string, number[] | null, string]>([
    ['every OPD', null, 'OK'],
    ['some OPD', [4], 'OK'],
    ['none', [], 'AKSES_DITOLAK'],
  ])('%s → %s', (_n, ids, harap) => {
    expect(kode(jangkauanLaporan(ids, PESAN_EKSPOR_TPP))).toBe(harap);
    expect(kode(jangkauanLaporan(ids, PESAN_LAPORAN_PREDIKAT))).toBe(harap);
  });

  test.each<[string, number[] | null, number | null | undefined, string]>([
    ['every OPD, any line', null, 9, 'OK'],
    ['every OPD, a pegawai without OPD', null, null, 'OK'],
    ['his OPD', [4, 5], 5, 'OK'],
    ['another OPD', [4], 5, 'AKSES_DITOLAK'],
    ['an OPD unknown while the reach is limited', [4], undefined, 'AKSES_DITOLAK'],
  ])('one OPD or pegawai: %s → %s', (_n, ids, opdId, harap) =>
    expect(kode(dalamJangkauanTpp(ids, opdId, 'nip'))).toBe(harap),
  );

  test('messages', () => {
    expect(jangkauanLaporan([], PESAN_EKSPOR_TPP)).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mengekspor data TPP.'),
    );
    expect(jangkauanLaporan([], PESAN_LAPORAN_PREDIKAT)).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat Laporan Predikat Kinerja.'),
    );
    expect(dalamJangkauanTpp([4], 5, 'kode_opd')).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang atas data TPP OPD ini.', 'kode_opd'),
    );
  });
});
