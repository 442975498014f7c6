import { aksesRun, keputusanRun, type FaktaRun } from '../hitung';
import { tolak } from '@m-skp/inti';

const dasar: FaktaRun = { peran: 'bkad', tahun: 2026, bulan: 5 };
const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

describe('refusals of a TPP run and their order', () => {
  test.each<[string, Partial<FaktaRun>, string]>([
    ['BKAD', {}, 'OK'],
    ['Admin BKPSDM for a known OPD', { peran: 'admin_bkpsdm', kode_opd: '1.01', opdAda: true }, 'OK'],
    ['Admin OPD', { peran: 'admin_opd' }, 'AKSES_DITOLAK'],
    ['Inspektorat', { peran: 'inspektorat' }, 'AKSES_DITOLAK'],
    ['a token', { token: 3 }, 'AKSES_DITOLAK'],
    ['another run holds the month', { runLain: true }, 'TPP_SEDANG_DIHITUNG'],
    ['unknown OPD', { kode_opd: '9.99', opdAda: false }, 'OPD_TIDAK_DITEMUKAN'],
    ['OPD not looked up yet', { kode_opd: '9.99' }, 'OK'],
    ['city run (no OPD asked)', { kode_opd: null, opdAda: false }, 'OK'],
    // order: access → the month's lock → the OPD
    ['Admin OPD while another run holds the month', { peran: 'admin_opd', runLain: true }, 'AKSES_DITOLAK'],
    ['another run and an unknown OPD', { runLain: true, kode_opd: '9.99', opdAda: false }, 'TPP_SEDANG_DIHITUNG'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanRun({ ...dasar, ...ubah }))).toBe(harap));

  test('messages, fields and details', () => {
    expect(aksesRun({ peran: 'pegawai' })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Hanya BKAD atau Admin BKPSDM yang dapat menjalankan perhitungan TPP.'),
    );
    expect(keputusanRun({ ...dasar, runLain: true })).toEqual(
      tolak(
        409,
        'TPP_SEDANG_DIHITUNG',
        'Perhitungan TPP bulan 5/2026 sedang dijalankan oleh permintaan lain. Tunggu sampai selesai, lalu muat ulang hasilnya.',
        undefined,
        { tahun: 2026, bulan: 5 },
      ),
    );
    expect(keputusanRun({ ...dasar, kode_opd: '9.99', opdAda: false })).toEqual(
      tolak(404, 'OPD_TIDAK_DITEMUKAN', 'OPD dengan kode 9.99 tidak ditemukan.', 'kode_opd'),
    );
  });
});
