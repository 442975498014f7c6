import {
  aksesPresensi,
  keputusanDorongPresensi,
  keputusanImporPresensi,
  keputusanTerapkanPresensi,
  type FaktaImporPresensi,
  type PelakuPresensi,
} from '../presensi';
import { tolak } from '@m-skp/inti';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);
const BKPSDM: PelakuPresensi = { peran: 'admin_bkpsdm' };
const OPD: PelakuPresensi = { peran: 'admin_opd', opdId: 4 };
const PEGAWAI: PelakuPresensi = { peran: 'pegawai', opdId: 4 };
const MB = 1024 * 1024;

describe('who may write attendance', () => {
  test.each<[string, PelakuPresensi, 'IMPOR' | 'API', string | number | null]>([
    ['Admin BKPSDM imports every OPD', BKPSDM, 'IMPOR', null],
    ['Admin OPD imports his OPD', OPD, 'IMPOR', 4],
    ['Admin OPD without an OPD', { peran: 'admin_opd', opdId: null }, 'IMPOR', 'AKSES_DITOLAK'],
    ['pegawai', PEGAWAI, 'IMPOR', 'AKSES_DITOLAK'],
    ['a token may not import', { token: 1, jangkauan: 'SEMUA' }, 'IMPOR', 'AKSES_DITOLAK'],
    ['Admin BKPSDM pushes', BKPSDM, 'API', null],
    ['a city-wide token pushes every OPD', { token: 1, jangkauan: 'SEMUA', opdId: 4 }, 'API', null],
    ['an OPD token pushes its OPD', { token: 1, jangkauan: 'OPD', opdId: 4 }, 'API', 4],
    ['a token reaching nothing', { token: 1, jangkauan: 'TIDAK_ADA' }, 'API', 'AKSES_DITOLAK'],
    ['Admin OPD may not push', OPD, 'API', 'AKSES_DITOLAK'],
  ])('%s', (_n, a, jalur, harap) => {
    const k = aksesPresensi(a, jalur);
    expect(k.ok ? k.opdBoleh : k.kode).toBe(harap);
  });

  test('messages name who may', () => {
    expect(aksesPresensi(PEGAWAI, 'IMPOR')).toEqual(
      tolak(403, 'AKSES_DITOLAK', 'Hanya Admin BKPSDM dan Admin OPD yang dapat mengimpor data presensi.'),
    );
    expect(aksesPresensi(PEGAWAI, 'API')).toEqual(
      tolak(
        403,
        'AKSES_DITOLAK',
        'Hanya Admin BKPSDM dan sistem terhubung (token API) yang dapat mengirim data presensi.',
      ),
    );
  });
});

describe('an attendance import: every refusal and the order of the checks', () => {
  const ok: FaktaImporPresensi = { pelaku: OPD, berkas: { size: 100 }, jenis: 'CSV', galatKolom: null, jumlahBaris: 3 };
  test.each<[string, Partial<FaktaImporPresensi>, string]>([
    ['a good csv', {}, 'OK'],
    ['exactly 5 MB', { berkas: { size: 5 * MB } }, 'OK'],
    ['20000 rows', { jumlahBaris: 20000 }, 'OK'],
    ['nothing read yet beyond the file', { jenis: undefined, galatKolom: undefined, jumlahBaris: undefined }, 'OK'],
    ['pegawai', { pelaku: PEGAWAI }, 'AKSES_DITOLAK'],
    ['no file', { berkas: null }, 'BERKAS_WAJIB'],
    ['over 5 MB', { berkas: { size: 5 * MB + 1 } }, 'BERKAS_TERLALU_BESAR'],
    ['neither xlsx nor csv', { jenis: null }, 'JENIS_BERKAS_DITOLAK'],
    ['an xlsx that cannot be read', { jenis: 'XLSX', terbaca: false }, 'BERKAS_TIDAK_TERBACA'],
    ['a required column missing', { galatKolom: 'Kolom wajib tidak ada: nip.' }, 'KOLOM_TIDAK_LENGKAP'],
    ['no rows', { jumlahBaris: 0 }, 'BERKAS_KOSONG'],
    ['20001 rows', { jumlahBaris: 20001 }, 'TERLALU_BANYAK_BARIS'],
    // order
    ['pegawai without a file', { pelaku: PEGAWAI, berkas: null }, 'AKSES_DITOLAK'],
    ['too big and of the wrong type', { berkas: { size: 6 * MB }, jenis: null }, 'BERKAS_TERLALU_BESAR'],
    ['wrong type and no header', { jenis: null, galatKolom: 'x' }, 'JENIS_BERKAS_DITOLAK'],
    ['too big and unreadable', { berkas: { size: 6 * MB }, terbaca: false }, 'BERKAS_TERLALU_BESAR'],
    ['unreadable, no header', { terbaca: false, galatKolom: 'x' }, 'BERKAS_TIDAK_TERBACA'],
    ['no header and no rows', { galatKolom: 'x', jumlahBaris: 0 }, 'KOLOM_TIDAK_LENGKAP'],
  ])('%s → %s', (_n, ubah, harap) => expect(kode(keputusanImporPresensi({ ...ok, ...ubah }))).toBe(harap));

  test('messages and fields', () => {
    const k = (ubah: Partial<FaktaImporPresensi>) => keputusanImporPresensi({ ...ok, ...ubah });
    expect(k({ berkas: null })).toEqual(
      tolak(400, 'BERKAS_WAJIB', 'Unggah berkas presensi (xlsx atau csv) pada field "berkas".', 'berkas'),
    );
    expect(k({ berkas: { size: 6 * MB } })).toEqual(
      tolak(400, 'BERKAS_TERLALU_BESAR', 'Berkas presensi paling besar 5 MB.', 'berkas'),
    );
    expect(k({ jenis: null })).toEqual(
      tolak(400, 'JENIS_BERKAS_DITOLAK', 'Berkas presensi harus .xlsx atau .csv.', 'berkas'),
    );
    expect(k({ terbaca: false })).toEqual(
      tolak(400, 'BERKAS_TIDAK_TERBACA', 'Berkas Excel tidak dapat dibaca. Simpan sebagai .xlsx atau .csv.', 'berkas'),
    );
    expect(k({ galatKolom: 'Kolom wajib tidak ada: nip.' })).toEqual(
      tolak(400, 'KOLOM_TIDAK_LENGKAP', 'Kolom wajib tidak ada: nip.', 'berkas'),
    );
    expect(k({ jumlahBaris: 0 })).toEqual(tolak(400, 'BERKAS_KOSONG', 'Tidak ada baris data presensi.', 'berkas'));
    expect(k({ jumlahBaris: 20001 })).toEqual(
      tolak(400, 'TERLALU_BANYAK_BARIS', 'Paling banyak 20000 baris per impor.', 'berkas'),
    );
    expect(k({})).toEqual({ ok: true, opdBoleh: 4 });
  });
});

