import type { Session } from '../auth/session';
import type { HttpClient } from './httpClient';

/* ---- The external systems (plugins/integrasi): the sync log rows (panel resource sync-log) and
   GET /api/integrasi/status ---- */

export type KodeSistem = 'EKAK' | 'SIMPEG';
export type SistemLog = KodeSistem | 'SIASN';
export type StatusLog = 'BERHASIL' | 'SEBAGIAN' | 'GAGAL';

/** One system on (with its URL) or off: "tidak dikonfigurasi" or a malformed setting, named in `pesan`. */
export interface StatusIntegrasi {
  kode: KodeSistem;
  sistem: string;
  aktif: boolean;
  status: 'AKTIF' | 'TIDAK_DIKONFIGURASI' | 'KONFIGURASI_SALAH';
  url: string | null;
  pesan: string;
}

/** A record a run refused (or the run as a whole when `rekaman` is null), with the reason. */
export interface GalatRekaman {
  rekaman: string | null;
  alasan: string;
  kode?: string | null;
}

/** One run as the panel resource `sync-log` lists it. */
export interface SyncLog {
  id: string;
  sistem: SistemLog;
  jenis: string;
  pemicu: 'PENGGUNA' | 'JADWAL';
  oleh: string | null;
  dry_run: boolean;
  mulai: string;
  selesai: string | null;
  durasi_ms: number | null;
  tahun: number | null;
  opd_id: string | null;
  kode_opd: string | null;
  opd_nama: string | null;
  jumlah: Record<string, number>;
  galat: GalatRekaman[];
  status: StatusLog;
  pesan: string | null;
}

export interface IntegrasiMethods {
  /** `GET /api/integrasi/status`: each system on or off (Admin BKPSDM and Admin OPD). */
  statusIntegrasi(): Promise<StatusIntegrasi[]>;
}

export const integrasiMethods = (session: Session, httpClient: HttpClient): IntegrasiMethods => ({
  statusIntegrasi: async () => {
    const { json } = await httpClient(`${session.apiUrl}/api/integrasi/status`);
    return Array.isArray(json?.data) ? (json.data as StatusIntegrasi[]) : [];
  },
});
