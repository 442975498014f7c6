import type { Core } from '@strapi/strapi';
import { GalatMskp, hariIni, masukan, layanan } from '@m-skp/inti';
import type { z } from 'zod';
import type { skemaCapaian, skemaPeriksa, skemaPeriksaMassal, skemaStatistikRhk } from '../routes/skema/rencana-aksi';
import { tanggalAcuanBulan } from '../services/capaian';

/** The uploaded evidence files of a multipart request (field `bukti`, one or many). */
function berkasBukti(ctx: any): any[] {
  const f = ctx.request.files?.bukti;
  if (!f) {
    const lain = Object.keys(ctx.request.files ?? {});
    if (lain.length)
      throw new GalatMskp(
        400,
        'BERKAS_TIDAK_DIKENAL',
        `Berkas dikirim pada field "${lain[0]}"; gunakan field "bukti".`,
        'bukti',
      );
    return [];
  }
  return Array.isArray(f) ? f : [f];
}

/** Thin controller of rencana aksi, realisasi and capaian: read the parsed input, call the services, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const renaksi = () => layanan(strapi, 'kinerja', 'renaksi');
  const realisasi = () => layanan(strapi, 'kinerja', 'realisasi');
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  return {
    async daftar(ctx: any) {
      ctx.body = await renaksi().daftar(ctx, masukan(ctx).query);
    },
    async buat(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await renaksi().buat(ctx, ctx.params.id, masukan(ctx).body) };
    },
    async ubah(ctx: any) {
      ctx.body = { data: await renaksi().ubah(ctx, ctx.params.id, masukan(ctx).body) };
    },
    async hapus(ctx: any) {
      ctx.body = { data: await renaksi().hapus(ctx, ctx.params.id) };
    },
    async pulihkan(ctx: any) {
      ctx.body = { data: await renaksi().pulihkan(ctx, ctx.params.id) };
    },
    async isiRealisasi(ctx: any) {
      const body = masukan(ctx).body;
      const hasil = await realisasi().isi(ctx, ctx.params.id, body, berkasBukti(ctx));
      ctx.status = hasil.status;
      if (hasil.ulangan) ctx.set('Idempotent-Replayed', 'true');
      ctx.body = hasil.body;
    },
    async periksa(ctx: any) {
      const b = masukan<z.infer<typeof skemaPeriksa>>(ctx).body;
      ctx.body = { data: (await realisasi().periksa(ctx, [ctx.params.id], b.umpan_balik ?? null))[0] };
    },
    async periksaMassal(ctx: any) {
      const b = masukan<z.infer<typeof skemaPeriksaMassal>>(ctx).body;
      const data = await realisasi().periksa(ctx, b.ids, b.umpan_balik ?? null);
      ctx.body = { data, meta: { jumlah: data.length } };
    },
    async bukaInput(ctx: any) {
      ctx.status = 201;
      ctx.body = { data: await realisasi().bukaInput(ctx, masukan(ctx).body) };
    },
    async capaian(ctx: any) {
      const f = masukan<unknown, z.infer<typeof skemaCapaian>>(ctx).query;
      const aktor = await cakupan().aktor(ctx);
      const sekarang = hariIni();
      const tahun = f.tahun ?? Number(sekarang.slice(0, 4));
      const bl = f.bulan ?? Number(sekarang.slice(5, 7));
      let pegawaiId: number | null = aktor.pegawaiId;
      if (f.nip) {
        const p = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(f.nip, { select: ['id'] });
        pegawaiId = p.id;
      }
      if (pegawaiId == null) throw new GalatMskp(400, 'NIP_WAJIB', 'Sebutkan NIP pegawai.', 'nip');
      if ((await cakupan().hubungan(aktor, pegawaiId, tanggalAcuanBulan(tahun, bl), ctx.state)) == null)
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat capaian pegawai ini.', 'nip');
      ctx.body = { data: await layanan(strapi, 'kinerja', 'capaian').pegawai(pegawaiId, tahun, bl) };
    },
    async statistikRhk(ctx: any) {
      const f = masukan<unknown, z.infer<typeof skemaStatistikRhk>>(ctx).query;
      ctx.body = { data: await layanan(strapi, 'kinerja', 'statistik').rhk(await cakupan().aktor(ctx), f) };
    },
  };
};
