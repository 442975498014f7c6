import type { Core } from '@strapi/strapi';
import { GalatMskp, hariIni, masukan, layanan } from '@m-skp/inti';
import type { z } from 'zod';
import type { skemaCapaian, skemaPeriksa, skemaPeriksaMassal, skemaStatistikRhk } from '../routes/skema/rencana-aksi';
import { tanggalAcuanBulan } from '../services/capaian';
import type { BerkasMasuk } from '../services/bukti';
import type { FilterDaftar, RenaksiIsian } from '../services/renaksi';
import type { IsianBukaInput, RealisasiIsian } from '../services/realisasi';
import { berkasMultipart, type KonteksPermintaan } from './konteks';

/** The uploaded evidence files of a multipart request (field `bukti`, one or many). */
function berkasBukti(ctx: KonteksPermintaan): BerkasMasuk[] {
  const semua = berkasMultipart(ctx);
  const f = semua.bukti;
  if (!f) {
    const lain = Object.keys(semua);
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

/** Thin controller of rencana aksi, realisasi and capaian: build the actor and the parsed input, call the services, answer {data}. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const renaksi = () => layanan(strapi, 'kinerja', 'renaksi');
  const realisasi = () => layanan(strapi, 'kinerja', 'realisasi');
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const aktor = (ctx: KonteksPermintaan) => cakupan().aktor(ctx);
  return {
    async daftar(ctx: KonteksPermintaan) {
      ctx.body = await renaksi().daftar(await aktor(ctx), masukan<unknown, FilterDaftar>(ctx).query);
    },
    async buat(ctx: KonteksPermintaan) {
      const data = await renaksi().buat(await aktor(ctx), ctx.params.id, masukan<RenaksiIsian>(ctx).body);
      ctx.status = 201;
      ctx.body = { data };
    },
    async ubah(ctx: KonteksPermintaan) {
      ctx.body = { data: await renaksi().ubah(await aktor(ctx), ctx.params.id, masukan<RenaksiIsian>(ctx).body) };
    },
    async hapus(ctx: KonteksPermintaan) {
      ctx.body = { data: await renaksi().hapus(await aktor(ctx), ctx.params.id) };
    },
    async pulihkan(ctx: KonteksPermintaan) {
      ctx.body = { data: await renaksi().pulihkan(await aktor(ctx), ctx.params.id) };
    },
    async isiRealisasi(ctx: KonteksPermintaan) {
      const body = masukan<RealisasiIsian>(ctx).body;
      const hasil = await realisasi().isi(await aktor(ctx), ctx.params.id, body, {
        berkas: berkasBukti(ctx),
        kunciIdempotensi: ctx.get('idempotency-key'),
      });
      ctx.status = hasil.status;
      if (hasil.ulangan) ctx.set('Idempotent-Replayed', 'true');
      ctx.body = hasil.body;
    },
    async periksa(ctx: KonteksPermintaan) {
      const b = masukan<z.infer<typeof skemaPeriksa>>(ctx).body;
      ctx.body = { data: (await realisasi().periksa(await aktor(ctx), [ctx.params.id], b.umpan_balik ?? null))[0] };
    },
    async periksaMassal(ctx: KonteksPermintaan) {
      const b = masukan<z.infer<typeof skemaPeriksaMassal>>(ctx).body;
      const data = await realisasi().periksa(await aktor(ctx), b.ids, b.umpan_balik ?? null);
      ctx.body = { data, meta: { jumlah: data.length } };
    },
    async bukaInput(ctx: KonteksPermintaan) {
      const data = await realisasi().bukaInput(await aktor(ctx), masukan<IsianBukaInput>(ctx).body);
      ctx.status = 201;
      ctx.body = { data };
    },
    async capaian(ctx: KonteksPermintaan) {
      const f = masukan<unknown, z.infer<typeof skemaCapaian>>(ctx).query;
      const a = await aktor(ctx);
      const sekarang = hariIni();
      const tahun = f.tahun ?? Number(sekarang.slice(0, 4));
      const bl = f.bulan ?? Number(sekarang.slice(5, 7));
      let pegawaiId: number | null = a.pegawaiId;
      if (f.nip) {
        const p = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(f.nip, { select: ['id'] });
        pegawaiId = p.id;
      }
      if (pegawaiId == null) throw new GalatMskp(400, 'NIP_WAJIB', 'Sebutkan NIP pegawai.', 'nip');
      if ((await cakupan().hubungan(a, pegawaiId, tanggalAcuanBulan(tahun, bl))) == null)
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat capaian pegawai ini.', 'nip');
      ctx.body = { data: await layanan(strapi, 'kinerja', 'capaian').pegawai(pegawaiId, tahun, bl) };
    },
    async statistikRhk(ctx: KonteksPermintaan) {
      const f = masukan<unknown, z.infer<typeof skemaStatistikRhk>>(ctx).query;
      ctx.body = { data: await layanan(strapi, 'kinerja', 'statistik').rhk(await aktor(ctx), f) };
    },
  };
};
