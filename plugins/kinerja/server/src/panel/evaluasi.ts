import { filterAngka, filterKolom, filterRelasi, type DefinisiSumber } from '@m-skp/panel';
import { evaluasiDto } from '../services/evaluasi';
import { lingkupBulanan } from './bulanan';
import { filterPeriodeBerakhir } from '../domain/evaluasi';

/**
 * Panel resource `evaluasi` (read-only: evaluations are written through POST /api/evaluasi and
 * /api/evaluasi/tahunan). Scoped per period by the scope service: an evaluation is seen by whoever relates
 * to its pegawai at its period's last month's reference date. Rows: the evaluation as the API
 * shows it, flattened with pegawai/penilai snapshot names, predikat and OPD for lists and filters.
 */
export const evaluasi: DefinisiSumber = {
  ranah: 'kinerja',
  uid: 'plugin::kinerja.evaluasi',
  objek: 'evaluasi',
  urut: {
    id: 'id',
    tahun: 'tahun',
    periode: 'periode',
    predikat_kode: 'predikat_kode',
    pegawai_nama: 'pegawai_nama',
    dinilai_pada: 'dinilai_pada',
    updatedAt: 'updatedAt',
  },
  urutBawaan: ['dinilai_pada', 'DESC'],
  cari: ['pegawai_nama', 'pegawai_nip', 'penilai_nama'],
  filter: {
    tahun: filterAngka('tahun'),
    periode: filterAngka('periode'),
    periode_jenis: filterKolom('periode_jenis'),
    pegawai_id: filterRelasi('pegawai'),
    opd_id: filterRelasi('pegawai.opd'),
    skp_id: filterRelasi('skp'),
    predikat_kode: filterAngka('predikat_kode'),
    perilaku_source: filterKolom('perilaku_source'),
  },
  populate: {
    pegawai: { fields: ['documentId', 'nip'], populate: { opd: { fields: ['documentId', 'nama'] } } },
    skp: { fields: ['documentId', 'status'], populate: { penugasan: { fields: ['jenis'] } } },
  },
  cakupan: (k) =>
    lingkupBulanan(k, 'plugin::kinerja.evaluasi', (tahun, bulan, pegawai) => ({
      tahun,
      pegawai,
      $or: filterPeriodeBerakhir(bulan),
    })),
  keBaris: (d) => {
    const e = evaluasiDto(d);
    return {
      ...e,
      skp_id: e.skp?.id ?? null,
      pegawai_id: d.pegawai?.documentId ?? null,
      pegawai_nip: e.pegawai.nip,
      pegawai_nama: e.pegawai.nama,
      pegawai_jabatan: e.pegawai.jabatan,
      penilai_nip: e.penilai.nip,
      penilai_nama: e.penilai.nama,
      penilai_sebagai: e.penilai.sebagai,
      predikat_kode: e.predikat.kode,
      predikat_nama: e.predikat.nama,
      opd_id: d.pegawai?.opd?.documentId ?? null,
      opd_nama: d.pegawai?.opd?.nama ?? null,
    };
  },
};
