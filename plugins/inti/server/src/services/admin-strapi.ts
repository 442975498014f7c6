import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
import { periksaKataSandi } from '../domain/kata-sandi';

/**
 * Strapi's own admin never opens registration: its first super-admin is created here, at bootstrap,
 * from STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD (the register-admin route is removed, rute-strapi.ts).
 * A weak or half-given configuration stops the start-up with an Indonesian message.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** 'DIBUAT' (created now), 'ADA' (a super-admin already exists) or 'TIDAK_DIATUR' (nothing configured). */
  async pastikanAdminPertama(
    env: Record<string, string | undefined> = process.env,
  ): Promise<'DIBUAT' | 'ADA' | 'TIDAK_DIATUR'> {
    const email = (env.STRAPI_ADMIN_EMAIL ?? '').trim().toLowerCase();
    const password = env.STRAPI_ADMIN_PASSWORD ?? '';
    if (!email && !password) return 'TIDAK_DIATUR';
    if (!email || !password) {
      throw new Error(
        'Konfigurasi admin Strapi tidak lengkap: isi STRAPI_ADMIN_EMAIL dan STRAPI_ADMIN_PASSWORD bersama-sama, atau kosongkan keduanya.',
      );
    }
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw new Error('STRAPI_ADMIN_EMAIL bukan alamat e-mail yang valid.');
    const salah = periksaKataSandi(password);
    if (salah) throw new Error(`STRAPI_ADMIN_PASSWORD ditolak (${salah.kode}): ${salah.pesan}`);

    const pengguna = strapi.service('admin::user');
    if (await pengguna.exists()) return 'ADA';
    const dibuat = await pengguna.createFirstAdmin({ email, password, firstname: 'Admin', lastname: 'M-SKP' });
    await layanan(strapi, 'inti', 'audit').catat({
      aksi: 'ADMIN_STRAPI_DIBUAT',
      objekTipe: 'admin-user',
      objekId: dibuat?.id ?? null,
      aktor: 'sistem',
      keterangan: email,
    });
    strapi.log.info(`Admin super Strapi pertama dibuat dari STRAPI_ADMIN_EMAIL (${email}).`);
    return 'DIBUAT';
  },
});
