import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { filterBoolean, filterKolom, filterRelasi, TIDAK_ADA, type DefinisiSumber, type Konteks } from './tipe';
import { hitungPerRelasi, idDariDocumentId } from './bantu';

const JENIS = [
  'SEKRETARIAT',
  'BADAN',
  'DINAS',
  'INSPEKTORAT',
  'SATPOL',
  'KECAMATAN',
  'KELURAHAN',
  'RSUD',
  'LAINNYA',
] as const;
const isian = z.object({
  kode_opd: z.string().trim().min(1, 'kode_opd wajib diisi').max(40),
  nama: z.string().trim().min(1, 'nama wajib diisi').max(200),
  singkatan: z.string().trim().max(40).nullish(),
  jenis: z.enum(JENIS).optional(),
  induk_id: z.string().nullish(),
  aktif: z.boolean().optional(),
  bendahara_id: z.string().nullish(),
});

/** Organisation structure is visible to every known role (pickers, trees); BKPSDM maintains it. */
export const opd: DefinisiSumber = {
  uid: 'plugin::inti.opd',
  objek: 'opd',
  urut: { kode_opd: 'kode_opd', nama: 'nama', singkatan: 'singkatan', jenis: 'jenis', id: 'id' },
  urutBawaan: ['kode_opd', 'ASC'],
  cari: ['kode_opd', 'nama', 'singkatan'],
  filter: {
    jenis: filterKolom('jenis'),
    kode_opd: filterKolom('kode_opd'),
    induk_id: filterRelasi('induk'),
    aktif: filterBoolean('aktif'),
  },
  populate: {
    induk: { fields: ['documentId', 'nama'] },
    bendahara_pengeluaran: { fields: ['documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'] },
  },
  async cakupan(k) {
    return k.aktor.jangkauan === 'TIDAK_ADA' ? TIDAK_ADA : {};
  },
  async tambahan(docs, k) {
    return hitungPerRelasi(
      k.strapi,
      'plugin::inti.pegawai',
      'opd',
      docs.map((d) => d.id),
      (qb, t) => qb.where(`${t}.status`, 'AKTIF'),
    );
  },
  keBaris: (d, jumlah: Map<number, number>) => ({
    id: d.documentId,
    kode_opd: d.kode_opd,
    nama: d.nama,
    singkatan: d.singkatan ?? null,
    jenis: d.jenis,
    induk_id: d.induk?.documentId ?? null,
    induk_nama: d.induk?.nama ?? null,
    aktif: d.aktif !== false,
    bendahara_id: d.bendahara_pengeluaran?.documentId ?? null,
    bendahara_nama: d.bendahara_pengeluaran?.nama ?? null,
    bendahara_nip: d.bendahara_pengeluaran?.nip ?? null,
    jumlah_pegawai: jumlah?.get(d.id) ?? 0,
    updatedAt: d.updatedAt,
  }),
  tulis: {
    boleh: (k) => k.aktor.peran === 'admin_bkpsdm',
    buat: isian,
    ubah: isian.partial(),
    async keData(i, k, lama) {
      const data: Record<string, unknown> = { ...i };
      delete data.induk_id;
      delete data.bendahara_id;
      if (i.induk_id !== undefined)
        data.induk = i.induk_id
          ? await wajibAda(k.strapi, 'plugin::inti.opd', i.induk_id, 'induk_id', 'OPD induk')
          : null;
      if (i.bendahara_id !== undefined)
        data.bendahara_pengeluaran = i.bendahara_id
          ? await bendaharaOpd(k, i.bendahara_id, lama?.documentId ?? null)
          : null;
      return data;
    },
  },
};

/** The Bendahara Pengeluaran must be an active pegawai of the OPD being edited (400 naming bendahara_id otherwise). */
async function bendaharaOpd(k: Konteks, documentId: string, opdId: string | null) {
  const p = await k.strapi.db
    .query('plugin::inti.pegawai')
    .findOne({ where: { documentId }, select: ['id', 'status'], populate: { opd: { select: ['documentId'] } } });
  const { GalatMskp } = await import('@m-skp/inti');
  if (!p)
    throw new GalatMskp(
      400,
      'RELASI_TIDAK_DITEMUKAN',
      `Pegawai dengan id "${documentId}" tidak ditemukan.`,
      'bendahara_id',
    );
  if (!opdId || p.opd?.documentId !== opdId)
    throw new GalatMskp(
      400,
      'BENDAHARA_BUKAN_PEGAWAI_OPD',
      'Bendahara Pengeluaran harus pegawai OPD ini (pilih setelah OPD dibuat dan pegawainya terdaftar).',
      'bendahara_id',
    );
  if (p.status !== 'AKTIF')
    throw new GalatMskp(400, 'BENDAHARA_TIDAK_AKTIF', 'Bendahara Pengeluaran harus pegawai aktif.', 'bendahara_id');
  return documentId;
}

/** A documentId that must exist: returns it for the Document Service, or a 400 naming the field. */
export async function wajibAda(strapi: Core.Strapi, uid: string, documentId: string, field: string, label: string) {
  const id = await idDariDocumentId(strapi, uid, documentId);
  if (!id) {
    const { GalatMskp } = await import('@m-skp/inti');
    throw new GalatMskp(400, 'RELASI_TIDAK_DITEMUKAN', `${label} dengan id "${documentId}" tidak ditemukan.`, field);
  }
  return documentId;
}
