import { aktorSistem, type Aktor } from '@m-skp/inti';
import { barisLog, pemicuDari, type MasukanLog } from '../sync-log';

const admin: Aktor = {
  userId: 1,
  username: 'admin',
  peran: 'admin_bkpsdm',
  jangkauan: 'SEMUA',
  pegawaiId: null,
  opdId: null,
  token: null,
};
const pegawai: Aktor = { ...admin, username: '198003032005011003', peran: 'pegawai', jangkauan: 'BAWAHAN' };
const token: Aktor = { ...admin, userId: null, username: null, peran: 'token', token: 'ekak' };

const run = (ubah: Partial<MasukanLog> = {}): MasukanLog => ({
  sistem: 'EKAK',
  jenis: 'TARIK_SASARAN',
  dryRun: true,
  mulai: new Date('2026-03-01T01:00:00.000Z'),
  selesai: new Date('2026-03-01T01:00:02.500Z'),
  tahun: 2026,
  kodeOpd: '1.11.01',
  jumlah: { buat: 2, ubah: 1, tetap: 10, konflik: 1 },
  ...ubah,
});

describe('pemicuDari: a user (his username, the NIP for a pegawai) or the job', () => {
  it.each<[string, Aktor, ReturnType<typeof pemicuDari>]>([
    ['admin', admin, { pemicu: 'PENGGUNA', oleh: 'admin' }],
    ['pegawai', pegawai, { pemicu: 'PENGGUNA', oleh: '198003032005011003' }],
    ['API token', token, { pemicu: 'PENGGUNA', oleh: 'token:ekak' }],
    ['nightly job', aktorSistem('ekak-malam'), { pemicu: 'JADWAL', oleh: 'ekak-malam' }],
  ])('%s', (_, a, diharapkan) => {
    expect(pemicuDari(a)).toEqual(diharapkan);
  });
});

describe('barisLog: one stored row per run', () => {
  it('a clean dry run: BERHASIL, duration, counts, no errors', () => {
    expect(barisLog(run(), admin)).toEqual({
      sistem: 'EKAK',
      jenis: 'TARIK_SASARAN',
      pemicu: 'PENGGUNA',
      oleh: 'admin',
      dry_run: true,
      mulai: '2026-03-01T01:00:00.000Z',
      selesai: '2026-03-01T01:00:02.500Z',
      durasi_ms: 2500,
      tahun: 2026,
      kode_opd: '1.11.01',
      jumlah: { buat: 2, ubah: 1, tetap: 10, konflik: 1 },
      galat: [],
      status: 'BERHASIL',
      pesan: null,
    });
  });

  it.each<[string, Partial<MasukanLog>, string, number, string | null]>([
    [
      'some records refused',
      { galat: [{ rekaman: '199999999999999999', alasan: 'pegawai tidak dikenal' }] },
      'SEBAGIAN',
      1,
      null,
    ],
    [
      'remote down: the whole run failed, its reason is the message',
      { gagal: { rekaman: null, alasan: 'eKAK tidak dapat dihubungi: koneksi ditolak', kode: 'EKAK_TIDAK_TERHUBUNG' } },
      'GAGAL',
      1,
      'eKAK tidak dapat dihubungi: koneksi ditolak',
    ],
    [
      'failed after record errors: GAGAL, every reason kept (the run reason first)',
      { gagal: { rekaman: null, alasan: 'x' }, galat: [{ rekaman: 'a', alasan: 'y' }] },
      'GAGAL',
      2,
      'x',
    ],
  ])('%s', (_, ubah, status, jumlahGalat, pesan) => {
    const b = barisLog(run(ubah), admin);
    expect([b.status, b.galat.length, b.pesan]).toEqual([status, jumlahGalat, pesan]);
  });

  it('no OPD, no year, no counts: the city, nulls and an empty count; a clock that went back: 0 ms', () => {
    const b = barisLog(
      run({ kodeOpd: undefined, tahun: undefined, jumlah: undefined, selesai: new Date('2026-03-01T00:59:59Z') }),
      aktorSistem('simpeg-malam'),
    );
    expect(b).toMatchObject({ kode_opd: null, tahun: null, jumlah: {}, durasi_ms: 0, pemicu: 'JADWAL' });
  });
});
