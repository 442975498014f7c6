/**
 * Overriding conflicting duplicate indicators (domain.md §3): duplicates that disagree on target or
 * satuan carry a cross-validation warning the Kepala OPD (or BKPSDM) must resolve, or override with a
 * written reason, before approval. An override records the ids of the IKI in conflict at that moment;
 * approval is allowed while every IKI in conflict now is in that list. A new conflict (an IKI not in
 * the list) blocks again.
 */
import type { StatusSkp } from './alur';

/** One conflict group as stored in `skp.peringatan` (kode INDIKATOR_DUPLIKAT_BERKONFLIK). */
export interface KelompokKonflik {
  kode?: string;
  /** documentIds of the SKP's IKI in the group */
  indikator: (string | number)[];
  pesan?: string;
}

/** The override stored on the SKP (`skp.konflik_duplikat_diabaikan`). */
export interface KonflikDiabaikan {
  alasan: string;
  oleh_nip: string | null;
  oleh_nama: string | null;
  sebagai: 'ADMIN' | 'DEFINITIF' | 'PLT' | 'PLH' | 'PJ';
  waktu: string;
  indikator: string[];
}

export const KODE_KONFLIK = 'INDIKATOR_DUPLIKAT_BERKONFLIK';
export const ALASAN_MIN = 10;
export const ALASAN_MAKS = 2000;

/** The conflict groups among the SKP's warnings (other warning kinds are ignored). */
export function kelompokKonflik(peringatan: unknown): KelompokKonflik[] {
  if (!Array.isArray(peringatan)) return [];
  return peringatan.filter(
    (p: any) =>
      p &&
      typeof p === 'object' &&
      (p.kode == null || p.kode === KODE_KONFLIK) &&
      Array.isArray(p.indikator) &&
      p.indikator.length > 0,
  ) as KelompokKonflik[];
}

/** Ids of every IKI currently in conflict (flattened, deduplicated, as strings). */
export function idKonflik(konflik: KelompokKonflik[]): string[] {
  return [...new Set(konflik.flatMap((g) => g.indikator.map(String)))];
}

/**
 * The conflict groups still open: those with at least one IKI the override did not cover.
 * Without an override (null, or a malformed value) every group is open.
 */
export function konflikTerbuka(
  konflikSekarang: KelompokKonflik[],
  diabaikan: Pick<KonflikDiabaikan, 'indikator'> | null | undefined,
): KelompokKonflik[] {
  const tertutup = new Set(Array.isArray(diabaikan?.indikator) ? diabaikan!.indikator.map(String) : []);
  return konflikSekarang.filter((g) => g.indikator.some((id) => !tertutup.has(String(id))));
}

export type SebagaiAbaikan = KonflikDiabaikan['sebagai'];
type JenisPenugasan = 'UTAMA' | 'PLT' | 'PLH' | 'PJ';
const URUTAN: readonly JenisPenugasan[] = ['UTAMA', 'PJ', 'PLT', 'PLH'];

/**
 * The capacity in which a pegawai holds a Kepala OPD post, from his active holdings of the OPD's
 * `kepala_opd` posts at the date: definitive before Pj before Plt before Plh. Null: he holds none.
 */
export function kapasitasKepala(holdings: { jenis: JenisPenugasan }[]): Exclude<SebagaiAbaikan, 'ADMIN'> | null {
  const urut = [...holdings]
    .filter((h) => URUTAN.includes(h.jenis))
    .sort((a, b) => URUTAN.indexOf(a.jenis) - URUTAN.indexOf(b.jenis));
  if (!urut.length) return null;
  return urut[0].jenis === 'UTAMA' ? 'DEFINITIF' : (urut[0].jenis as 'PLT' | 'PLH' | 'PJ');
}

export interface PermintaanAbaikan {
  status: StatusSkp;
  /** the Kepala OPD's capacity (null: not the Kepala OPD of the owner's OPD) */
  kepalaOpd: Exclude<SebagaiAbaikan, 'ADMIN'> | null;
  adminBkpsdm: boolean;
  /** number of conflict groups now (open or already overridden) */
  jumlahKonflik: number;
  alasan: unknown;
}

export type PutusanAbaikan =
  | { ok: true; sebagai: SebagaiAbaikan; alasan: string }
  | {
      ok: false;
      status: 400 | 403 | 409;
      kode: string;
      pesan: string;
      field?: string;
      detail?: Record<string, unknown>;
    };

/**
 * May the actor override the conflicts? Order as in alur: right (403), state (409: approved SKP,
 * nothing to override), then content (400: the reason, trimmed, 10–2000 characters).
 * The Kepala OPD acts in his capacity; Admin BKPSDM (when not the Kepala OPD) as ADMIN.
 */
export function putuskanAbaikan(p: PermintaanAbaikan): PutusanAbaikan {
  const sebagai: SebagaiAbaikan | null = p.kepalaOpd ?? (p.adminBkpsdm ? 'ADMIN' : null);
  if (!sebagai)
    return {
      ok: false,
      status: 403,
      kode: 'BUKAN_KEPALA_OPD',
      pesan:
        'Hanya Kepala OPD pegawai ini (termasuk Plt/Plh/Pj) atau Admin BKPSDM yang boleh mengabaikan konflik indikator ganda.',
    };
  if (p.status === 'DISETUJUI') {
    return {
      ok: false,
      status: 409,
      kode: 'SKP_STATUS_TIDAK_SESUAI',
      pesan: 'SKP sudah disetujui; konflik indikator ganda tidak dapat diabaikan lagi.',
      detail: { status_sekarang: p.status },
    };
  }
  if (p.jumlahKonflik <= 0)
    return {
      ok: false,
      status: 409,
      kode: 'TIDAK_ADA_KONFLIK',
      pesan: 'SKP ini tidak memiliki indikator ganda yang berkonflik.',
    };
  const alasan = typeof p.alasan === 'string' ? p.alasan.trim() : '';
  if (alasan.length < ALASAN_MIN || alasan.length > ALASAN_MAKS) {
    return {
      ok: false,
      status: 400,
      kode: 'ALASAN_WAJIB',
      pesan: `Alasan mengabaikan konflik wajib diisi (${ALASAN_MIN}–${ALASAN_MAKS} karakter).`,
      field: 'alasan',
    };
  }
  return { ok: true, sebagai, alasan };
}
