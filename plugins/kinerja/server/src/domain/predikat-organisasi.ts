/**
 * Rules of the organisation predikat's period (domain.md §5) over plain data: which evaluation counts
 * for a pegawai in a month, whether BKPSDM's override still covers the standing quota violations,
 * and what the final approval decides. Pure (no Strapi).
 */
import { BOLEH, tolak, type Keputusan } from '@m-skp/inti';
import type { HasilKurva, PredikatOrganisasi } from './predikat';

export interface EvaluasiBulan {
  id: number;
  pegawaiId: number;
  /** jenis of the penugasan of the evaluated SKP (UTAMA = definitive) */
  jenisPenugasan?: string | null;
}

/**
 * The final predikat of each pegawai's month (domain.md §5), at most one per pegawai: the evaluation of his
 * definitive SKP (an evaluation without an SKP counts as definitive), whose perilaku already carries the Plt
 * rating by the PLT rule (perilaku_source PLT); the latest when there are several. An evaluation in a Plt
 * context is never a final predikat: a pegawai whose only evaluations of the month are Plt ones is left out
 * (the Laporan Predikat lists him as not yet evaluated), never counted in his home unit with it.
 */
export function satuPerPegawai<T extends EvaluasiBulan>(rows: T[]): T[] {
  const pilih = new Map<number, T>();
  for (const r of rows) {
    if (!evaluasiFinal(r)) continue;
    const ada = pilih.get(r.pegawaiId);
    if (!ada || r.id > ada.id) pilih.set(r.pegawaiId, r);
  }
  return [...pilih.values()];
}

/** An evaluation of the pegawai's definitive post (UTAMA penugasan, or no SKP recorded): the one that can carry his final predikat. */
export const evaluasiFinal = (r: Pick<EvaluasiBulan, 'jenisPenugasan'>) => (r.jenisPenugasan ?? 'UTAMA') === 'UTAMA';

export interface OverrideKurva {
  alasan: string;
  oleh: string;
  waktu: string;
  predikat?: PredikatOrganisasi;
  pelanggaran: { aturan: string; pesan?: string }[];
}

/**
 * An override covers the standing violations when it was given for the same organisation predikat
 * and every rule violated now was among the rules it waived (a new violation needs a new override).
 */
export function overrideMenutup(
  o: OverrideKurva | null | undefined,
  predikat: PredikatOrganisasi,
  pelanggaran: { aturan: string }[],
): boolean {
  if (!o || !Array.isArray(o.pelanggaran)) return false;
  if (o.predikat && o.predikat !== predikat) return false;
  const diabaikan = new Set(o.pelanggaran.map((p) => p.aturan));
  return pelanggaran.every((p) => diabaikan.has(p.aturan));
}

export type PutusanFinal = { boleh: true } | { boleh: false; kode: 'KURVA_DILANGGAR'; pesan: string };

/** Final approval of the period: refused while the quotas block (n ≥ minimum, violations) and no override covers them. */
export function putusanFinal(
  kurva: Pick<HasilKurva, 'blokir' | 'pelanggaran'>,
  predikat: PredikatOrganisasi,
  override: OverrideKurva | null | undefined,
): PutusanFinal {
  if (!kurva.blokir || overrideMenutup(override, predikat, kurva.pelanggaran)) return { boleh: true };
  const n = kurva.pelanggaran.length;
  return {
    boleh: false,
    kode: 'KURVA_DILANGGAR',
    pesan: `Periode belum dapat difinalkan: ${n} ketentuan kurva distribusi predikat dilanggar (${kurva.pelanggaran.map((p) => p.aturan).join('; ')}). Perbaiki penilaian atau minta override Admin BKPSDM dengan alasan tertulis.`,
  };
}

/** Minimum length of a written reason (override, change of the predikat). */
export const ALASAN_MINIMAL = 10;

/** What the period's actions are checked against: the actor's rights, the stored row, the quota check. */
export interface KeadaanPeriodeOpd {
  hak: { tetapkan: boolean; override: boolean };
  row: { status?: string | null; predikat: PredikatOrganisasi } | null;
  kurva: Pick<HasilKurva, 'blokir' | 'pelanggaran'>;
  override?: OverrideKurva | null;
}

