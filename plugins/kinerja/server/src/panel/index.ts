import { GalatMskp, namaLengkap, layanan } from '@m-skp/inti';
import type { DefinisiSumber, Konteks, PembuatFilter } from '@m-skp/panel';
import { ikiDto } from '../services/skp';

/**
 * Panel resources of the SKP plan (read-only: every write goes through the workflow endpoints of
 * /api/skp, /api/rhk and /api/iki). Lists are scoped by the scope service on the SKP's pegawai.
 */
const bersarang = (path: string, isi: unknown): Record<string, unknown> =>
  path
    .split('.')
    .reverse()
    .reduce<any>((acc, k) => ({ [k]: acc }), isi);

const kolom =
  (path: string): PembuatFilter =>
  (nilai, op) =>
    bersarang(path, Array.isArray(nilai) ? { $in: nilai } : { [op]: nilai });

const relasi =
  (path: string): PembuatFilter =>
  (nilai) =>
    bersarang(path + '.documentId', Array.isArray(nilai) ? { $in: nilai.map(String) } : { $eq: String(nilai) });

const angka =
  (path: string): PembuatFilter =>
  (nilai, op) => {
    const daftar = Array.isArray(nilai) ? nilai : [nilai];
    if (
      !daftar.every(
        (x) => (typeof x === 'number' || (typeof x === 'string' && x.trim() !== '')) && Number.isInteger(Number(x)),
      )
    ) {
      throw new GalatMskp(400, 'FILTER_TIDAK_VALID', `Filter ${path} harus bilangan bulat.`, 'filter');
    }
    return bersarang(path, Array.isArray(nilai) ? { $in: daftar.map(Number) } : { [op]: Number(nilai) });
  };

const lingkupPegawai = async (k: Konteks) => layanan(k.strapi, 'inti', 'cakupan').filterPegawai(k.aktor, k.tanggal);

const PEGAWAI = {
  fields: ['documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
  populate: { opd: { fields: ['documentId', 'nama'] } },
};

export const skp: DefinisiSumber = {
  ranah: 'kinerja',
  uid: 'plugin::kinerja.skp',
  objek: 'skp',
  urut: {
    tahun: 'tahun',
    status: 'status',
    jenis: 'jenis',
    id: 'id',
    updatedAt: 'updatedAt',
    pegawai_nama: 'pegawai.nama',
    pegawai_nip: 'pegawai.nip',
  },
  urutBawaan: ['tahun', 'DESC'],
  cari: ['pegawai.nama', 'pegawai.nip', 'pegawai_jabatan', 'penilai_nama'],
  filter: {
    tahun: angka('tahun'),
    status: kolom('status'),
    jenis: kolom('jenis'),
    opd_id: relasi('pegawai.opd'),
    pegawai_id: relasi('pegawai'),
  },
  populate: { pegawai: PEGAWAI, penugasan: { fields: ['documentId', 'jenis'] } },
  async cakupan(k) {
    return { pegawai: await lingkupPegawai(k) };
  },
  keBaris: (d) => ({
    id: d.documentId,
    tahun: d.tahun,
    periode_mulai: d.periode_mulai,
    periode_akhir: d.periode_akhir,
    jenis: d.jenis,
    pendekatan: d.pendekatan,
    status: d.status,
    pegawai_id: d.pegawai?.documentId ?? null,
    pegawai_nip: d.pegawai?.nip ?? null,
    pegawai_nama: d.pegawai ? namaLengkap(d.pegawai) : null,
    opd_id: d.pegawai?.opd?.documentId ?? null,
    opd_nama: d.pegawai?.opd?.nama ?? null,
    penugasan_jenis: d.penugasan?.jenis ?? null,
    pegawai_jabatan: d.pegawai_jabatan ?? null,
    penilai_nip: d.penilai_nip ?? null,
    penilai_nama: d.penilai_nama ?? null,
    penilai_jabatan: d.penilai_jabatan ?? null,
    penilai_sebagai: d.penilai_sebagai ?? null,
    catatan_penolakan: d.catatan_penolakan ?? null,
    jumlah_peringatan: Array.isArray(d.peringatan) ? d.peringatan.length : 0,
    updatedAt: d.updatedAt,
  }),
};

export const rhk: DefinisiSumber = {
  ranah: 'kinerja',
  uid: 'plugin::kinerja.rhk',
  objek: 'rhk',
  urut: { urutan: 'urutan', jenis: 'jenis', id: 'id', uraian: 'uraian', status_revisi: 'status_revisi' },
  urutBawaan: ['urutan', 'ASC'],
  cari: ['uraian'],
  filter: {
    skp_id: relasi('skp'),
    jenis: kolom('jenis'),
    status_revisi: kolom('status_revisi'),
    perspektif: kolom('perspektif'),
    tahun: angka('skp.tahun'),
    pegawai_id: relasi('skp.pegawai'),
  },
  populate: {
    skp: { fields: ['documentId', 'tahun', 'status', 'jenis', 'penilai_nip'], populate: { pegawai: PEGAWAI } },
    rhk_atasan: { fields: ['documentId', 'uraian'] },
  },
  async cakupan(k) {
    return { skp: { pegawai: await lingkupPegawai(k) } };
  },
  keBaris: (d) => ({
    id: d.documentId,
    skp_id: d.skp?.documentId ?? null,
    skp_status: d.skp?.status ?? null,
    tahun: d.skp?.tahun ?? null,
    pegawai_nama: d.skp?.pegawai ? namaLengkap(d.skp.pegawai) : null,
    pegawai_nip: d.skp?.pegawai?.nip ?? null,
    penilai_nip: d.skp?.penilai_nip ?? null,
    jenis: d.jenis,
    uraian: d.uraian,
    urutan: d.urutan,
    perspektif: d.perspektif ?? null,
    rhk_atasan_id: d.rhk_atasan?.documentId ?? null,
    rhk_atasan_uraian: d.rhk_atasan?.uraian ?? null,
    status_revisi: d.status_revisi ?? null,
    is_sasaran_prioritas: !!d.is_sasaran_prioritas,
    terdapat_inovasi: !!d.terdapat_inovasi,
    is_perintah_walikota: !!d.is_perintah_walikota,
    updatedAt: d.updatedAt,
  }),
};

export const iki: DefinisiSumber = {
  ranah: 'kinerja',
  uid: 'plugin::kinerja.iki',
  objek: 'iki',
  urut: { urutan: 'urutan', id: 'id', uraian: 'uraian', aspek: 'aspek' },
  urutBawaan: ['urutan', 'ASC'],
  cari: ['uraian', 'satuan'],
  filter: {
    rhk_id: relasi('rhk'),
    skp_id: relasi('rhk.skp'),
    aspek: kolom('aspek'),
    disembunyikan: (nilai) => {
      if (nilai === '' || nilai == null) return null;
      const b = nilai === true || nilai === 'true' || nilai === 1 || nilai === '1';
      return b
        ? { disembunyikan: { $eq: true } }
        : { $or: [{ disembunyikan: { $eq: false } }, { disembunyikan: { $null: true } }] };
    },
  },
  populate: { rhk: { fields: ['documentId', 'uraian'], populate: { skp: { fields: ['documentId'] } } } },
  async cakupan(k) {
    return { rhk: { skp: { pegawai: await lingkupPegawai(k) } } };
  },
  keBaris: (d) => ({
    ...ikiDto(d),
    rhk_id: d.rhk?.documentId ?? null,
    rhk_uraian: d.rhk?.uraian ?? null,
    skp_id: d.rhk?.skp?.documentId ?? null,
    updatedAt: d.updatedAt,
  }),
};
