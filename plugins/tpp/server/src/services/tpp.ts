import type { Core } from '@strapi/strapi';
import { GalatMskp, layanan } from '@m-skp/inti';
import { UID_TPP } from './hitung';

const ANGKA = ['capaian', 'persen_potongan_disiplin'];
const RUPIAH = [
  'tpp_max',
  'belanja_tpp_beban_kerja',
  'belanja_tpp_tempat_bertugas',
  'belanja_tpp_kondisi_kerja',
  'belanja_tpp_kelangkaan_profesi',
  'belanja_tpp_prestasi_kerja',
  'tunjangan_iuran_jaminan_kesehatan',
  'tunjangan_iuran_jaminan_kecelakaan_kerja',
  'tunjangan_iuran_jaminan_kematian',
  'tunjangan_jaminan_hari_tua',
  'tunjangan_jaminan_pensiun',
  'tunjangan_iuran_simpanan_tapera',
  'potongan_iuran_jaminan_kesehatan',
  'iwp_1',
  'pph_21',
  'zakat',
  'bulog',
  'potongan_lain',
  'jumlah_tpp',
  'jumlah_potongan',
  'jumlah_ditransfer',
];

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

/** A stored line as the API shows it: rupiah as numbers (biginteger comes back as string), `iwp_1%` under its SIPD name too. */
export function tppDto(r: BarisTppTersimpan) {
  // any: the line's columns by name (rupiah and numbers added below), read by the list and the panel resource
  const out: any = {
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
    alasan: Array.isArray(r.alasan) ? r.alasan : [],
    versi_kebijakan: r.versi_kebijakan,
    dihitung_pada: r.dihitung_pada,
    dihitung_oleh: r.dihitung_oleh,
  };
  for (const k of ANGKA) out[k] = r[k] == null ? null : Number(r[k]);
  for (const k of RUPIAH) out[k] = Number(r[k] ?? 0);
  out['iwp_1%'] = out.iwp_1;
  return out;
}

/** GET /api/tpp: stored lines, scoped by the scope service on the line's pegawai. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async daftar(
    ctx: any,
    f: { nip?: string; tahun?: number; bulan?: number; kode_opd?: string; page: number; pageSize: number },
  ) {
    const cakupan = layanan(strapi, 'inti', 'cakupan');
    const aktor = await cakupan.aktor(ctx);
    const where: any = { pegawai: await cakupan.filterPegawai(aktor, undefined, ctx.state) };
    if (f.nip) {
      const p = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(f.nip, {
        select: ['id'],
        pesan: 'Pegawai tidak ditemukan.',
      });
      if (!(await cakupan.bolehLihatPegawai(aktor, p.id, undefined, ctx.state)))
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berhak melihat TPP pegawai ini.', 'nip');
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
