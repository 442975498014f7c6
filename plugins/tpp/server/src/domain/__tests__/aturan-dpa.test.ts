import { aksesBacaDpa, aksesImporDpa, keputusanImporDpa, keputusanTerapkanDpa, opdDpa } from '../dpa';
import type { FaktaImporDpa, PelakuDpa } from '../dpa';
import { tolak } from '@m-skp/inti';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);
const BKPSDM: PelakuDpa = { peran: 'admin_bkpsdm' };
const OPD: PelakuDpa = { peran: 'admin_opd', opdId: 4 };
const MB = 1024 * 1024;

describe('who may import and read DPA', () => {
  test.each<[string, PelakuDpa, string | number | null, string | number | null]>([
    ['Admin BKPSDM', BKPSDM, null, null],
    ['Admin OPD', OPD, 4, 4],
    ['Admin OPD without an OPD', { peran: 'admin_opd' }, 'AKSES_DITOLAK', 'AKSES_DITOLAK'],
    ['BKAD reads only', { peran: 'bkad' }, 'AKSES_DITOLAK', null],
    ['Inspektorat reads only', { peran: 'inspektorat' }, 'AKSES_DITOLAK', null],
    ['pegawai', { peran: 'pegawai', opdId: 4 }, 'AKSES_DITOLAK', 'AKSES_DITOLAK'],
    ['a token, whatever its role', { peran: 'admin_bkpsdm', token: 2 }, 'AKSES_DITOLAK', 'AKSES_DITOLAK'],
  ])('%s: import %p, read %p', (_n, a, impor, baca) => {
    const i = aksesImporDpa(a);
    const b = aksesBacaDpa(a);
    expect(i.ok ? i.opdBoleh : i.kode).toBe(impor);
    expect(b.ok ? b.opdBoleh : b.kode).toBe(baca);
  });

  test('messages', () => {
    expect(aksesImporDpa({ peran: 'bkad' })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Hanya Admin BKPSDM dan Admin OPD yang dapat mengimpor DPA.'),
    );
    expect(aksesBacaDpa({ peran: 'pegawai' })).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat DPA.'),
    );
    expect(opdDpa('9.99', null, null)).toEqual(
      tolak(404, 'OPD_TIDAK_DITEMUKAN', 'OPD dengan kode "9.99" tidak ditemukan.', 'kode_opd'),
    );
    expect(opdDpa('1.02', 5, 4)).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Anda hanya berwenang atas DPA OPD Anda sendiri, bukan OPD 1.02.', 'kode_opd'),
    );
    expect(opdDpa('1.02', 5, null)).toEqual({ ok: true });
  });
});

