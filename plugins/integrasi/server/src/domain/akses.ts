import { GalatMskp, PERAN, type Aktor } from '@m-skp/inti';

/**
 * Who sees the integrations (the sync log and the status of each system): Admin BKPSDM (every OPD) and an Admin
 * OPD (his own OPD), signed in as themselves. Everyone else, and API tokens, are refused with `pesan`.
 */
export function bolehLihatIntegrasi(a: Aktor): boolean {
  return a.token == null && (a.peran === PERAN.ADMIN_BKPSDM || a.peran === PERAN.ADMIN_OPD);
}

export function pastikanLihatIntegrasi(a: Aktor, pesan: string): void {
  if (!bolehLihatIntegrasi(a)) throw new GalatMskp(403, 'AKSES_DITOLAK', pesan);
}
