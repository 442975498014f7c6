import { GalatMskp } from '../domain/galat';

const UID = 'plugin::inti.kunci-periode';
const NAMA_BULAN = ['', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export const triwulanBulan = (bulan: number) => Math.ceil(bulan / 3);
export const kunciPeriode = (tahun: number, triwulan: number) => `${tahun}:${triwulan}`;

/**
 * Period locks (domain.md §7): a quarter locked after its TPP prestasi kerja is disbursed refuses
 * every write to its months with 423 PERIODE_TERKUNCI. The one place every write path asks.
 */
export default ({ strapi }: { strapi: any }) => ({
  /** Locked quarters of a year, as a set of quarter numbers. */
  async triwulanTerkunci(tahun: number): Promise<Set<number>> {
    const rows = await strapi.db.query(UID).findMany({ where: { tahun, terkunci: true }, select: ['triwulan'] });
    return new Set(rows.map((r: any) => Number(r.triwulan)));
  },

  async terkunci(tahun: number, bulan: number): Promise<boolean> {
    const r = await strapi.db.query(UID).findOne({ where: { kunci_unik: kunciPeriode(tahun, triwulanBulan(bulan)), terkunci: true }, select: ['id'] });
    return !!r;
  },

  /** Throws 423 PERIODE_TERKUNCI when the month lies in a locked quarter. */
  async wajibTerbuka(tahun: number, bulan: number) {
    if (await this.terkunci(tahun, bulan)) {
      throw new GalatMskp(423, 'PERIODE_TERKUNCI', `Periode ${NAMA_BULAN[bulan]} ${tahun} (triwulan ${triwulanBulan(bulan)}) sudah dikunci karena TPP prestasi kerjanya telah dibayarkan. Hubungi Admin BKPSDM untuk membuka kunci.`, 'bulan', { tahun, bulan, triwulan: triwulanBulan(bulan) });
    }
  },
});
