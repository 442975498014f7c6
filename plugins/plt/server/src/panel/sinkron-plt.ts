import { GalatMskp } from '@m-skp/inti';
import { filterAngka, filterKolom, filterWaktu, type DefinisiSumber } from '@m-skp/panel';
import { UID_SINKRON_PLT } from '../services/sinkron';

/** Admin BKPSDM runs the sync; Inspektorat reads it as an audit view. */
const PERAN_BACA = ['admin_bkpsdm', 'inspektorat'];

/**
 * Panel resource `sinkron-plt` (read-only: rows are written by the sync only): the last PLT sync runs, what
 * started each and what it changed. Admin BKPSDM and Inspektorat; anyone else and API tokens → 403.
 */
export const sinkronPlt: DefinisiSumber = {
  ranah: 'kinerja',
  uid: UID_SINKRON_PLT,
  objek: 'sinkron_plt',
  urut: { id: 'id', mulai: 'mulai', tahun: 'tahun', bulan: 'bulan', pemicu: 'pemicu', status: 'status' },
  urutBawaan: ['mulai', 'DESC'],
  cari: ['oleh', 'galat'],
  filter: {
    tahun: filterAngka('tahun'),
    bulan: filterAngka('bulan'),
    pemicu: filterKolom('pemicu'),
    status: filterKolom('status'),
    mulai: filterWaktu('mulai'),
  },
  populate: {},
  async cakupan(k) {
    const a = k.aktor;
    if (a.token != null || !PERAN_BACA.includes(String(a.peran))) {
      throw new GalatMskp(403, 'AKSES_DITOLAK', 'Riwayat sinkron PLT hanya untuk Admin BKPSDM dan Inspektorat.');
    }
    return {};
  },
  keBaris: (d) => {
    const rincian = d.rincian ?? {};
    return {
      id: d.documentId,
      mulai: d.mulai,
      selesai: d.selesai ?? null,
      pemicu: d.pemicu,
      tahun: d.tahun,
      bulan: d.bulan ?? null,
      oleh: d.oleh ?? null,
      diperiksa: d.diperiksa ?? 0,
      jumlah_diterapkan: d.jumlah_diterapkan ?? 0,
      jumlah_dikembalikan: d.jumlah_dikembalikan ?? 0,
      jumlah_ditahan: d.jumlah_ditahan ?? 0,
      diubah: Array.isArray(rincian.diubah) ? rincian.diubah : [],
      ditahan: Array.isArray(rincian.ditahan) ? rincian.ditahan : [],
      status: d.status,
      galat: d.galat ?? null,
    };
  },
};
