import { z } from 'zod';
import { skemaCetakSkp } from './cetak';

const tahun = z.coerce.number().int().min(2000).max(2100);
const kode_opd = z.string().trim().min(1).max(40);
export const skemaPk = z.object({ tahun, kode_opd });
/** ?tahun=&kode_opd=&tanggal=YYYY-MM-DD&tempat=&kertas=A4|F4 (place/date default as the SKP prints). */
export const skemaCetakPk = skemaCetakSkp.omit({ skp: true }).extend({ tahun, kode_opd });
