/**
 * Refusal rules of the SKP plan's edits that are not workflow transitions (those are domain/alur.ts): the
 * stale-copy check of an SKP edit and who may write an OPD-level sasaran. Pure; services load, ask, then write.
 */
import { BOLEH, tolak, type Keputusan } from '@m-skp/inti';

/**
 * PUT /api/skp/:id with `updatedAt`: the caller edited the copy he loaded; a newer stored copy → 409
 * DATA_KEDALUWARSA (`details.updatedAt`: the stored one). Without `updatedAt` the edit is not checked.
 */
export function aturanVersiSkp(dikirim: string | null | undefined, tersimpan: string | Date): Keputusan {
  if (dikirim && new Date(dikirim).getTime() !== new Date(tersimpan).getTime()) {
    return tolak(
      409,
      'DATA_KEDALUWARSA',
      'SKP ini sudah diubah sejak Anda membukanya. Muat ulang lalu ulangi perubahan Anda.',
      undefined,
      { updatedAt: tersimpan },
    );
  }
  return BOLEH;
}

/** The writer of an OPD-level sasaran as the rule reads him. */
export interface PenulisSasaran {
  peran: string | null;
  opdId: number | null;
}

/** May write OPD-level sasaran at all: Admin BKPSDM, or an Admin OPD attached to an OPD. */
export const bolehTulisSasaran = (a: PenulisSasaran): boolean =>
  a.peran === 'admin_bkpsdm' || (a.peran === 'admin_opd' && a.opdId != null);

/**
 * Writing a sasaran of OPD `opdId`: 403 AKSES_DITOLAK for anyone but Admin BKPSDM and Admin OPD, then 403
 * AKSES_DITOLAK (field `opd_id`) for an Admin OPD writing another OPD's sasaran.
 */
export function aturanTulisSasaran(a: PenulisSasaran, opdId: number | null): Keputusan {
  if (!bolehTulisSasaran(a)) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mengubah sasaran OPD.');
  if (a.peran !== 'admin_bkpsdm' && opdId !== a.opdId) {
    return tolak(403, 'AKSES_DITOLAK', 'Admin OPD hanya boleh mengelola sasaran OPD-nya sendiri.', 'opd_id');
  }
  return BOLEH;
}
