/** Issue 10 item 10 (API tokens without Strapi's admin): scopes → routes, status, input validation. */
import {
  CAKUPAN_TOKEN,
  RUTE_TOKEN,
  tokenBolehAkses,
  statusToken,
  validasiIsianToken,
  bolehKelolaToken,
  adalahTokenMskp,
} from '../token-api';
import { GalatMskp } from '../galat';

const RA_BACA = 'plugin::kinerja.rencana-aksi.daftar';
const RA_TULIS = 'plugin::kinerja.rencana-aksi.isiRealisasi';
const PRESENSI = 'plugin::tpp.presensi.dorong';
const BUKTI = 'plugin::kinerja.bukti.unduh';

describe('tokenBolehAkses: a token reaches only the routes its scopes name', () => {
  test.each([
    [['rencana-aksi:read'], [RA_BACA], true],
    [['rencana-aksi:read'], [RA_TULIS], false],
    [['rencana-aksi:write'], [RA_TULIS], true],
    [['rencana-aksi:write'], [RA_BACA], false],
    [['presensi:write'], [PRESENSI], true],
    // the evidence files the renaksi list links to are read with the renaksi
    [['rencana-aksi:read'], [BUKTI], true],
    [['rencana-aksi:write'], [BUKTI], false],
    [['presensi:write', 'spip:read', 'legacy:read'], [BUKTI], false],
    [['rencana-aksi:read', 'rencana-aksi:write'], [PRESENSI], false],
    // spip:read and legacy:read open no rencana-aksi or presensi route
    [['spip:read'], [RA_BACA], false],
    [['spip:read'], [RA_TULIS], false],
    [['legacy:read'], [RA_BACA], false],
    [['spip:read', 'legacy:read'], [PRESENSI], false],
    // routes outside the table are closed to every token, whatever its scopes
    [[...CAKUPAN_TOKEN], ['plugin::panel.panel.find'], false],
    [[...CAKUPAN_TOKEN], ['plugin::users-permissions.user.me'], false],
    [[...CAKUPAN_TOKEN], ['plugin::kinerja.skp.ambil'], false],
    [[...CAKUPAN_TOKEN], ['plugin::panel.token-api.buat'], false],
    [[...CAKUPAN_TOKEN], ['constructor'], false],
    [[...CAKUPAN_TOKEN], ['__proto__'], false],
    // a route without a scope, or a token without a scope list: closed
    [[...CAKUPAN_TOKEN], [], false],
    [[...CAKUPAN_TOKEN], undefined, false],
    [null, [RA_BACA], false],
    [[], [RA_BACA], false],
    // every scope of a multi-scope route is needed
    [['rencana-aksi:read'], [RA_BACA, RA_TULIS], false],
    [['rencana-aksi:read', 'rencana-aksi:write'], [RA_BACA, RA_TULIS], true],
    // a plain string scope as Strapi may give
    [['rencana-aksi:read'], RA_BACA, true],
  ] as const)('%j on %j → %s', (cakupan, rute, boleh) => {
    expect(tokenBolehAkses(cakupan as any, rute as any)).toBe(boleh);
  });

  test('every route of the table names a known scope', () => {
    for (const c of Object.values(RUTE_TOKEN)) expect(CAKUPAN_TOKEN).toContain(c);
  });
});

describe('statusToken', () => {
  test.each([
    [{ berlaku_sampai: null }, 'AKTIF'],
    [{ berlaku_sampai: '2026-05-10' }, 'AKTIF'],
    [{ berlaku_sampai: '2026-05-09' }, 'KEDALUWARSA'],
    [{ berlaku_sampai: '2026-12-31', dicabut_pada: '2026-05-01T00:00:00Z' }, 'DICABUT'],
    [{ berlaku_sampai: '2026-01-01', dicabut_pada: new Date() }, 'DICABUT'],
  ] as const)('%j on 2026-05-10 → %s', (t, s) => expect(statusToken(t as any, '2026-05-10')).toBe(s));
});

