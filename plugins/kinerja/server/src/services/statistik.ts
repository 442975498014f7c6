import type { Core } from '@strapi/strapi';
import { GalatMskp, hariIni, type Aktor, layanan } from '@m-skp/inti';
import { tanggalTahun } from './renaksi';

export interface BarisStatistikRhk {
  opd: { id: number; kode_opd: string; nama: string; singkatan: string | null } | null;
  pegawai: number;
  skp: number;
  skp_disetujui: number;
  rhk: number;
  rhk_prioritas: number;
  rhk_inovasi: number;
  rhk_perintah_walikota: number;
  renaksi: number;
  renaksi_rtp: number;
}

type OpdStatistik = NonNullable<BarisStatistikRhk['opd']>;
/** The rows the counts read (lean selects). */
interface BarisPegawai {
  id: number;
  opd: (Omit<OpdStatistik, 'singkatan'> & { singkatan?: string | null }) | null;
}
interface BarisSkp {
  id: number;
  status: string;
  pegawai: { id: number } | null;
}
interface BarisRhk {
  id: number;
  is_sasaran_prioritas: boolean | null;
  terdapat_inovasi: boolean | null;
  is_perintah_walikota: boolean | null;
  skp: { id: number } | null;
}
interface BarisRenaksi {
  id: number;
  sebagai_rtp: boolean | null;
  pegawai: { id: number } | null;
}

const kosong = (opd: BarisStatistikRhk['opd']): BarisStatistikRhk => ({
  opd,
  pegawai: 0,
  skp: 0,
  skp_disetujui: 0,
  rhk: 0,
  rhk_prioritas: 0,
  rhk_inovasi: 0,
  rhk_perintah_walikota: 0,
  renaksi: 0,
  renaksi_rtp: 0,
});

/**
 * Counts of SKP, RHK (with the eKAK flags: priority, innovation, mayor's directive) and renaksi
 * (with RTP) per OPD and for the whole scope, for one year (domain.md §4 "Flags from eKAK").
 * Scoped by the scope service; five lean queries whatever the city's size.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  return {
    async rhk(aktor: Aktor, f: { tahun?: number; kode_opd?: string }) {
      if (aktor.jangkauan === 'TIDAK_ADA')
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat statistik ini.');
      const tahun = f.tahun ?? Number(hariIni().slice(0, 4));
      const syarat: Record<string, unknown>[] = [await cakupan().filterPegawai(aktor, tanggalTahun(tahun))];
      if (f.kode_opd) syarat.push({ opd: { kode_opd: f.kode_opd } });
      const pegawai: BarisPegawai[] = await q('plugin::inti.pegawai').findMany({
        where: { $and: syarat },
        select: ['id'],
        populate: { opd: { select: ['id', 'kode_opd', 'nama', 'singkatan'] } },
      });
      const opdPegawai = new Map<number, BarisPegawai['opd']>(pegawai.map((p) => [p.id, p.opd ?? null]));
      const ids = pegawai.map((p) => p.id);
      const skp: BarisSkp[] = ids.length
        ? await q('plugin::kinerja.skp').findMany({
            where: { tahun, pegawai: { id: { $in: ids } } },
            select: ['id', 'status'],
            populate: { pegawai: { select: ['id'] } },
          })
        : [];
      const skpPegawai = new Map<number, number | undefined>(skp.map((s) => [s.id, s.pegawai?.id]));
      const rhk: BarisRhk[] = skp.length
        ? await q('plugin::kinerja.rhk').findMany({
            where: { skp: { id: { $in: skp.map((s) => s.id) } } },
            select: ['id', 'is_sasaran_prioritas', 'terdapat_inovasi', 'is_perintah_walikota'],
            populate: { skp: { select: ['id'] } },
          })
        : [];
      const renaksi: BarisRenaksi[] = rhk.length
        ? await q('plugin::kinerja.rencana-aksi').findMany({
            where: { tahun, pegawai: { id: { $in: ids } } },
            select: ['id', 'sebagai_rtp'],
            populate: { pegawai: { select: ['id'] } },
          })
        : [];

      const baris = new Map<string, BarisStatistikRhk>();
      const ambil = (opd: BarisPegawai['opd'] | undefined) => {
        const k = String(opd?.id ?? 'tanpa');
        if (!baris.has(k))
          baris.set(
            k,
            kosong(
              opd ? { id: opd.id, kode_opd: opd.kode_opd, nama: opd.nama, singkatan: opd.singkatan ?? null } : null,
            ),
          );
        return baris.get(k)!;
      };
      for (const p of pegawai) ambil(p.opd).pegawai++;
      for (const s of skp) {
        const b = ambil(opdPegawai.get(s.pegawai?.id as number));
        b.skp++;
        if (s.status === 'DISETUJUI') b.skp_disetujui++;
      }
      for (const r of rhk) {
        const b = ambil(opdPegawai.get(skpPegawai.get(r.skp?.id as number) as number));
        b.rhk++;
        if (r.is_sasaran_prioritas) b.rhk_prioritas++;
        if (r.terdapat_inovasi) b.rhk_inovasi++;
        if (r.is_perintah_walikota) b.rhk_perintah_walikota++;
      }
      for (const x of renaksi) {
        const b = ambil(opdPegawai.get(x.pegawai?.id as number));
        b.renaksi++;
        if (x.sebagai_rtp) b.renaksi_rtp++;
      }
      const opd = [...baris.values()].sort((a, b) => (a.opd?.nama ?? '~').localeCompare(b.opd?.nama ?? '~', 'id'));
      const total = kosong(null);
      for (const b of opd)
        for (const k of Object.keys(total) as (keyof BarisStatistikRhk)[]) if (k !== 'opd') total[k] += b[k];
      return { tahun, opd, total };
    },
  };
};
