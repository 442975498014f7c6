import type { Core } from '@strapi/strapi';
import crypto from 'crypto';

const UID = 'plugin::inti.kunci-tugas';

/**
 * Database lock of scheduled jobs: `jalankan(nama, detik, fn)` runs fn only when this instance holds
 * the lease of `nama` (insert of the unique row, or take-over of an expired lease by a conditional
 * update), and releases it afterwards. Never call it inside a transaction (a failed insert would
 * abort it on PostgreSQL).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(UID);
  return {
    /** Takes the lease for `detik` seconds; returns the holder token, or null when another instance holds it. */
    async ambil(nama: string, detik: number): Promise<string | null> {
      const token = crypto.randomBytes(12).toString('hex');
      const sekarang = new Date();
      const sampai = new Date(sekarang.getTime() + detik * 1000);
      const ada = await q().findOne({ where: { nama }, select: ['id'] });
      if (!ada) {
        try {
          await q().create({ data: { nama, pemilik: token, diambil_pada: sekarang, berlaku_sampai: sampai } });
          return token;
        } catch {
          // created meanwhile by another instance: fall through to the take-over
        }
      }
      const r = await q().updateMany({
        where: { nama, $or: [{ berlaku_sampai: { $lt: sekarang } }, { berlaku_sampai: { $null: true } }] },
        data: { pemilik: token, diambil_pada: sekarang, berlaku_sampai: sampai },
      });
      return r?.count ? token : null;
    },

    /** Releases the lease (only when still held by this token; no expiry = free) and records the run's outcome. */
    async lepas(nama: string, token: string, hasil?: unknown) {
      await q().updateMany({
        where: { nama, pemilik: token },
        data: { pemilik: null, berlaku_sampai: null, hasil_terakhir: hasil ?? null },
      });
    },

    /** Runs fn under the lease; {dijalankan:false} when another instance holds it. */
    async jalankan<T>(nama: string, detik: number, fn: () => Promise<T>): Promise<{ dijalankan: boolean; hasil?: T }> {
      const token = await this.ambil(nama, detik);
      if (!token) return { dijalankan: false };
      const mulai = new Date();
      try {
        const hasil = await fn();
        await this.lepas(nama, token, { mulai, selesai: new Date(), ok: true });
        return { dijalankan: true, hasil };
      } catch (e) {
        const pesan = String((e as { message?: unknown } | null)?.message ?? e).slice(0, 500);
        await this.lepas(nama, token, { mulai, selesai: new Date(), ok: false, pesan });
        throw e;
      }
    },
  };
};
