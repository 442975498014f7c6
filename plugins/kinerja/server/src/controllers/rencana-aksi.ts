import { z } from 'zod';
import { GalatMskp, hariIni } from '@m-skp/inti';
import { urai } from './skema';
import { tanggalAcuanBulan } from '../services/capaian';

/**
 * Input schemas of the renaksi/realisasi endpoints. Unknown keys are stripped: a body never sets
 * status, owner, pegawai, year, checks or computed capaian.
 */
const teks = (maks: number) => z.string().trim().min(1).max(maks);
const opsiTeks = (maks: number) => z.string().trim().max(maks).nullish();
const bulan = z.coerce.number().int().min(1).max(12);
const tahun = z.coerce.number().int().min(2000).max(2100);

export const skemaBuatRenaksi = z.object({
  uraian: teks(2000),
  urutan: z.coerce.number().int().min(1).max(999).optional(),
  periode: z.enum(['BULANAN', 'TRIWULAN']).optional(),
  satuan: teks(60),
  polaritas: z.enum(['NAIK', 'TURUN']).optional(),
  sebagai_rtp: z.boolean().optional(),
  target: z.unknown(),
  ekak_renaksi_id: z.string().trim().max(60).nullish(),
  ekak_tahapan_id: z.string().trim().max(60).nullish(),
  anggaran: z.coerce.number().int().min(0).max(1e15).nullish(),
});
export const skemaUbahRenaksi = skemaBuatRenaksi.partial();

export const skemaDaftar = z.object({
  nip: z.string().trim().regex(/^\d{18}$/, 'NIP terdiri dari 18 angka').optional(),
  tahun: tahun.optional(),
  bulan: bulan.optional(),
  rhk: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

/** Multipart fields arrive as strings; JSON bodies as typed values. Both are accepted. */
export const skemaRealisasi = z.object({
  bulan: z.unknown().optional(),
  nilai: z.unknown().optional(),
  faktor_penunjang: opsiTeks(4000),
  faktor_penghambat: opsiTeks(4000),
  bukti_url: z.unknown().optional(),
  hapus_bukti: z.preprocess((x) => (x == null || x === '' ? undefined : Array.isArray(x) ? x : [x]), z.array(z.coerce.number().int().positive()).max(20).optional()),
});

export const skemaPeriksa = z.object({ umpan_balik: opsiTeks(4000) });
export const skemaPeriksaMassal = z.object({
  ids: z.array(z.string().trim().min(1).max(40)).min(1, 'pilih sekurang-kurangnya satu realisasi').max(500),
  umpan_balik: opsiTeks(4000),
});
export const skemaBukaInput = z.object({
  nip: z.string().trim().regex(/^\d{18}$/, 'NIP terdiri dari 18 angka'),
  tahun,
  bulan,
  alasan: teks(2000),
  sampai: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format tanggal YYYY-MM-DD').optional(),
});
export const skemaCapaian = z.object({ nip: z.string().trim().regex(/^\d{18}$/, 'NIP terdiri dari 18 angka').optional(), tahun: tahun.optional(), bulan: bulan.optional() });

/** The uploaded evidence files of a multipart request (field `bukti`, one or many). */
function berkasBukti(ctx: any): any[] {
  const f = ctx.request.files?.bukti;
  if (!f) {
    const lain = Object.keys(ctx.request.files ?? {});
    if (lain.length) throw new GalatMskp(400, 'BERKAS_TIDAK_DIKENAL', `Berkas dikirim pada field "${lain[0]}"; gunakan field "bukti".`, 'bukti');
    return [];
  }
  return Array.isArray(f) ? f : [f];
}

/** Thin controller of rencana aksi, realisasi and capaian: validate, call the services, answer {data}. */
export default ({ strapi }: { strapi: any }) => {
  const renaksi = () => strapi.plugin('kinerja').service('renaksi');
  const realisasi = () => strapi.plugin('kinerja').service('realisasi');
  const cakupan = () => strapi.plugin('inti').service('cakupan');
  return {
    async daftar(ctx: any) {
      ctx.body = await renaksi().daftar(ctx, urai(skemaDaftar, ctx.query));
    },
    async buat(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await renaksi().buat(ctx, ctx.params.id, urai(skemaBuatRenaksi, ctx.request.body)) };
    },
    async ubah(ctx: any) {
      ctx.body = { data: await renaksi().ubah(ctx, ctx.params.id, urai(skemaUbahRenaksi, ctx.request.body)) };
    },
    async hapus(ctx: any) {
      ctx.body = { data: await renaksi().hapus(ctx, ctx.params.id) };
    },
    async pulihkan(ctx: any) {
      ctx.body = { data: await renaksi().pulihkan(ctx, ctx.params.id) };
    },
    async isiRealisasi(ctx: any) {
      const body = urai(skemaRealisasi, ctx.request.body ?? {});
      const hasil = await realisasi().isi(ctx, ctx.params.id, body, berkasBukti(ctx));
      ctx.status = hasil.status;
      if (hasil.ulangan) ctx.set('Idempotent-Replayed', 'true');
      ctx.body = hasil.body;
    },
    async periksa(ctx: any) {
      const b = urai(skemaPeriksa, ctx.request.body ?? {});
      ctx.body = { data: (await realisasi().periksa(ctx, [ctx.params.id], b.umpan_balik ?? null))[0] };
    },
    async periksaMassal(ctx: any) {
      const b = urai(skemaPeriksaMassal, ctx.request.body ?? {});
      const data = await realisasi().periksa(ctx, b.ids, b.umpan_balik ?? null);
      ctx.body = { data, meta: { jumlah: data.length } };
    },
    async bukaInput(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await realisasi().bukaInput(ctx, urai(skemaBukaInput, ctx.request.body ?? {})) };
    },
    async capaian(ctx: any) {
      const f = urai(skemaCapaian, ctx.query);
      const aktor = await cakupan().aktor(ctx);
      const sekarang = hariIni();
      const tahun = f.tahun ?? Number(sekarang.slice(0, 4));
      const bl = f.bulan ?? Number(sekarang.slice(5, 7));
      let pegawaiId: number | null = aktor.pegawaiId;
      if (f.nip) {
        const p = await strapi.plugin('inti').service('organisasi').wajibPegawaiNip(f.nip, { select: ['id'] });
        pegawaiId = p.id;
      }
      if (pegawaiId == null) throw new GalatMskp(400, 'NIP_WAJIB', 'Sebutkan NIP pegawai.', 'nip');
      if ((await cakupan().hubungan(aktor, pegawaiId, tanggalAcuanBulan(tahun, bl), ctx.state)) == null) throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat capaian pegawai ini.', 'nip');
      ctx.body = { data: await strapi.plugin('kinerja').service('capaian').pegawai(pegawaiId, tahun, bl) };
    },
    async statistikRhk(ctx: any) {
      ctx.body = { data: await strapi.plugin('kinerja').service('statistik').rhk(ctx, urai(z.object({ tahun: tahun.optional(), kode_opd: z.string().trim().max(40).optional() }), ctx.query)) };
    },
  };
};
