import type { Core } from '@strapi/strapi';
import { layanan, pastikan, type Aktor } from '@m-skp/inti';
import { UID_TPP } from './hitung';
import { KOLOM_UANG_TPP } from '../domain/riwayat';
import { keputusanLihatTpp } from '../domain/lihat';
import type { AlasanTpp } from '../domain/tpp';

const ANGKA = ['capaian', 'persen_potongan_disiplin'] as const;
/** Rupiah columns of a line: the ceiling after the CPNS share, then the money columns (domain/riwayat.ts). */
const RUPIAH = ['tpp_max', ...KOLOM_UANG_TPP] as const;

/** A stored TPP line as the query engine returns it (biginteger columns as strings), opd and pegawai populated. */
export interface BarisTppTersimpan {
  documentId: string;
  tahun: number;
  bulan: number;
  nip: string;
  nama: string;
  nama_jabatan: string;
  tipe_jabatan: string;
  eselon?: string | null;
  golongan: string;
  pns_pppk: string;
  kelas: number;
  sumber_kelas: string;
  predikat_kode?: number | null;
  opd?: { documentId: string; kode_opd: string; nama: string } | null;
  pegawai?: { documentId: string } | null;
  alasan?: unknown;
  versi_kebijakan: string;
  dihitung_pada: string | Date;
  dihitung_oleh: string;
  [kolom: string]: unknown;
}

/** A line as the API shows it: the stored identity fields, numbers and every rupiah column as a number. */
export type TppDto = Pick<
  BarisTppTersimpan,
  | 'tahun'
  | 'bulan'
  | 'nip'
  | 'nama'
  | 'nama_jabatan'
  | 'tipe_jabatan'
  | 'golongan'
  | 'pns_pppk'
  | 'kelas'
  | 'sumber_kelas'
  | 'versi_kebijakan'
  | 'dihitung_pada'
  | 'dihitung_oleh'
> & {
  id: string;
  eselon: string | null;
  predikat_kode: number | null;
  opd: { id: string; kode_opd: string; nama: string } | null;
  pegawai_id: string | null;
  alasan: AlasanTpp[];
  'iwp_1%': number;
} & Record<(typeof ANGKA)[number], number | null> &
  Record<(typeof RUPIAH)[number], number>;

/** GET /api/tpp filters (routes/skema/tpp.ts). */
export interface SaringanTpp {
  nip?: string;
  tahun?: number;
  bulan?: number;
  kode_opd?: string;
  page: number;
  pageSize: number;
}

/** A stored line as the API shows it: rupiah as numbers (biginteger comes back as string), `iwp_1%` under its SIPD name too. */
export function tppDto(r: BarisTppTersimpan): TppDto {
  const out = {
    id: r.documentId,
    tahun: r.tahun,
    bulan: r.bulan,
    nip: r.nip,
    nama: r.nama,
    nama_jabatan: r.nama_jabatan,
    tipe_jabatan: r.tipe_jabatan,
    eselon: r.eselon ?? null,
    golongan: r.golongan,
    pns_pppk: r.pns_pppk,
    kelas: r.kelas,
    sumber_kelas: r.sumber_kelas,
    predikat_kode: r.predikat_kode ?? null,
    opd: r.opd ? { id: r.opd.documentId, kode_opd: r.opd.kode_opd, nama: r.opd.nama } : null,
    pegawai_id: r.pegawai?.documentId ?? null,
    alasan: Array.isArray(r.alasan) ? (r.alasan as AlasanTpp[]) : [],
    versi_kebijakan: r.versi_kebijakan,
    dihitung_pada: r.dihitung_pada,
    dihitung_oleh: r.dihitung_oleh,
  } as TppDto;
  for (const k of ANGKA) out[k] = r[k] == null ? null : Number(r[k]);
  for (const k of RUPIAH) out[k] = Number(r[k] ?? 0);
  out['iwp_1%'] = out.iwp_1;
  return out;
}

/** GET /api/tpp: stored lines, scoped by the scope service on the line's pegawai. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async daftar(aktor: Aktor, f: SaringanTpp) {
    const cakupan = layanan(strapi, 'inti', 'cakupan');
    const where: Record<string, unknown> = { pegawai: await cakupan.filterPegawai(aktor) };
    if (f.nip) {
      const p = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(f.nip, {
        select: ['id'],
        pesan: 'Pegawai tidak ditemukan.',
      });
      pastikan(keputusanLihatTpp({ dalamCakupan: await cakupan.bolehLihatPegawai(aktor, p.id) }));
      where.pegawai = { id: p.id };
    }
    if (f.tahun) where.tahun = f.tahun;
    if (f.bulan) where.bulan = f.bulan;
    if (f.kode_opd) where.opd = { kode_opd: f.kode_opd };
    const [rows, total] = await Promise.all([
      strapi.db.query(UID_TPP).findMany({
        where,
        populate: { opd: { select: ['documentId', 'kode_opd', 'nama'] }, pegawai: { select: ['documentId'] } },
        orderBy: [{ tahun: 'desc' }, { bulan: 'desc' }, { nama: 'asc' }, { id: 'asc' }],
        offset: (f.page - 1) * f.pageSize,
        limit: f.pageSize,
      }),
      strapi.db.query(UID_TPP).count({ where }),
    ]);
    return { data: rows.map(tppDto), meta: { total, page: f.page, pageSize: f.pageSize } };
  },
});