describe('confirming an attendance preview', () => {
  test.each<[string, Parameters<typeof keputusanTerapkanPresensi>[0], string]>([
    ['a preview with rows', { pelaku: OPD, pratinjauAda: true, jumlahDiterima: 2 }, 'OK'],
    ['preview not read yet', { pelaku: OPD }, 'OK'],
    ['pegawai', { pelaku: PEGAWAI, pratinjauAda: true, jumlahDiterima: 2 }, 'AKSES_DITOLAK'],
    ['no such preview', { pelaku: OPD, pratinjauAda: false }, 'PRATINJAU_TIDAK_ADA'],
    ['nothing accepted', { pelaku: OPD, pratinjauAda: true, jumlahDiterima: 0 }, 'TIDAK_ADA_BARIS_DITERIMA'],
    // order
    ['pegawai, no preview', { pelaku: PEGAWAI, pratinjauAda: false }, 'AKSES_DITOLAK'],
    ['no preview and nothing accepted', { pelaku: OPD, pratinjauAda: false, jumlahDiterima: 0 }, 'PRATINJAU_TIDAK_ADA'],
  ])('%s → %s', (_n, f, harap) => expect(kode(keputusanTerapkanPresensi(f))).toBe(harap));

  test('messages', () => {
    expect(keputusanTerapkanPresensi({ pelaku: OPD, pratinjauAda: false })).toEqual(
      tolak(
        404,
        'PRATINJAU_TIDAK_ADA',
        'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa; unggah ulang berkasnya.',
        'id',
      ),
    );
    expect(keputusanTerapkanPresensi({ pelaku: OPD, pratinjauAda: true, jumlahDiterima: 0 })).toEqual(
      tolak(400, 'TIDAK_ADA_BARIS_DITERIMA', 'Tidak ada baris yang diterima untuk diterapkan.', 'id'),
    );
  });
});

describe('an attendance push (all rows or none)', () => {
  const TOKEN: PelakuPresensi = { token: 9, jangkauan: 'OPD', opdId: 4 };
  const ditolak = [{ baris: 2, nip: '1', alasan: 'NIP tidak dikenal.' }];
  test.each<[string, Parameters<typeof keputusanDorongPresensi>[0], string]>([
    ['all rows good', { pelaku: TOKEN, jumlahBaris: 2, ditolak: [] }, 'OK'],
    ['rows not checked yet', { pelaku: TOKEN }, 'OK'],
    ['Admin OPD', { pelaku: OPD, jumlahBaris: 2, ditolak: [] }, 'AKSES_DITOLAK'],
    ['no rows', { pelaku: TOKEN, jumlahBaris: 0 }, 'BERKAS_KOSONG'],
    ['too many rows', { pelaku: TOKEN, jumlahBaris: 20001 }, 'TERLALU_BANYAK_BARIS'],
    ['a row rejected', { pelaku: TOKEN, jumlahBaris: 2, ditolak }, 'BARIS_DITOLAK'],
    // order
    ['Admin OPD with rejected rows', { pelaku: OPD, jumlahBaris: 2, ditolak }, 'AKSES_DITOLAK'],
    ['too many rows, some rejected', { pelaku: TOKEN, jumlahBaris: 20001, ditolak }, 'TERLALU_BANYAK_BARIS'],
  ])('%s → %s', (_n, f, harap) => expect(kode(keputusanDorongPresensi(f))).toBe(harap));

  test('a rejected push lists the rows on field data', () => {
    expect(keputusanDorongPresensi({ pelaku: TOKEN, jumlahBaris: 2, ditolak })).toEqual(
      tolak(400, 'BARIS_DITOLAK', '1 dari 2 baris presensi ditolak; tidak ada yang disimpan.', 'data', { ditolak }),
    );
    expect(keputusanDorongPresensi({ pelaku: TOKEN, jumlahBaris: 2, ditolak: [] })).toEqual({ ok: true, opdBoleh: 4 });
  });
});
