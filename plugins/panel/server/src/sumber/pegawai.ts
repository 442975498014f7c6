import { z } from 'zod';
import { namaLengkap, layanan } from '@m-skp/inti';
import { filterBoolean, filterKolom, filterRelasi, type DefinisiSumber } from './tipe';
import { jabatanUtamaPada } from './bantu';
import { wajibAda } from './opd';

const isian = z.object({
  nip: z.string().trim().min(1, 'nip wajib diisi'),
  nama: z.string().trim().min(1, 'nama wajib diisi').max(200),
  gelar_depan: z.string().trim().max(60).nullish(),
  gelar_belakang: z.string().trim().max(80).nullish(),
  jenis_asn: z.enum(['PNS', 'PPPK']).optional(),
  cpns: z.boolean().optional(),
  golongan: z.string().trim().max(10).nullish(),
  status: z.enum(['AKTIF', 'CUTI', 'PENSIUN', 'BERHENTI', 'MENINGGAL']).optional(),
  opd_id: z.string().nullish(),
  nik: z
    .string()
    .trim()
    .regex(/^\d{16}$/, 'nik harus 16 digit angka')
    .nullish()
    .or(z.literal('')),
  npwp: z.string().trim().max(20).nullish(),
  alamat: z.string().trim().max(300).nullish(),
  kode_bank: z.string().trim().max(10).nullish(),
  nama_bank: z.string().trim().max(100).nullish(),
  nomor_rekening: z.string().trim().max(30).nullish(),
  /** salary basis of BPJS Kesehatan (gaji pokok + tunjangan melekat) in whole rupiah, from payroll */
  gaji_bpjs: z.coerce
    .number()
    .int('gaji_bpjs harus rupiah bulat')
    .min(0, 'gaji_bpjs tidak boleh negatif')
    .max(1_000_000_000, 'gaji_bpjs terlalu besar')
    .nullish(),
});

export const pegawai: DefinisiSumber = {
  uid: 'plugin::inti.pegawai',
  objek: 'pegawai',
  // No `status`: Strapi 5.54's orderBy treats any key named `status` as the virtual draft/publish status
  // (even with draftAndPublish off), so that sort would silently come back in the wrong order.
  urut: {
    nip: 'nip',
    nama: 'nama',
    golongan: 'golongan',
    jenis_asn: 'jenis_asn',
    tanggal_lahir: 'tanggal_lahir',
    id: 'id',
    opd_nama: 'opd.nama',
  },
  urutBawaan: ['nama', 'ASC'],
  cari: ['nip', 'nama'],
  filter: {
    opd_id: filterRelasi('opd'),
    status: filterKolom('status'),
    jenis_asn: filterKolom('jenis_asn'),
    golongan: filterKolom('golongan'),
    nip: filterKolom('nip'),
    cpns: filterBoolean('cpns'),
    jenis_kelamin: filterKolom('jenis_kelamin'),
  },
  populate: { opd: { fields: ['documentId', 'nama', 'singkatan'] }, user: { fields: ['documentId', 'lastLoginAt'] } },
  cakupan: (k) => layanan(k.strapi, 'inti', 'cakupan').filterPegawai(k.aktor, k.tanggal),
  /** Definitive post today of each pegawai on the page (one query). */
  async tambahan(docs, k) {
    return jabatanUtamaPada(
      k.strapi,
      docs.map((d) => d.id),
      k.tanggal,
    );
  },
  keBaris: (d, jabatan: Map<number, any>) => ({
    id: d.documentId,
    nip: d.nip,
    nama: d.nama,
    gelar_depan: d.gelar_depan ?? null,
    gelar_belakang: d.gelar_belakang ?? null,
    nama_lengkap: namaLengkap(d),
    tanggal_lahir: d.tanggal_lahir ?? null,
    jenis_kelamin: d.jenis_kelamin ?? null,
    tmt_cpns: d.tmt_cpns ?? null,
    jenis_asn: d.jenis_asn,
    cpns: !!d.cpns,
    golongan: d.golongan ?? null,
    status: d.status,
    opd_id: d.opd?.documentId ?? null,
    opd_nama: d.opd?.nama ?? null,
    jabatan_id: jabatan?.get(d.id)?.documentId ?? null,
    jabatan_nama: jabatan?.get(d.id)?.nama ?? null,
    nik: d.nik ?? null,
    npwp: d.npwp ?? null,
    alamat: d.alamat ?? null,
    kode_bank: d.kode_bank ?? null,
    nama_bank: d.nama_bank ?? null,
    nomor_rekening: d.nomor_rekening ?? null,
    gaji_bpjs: d.gaji_bpjs == null ? null : Number(d.gaji_bpjs),
    user_id: d.user?.documentId ?? null,
    lastLoginAt: d.user?.lastLoginAt ?? null,
    updatedAt: d.updatedAt,
  }),
  tulis: {
    boleh: (k) => k.aktor.peran === 'admin_bkpsdm',
    buat: isian,
    ubah: isian.partial(),
    async keData(i, k) {
      const data: Record<string, unknown> = { ...i };
      delete data.opd_id;
      if (data.nik === '') data.nik = null;
      if (i.opd_id !== undefined)
        data.opd = i.opd_id ? await wajibAda(k.strapi, 'plugin::inti.opd', i.opd_id, 'opd_id', 'OPD') : null;
      return data;
    },
  },
};
