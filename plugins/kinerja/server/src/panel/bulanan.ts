import { namaKolom, layanan } from '@m-skp/inti';
import type { Konteks } from '@m-skp/panel';

/**
 * The scope of a panel resource of monthly data: each row is seen by whoever relates to its pegawai at its
 * month's reference date (scope service `filterPerBulan`), over the years the table holds (one DISTINCT read,
 * skipped for a role that sees everyone). Constant in the page size.
 */
export async function lingkupBulanan(
  k: Konteks,
  uid: string,
  baris: (tahun: number, bulan: number[], pegawai: Record<string, unknown>) => Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const tahun = async (): Promise<number[]> => {
    const meta = k.strapi.db.metadata.get(uid);
    const qb = k.strapi.db.connection(meta.tableName).distinct(namaKolom(k.strapi, uid, 'tahun'));
    if (k.strapi.db.inTransaction()) qb.transacting((await k.strapi.db.transaction()).get());
    return (await qb).map((r: any) => Number(Object.values(r)[0])).filter((x: number) => Number.isInteger(x));
  };
  return layanan(k.strapi, 'inti', 'cakupan').filterPerBulan(k.aktor, tahun, undefined, baris);
}
