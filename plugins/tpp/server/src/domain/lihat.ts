/**
 * Who may read whose TPP lines (GET /api/tpp): every role reads the lines of the pegawai in its scope (inti's
 * scope service decides the scope); asking for one pegawai outside it is refused, not answered empty.
 */
import { BOLEH, tolak, type Keputusan } from '@m-skp/inti';

/** The facts of a GET /api/tpp?nip= request: whether the asked pegawai is in the caller's scope. */
export interface FaktaLihatTpp {
  /** undefined: no nip asked (the list is scoped instead) */
  dalamCakupan?: boolean;
}

/** 403 AKSES_DITOLAK (field `nip`) when the asked pegawai is outside the caller's scope. */
export function keputusanLihatTpp(f: FaktaLihatTpp): Keputusan {
  if (f.dalamCakupan === false) return tolak(403, 'AKSES_DITOLAK', 'Anda tidak berhak melihat TPP pegawai ini.', 'nip');
  return BOLEH;
}
