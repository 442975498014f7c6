import type { Core } from '@strapi/strapi';
import { galatDari } from '../domain/keputusan';
import { bulanKolom, triwulanBulan, kunciTriwulan, penolakanKunci, type BulanPeriode } from '../domain/periode';

export { bulanKolom, type BulanPeriode };

const UID = 'plugin::inti.kunci-periode';
export { triwulanBulan };
export const kunciPeriode = kunciTriwulan;

/**
 * How the Document Service guard finds the months of a row of one content type: `bulan` reads them
 * from the row's own fields (for create: the data; update: the stored row and the row as it will be),
 * `populate` names the relations it needs on the stored row. Months outside 1–12 (THR, gaji-13) and
 * rows without a period return nothing.
 */
export interface PeriodeDokumen {
  populate?: Record<string, unknown>;
  bulan(row: Record<string, any>): BulanPeriode[]; // any: a row of the registering plugin's own content type
}

/**
 * Period locks (domain.md §7): a quarter locked after its TPP prestasi kerja is disbursed refuses
 * every write to its months with 423 PERIODE_TERKUNCI. `wajibTerbuka` is the one check every write
 * path asks: the services (which write through the query engine) and the Document Service guard
 * (penjaga-dokumen.ts, for the content types registered with `daftarkanDokumen`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const dokumen = new Map<string, PeriodeDokumen>();
  return {
    /** Register phase: the months of a content type's rows, for the Document Service lock guard. */
    daftarkanDokumen(uid: string, p: PeriodeDokumen) {
      dokumen.set(uid, p);
    },

    /** The registered period reader of a content type (undefined: not period-locked). */
    periodeDokumen(uid: string): PeriodeDokumen | undefined {
      return dokumen.get(uid);
    },

    /** Locked quarters of a year, as a set of quarter numbers. */
    async triwulanTerkunci(tahun: number): Promise<Set<number>> {
      const rows = await strapi.db.query(UID).findMany({ where: { tahun, terkunci: true }, select: ['triwulan'] });
      return new Set(rows.map((r: { triwulan: number | string }) => Number(r.triwulan)));
    },

    async terkunci(tahun: number, bulan: number): Promise<boolean> {
      const r = await strapi.db
        .query(UID)
        .findOne({ where: { kunci_unik: kunciPeriode(tahun, triwulanBulan(bulan)), terkunci: true }, select: ['id'] });
      return !!r;
    },

    /** Throws 423 PERIODE_TERKUNCI when the month lies in a locked quarter. */
    async wajibTerbuka(tahun: number, bulan: number) {
      if (await this.terkunci(tahun, bulan)) throw galatDari(penolakanKunci(tahun, bulan));
    },
  };
};
