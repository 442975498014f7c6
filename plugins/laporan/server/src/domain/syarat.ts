/**
 * Preconditions of the prints and exports: who may print or export what, and what must exist before a
 * document can be made. Pure: the services load the caller, the rows and the relations, ask these and throw.
 * A pegawai looked up by NIP is found (or answered 404) before any of these.
 */
import { BOLEH, PERAN, tolak, type Keputusan } from '@m-skp/inti';

/** The caller of a print: a user's role and OPD, or an API token. */
export interface PelakuCetak {
  peran?: string | null;
  token?: unknown;
  opdId?: number | null;
}

/**
 * The Perjanjian Kinerja of an OPD, in this order: 403 unless Admin BKPSDM, BKAD, Inspektorat (every OPD) or
 * an Admin OPD / pegawai with an OPD (users only) → 404 OPD_TIDAK_DITEMUKAN (`opdId` null; undefined: not
 * looked up yet) → 403 on kode_opd for another OPD than the caller's own. `semua`: the caller reaches every OPD.
 */
export function keputusanPk(a: PelakuCetak, kode: string, opdId?: number | null): Keputusan<{ semua: boolean }> {
  const pengguna = a.token == null && a.peran != null;
  const peran = a.peran as string;
  const semua = pengguna && ([PERAN.ADMIN_BKPSDM, PERAN.BKAD, PERAN.INSPEKTORAT] as string[]).includes(peran);
  const sendiri = pengguna && ([PERAN.ADMIN_OPD, PERAN.PEGAWAI] as string[]).includes(peran) && a.opdId != null;
  if (!semua && !sendiri) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat Perjanjian Kinerja.');
  if (opdId === null) {
    return tolak(404, 'OPD_TIDAK_DITEMUKAN', `OPD dengan kode "${kode}" tidak ditemukan.`, 'kode_opd');
  }
  if (opdId !== undefined && !semua && opdId !== a.opdId) {
    const pesan = `Anda hanya berwenang atas Perjanjian Kinerja OPD Anda sendiri, bukan OPD ${kode}.`;
    return tolak(403, 'AKSES_DITOLAK', pesan, 'kode_opd');
  }
  return { ok: true, semua };
}

/**
 * May the caller print this pegawai's month (and evaluation)? Yes when the scope relates him to the pegawai
 * (`berhubungan`) or he is the penilai of the pegawai's Plt post (`penilaiPlt`); else 403 on nip with `pesan`.
 */
export function aksesCetakPegawai(
  f: { berhubungan: boolean; penilaiPlt?: boolean },
  pesan = 'Anda tidak berwenang mencetak SKP bulanan pegawai ini.',
): Keputusan {
  return f.berhubungan || f.penilaiPlt ? BOLEH : tolak(403, 'AKSES_DITOLAK', pesan, 'nip');
}

/**
 * The monthly SKP print of a found pegawai, in this order: access (403 on nip) → 409 SKP_BELUM_DISETUJUI when
 * no approved SKP covers the month (`jumlahSkp` 0; undefined: not counted yet).
 */
export function keputusanCetakSkpBulanan(f: {
  nip: string;
  tahun: number;
  bulan: number;
  berhubungan: boolean;
  penilaiPlt?: boolean;
  jumlahSkp?: number;
}): Keputusan {
  const akses = aksesCetakPegawai(f);
  if (!akses.ok) return akses;
  if (f.jumlahSkp === 0) {
    const pesan =
      `Pegawai ${f.nip} belum memiliki SKP yang disetujui untuk bulan ${f.bulan} tahun ${f.tahun}; ` +
      'SKP bulanan belum dapat dicetak.';
    return tolak(409, 'SKP_BELUM_DISETUJUI', pesan, 'nip');
  }
  return BOLEH;
}

export const PESAN_AKSES_CETAK_EVALUASI = 'Anda tidak berwenang mencetak evaluasi kinerja pegawai ini.';

/**
 * The evaluation print (a month, or the year when `bulan` is absent) of a found pegawai, in this order:
 * access (403 on nip) → 404 EVALUASI_TIDAK_DITEMUKAN on tahun/bulan when there is no evaluation of the period
 * (`jumlahEvaluasi` 0; undefined: not counted yet).
 */
export function keputusanCetakEvaluasi(f: {
  nip: string;
  tahun: number;
  bulan?: number | null;
  berhubungan: boolean;
  penilaiPlt?: boolean;
  jumlahEvaluasi?: number;
}): Keputusan {
  const akses = aksesCetakPegawai(f, PESAN_AKSES_CETAK_EVALUASI);
  if (!akses.ok) return akses;
  if (f.jumlahEvaluasi === 0) {
    const tahunan = f.bulan == null;
    const periode = tahunan ? `tahunan ${f.tahun}` : `bulan ${f.bulan} tahun ${f.tahun}`;
    const pesan = `Evaluasi kinerja ${periode} untuk pegawai ${f.nip} belum ada; evaluasi belum dapat dicetak.`;
    return tolak(404, 'EVALUASI_TIDAK_DITEMUKAN', pesan, tahunan ? 'tahun' : 'bulan');
  }
  return BOLEH;
}

/**
 * The OPDs a caller reaches (null: every OPD): reaching none is refused before anything is looked up, with
 * the report's own message (the TPP exports, the Laporan Predikat Kinerja).
 */
export function jangkauanLaporan(ids: number[] | null, pesan: string): Keputusan {
  return ids && !ids.length ? tolak(403, 'AKSES_DITOLAK', pesan) : BOLEH;
}

export const PESAN_EKSPOR_TPP = 'Anda tidak berwenang mengekspor data TPP.';
export const PESAN_LAPORAN_PREDIKAT = 'Anda tidak berwenang melihat Laporan Predikat Kinerja.';

/** A TPP export of one OPD or pegawai: 403 on `field` when its OPD is outside the caller's reach (or unknown). */
export function dalamJangkauanTpp(ids: number[] | null, opdId: number | null | undefined, field: string): Keputusan {
  if (ids && (opdId == null || !ids.includes(opdId))) {
    return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang atas data TPP OPD ini.', field);
  }
  return BOLEH;
}