describe('a DPA import: every refusal and the order of the checks', () => {
  const ok: FaktaImporDpa = {
    pelaku: OPD,
    kode_opd: '1.01',
    opdId: 4,
    berkas: { size: 10 },
    xlsx: true,
    galatKolom: null,
    jumlahBaris: 3,
  };
  test.each<[string, Partial<FaktaImporDpa>, string]>([
    ['a good file', {}, 'OK'],
    ['Admin BKPSDM, any OPD', { pelaku: BKPSDM, opdId: 9 }, 'OK'],
    ['5000 rows', { jumlahBaris: 5000 }, 'OK'],
    [
      'nothing but the caller known',
      { opdId: undefined, berkas: undefined, xlsx: undefined, jumlahBaris: undefined },
      'OK',
    ],
    ['BKAD', { pelaku: { peran: 'bkad' } }, 'AKSES_DITOLAK'],
    ['unknown OPD', { opdId: null }, 'OPD_TIDAK_DITEMUKAN'],
    ['another OPD', { opdId: 5 }, 'AKSES_DITOLAK'],
    ['no file', { berkas: null }, 'BERKAS_WAJIB'],
    ['over 5 MB', { berkas: { size: 5 * MB + 1 } }, 'BERKAS_TERLALU_BESAR'],
    ['not xlsx', { xlsx: false }, 'JENIS_BERKAS_DITOLAK'],
    ['a workbook that cannot be read', { terbaca: false }, 'BERKAS_TIDAK_TERBACA'],
    ['no sub kegiatan header', { galatKolom: 'Kolom wajib tidak ada: kode_sub_kegiatan.' }, 'KOLOM_TIDAK_LENGKAP'],
    ['no rows', { jumlahBaris: 0 }, 'BERKAS_KOSONG'],
    ['5001 rows', { jumlahBaris: 5001 }, 'TERLALU_BANYAK_BARIS'],
    // order
    ['BKAD, unknown OPD', { pelaku: { peran: 'bkad' }, opdId: null }, 'AKSES_DITOLAK'],
    ['unknown OPD, no file', { opdId: null, berkas: null }, 'OPD_TIDAK_DITEMUKAN'],
    ['another OPD, no file', { opdId: 5, berkas: null }, 'AKSES_DITOLAK'],
    ['no file before anything about its content', { berkas: null, xlsx: false }, 'BERKAS_WAJIB'],
    ['too big and not xlsx', { berkas: { size: 6 * MB }, xlsx: false }, 'BERKAS_TERLALU_BESAR'],
    ['not xlsx, no header', { xlsx: false, galatKolom: 'x' }, 'JENIS_BERKAS_DITOLAK'],
    ['not xlsx, unreadable', { xlsx: false, terbaca: false }, 'JENIS_BERKAS_DITOLAK'],
    ['unreadable, no header', { terbaca: false, galatKolom: 'x' }, 'BERKAS_TIDAK_TERBACA'],
    ['no header, no rows', { galatKolom: 'x', jumlahBaris: 0 }, 'KOLOM_TIDAK_LENGKAP'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanImporDpa({ ...ok, ...ubah }))).toBe(harap));

  test('messages and fields', () => {
    const k = (ubah: Partial<FaktaImporDpa>) => keputusanImporDpa({ ...ok, ...ubah });
    expect(k({ berkas: null })).toEqual(
      tolak(400, 'BERKAS_WAJIB', 'Unggah berkas ekspor DPA SIPD (.xlsx) pada field "berkas".', 'berkas'),
    );
    expect(k({ berkas: { size: 6 * MB } })).toEqual(
      tolak(400, 'BERKAS_TERLALU_BESAR', 'Berkas DPA paling besar 5 MB.', 'berkas'),
    );
    expect(k({ xlsx: false })).toEqual(
      tolak(
        400,
        'JENIS_BERKAS_DITOLAK',
        'Berkas DPA harus Excel .xlsx (simpan ulang ekspor SIPD sebagai .xlsx).',
        'berkas',
      ),
    );
    expect(k({ terbaca: false })).toEqual(
      tolak(400, 'BERKAS_TIDAK_TERBACA', 'Berkas Excel tidak dapat dibaca. Simpan ulang sebagai .xlsx.', 'berkas'),
    );
    expect(k({ galatKolom: 'Kolom X tidak ada.' })).toEqual(
      tolak(400, 'KOLOM_TIDAK_LENGKAP', 'Kolom X tidak ada.', 'berkas'),
    );
    expect(k({ jumlahBaris: 0 })).toEqual(
      tolak(400, 'BERKAS_KOSONG', 'Tidak ada baris DPA di bawah baris judul.', 'berkas'),
    );
    expect(k({ jumlahBaris: 5001 })).toEqual(
      tolak(400, 'TERLALU_BANYAK_BARIS', 'Paling banyak 5000 baris per impor DPA.', 'berkas'),
    );
  });
});

describe('confirming a DPA preview', () => {
  type Fakta = Parameters<typeof keputusanTerapkanDpa>[0];
  const ok: Fakta = { pelaku: OPD, pratinjauAda: true, kode_opd: '1.01', opdId: 4, jumlahDiterima: 2 };
  test.each<[string, Partial<Fakta>, string]>([
    ['his preview with rows', {}, 'OK'],
    ['pegawai', { pelaku: { peran: 'pegawai' } }, 'AKSES_DITOLAK'],
    ['no such preview', { pratinjauAda: false }, 'PRATINJAU_TIDAK_ADA'],
    ['the OPD is gone', { opdId: null }, 'OPD_TIDAK_DITEMUKAN'],
    ['another OPD', { opdId: 5 }, 'AKSES_DITOLAK'],
    ['nothing accepted', { jumlahDiterima: 0 }, 'TIDAK_ADA_BARIS_DITERIMA'],
    // order
    ['pegawai, no preview', { pelaku: { peran: 'pegawai' }, pratinjauAda: false }, 'AKSES_DITOLAK'],
    ['no preview, OPD gone', { pratinjauAda: false, opdId: null }, 'PRATINJAU_TIDAK_ADA'],
    ['another OPD, nothing accepted', { opdId: 5, jumlahDiterima: 0 }, 'AKSES_DITOLAK'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanTerapkanDpa({ ...ok, ...ubah }))).toBe(harap));

  test('messages', () => {
    expect(keputusanTerapkanDpa({ ...ok, pratinjauAda: false })).toEqual(
      tolak(
        404,
        'PRATINJAU_TIDAK_ADA',
        'Pratinjau impor DPA tidak ditemukan atau sudah kedaluwarsa; unggah ulang berkasnya.',
        'id',
      ),
    );
    expect(keputusanTerapkanDpa({ ...ok, jumlahDiterima: 0 })).toEqual(
      tolak(400, 'TIDAK_ADA_BARIS_DITERIMA', 'Tidak ada baris DPA yang diterima untuk diterapkan.', 'id'),
    );
  });
});