describe('validasiIsianToken names the field', () => {
  const hari = '2026-05-10';
  const galatDari = (body: unknown) => {
    try {
      validasiIsianToken(body, hari);
    } catch (e) {
      if (e instanceof GalatMskp) return [e.status, e.kode, e.field];
      throw e;
    }
    return null;
  };
  test.each([
    [{ cakupan: ['spip:read'] }, [400, 'NAMA_WAJIB', 'nama']],
    [{ nama: '  ', cakupan: ['spip:read'] }, [400, 'NAMA_WAJIB', 'nama']],
    [{ nama: 'a<script>', cakupan: ['spip:read'] }, [400, 'NAMA_TIDAK_VALID', 'nama']],
    [{ nama: 'x'.repeat(101), cakupan: ['spip:read'] }, [400, 'NAMA_TIDAK_VALID', 'nama']],
    [{ nama: 'ekak' }, [400, 'CAKUPAN_WAJIB', 'cakupan']],
    [{ nama: 'ekak', cakupan: [] }, [400, 'CAKUPAN_WAJIB', 'cakupan']],
    [{ nama: 'ekak', cakupan: 'spip:read' }, [400, 'CAKUPAN_WAJIB', 'cakupan']],
    [{ nama: 'ekak', cakupan: ['spip:read', 'admin:all'] }, [400, 'CAKUPAN_TIDAK_DIKENAL', 'cakupan']],
    [{ nama: 'ekak', cakupan: ['SPIP:READ'] }, [400, 'CAKUPAN_TIDAK_DIKENAL', 'cakupan']],
    [{ nama: 'ekak', cakupan: ['spip:read'], kode_opd: 7 }, [400, 'OPD_TIDAK_VALID', 'kode_opd']],
    [
      { nama: 'ekak', cakupan: ['spip:read'], berlaku_sampai: '2026-02-30' },
      [400, 'TANGGAL_TIDAK_VALID', 'berlaku_sampai'],
    ],
    [{ nama: 'ekak', cakupan: ['spip:read'], berlaku_sampai: '2026-05-09' }, [400, 'TANGGAL_LAMPAU', 'berlaku_sampai']],
    [null, [400, 'NAMA_WAJIB', 'nama']],
  ])('%j → %j', (body, harap) => expect(galatDari(body)).toEqual(harap));

  test('a valid input is normalised: trimmed name, scopes in table order without duplicates, empty optionals null', () => {
    expect(
      validasiIsianToken(
        {
          nama: ' eKAK Kota ',
          cakupan: ['rencana-aksi:write', 'rencana-aksi:read', 'rencana-aksi:write'],
          kode_opd: '',
          berlaku_sampai: '',
        },
        hari,
      ),
    ).toEqual({
      nama: 'eKAK Kota',
      cakupan: ['rencana-aksi:read', 'rencana-aksi:write'],
      kode_opd: null,
      berlaku_sampai: null,
    });
    expect(
      validasiIsianToken({ nama: 'spip', cakupan: ['spip:read'], kode_opd: ' 1.11.01 ', berlaku_sampai: hari }, hari),
    ).toMatchObject({ kode_opd: '1.11.01', berlaku_sampai: hari });
  });
});

test('only Admin BKPSDM manages tokens, never a token', () => {
  expect(bolehKelolaToken({ peran: 'admin_bkpsdm', token: null })).toBe(true);
  for (const peran of ['admin_opd', 'bkad', 'inspektorat', 'pegawai', 'token', null])
    expect(bolehKelolaToken({ peran, token: null })).toBe(false);
  expect(bolehKelolaToken({ peran: 'admin_bkpsdm', token: 'x' })).toBe(false);
});

test('only our prefixed bearers are tokens (a JWT costs no query)', () => {
  expect(adalahTokenMskp('mskp_' + 'a'.repeat(43))).toBe(true);
  expect(adalahTokenMskp('eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.abc')).toBe(false);
  expect(adalahTokenMskp('mskp_short')).toBe(false);
  expect(adalahTokenMskp(undefined)).toBe(false);
});
