import { z } from 'zod';
import { hariIni, pemangkuPada, layanan } from '@m-skp/inti';
import { filterAngka, filterBoolean, filterKolom, filterRelasi, TIDAK_ADA, type DefinisiSumber } from './tipe';
import { aktifPadaFilter } from './bantu';
import { wajibAda } from './opd';

const JENJANG = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'AHLI_UTAMA',
  'AHLI_MADYA',
  'AHLI_MUDA',
  'AHLI_PERTAMA',
  'PENYELIA',
  'MAHIR',
  'TERAMPIL',
  'PEMULA',
] as const;
const isian = z.object({
  kode: z.string().trim().min(1, 'kode wajib diisi').max(60),
  nama: z.string().trim().min(1, 'nama wajib diisi').max(250),
  unit_kerja: z.string().trim().max(250).nullish(),
  opd_id: z.string().min(1, 'opd_id wajib diisi'),
  atasan_id: z.string().nullish(),
  jenis: z.enum(['JPT', 'JA', 'JF']),
  jenjang: z.enum(JENJANG),
  eselon: z.string().max(10).nullish(),
  kelas_jabatan: z.number().int().min(1, 'kelas_jabatan 1–17').max(17, 'kelas_jabatan 1–17').nullish(),
  nilai_jabatan: z.number().int().min(0).nullish(),
  kepala_opd: z.boolean().optional(),
  aktif: z.boolean().optional(),
});

export const jabatan: DefinisiSumber = {
  uid: 'plugin::inti.jabatan',
  objek: 'jabatan',
  urut: {
    kode: 'kode',
    nama: 'nama',
    jenis: 'jenis',
    jenjang: 'jenjang',
    kelas_jabatan: 'kelas_jabatan',
    unit_kerja: 'unit_kerja',
    id: 'id',
  },
  urutBawaan: ['kode', 'ASC'],
  cari: ['kode', 'nama', 'unit_kerja'],
  filter: {
    opd_id: filterRelasi('opd'),
    atasan_id: filterRelasi('atasan'),
    jenis: filterKolom('jenis'),
    jenjang: filterKolom('jenjang'),
    kelas_jabatan: filterAngka('kelas_jabatan'),
    kepala_opd: filterBoolean('kepala_opd'),
    aktif: filterBoolean('aktif'),
  },
  populate: { opd: { fields: ['documentId', 'nama', 'singkatan'] }, atasan: { fields: ['documentId', 'nama'] } },
  async cakupan(k) {
    return k.aktor.jangkauan === 'TIDAK_ADA' ? TIDAK_ADA : {};
  },
  /** Holder of each post today (one query for the page). */
  async tambahan(docs, k) {
    if (!docs.length) return new Map();
    const tanggal = hariIni();
    const rows = await k.strapi.db.query('plugin::inti.penugasan').findMany({
      where: { jabatan: { id: { $in: docs.map((d) => d.id) } }, ...aktifPadaFilter(tanggal) },
      select: ['jenis', 'tmt_mulai', 'tmt_akhir'],
      populate: {
        jabatan: { select: ['id'] },
        pegawai: { select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'] },
      },
    });
    const pegawai = new Map(rows.map((r: any) => [r.pegawai?.id, r.pegawai]));
    const data = rows
      .filter((r: any) => r.pegawai && r.jabatan)
      .map((r: any) => ({
        pegawaiId: r.pegawai.id,
        jabatanId: r.jabatan.id,
        jenis: r.jenis,
        tmtMulai: r.tmt_mulai,
        tmtAkhir: r.tmt_akhir,
      }));
    const hasil = new Map<number, { pegawai: any; sebagai: string; jumlah: number }>();
    for (const d of docs) {
      const p = pemangkuPada(d.id, data, tanggal);
      if (p)
        hasil.set(d.id, {
          pegawai: pegawai.get(p.pegawaiId),
          sebagai: p.sebagai,
          jumlah: data.filter((x: any) => x.jabatanId === d.id).length,
        });
    }
    return hasil;
  },
  keBaris: (d, pemangku: Map<number, any>) => {
    const p = pemangku?.get(d.id);
    return {
      id: d.documentId,
      kode: d.kode,
      nama: d.nama,
      unit_kerja: d.unit_kerja ?? null,
      opd_id: d.opd?.documentId ?? null,
      opd_nama: d.opd?.nama ?? null,
      atasan_id: d.atasan?.documentId ?? null,
      atasan_nama: d.atasan?.nama ?? null,
      jenis: d.jenis,
      jenjang: d.jenjang,
      eselon: d.eselon ?? null,
      kelas_jabatan: d.kelas_jabatan ?? null,
      nilai_jabatan: d.nilai_jabatan ?? null,
      kepala_opd: !!d.kepala_opd,
      aktif: d.aktif !== false,
      pemangku_nama: p?.pegawai
        ? [p.pegawai.gelar_depan, p.pegawai.nama].filter(Boolean).join(' ') +
          (p.pegawai.gelar_belakang ? ', ' + p.pegawai.gelar_belakang : '')
        : null,
      pemangku_nip: p?.pegawai?.nip ?? null,
      pemangku_sebagai: p?.sebagai ?? null,
      jumlah_pemangku: p?.jumlah ?? 0,
      updatedAt: d.updatedAt,
    };
  },
  tulis: {
    boleh: (k) => k.aktor.peran === 'admin_bkpsdm',
    buat: isian,
    ubah: isian.partial(),
    async keData(i, k, lama) {
      const data: Record<string, unknown> = { ...i };
      delete data.opd_id;
      delete data.atasan_id;
      if (i.opd_id !== undefined) data.opd = await wajibAda(k.strapi, 'plugin::inti.opd', i.opd_id, 'opd_id', 'OPD');
      if (i.atasan_id !== undefined) {
        if (i.atasan_id && lama && i.atasan_id === lama.documentId) {
          const { GalatMskp } = await import('@m-skp/inti');
          throw new GalatMskp(
            400,
            'ATASAN_DIRI_SENDIRI',
            'Jabatan tidak boleh menjadi atasan dirinya sendiri.',
            'atasan_id',
          );
        }
        data.atasan = i.atasan_id
          ? await wajibAda(k.strapi, 'plugin::inti.jabatan', i.atasan_id, 'atasan_id', 'Jabatan atasan')
          : null;
        if (i.atasan_id && lama) {
          const atasan = await k.strapi.db
            .query('plugin::inti.jabatan')
            .findOne({ where: { documentId: i.atasan_id }, select: ['id'] });
          const bawah: number[] = await layanan(k.strapi, 'inti', 'organisasi').subpohonJabatan([lama.id]);
          if (bawah.includes(atasan.id)) {
            const { GalatMskp } = await import('@m-skp/inti');
            throw new GalatMskp(
              400,
              'ATASAN_SIKLUS',
              'Jabatan atasan tidak boleh berada di bawah jabatan ini (pohon menjadi melingkar).',
              'atasan_id',
            );
          }
        }
      }
      return data;
    },
  },
};
