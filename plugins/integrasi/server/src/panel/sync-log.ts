import { PERAN } from '@m-skp/inti';
import {
  filterAngka,
  filterBoolean,
  filterKolom,
  filterRelasi,
  filterWaktu,
  TIDAK_ADA,
  type DefinisiSumber,
} from '@m-skp/panel';
import { pastikanLihatIntegrasi } from '../domain/akses';
import { UID_SYNC_LOG } from '../services/log';

/**
 * Panel resource `sync-log` (api.md; read-only: rows are written by the integration runs only). Admin BKPSDM
 * reads every run, an Admin OPD the runs of his OPD; anyone else and API tokens → 403.
 */
export const syncLog: DefinisiSumber = {
  ranah: 'induk',
  uid: UID_SYNC_LOG,
  objek: 'sync_log',
  urut: {
    id: 'id',
    mulai: 'mulai',
    sistem: 'sistem',
    jenis: 'jenis',
    status: 'status',
    tahun: 'tahun',
    durasi_ms: 'durasi_ms',
  },
  urutBawaan: ['mulai', 'DESC'],
  cari: ['jenis', 'oleh', 'pesan', 'opd.nama', 'opd.kode_opd'],
  filter: {
    sistem: filterKolom('sistem'),
    jenis: filterKolom('jenis'),
    pemicu: filterKolom('pemicu'),
    status: filterKolom('status'),
    dry_run: filterBoolean('dry_run'),
    tahun: filterAngka('tahun'),
    opd_id: filterRelasi('opd'),
    mulai: filterWaktu('mulai'),
  },
  populate: { opd: { fields: ['documentId', 'kode_opd', 'nama'] } },
  async cakupan(k) {
    const a = k.aktor;
    pastikanLihatIntegrasi(a, 'Riwayat sinkronisasi hanya untuk Admin BKPSDM dan Admin OPD (OPD-nya sendiri).');
    if (a.peran === PERAN.ADMIN_BKPSDM) return {};
    return a.opdId != null ? { opd: { id: a.opdId } } : TIDAK_ADA;
  },
  keBaris: (d) => ({
    id: d.documentId,
    sistem: d.sistem,
    jenis: d.jenis,
    pemicu: d.pemicu,
    oleh: d.oleh ?? null,
    dry_run: !!d.dry_run,
    mulai: d.mulai,
    selesai: d.selesai ?? null,
    durasi_ms: d.durasi_ms ?? null,
    tahun: d.tahun ?? null,
    opd_id: d.opd?.documentId ?? null,
    kode_opd: d.opd?.kode_opd ?? null,
    opd_nama: d.opd?.nama ?? null,
    jumlah: d.jumlah ?? {},
    galat: Array.isArray(d.galat) ? d.galat : [],
    status: d.status,
    pesan: d.pesan ?? null,
  }),
};
