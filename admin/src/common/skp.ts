import type { ComponentType } from 'react';
import type { SkpDetail, StatusRevisi, StatusSkp } from '../dataProvider/types';

/**
 * The viewer's standing on an SKP and what it lets him change: shared by the SKP screen and the tabs other
 * features add to it. A convenience for buttons only: the server's workflow decides every request.
 */

/** The owner edits his SKP while it is a draft or was returned. */
export const skpBolehDiubah = (status: StatusSkp) => status === 'DRAFT' || status === 'DITOLAK';

/** An RHK is editable with its SKP, or on its own while reopened for revision after approval. */
export const rhkBolehDiubah = (statusSkp: StatusSkp, statusRevisi: StatusRevisi) =>
  skpBolehDiubah(statusSkp) || (statusSkp === 'DISETUJUI' && statusRevisi === 'DRAFT');

export interface Kedudukan {
  pemilik: boolean;
  /** may approve/reject: a penilai in the portal, or Admin BKPSDM (with a written reason) */
  pemutus: boolean;
  /** Admin BKPSDM acting instead of the penilai: needs `alasan` */
  sebagaiAdmin: boolean;
}

/**
 * The caller's standing on an SKP. `penilaiMenurutServer` is the server's answer (kedudukan_saya.penilai of
 * GET /api/skp/:id): a pegawai who is not the owner decides only when he is the penilai today (Plt included);
 * without it every other pegawai is offered the buttons and the server refuses the wrong ones.
 */
export const kedudukan = (
  roleType: string | null | undefined,
  nipSaya: string | null | undefined,
  nipPemilik: string | null | undefined,
  penilaiMenurutServer?: boolean,
): Kedudukan => {
  const pemilik = !!nipSaya && nipSaya === nipPemilik;
  const sebagaiAdmin = roleType === 'admin_bkpsdm';
  const pemutus = !pemilik && (sebagaiAdmin || (roleType === 'pegawai' && penilaiMenurutServer !== false));
  return { pemilik, pemutus, sebagaiAdmin };
};

/** A tab another feature adds to the SKP screen (the Rencana Aksi tab): it gets the SKP and the standing. */
export type TabSkp = ComponentType<{ skp: SkpDetail; saya: Kedudukan }>;
