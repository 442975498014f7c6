/**
 * The log of PLT sync runs: what started a run and what it changed, as the panel shows it. Pure: the sync
 * service gives the changes and the withheld ones, these functions make the stored row.
 */
import type { JenisPeriode } from './plt';

/** What started a run: an admin's request, the nightly job, a penugasan change, an evaluation write. */
export const PEMICU_SINKRON = ['MANUAL', 'JADWAL', 'PENUGASAN', 'EVALUASI'] as const;
export type PemicuSinkron = (typeof PEMICU_SINKRON)[number];

export const STATUS_SINKRON = ['SELESAI', 'GAGAL'] as const;
export type StatusSinkron = (typeof STATUS_SINKRON)[number];

/** One evaluation the run rewrote (the answer's `diubah` item). */
export interface EvaluasiDiubah {
  nip: string | null;
  evaluasi: string;
  bulan: number;
  periode_jenis: JenisPeriode;
  periode: number;
  dari: number;
  ke: number;
  /** PLT: the Plt rating now stands; DEFINITIF: the definitive penilai's rating came back */
  sumber: 'DEFINITIF' | 'PLT';
  predikat: { dari: number; ke: number };
}

/** A change that was due but not written: its quarter is locked. */
export interface EvaluasiDitahan {
  nip: string | null;
  evaluasi: string | undefined;
  bulan: number | null;
  alasan: string;
}

export interface RincianRun {
  jumlah_diterapkan: number;
  jumlah_dikembalikan: number;
  jumlah_ditahan: number;
  rincian: (EvaluasiDiubah & { aksi: 'TERAPKAN' | 'KEMBALIKAN' })[];
  ditahan: EvaluasiDitahan[];
}

/** The counts and the per-evaluation detail of a run, from what it changed and what it withheld. */
export function rincianRun(diubah: EvaluasiDiubah[], ditahan: EvaluasiDitahan[] = []): RincianRun {
  const aksi = (d: EvaluasiDiubah) => (d.sumber === 'PLT' ? ('TERAPKAN' as const) : ('KEMBALIKAN' as const));
  const rincian = diubah.map((d) => ({ ...d, aksi: aksi(d) }));
  return {
    jumlah_diterapkan: rincian.filter((r) => r.aksi === 'TERAPKAN').length,
    jumlah_dikembalikan: rincian.filter((r) => r.aksi === 'KEMBALIKAN').length,
    jumlah_ditahan: ditahan.length,
    rincian,
    ditahan,
  };
}

/**
 * Whether a run is logged. Every manual, nightly and penugasan-triggered run is (also when it changed nothing,
 * so the admin sees the job ran); the run inside an evaluation write only when it changed or withheld something,
 * since every save of an evaluation runs it.
 */
export function perluDicatat(
  pemicu: PemicuSinkron,
  r: { jumlah_diterapkan: number; jumlah_dikembalikan: number; jumlah_ditahan: number },
  gagal = false,
): boolean {
  if (pemicu !== 'EVALUASI' || gagal) return true;
  return r.jumlah_diterapkan + r.jumlah_dikembalikan + r.jumlah_ditahan > 0;
}
