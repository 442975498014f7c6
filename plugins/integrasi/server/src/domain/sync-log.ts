import type { Aktor } from '@m-skp/inti';
import type { Sistem } from './konfigurasi';

/**
 * One run of an integration as the sync log stores it (integrations.md: what, when, who or which job, dry-run or
 * apply, counts per outcome, errors with their reason, duration). Built from plain data here; the `log` service
 * writes it.
 */

export const SISTEM_LOG = ['EKAK', 'SIMPEG', 'SIASN'] as const;
export type SistemLog = Sistem | (typeof SISTEM_LOG)[number];

export const STATUS_LOG = ['BERHASIL', 'SEBAGIAN', 'GAGAL'] as const;
export type StatusLog = (typeof STATUS_LOG)[number];

export interface GalatRekaman {
  /** the record concerned (NIP, eKAK id, …); null for the run as a whole */
  rekaman: string | null;
  alasan: string;
  kode?: string | null;
}

export interface MasukanLog {
  sistem: SistemLog;
  /** what ran, e.g. TARIK_SASARAN, SINKRON_PEGAWAI, MONITOR */
  jenis: string;
  dryRun: boolean;
  mulai: Date;
  selesai: Date;
  tahun?: number | null;
  kodeOpd?: string | null;
  /** counts per outcome: {buat, ubah, tetap, konflik, …} */
  jumlah?: Record<string, number>;
  galat?: GalatRekaman[];
  /** the run failed as a whole (remote down, malformed payload): nothing was applied */
  gagal?: GalatRekaman | null;
}

export interface BarisLog {
  sistem: SistemLog;
  jenis: string;
  pemicu: 'PENGGUNA' | 'JADWAL';
  oleh: string | null;
  dry_run: boolean;
  mulai: string;
  selesai: string;
  durasi_ms: number;
  tahun: number | null;
  kode_opd: string | null;
  jumlah: Record<string, number>;
  galat: GalatRekaman[];
  status: StatusLog;
  pesan: string | null;
}

/** Who started a run: a user (his username, the NIP for a pegawai account) or a scheduled job (its name). */
export function pemicuDari(aktor: Aktor): Pick<BarisLog, 'pemicu' | 'oleh'> {
  if (aktor.sistem) return { pemicu: 'JADWAL', oleh: aktor.sistem };
  return { pemicu: 'PENGGUNA', oleh: aktor.username ?? (aktor.token ? `token:${aktor.token}` : null) };
}

/** The stored row of a run: failed as a whole → GAGAL; some records refused → SEBAGIAN; else BERHASIL. */
export function barisLog(m: MasukanLog, aktor: Aktor): BarisLog {
  const galat = [...(m.gagal ? [m.gagal] : []), ...(m.galat ?? [])];
  const status: StatusLog = m.gagal ? 'GAGAL' : galat.length ? 'SEBAGIAN' : 'BERHASIL';
  return {
    sistem: m.sistem,
    jenis: m.jenis,
    ...pemicuDari(aktor),
    dry_run: m.dryRun,
    mulai: m.mulai.toISOString(),
    selesai: m.selesai.toISOString(),
    durasi_ms: Math.max(0, m.selesai.getTime() - m.mulai.getTime()),
    tahun: m.tahun ?? null,
    kode_opd: m.kodeOpd ?? null,
    jumlah: { ...(m.jumlah ?? {}) },
    galat,
    status,
    pesan: m.gagal ? m.gagal.alasan : null,
  };
}
