/**
 * The SKP workflow (domain.md §3): DRAFT → DIAJUKAN → DISETUJUI | DITOLAK(catatan) → DIAJUKAN …,
 * and the per-RHK revision after approval (RHK: null → DRAFT → DIAJUKAN → null | DRAFT).
 *
 * One pure decision function over plain data: who the actor is to the SKP, what he asks, in which
 * state. It answers the new state or a refusal with its HTTP status and stable code. Checks run in a
 * fixed order: right of the actor (403), then state (409), then the content of the request (400).
 */

export const STATUS_SKP = ['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DITOLAK'] as const;
export type StatusSkp = (typeof STATUS_SKP)[number];
/** null: the RHK follows its SKP; DRAFT/DIAJUKAN: the RHK is reopened on its own after approval. */
export type StatusRevisi = null | 'DRAFT' | 'DIAJUKAN';

export const AKSI = [
  'UBAH',
  'AJUKAN',
  'SETUJUI',
  'TOLAK',
  'UBAH_RHK',
  'REVISI_RHK',
  'AJUKAN_RHK',
  'SETUJUI_RHK',
  'TOLAK_RHK',
  'ISI_EKSPEKTASI',
] as const;
export type Aksi = (typeof AKSI)[number];

/** The actor's standing towards one SKP. */
export interface Pelaku {
  /** the SKP is his */
  pemilik: boolean;
  /** he is the penilai of the SKP's owner at the date (definitive or Plt/Plh) */
  penilai: boolean;
  /** Admin BKPSDM (may approve or reject in the penilai's stead, with a written reason) */
  adminBkpsdm: boolean;
}

export interface PermintaanAlur {
  aksi: Aksi;
  status: StatusSkp;
  pelaku: Pelaku;
  /** status_revisi of the RHK concerned (RHK actions only) */
  statusRhk?: StatusRevisi;
  catatan?: string | null;
  /** written reason, mandatory when an admin acts instead of the penilai */
  alasan?: string | null;
  /** number of duplicate indicators that disagree on target or satuan (blocks approval) */
  konflikDuplikat?: number;
}

export interface Tolakan {
  ok: false;
  status: 400 | 403 | 409;
  kode: string;
  pesan: string;
  field?: string;
  detail?: Record<string, unknown>;
}
export interface Izin {
  ok: true;
  /** the SKP status after the action */
  statusBaru: StatusSkp;
  /** the RHK revision status after the action (RHK actions only; undefined: unchanged) */
  statusRhkBaru?: StatusRevisi;
  /** how the actor acts: as the penilai or as an administrator (approval actions) */
  sebagaiAdmin: boolean;
}
export type Putusan = Izin | Tolakan;

export const STATUS_BOLEH_UBAH: readonly StatusSkp[] = ['DRAFT', 'DITOLAK'];

const LABEL: Record<StatusSkp, string> = {
  DRAFT: 'Draf',
  DIAJUKAN: 'Diajukan',
  DISETUJUI: 'Disetujui',
  DITOLAK: 'Ditolak',
};

const tolak = (
  status: Tolakan['status'],
  kode: string,
  pesan: string,
  field?: string,
  detail?: Record<string, unknown>,
): Tolakan => ({ ok: false, status, kode, pesan, field, detail });
const salahStatus = (status: StatusSkp, butuh: string) =>
  tolak(
    409,
    'SKP_STATUS_TIDAK_SESUAI',
    `SKP berstatus ${LABEL[status]}; tindakan ini hanya boleh saat SKP ${butuh}.`,
    undefined,
    { status_sekarang: status },
  );
const salahStatusRhk = (s: StatusRevisi, butuh: string) =>
  tolak(
    409,
    'RHK_STATUS_TIDAK_SESUAI',
    `RHK ${s == null ? 'tidak sedang direvisi' : s === 'DRAFT' ? 'sedang direvisi (draf)' : 'revisinya sedang diajukan'}; tindakan ini hanya boleh saat RHK ${butuh}.`,
    undefined,
    {
      status_revisi_sekarang: s,
    },
  );
const kosong = (s: string | null | undefined) => !s || !s.trim();

const BUKAN_PEMILIK = () => tolak(403, 'BUKAN_PEMILIK', 'Hanya pemilik SKP yang boleh melakukan tindakan ini.');
const BUKAN_PENILAI = () =>
  tolak(
    403,
    'BUKAN_PENILAI',
    'Hanya pejabat penilai kinerja pegawai ini (termasuk Plt) atau Admin BKPSDM yang boleh menyetujui atau menolak.',
  );

/** Approval (of the SKP or of a revised RHK) is refused while a duplicate indicator disagrees and is not waived. */
const tolakKonflik = (p: PermintaanAlur): Tolakan | null =>
  (p.konflikDuplikat ?? 0) > 0
    ? tolak(
        409,
        'INDIKATOR_DUPLIKAT_BERKONFLIK',
        'Ada indikator ganda yang target atau satuannya berbeda; selesaikan dulu sebelum SKP disetujui.',
        undefined,
        { jumlah_konflik: p.konflikDuplikat },
      )
    : null;