/** Reading one OPD's predikat: 403 AKSES_DITOLAK (field kode_opd) outside the actor's reach. */
export function aturanBacaPredikat(hak: { baca: boolean }): Keputusan {
  if (!hak.baca) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang atas predikat kinerja OPD ini.', 'kode_opd');
  return BOLEH;
}

/**
 * A panel update of a stored predikat: 400 ISIAN_TIDAK_VALID (field predikat) when it asks for nothing, then
 * 400 ALASAN_WAJIB (field alasan) when it sets the predikat or overrides without a reason.
 */
export function aturanUbahPanelPredikat(i: {
  predikat?: string | null;
  override?: boolean | null;
  status?: string | null;
  alasan?: string | null;
}): Keputusan {
  if (!i.predikat && !i.override && !i.status)
    return tolak(
      400,
      'ISIAN_TIDAK_VALID',
      'Isi predikat (dengan alasan), override: true (dengan alasan), atau status: "FINAL".',
      'predikat',
    );
  if ((i.predikat || i.override) && !i.alasan)
    return tolak(400, 'ALASAN_WAJIB', `Alasan wajib diisi, sekurang-kurangnya ${ALASAN_MINIMAL} karakter.`, 'alasan');
  return BOLEH;
}

const BELUM_DITETAPKAN = () =>
  tolak(409, 'PREDIKAT_BELUM_DITETAPKAN', 'Tetapkan predikat organisasi periode ini terlebih dahulu.', 'predikat');
const SUDAH_FINAL = () => tolak(409, 'PERIODE_SUDAH_FINAL', 'Periode ini sudah difinalkan.');

/** Setting the predikat: 403 AKSES_DITOLAK unless Kepala OPD (Plt included) or BKPSDM, then 409 PERIODE_SUDAH_FINAL. */
export function aturanTetapkanPredikat(s: Pick<KeadaanPeriodeOpd, 'hak' | 'row'>): Keputusan {
  if (!s.hak.tetapkan) {
    return tolak(
      403,
      'AKSES_DITOLAK',
      'Hanya Kepala OPD (termasuk Plt) atau Admin BKPSDM yang boleh menetapkan predikat organisasi.',
    );
  }
  if (s.row?.status === 'FINAL') {
    return tolak(
      409,
      'PERIODE_SUDAH_FINAL',
      'Predikat organisasi periode ini sudah difinalkan dan tidak dapat diubah.',
      'predikat',
    );
  }
  return BOLEH;
}

/**
 * Final approval: 403 AKSES_DITOLAK, 409 PREDIKAT_BELUM_DITETAPKAN, 409 PERIODE_SUDAH_FINAL, then 409
 * KURVA_DILANGGAR (with the violations) while the quotas block and no override covers them.
 */
export function aturanFinalkanPredikat(s: KeadaanPeriodeOpd): Keputusan {
  if (!s.hak.tetapkan)
    return tolak(
      403,
      'AKSES_DITOLAK',
      'Hanya Kepala OPD (termasuk Plt) atau Admin BKPSDM yang boleh memfinalkan periode.',
    );
  if (!s.row) return BELUM_DITETAPKAN();
  if (s.row.status === 'FINAL') return SUDAH_FINAL();
  const putusan = putusanFinal(s.kurva, s.row.predikat, s.override);
  if (!putusan.boleh) {
    return tolak(409, putusan.kode, putusan.pesan, undefined, {
      pelanggaran: s.kurva.pelanggaran.map((x) => ({ aturan: x.aturan, pesan: x.pesan })),
    });
  }
  return BOLEH;
}

/** BKPSDM's override: 403 AKSES_DITOLAK, 409 PREDIKAT_BELUM_DITETAPKAN, 409 PERIODE_SUDAH_FINAL, 409 TANPA_PELANGGARAN. */
export function aturanOverridePredikat(s: Pick<KeadaanPeriodeOpd, 'hak' | 'row' | 'kurva'>): Keputusan {
  if (!s.hak.override)
    return tolak(403, 'AKSES_DITOLAK', 'Hanya Admin BKPSDM yang boleh meng-override kurva distribusi.');
  if (!s.row) return BELUM_DITETAPKAN();
  if (s.row.status === 'FINAL') return SUDAH_FINAL();
  if (!s.kurva.pelanggaran.length)
    return tolak(409, 'TANPA_PELANGGARAN', 'Tidak ada pelanggaran kurva distribusi yang perlu di-override.');
  return BOLEH;
}
