import { aksesKunci, keputusanBuka, keputusanKunci, PERAN_BUKA, PERAN_KUNCI, type PermintaanKunci } from '../kunci';
import { GalatMskp, pastikan, tolak } from '@m-skp/inti';

const ALASAN = 'Koreksi pembayaran triwulan';
// Q4 2026 with deadline day 10: lockable from 2027-01-11
const dasar: PermintaanKunci = {
  peran: 'bkad',
  tahun: 2026,
  triwulan: 4,
  mulai: '2027-01-11',
  hariIni: '2027-01-11',
  terkunci: false,
};
const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

describe('locking a quarter: every refusal and the order of the checks', () => {
  test.each<[string, Partial<PermintaanKunci>, string]>([
    ['BKAD on the first day', {}, 'OK'],
    ['BKAD the day before', { hariIni: '2027-01-10' }, 'KUNCI_TERLALU_DINI'],
    ['BKAD, no policy (no deadline)', { mulai: null, hariIni: '2026-01-01' }, 'OK'],
    [
      'Admin BKPSDM early with a reason (the override)',
      { peran: 'admin_bkpsdm', alasan: ALASAN, hariIni: '2026-12-01' },
      'OK',
    ],
    ['Admin BKPSDM without a reason', { peran: 'admin_bkpsdm', alasan: '  ' }, 'ALASAN_WAJIB'],
    ['Admin BKPSDM, reason too short', { peran: 'admin_bkpsdm', alasan: 'pendek' }, 'ALASAN_TERLALU_PENDEK'],
    ['Admin OPD', { peran: 'admin_opd' }, 'AKSES_DITOLAK'],
    ['an API token with a BKAD role', { token: 7 }, 'AKSES_DITOLAK'],
    ['no role', { peran: null }, 'AKSES_DITOLAK'],
    // order: the role before everything
    ['pegawai, early, already locked', { peran: 'pegawai', hariIni: '2026-12-01', terkunci: true }, 'AKSES_DITOLAK'],
    // order: the reason before the stored state
    ['Admin BKPSDM without a reason on a locked quarter', { peran: 'admin_bkpsdm', terkunci: true }, 'ALASAN_WAJIB'],
    // order: a locked quarter stays locked (no refusal) even before its date
    ['BKAD early on a locked quarter', { hariIni: '2026-12-01', terkunci: true }, 'OK'],
    // the date waits for the stored state (role and reason are checked before it is read)
    ['BKAD early, state not read yet', { hariIni: '2026-12-01', terkunci: undefined }, 'OK'],
    ['BKAD early on an open quarter', { hariIni: '2026-12-01', terkunci: false }, 'KUNCI_TERLALU_DINI'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanKunci({ ...dasar, ...ubah }))).toBe(harap));

  test('too early: 409 on triwulan, the first day in the message and the details', () => {
    expect(keputusanKunci({ ...dasar, hariIni: '2026-12-08' })).toEqual(
      tolak(
        409,
        'KUNCI_TERLALU_DINI',
        'Triwulan 4 tahun 2026 baru dapat dikunci mulai 11 Januari 2027, setelah batas pengisian realisasi Desember ' +
          '2026 lewat. Sebelum tanggal itu hanya Admin BKPSDM yang dapat mengunci, dengan alasan tertulis.',
        'triwulan',
        { tahun: 2026, triwulan: 4, dapat_dikunci_mulai: '2027-01-11' },
      ),
    );
  });

  test('what is allowed carries the trimmed reason, whether it is early and whether nothing changes', () => {
    expect(keputusanKunci({ ...dasar, peran: 'admin_bkpsdm', alasan: `  ${ALASAN} `, hariIni: '2026-12-01' })).toEqual({
      ok: true,
      tetap: false,
      alasan: ALASAN,
      dini: true,
    });
    expect(keputusanKunci({ ...dasar, terkunci: true })).toEqual({ ok: true, tetap: true, alasan: null, dini: false });
  });

  test('the reason messages name the action and the field', () => {
    expect(keputusanKunci({ ...dasar, peran: 'admin_bkpsdm' })).toEqual(
      tolak(400, 'ALASAN_WAJIB', 'Alasan mengunci triwulan oleh Admin BKPSDM wajib diisi.', 'alasan'),
    );
    expect(keputusanKunci({ ...dasar, peran: 'admin_bkpsdm', alasan: '123456789' })).toEqual(
      tolak(
        400,
        'ALASAN_TERLALU_PENDEK',
        'Alasan mengunci triwulan oleh Admin BKPSDM sekurang-kurangnya 10 karakter.',
        'alasan',
      ),
    );
  });
});

describe('unlocking a quarter: every refusal and the order of the checks', () => {
  const buka = { peran: 'admin_bkpsdm', tahun: 2026, triwulan: 2, alasan: ALASAN };
  test.each<[string, Record<string, unknown>, string]>([
    ['Admin BKPSDM with a reason, locked', { terkunci: true }, 'OK'],
    ['state not read yet', {}, 'OK'],
    ['open quarter', { terkunci: false }, 'BELUM_TERKUNCI'],
    ['no reason', { alasan: null, terkunci: true }, 'ALASAN_WAJIB'],
    ['short reason', { alasan: 'sebentar', terkunci: true }, 'ALASAN_TERLALU_PENDEK'],
    ['BKAD', { peran: 'bkad', terkunci: true }, 'AKSES_DITOLAK'],
    ['a token', { token: 'x', terkunci: true }, 'AKSES_DITOLAK'],
    // order: role → reason → state
    ['BKAD, no reason, open quarter', { peran: 'bkad', alasan: '', terkunci: false }, 'AKSES_DITOLAK'],
    ['no reason on an open quarter', { alasan: '', terkunci: false }, 'ALASAN_WAJIB'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanBuka({ ...buka, ...ubah }))).toBe(harap));

  test('messages', () => {
    expect(keputusanBuka({ ...buka, terkunci: false })).toEqual(
      tolak(409, 'BELUM_TERKUNCI', 'Triwulan 2 tahun 2026 tidak sedang dikunci.', 'triwulan'),
    );
    expect(keputusanBuka({ ...buka, alasan: '' })).toEqual(
      tolak(400, 'ALASAN_WAJIB', 'Alasan membuka kunci triwulan wajib diisi.', 'alasan'),
    );
    expect(aksesKunci({ peran: 'bkad' }, PERAN_BUKA)).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Hanya Admin BKPSDM yang dapat membuka kunci triwulan.'),
    );
    expect(aksesKunci({ peran: 'pegawai' }, PERAN_KUNCI)).toEqual(
      tolak(
        403,
        'AKSES_DITOLAK',
        'Hanya BKAD yang dapat mengunci triwulan (menandai TPP prestasi kerja sudah dibayar); ' +
          'Admin BKPSDM hanya dengan alasan tertulis.',
      ),
    );
  });
});

describe('pastikan', () => {
  test('returns what is allowed, throws the refusal as the API error', () => {
    expect(pastikan({ ok: true, x: 1 })).toEqual({ ok: true, x: 1 });
    const k = tolak(409, 'BELUM_TERKUNCI', 'pesan', 'triwulan', { a: 1 });
    let g: unknown;
    try {
      pastikan(k);
    } catch (e) {
      g = e;
    }
    expect(g).toBeInstanceOf(GalatMskp);
    expect((g as GalatMskp).body).toEqual({
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: 'pesan',
        details: { code: 'BELUM_TERKUNCI', field: 'triwulan', a: 1 },
      },
    });
  });
});
