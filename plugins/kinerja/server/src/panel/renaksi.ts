import { namaLengkap } from '@m-skp/inti';
import { filterAngka, filterBoolean, filterKolom, filterRelasi, type DefinisiSumber, type Konteks } from '@m-skp/panel';
import { realisasiDto } from '../services/renaksi';
import { lingkupBulanan } from './bulanan';

/**
 * Panel resources `rencana-aksi` and `realisasi` (read-only: writes go through /api/rhk/:id/rencana-aksi,
 * /api/rencana-aksi/:id/realisasi and the check endpoints). Scoped per month by the scope service: a realisasi
 * by its pegawai's relation at its month's reference date, a renaksi (a year's plan) when the caller relates
 * to its pegawai in any month of its year.
 */
const PEGAWAI = {
  fields: ['documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
  populate: { opd: { fields: ['documentId', 'nama'] } },
};
const pegawaiBaris = (p: any) => ({
  pegawai_id: p?.documentId ?? null,
  pegawai_nip: p?.nip ?? null,
  pegawai_nama: p ? namaLengkap(p) : null,
  opd_id: p?.opd?.documentId ?? null,
  opd_nama: p?.opd?.nama ?? null,
});

export const rencanaAksi: DefinisiSumber = {
  ranah: 'kinerja',
  uid: 'plugin::kinerja.rencana-aksi',
  objek: 'rencana-aksi',
  urut: { urutan: 'urutan', id: 'id', uraian: 'uraian', tahun: 'tahun', pegawai_nama: 'pegawai.nama' },
  urutBawaan: ['urutan', 'ASC'],
  cari: ['uraian', 'pegawai.nama', 'pegawai.nip'],
  filter: {
    tahun: filterAngka('tahun'),
    rhk_id: filterRelasi('rhk'),
    skp_id: filterRelasi('rhk.skp'),
    pegawai_id: filterRelasi('pegawai'),
    opd_id: filterRelasi('pegawai.opd'),
    sebagai_rtp: filterBoolean('sebagai_rtp'),
    periode: filterKolom('periode'),
  },
  populate: {
    pegawai: PEGAWAI,
    rhk: {
      fields: ['documentId', 'uraian', 'jenis', 'is_sasaran_prioritas', 'terdapat_inovasi', 'is_perintah_walikota'],
      populate: { skp: { fields: ['documentId', 'status'] } },
    },
  },
  cakupan: (k: Konteks) =>
    lingkupBulanan(k, 'plugin::kinerja.rencana-aksi', (tahun, _bulan, pegawai) => ({ tahun, pegawai })),
  keBaris: (d) => ({
    id: d.documentId,
    tahun: d.tahun,
    uraian: d.uraian,
    urutan: d.urutan,
    periode: d.periode,
    satuan: d.satuan,
    polaritas: d.polaritas,
    sebagai_rtp: !!d.sebagai_rtp,
    target: d.target ?? [],
    rhk_id: d.rhk?.documentId ?? null,
    rhk_uraian: d.rhk?.uraian ?? null,
    rhk_jenis: d.rhk?.jenis ?? null,
    skp_id: d.rhk?.skp?.documentId ?? null,
    is_sasaran_prioritas: !!d.rhk?.is_sasaran_prioritas,
    terdapat_inovasi: !!d.rhk?.terdapat_inovasi,
    is_perintah_walikota: !!d.rhk?.is_perintah_walikota,
    ...pegawaiBaris(d.pegawai),
    updatedAt: d.updatedAt,
  }),
};

export const realisasi: DefinisiSumber = {
  ranah: 'kinerja',
  uid: 'plugin::kinerja.realisasi',
  objek: 'realisasi',
  urut: {
    bulan: 'bulan',
    id: 'id',
    tahun: 'tahun',
    status: 'status',
    capaian: 'capaian',
    diisi_pada: 'diisi_pada',
    pegawai_nama: 'pegawai.nama',
  },
  urutBawaan: ['diisi_pada', 'DESC'],
  cari: ['pegawai.nama', 'pegawai.nip', 'rencana_aksi.uraian'],
  filter: {
    tahun: filterAngka('tahun'),
    bulan: filterAngka('bulan'),
    status: filterKolom('status'),
    pegawai_id: filterRelasi('pegawai'),
    opd_id: filterRelasi('pegawai.opd'),
    rencana_aksi_id: filterRelasi('rencana_aksi'),
  },
  populate: {
    pegawai: PEGAWAI,
    bukti: { fields: ['id', 'name', 'mime', 'size', 'provider_metadata'] },
    rencana_aksi: {
      fields: ['documentId', 'uraian', 'satuan', 'sebagai_rtp'],
      populate: { rhk: { fields: ['documentId', 'uraian', 'jenis'] } },
    },
  },
  cakupan: (k: Konteks) =>
    lingkupBulanan(k, 'plugin::kinerja.realisasi', (tahun, bulan, pegawai) => ({
      tahun,
      bulan: { $in: bulan },
      pegawai,
    })),
  keBaris: (d) => ({
    ...realisasiDto(d),
    tahun: d.tahun,
    rencana_aksi_id: d.rencana_aksi?.documentId ?? null,
    rencana_aksi_uraian: d.rencana_aksi?.uraian ?? null,
    satuan: d.rencana_aksi?.satuan ?? null,
    sebagai_rtp: !!d.rencana_aksi?.sebagai_rtp,
    rhk_id: d.rencana_aksi?.rhk?.documentId ?? null,
    rhk_uraian: d.rencana_aksi?.rhk?.uraian ?? null,
    ...pegawaiBaris(d.pegawai),
    updatedAt: d.updatedAt,
  }),
};
