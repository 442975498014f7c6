/**
 * The refusals of the generic panel engine over its resources, in their order: an unknown resource, a record
 * that does not exist or lies outside the caller's scope, and the write preconditions (may the caller write
 * the resource at all, does the resource allow this action from the panel, is the edited version current).
 * Pure: the service loads the definition, the record and the caller, asks these and throws.
 */
import { BOLEH, tolak, type Keputusan } from '@m-skp/inti';

/** 404 SUMBER_TIDAK_DIKENAL on resource for a name the panel does not serve. */
export function sumberDikenal(nama: string, dikenal: boolean): Keputusan {
  return dikenal ? BOLEH : tolak(404, 'SUMBER_TIDAK_DIKENAL', `Sumber data "${nama}" tidak dikenal.`, 'resource');
}

/**
 * Reading one record, in this order: 404 TIDAK_DITEMUKAN when no record has the id → 403 AKSES_DITOLAK when
 * it exists outside the caller's scope (`dalamCakupan` undefined: not looked up yet).
 */
export function keputusanBaca(documentId: string, ada: boolean, dalamCakupan?: boolean): Keputusan {
  if (!ada) return tolak(404, 'TIDAK_DITEMUKAN', `Data dengan id "${documentId}" tidak ditemukan.`);
  if (dalamCakupan === false) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat data ini.');
  return BOLEH;
}

export type TindakanPanel = 'buat' | 'ubah' | 'hapus';

/**
 * What a write's refusals look at. `bolehTulis`: the resource is writable and its rule lets the caller write;
 * `tersedia`: the resource offers this action from the panel; `versi` / `versiTersimpan`: the updatedAt the
 * editor loaded and the stored one (an edit without a version is not checked).
 */
export interface FaktaTulis {
  tindakan: TindakanPanel;
  bolehTulis: boolean;
  tersedia: boolean;
  versi?: string | number | null;
  versiTersimpan?: string | Date | null;
}

/**
 * A write, in this order: 403 AKSES_DITOLAK unless the caller may write the resource → the action offered by
 * the resource (create/update: 403 naming it; delete: 409 HAPUS_TIDAK_DIIZINKAN, the record is referenced by
 * history) → an update of a version changed since it was loaded: 409 DATA_KEDALUWARSA with the stored updatedAt.
 */
export function keputusanTulis(f: FaktaTulis): Keputusan {
  if (!f.bolehTulis) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berwenang mengubah data ini.');
  if (!f.tersedia) {
    if (f.tindakan === 'buat') return tolak(403, 'AKSES_DITOLAK', 'Data ini tidak dapat dibuat dari panel.');
    if (f.tindakan === 'ubah') return tolak(403, 'AKSES_DITOLAK', 'Data ini tidak dapat diubah dari panel.');
    return tolak(
      409,
      'HAPUS_TIDAK_DIIZINKAN',
      'Data ini tidak dapat dihapus karena menjadi rujukan riwayat; nonaktifkan atau akhiri masa berlakunya.',
    );
  }
  const { versi, versiTersimpan } = f;
  const berubah = !!versi && !!versiTersimpan && new Date(versi).getTime() !== new Date(versiTersimpan).getTime();
  if (f.tindakan === 'ubah' && berubah) {
    return tolak(
      409,
      'DATA_KEDALUWARSA',
      'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman lalu ulangi perubahan Anda.',
      undefined,
      { updatedAt: versiTersimpan },
    );
  }
  return BOLEH;
}
