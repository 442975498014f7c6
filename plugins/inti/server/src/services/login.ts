import { normalisasiIdentitas, terkunciSampai } from '../domain/login';
import { GalatMskp } from '../domain/galat';

/** Login attempts: lockout per identifier, last login, login history and its audit. */
export default ({ strapi }: { strapi: any }) => {
  const kebijakan = () => strapi.plugin('inti').service('kebijakan').nilai('keamanan-login');
  const audit = () => strapi.plugin('inti').service('audit');

  return {
    normalisasiIdentitas,

    /** Throws 429 when the identifier is locked. Attempts refused while locked are recorded, not counted. */
    async periksaKunci(identifier: string, ip: string | null, userAgent: string | null) {
      if (!identifier) return;
      const aturan = kebijakan();
      const terakhir = await strapi.db.query('plugin::inti.riwayat-login').findMany({
        where: { identifier, $or: [{ alasan: { $null: true } }, { alasan: { $ne: 'TERKUNCI' } }] },
        orderBy: [{ waktu: 'desc' }, { id: 'desc' }],
        limit: aturan.maks_gagal_per_identitas,
        select: ['berhasil', 'waktu'],
      });
      const sampai = terkunciSampai(
        terakhir.map((p: any) => ({ berhasil: !!p.berhasil, waktu: new Date(p.waktu) })),
        aturan,
        new Date()
      );
      if (!sampai) return;
      await this.catatGagal(identifier, ip, userAgent, 'TERKUNCI');
      const menit = Math.max(1, Math.ceil((sampai.getTime() - Date.now()) / 60_000));
      throw new GalatMskp(
        429,
        'LOGIN_TERKUNCI',
        `Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam ${menit} menit.`,
        'identifier',
        { coba_lagi_menit: menit }
      );
    },

    async catatGagal(identifier: string, ip: string | null, userAgent: string | null, alasan: string) {
      const user = identifier
        ? await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: identifier }, select: ['id'] })
        : null;
      await strapi.db.query('plugin::inti.riwayat-login').create({
        data: { identifier: identifier.slice(0, 100), berhasil: false, alasan, ip, user_agent: userAgent?.slice(0, 300) ?? null, waktu: new Date(), user: user?.id ?? null },
      });
      await audit().catat({ aksi: 'LOGIN_GAGAL', objekTipe: 'user', objekId: user?.id ?? null, keterangan: `${alasan}: ${identifier}`, aktor: identifier.slice(0, 100), ip });
    },

    /** After a successful login: last login time and IP, history row, audit. Returns the stored time. */
    async catatBerhasil(userId: number, identifier: string, ip: string | null, userAgent: string | null): Promise<Date> {
      const waktu = new Date();
      await strapi.db.transaction(async () => {
        await strapi.db.query('plugin::users-permissions.user').update({ where: { id: userId }, data: { lastLoginAt: waktu, lastLoginIp: ip } });
        await strapi.db.query('plugin::inti.riwayat-login').create({
          data: { identifier, berhasil: true, ip, user_agent: userAgent?.slice(0, 300) ?? null, waktu, user: userId },
        });
        await audit().catat({ aksi: 'LOGIN', objekTipe: 'user', objekId: userId, aktorId: userId, aktor: identifier, ip });
      });
      return waktu;
    },
  };
};
