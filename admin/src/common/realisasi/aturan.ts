import type { StatusRealisasi } from '../../dataProvider/renaksi';

/** Pure rules of a realisasi as every screen shows it: its status, the "sebagai" prefix, rows per RHK. */

export type StatusTampil = 'BELUM' | 'MENUNGGU' | 'DIPERIKSA';

/** Belum diisi / Menunggu pemeriksaan / Diperiksa. */
export const statusTampil = (realisasi: { status: StatusRealisasi } | null | undefined): StatusTampil =>
  !realisasi ? 'BELUM' : realisasi.status === 'CHECKED' ? 'DIPERIKSA' : 'MENUNGGU';

export const warnaStatusTampil = (status: StatusTampil): 'default' | 'warning' | 'success' =>
  status === 'DIPERIKSA' ? 'success' : status === 'MENUNGGU' ? 'warning' : 'default';

/** The Plt./Plh./Pj. prefix of an acting holder ('' for a definitive one). */
export const prefixSebagai = (sebagai: string | null | undefined): string =>
  sebagai === 'PLT' ? 'Plt. ' : sebagai === 'PLH' ? 'Plh. ' : sebagai === 'PJ' ? 'Pj. ' : '';

/** Renaksi grouped by RHK in the order received (RHK UTAMA first as the server sorts). */
export const perRhk = <T extends { rhk: { id: string; uraian: string; jenis: string } }>(rows: readonly T[]) => {
  const peta = new Map<string, { rhk: T['rhk']; renaksi: T[] }>();
  for (const row of rows) {
    if (!peta.has(row.rhk.id)) peta.set(row.rhk.id, { rhk: row.rhk, renaksi: [] });
    peta.get(row.rhk.id)!.renaksi.push(row);
  }
  return [...peta.values()].sort((a, b) => (a.rhk.jenis === b.rhk.jenis ? 0 : a.rhk.jenis === 'UTAMA' ? -1 : 1));
};
