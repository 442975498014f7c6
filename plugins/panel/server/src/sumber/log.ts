import { PERAN } from '@m-skp/inti';
import { filterBoolean, filterKolom, filterRelasi, filterWaktu, TIDAK_ADA, type DefinisiSumber } from './tipe';

const waktu = (path: string) => filterWaktu(path);

/** Login history: BKPSDM all; Admin OPD its OPD's users; a user his own. */
export const riwayatLogin: DefinisiSumber = {
  uid: 'plugin::inti.riwayat-login',
  objek: 'riwayat-login',
  urut: { waktu: 'waktu', identifier: 'identifier', berhasil: 'berhasil', ip: 'ip', id: 'id' },
  urutBawaan: ['waktu', 'DESC'],
  cari: ['identifier', 'ip'],
  filter: {
    identifier: filterKolom('identifier'),
    berhasil: filterBoolean('berhasil'),
    alasan: filterKolom('alasan'),
    user_id: filterRelasi('user'),
    waktu: waktu('waktu'),
  },
  populate: { user: { fields: ['documentId', 'username'] } },
  async cakupan(k) {
    const a = k.aktor;
    if (a.peran === PERAN.ADMIN_BKPSDM || a.peran === PERAN.INSPEKTORAT) return {};
    if (a.peran === PERAN.ADMIN_OPD && a.opdId)
      return { $or: [{ user: { id: a.userId } }, { user: { pegawai: { opd: { id: a.opdId } } } }] };
    if (a.userId) return { user: { id: a.userId } };
    return TIDAK_ADA;
  },
  keBaris: (d) => ({
    id: d.documentId,
    user_id: d.user?.documentId ?? null,
    username: d.user?.username ?? null,
    identifier: d.identifier,
    berhasil: !!d.berhasil,
    alasan: d.alasan ?? null,
    ip: d.ip ?? null,
    user_agent: d.user_agent ?? null,
    waktu: d.waktu,
  }),
};

/** Audit trail: read-only, for BKPSDM and the auditor (Inspektorat). */
export const auditLog: DefinisiSumber = {
  uid: 'plugin::inti.audit-log',
  objek: 'audit-log',
  urut: { waktu: 'waktu', aksi: 'aksi', aktor: 'aktor', objek_tipe: 'objek_tipe', id: 'id' },
  urutBawaan: ['waktu', 'DESC'],
  cari: ['aksi', 'aktor', 'objek_tipe', 'objek_id', 'keterangan'],
  filter: {
    aksi: filterKolom('aksi'),
    aktor: filterKolom('aktor'),
    objek_tipe: filterKolom('objek_tipe'),
    objek_id: filterKolom('objek_id'),
    waktu: waktu('waktu'),
  },
  populate: {},
  async cakupan(k) {
    return k.aktor.peran === PERAN.ADMIN_BKPSDM || k.aktor.peran === PERAN.INSPEKTORAT ? {} : TIDAK_ADA;
  },
  keBaris: (d) => ({
    id: d.documentId,
    waktu: d.waktu,
    aktor: d.aktor ?? null,
    aktor_id: d.aktor_id ?? null,
    bertindak_sebagai: d.bertindak_sebagai ?? null,
    aksi: d.aksi,
    objek_tipe: d.objek_tipe ?? null,
    objek_id: d.objek_id ?? null,
    sebelum: d.sebelum ?? null,
    sesudah: d.sesudah ?? null,
    keterangan: d.keterangan ?? null,
    ip: d.ip ?? null,
  }),
};
