import { z } from 'zod';
import { GalatMskp, aktifPada, hariIni, namaLengkap, tanggalValid, layanan } from '@m-skp/inti';
import { filterKolom, filterRelasi, type DefinisiSumber } from './tipe';
import { aktifPadaFilter } from './bantu';
import { wajibAda } from './opd';

const tanggal = z.string().refine(tanggalValid, 'harus tanggal YYYY-MM-DD');
const isian = z.object({
  pegawai_id: z.string().min(1, 'pegawai_id wajib diisi'),
  jabatan_id: z.string().min(1, 'jabatan_id wajib diisi'),
  jenis: z.enum(['UTAMA', 'PLT', 'PLH', 'PJ']),
  tmt_mulai: tanggal,
  tmt_akhir: tanggal.nullish().or(z.literal('').transform(() => null)),
  nomor_sk: z.string().trim().max(100).nullish(),
  alasan_berakhir: z.string().trim().max(300).nullish(),
});

export const penugasan: DefinisiSumber = {
  uid: 'plugin::inti.penugasan',
  objek: 'penugasan',
  urut: {
    tmt_mulai: 'tmt_mulai',
    tmt_akhir: 'tmt_akhir',
    jenis: 'jenis',
    id: 'id',
    pegawai_nama: 'pegawai.nama',
    jabatan_nama: 'jabatan.nama',
  },
  urutBawaan: ['tmt_mulai', 'DESC'],
  cari: ['pegawai.nama', 'pegawai.nip', 'jabatan.nama', 'nomor_sk'],
  filter: {
    pegawai_id: filterRelasi('pegawai'),
    jabatan_id: filterRelasi('jabatan'),
    jenis: filterKolom('jenis'),
    aktif_pada: (v) => {
      if (!tanggalValid(v))
        throw new GalatMskp(400, 'FILTER_TIDAK_VALID', 'Filter aktif_pada harus tanggal YYYY-MM-DD.', 'filter');
      return aktifPadaFilter(v);
    },
  },
  populate: {
    pegawai: { fields: ['documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'] },
    jabatan: { fields: ['documentId', 'nama'], populate: { opd: { fields: ['nama'] } } },
  },
  async cakupan(k) {
    return { pegawai: await layanan(k.strapi, 'inti', 'cakupan').filterPegawai(k.aktor, k.tanggal) };
  },
  keBaris: (d) => ({
    id: d.documentId,
    pegawai_id: d.pegawai?.documentId ?? null,
    pegawai_nip: d.pegawai?.nip ?? null,
    pegawai_nama: d.pegawai ? namaLengkap(d.pegawai) : null,
    jabatan_id: d.jabatan?.documentId ?? null,
    jabatan_nama: d.jabatan?.nama ?? null,
    opd_nama: d.jabatan?.opd?.nama ?? null,
    jenis: d.jenis,
    tmt_mulai: d.tmt_mulai,
    tmt_akhir: d.tmt_akhir ?? null,
    nomor_sk: d.nomor_sk ?? null,
    alasan_berakhir: d.alasan_berakhir ?? null,
    aktif: aktifPada({ tmtMulai: d.tmt_mulai, tmtAkhir: d.tmt_akhir }, hariIni()),
    updatedAt: d.updatedAt,
  }),
  tulis: {
    boleh: (k) => k.aktor.peran === 'admin_bkpsdm',
    buat: isian,
    ubah: isian.partial(),
    hapus: true,
    async keData(i, k) {
      const data: Record<string, unknown> = { ...i };
      delete data.pegawai_id;
      delete data.jabatan_id;
      if (i.pegawai_id !== undefined)
        data.pegawai = await wajibAda(k.strapi, 'plugin::inti.pegawai', i.pegawai_id, 'pegawai_id', 'Pegawai');
      if (i.jabatan_id !== undefined)
        data.jabatan = await wajibAda(k.strapi, 'plugin::inti.jabatan', i.jabatan_id, 'jabatan_id', 'Jabatan');
      return data;
    },
  },
};