/** Approval actions: the penilai, or Admin BKPSDM with a written reason; never the owner himself. */
function wewenangPenilai(p: PermintaanAlur): Tolakan | { sebagaiAdmin: boolean } {
  if (p.pelaku.pemilik) return BUKAN_PENILAI();
  if (p.pelaku.penilai) return { sebagaiAdmin: false };
  if (p.pelaku.adminBkpsdm) return { sebagaiAdmin: true };
  return BUKAN_PENILAI();
}

export function putuskan(p: PermintaanAlur): Putusan {
  const s = p.status;
  const lanjut = (statusBaru: StatusSkp, statusRhkBaru?: StatusRevisi, sebagaiAdmin = false): Izin => ({
    ok: true,
    statusBaru,
    statusRhkBaru,
    sebagaiAdmin,
  });
  switch (p.aksi) {
    case 'UBAH':
      if (!p.pelaku.pemilik) return BUKAN_PEMILIK();
      if (!STATUS_BOLEH_UBAH.includes(s)) return salahStatus(s, 'Draf atau Ditolak');
      return lanjut(s);

    case 'UBAH_RHK':
      if (!p.pelaku.pemilik) return BUKAN_PEMILIK();
      if (STATUS_BOLEH_UBAH.includes(s)) return lanjut(s);
      if (s === 'DISETUJUI' && p.statusRhk === 'DRAFT') return lanjut(s);
      if (s === 'DISETUJUI') return salahStatusRhk(p.statusRhk ?? null, 'dibuka untuk revisi (draf)');
      return salahStatus(s, 'Draf atau Ditolak');

    case 'AJUKAN':
      if (!p.pelaku.pemilik) return BUKAN_PEMILIK();
      if (!STATUS_BOLEH_UBAH.includes(s)) return salahStatus(s, 'Draf atau Ditolak');
      return lanjut('DIAJUKAN');

    case 'SETUJUI':
    case 'TOLAK': {
      const w = wewenangPenilai(p);
      if ('ok' in w) return w;
      if (s !== 'DIAJUKAN') return salahStatus(s, 'Diajukan');
      if (w.sebagaiAdmin && kosong(p.alasan))
        return tolak(
          400,
          'ALASAN_ADMIN_WAJIB',
          'Admin yang bertindak menggantikan pejabat penilai wajib menuliskan alasannya.',
          'alasan',
        );
      if (p.aksi === 'TOLAK') {
        if (kosong(p.catatan)) return tolak(400, 'CATATAN_WAJIB', 'Catatan penolakan wajib diisi.', 'catatan');
        return lanjut('DITOLAK', undefined, w.sebagaiAdmin);
      }
      return tolakKonflik(p) ?? lanjut('DISETUJUI', undefined, w.sebagaiAdmin);
    }

    case 'REVISI_RHK':
      if (!p.pelaku.pemilik) return BUKAN_PEMILIK();
      if (s !== 'DISETUJUI') return salahStatus(s, 'Disetujui (sebelum disetujui, ubah SKP secara langsung)');
      if ((p.statusRhk ?? null) !== null) return salahStatusRhk(p.statusRhk ?? null, 'tidak sedang direvisi');
      return lanjut(s, 'DRAFT');

    case 'AJUKAN_RHK':
      if (!p.pelaku.pemilik) return BUKAN_PEMILIK();
      if (s !== 'DISETUJUI') return salahStatus(s, 'Disetujui');
      if (p.statusRhk !== 'DRAFT') return salahStatusRhk(p.statusRhk ?? null, 'direvisi (draf)');
      return lanjut(s, 'DIAJUKAN');

    case 'SETUJUI_RHK':
    case 'TOLAK_RHK': {
      const w = wewenangPenilai(p);
      if ('ok' in w) return w;
      if (s !== 'DISETUJUI') return salahStatus(s, 'Disetujui');
      if (p.statusRhk !== 'DIAJUKAN') return salahStatusRhk(p.statusRhk ?? null, 'revisinya diajukan');
      if (w.sebagaiAdmin && kosong(p.alasan))
        return tolak(
          400,
          'ALASAN_ADMIN_WAJIB',
          'Admin yang bertindak menggantikan pejabat penilai wajib menuliskan alasannya.',
          'alasan',
        );
      if (p.aksi === 'TOLAK_RHK') {
        if (kosong(p.catatan)) return tolak(400, 'CATATAN_WAJIB', 'Catatan penolakan wajib diisi.', 'catatan');
        return lanjut(s, 'DRAFT', w.sebagaiAdmin);
      }
      // a revised RHK may bring a duplicate indicator that disagrees: approving it is blocked like the SKP's approval
      return tolakKonflik(p) ?? lanjut(s, null, w.sebagaiAdmin);
    }

    case 'ISI_EKSPEKTASI':
      // the penilai writes the ekspektasi khusus pimpinan; never the owner for himself
      if (!p.pelaku.penilai || p.pelaku.pemilik)
        return tolak(
          403,
          'BUKAN_PENILAI',
          'Hanya pejabat penilai kinerja pegawai ini yang boleh menuliskan ekspektasi pimpinan.',
        );
      return lanjut(s);

    default:
      return tolak(400, 'AKSI_TIDAK_DIKENAL', 'Tindakan tidak dikenal.');
  }
}
