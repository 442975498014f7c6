import { layanan } from '@m-skp/inti';
import { filterAngka, filterRelasi, type DefinisiSumber } from '@m-skp/panel';
import { tppDto, type BarisTppTersimpan } from '../services/tpp';

/** Panel resource `tpp` (read-only: lines are written by POST /api/tpp/hitung). Scoped on the pegawai. */
export const tpp: DefinisiSumber = {
  ranah: 'tpp',
  uid: 'plugin::tpp.tpp',
  objek: 'tpp',
  urut: {
    id: 'id',
    tahun: 'tahun',
    bulan: 'bulan',
    nama: 'nama',
    nip: 'nip',
    kelas: 'kelas',
    jumlah_tpp: 'jumlah_tpp',
    jumlah_ditransfer: 'jumlah_ditransfer',
    updatedAt: 'updatedAt',
  },
  urutBawaan: ['nama', 'ASC'],
  cari: ['nama', 'nip', 'nama_jabatan'],
  filter: {
    tahun: filterAngka('tahun'),
    bulan: filterAngka('bulan'),
    opd_id: filterRelasi('opd'),
    pegawai_id: filterRelasi('pegawai'),
  },
  populate: { opd: { fields: ['documentId', 'kode_opd', 'nama'] }, pegawai: { fields: ['documentId'] } },
  async cakupan(k) {
    return { pegawai: await layanan(k.strapi, 'inti', 'cakupan').filterPegawai(k.aktor, k.tanggal) };
  },
  keBaris: (d: BarisTppTersimpan) => {
    const t = tppDto(d);
    return { ...t, opd_id: t.opd?.id ?? null, opd_nama: t.opd?.nama ?? null, updatedAt: d.updatedAt };
  },
};
