/**
 * The ra-data-simple-rest protocol, parsed and checked: sort=["field","ASC"], range=[0,24],
 * filter={...}. Pure; every malformed input becomes a 400 with the parameter and the rule.
 */
import { z } from 'zod';
import { GalatMskp } from '@m-skp/inti';

export interface PermintaanDaftar {
  sort: { field: string; order: 'ASC' | 'DESC' } | null;
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

export const BATAS_HALAMAN = 1000;

const skemaSort = z.tuple([z.string().min(1).max(60), z.enum(['ASC', 'DESC', 'asc', 'desc'])]);
const skemaRange = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const skemaFilter = z.record(z.string(), z.unknown());

function json(nama: string, nilai: unknown): unknown {
  if (nilai == null || nilai === '') return undefined;
  if (typeof nilai !== 'string')
    throw new GalatMskp(400, 'PARAMETER_TIDAK_VALID', `Parameter ${nama} harus berupa JSON.`, nama);
  try {
    return JSON.parse(nilai);
  } catch {
    throw new GalatMskp(400, 'PARAMETER_TIDAK_VALID', `Parameter ${nama} bukan JSON yang valid.`, nama);
  }
}

export function uraiPermintaan(query: Record<string, unknown>): PermintaanDaftar {
  const s = json('sort', query.sort);
  const r = json('range', query.range);
  const f = json('filter', query.filter);
  let sort: PermintaanDaftar['sort'] = null;
  if (s !== undefined) {
    const p = skemaSort.safeParse(s);
    if (!p.success)
      throw new GalatMskp(
        400,
        'SORT_TIDAK_VALID',
        'Parameter sort harus berbentuk ["nama_kolom","ASC"|"DESC"].',
        'sort',
      );
    sort = { field: p.data[0], order: p.data[1].toUpperCase() as 'ASC' | 'DESC' };
  }
  let range = { start: 0, end: 24 };
  if (r !== undefined) {
    const p = skemaRange.safeParse(r);
    if (!p.success || p.data[1] < p.data[0]) {
      throw new GalatMskp(
        400,
        'RANGE_TIDAK_VALID',
        'Parameter range harus berbentuk [awal, akhir] dengan bilangan bulat 0 ≤ awal ≤ akhir.',
        'range',
      );
    }
    if (p.data[1] - p.data[0] + 1 > BATAS_HALAMAN) {
      throw new GalatMskp(
        400,
        'RANGE_TERLALU_BESAR',
        `Parameter range: satu halaman paling banyak ${BATAS_HALAMAN} baris.`,
        'range',
      );
    }
    range = { start: p.data[0], end: p.data[1] };
  }
  let filter: Record<string, unknown> = {};
  if (f !== undefined) {
    const p = skemaFilter.safeParse(f);
    if (!p.success || Array.isArray(f))
      throw new GalatMskp(400, 'FILTER_TIDAK_VALID', 'Parameter filter harus berupa objek JSON.', 'filter');
    filter = p.data;
  }
  return { sort, range, filter };
}

/** Splits a filter key into field and operator: "waktu_gte" → ["waktu", "$gte"]. */
export function uraiKunciFilter(kunci: string): { field: string; op: '$eq' | '$gte' | '$lte' | '$ne' } {
  const m = /^(.*)_(gte|lte|neq)$/.exec(kunci);
  if (!m) return { field: kunci, op: '$eq' };
  return { field: m[1], op: m[2] === 'neq' ? '$ne' : (`$${m[2]}` as '$gte' | '$lte') };
}

/** Content-Range header value, e.g. "pegawai 0-24/319". */
export function contentRange(resource: string, start: number, jumlahBaris: number, total: number): string {
  const akhir = jumlahBaris > 0 ? start + jumlahBaris - 1 : start;
  return `${resource} ${start}-${akhir}/${total}`;
}
