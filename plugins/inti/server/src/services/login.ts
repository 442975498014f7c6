import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
import { normalisasiIdentitas, terkunciSampai, kunciPercobaan } from '../domain/login';
import { GalatMskp } from '../domain/galat';

/** What a login attempt is counted against: see kunciPercobaan. */
export interface AkunLogin {
  /** the lockout bucket, stored as riwayat_login.identifier */
  kunci: string;
  /** the identifier as typed, normalised */
  diketik: string;
  /** the account it logs into, null when none */
  userId: number | null;
}

/** Login attempts: lockout per account, last login, login history and its audit. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kebijakan = () => layanan(strapi, 'inti', 'kebijakan').nilai('keamanan-login');
  const audit = () => layanan(strapi, 'inti', 'audit');

  return {
    normalisasiIdentitas,

    /**
     * The account a (normalised) identifier logs into, found the way users-permissions' login finds it
     * (local provider; e-mail in lower case or exact username), and the lockout bucket of the attempt.
     */
    async akun(identifier: string): Promise<AkunLogin> {
      if (!identifier) return { kunci: '', diketik: '', userId: null };
      const user = await strapi.db.query('plugin::users-permissions.user').findOne({
        where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
        select: ['id', 'username'],
      });
      return {
        kunci: kunciPercobaan(identifier, user?.username ?? null),
        diketik: identifier,
        userId: user?.id ?? null,
      };
    },

    /** Throws 429 when the account is locked. Attempts refused while locked are recorded, not counted. */
    async periksaKunci(akun: AkunLogin, ip: string | null, userAgent: string | null) {
      if (!akun.kunci) return;
      const aturan = kebijakan();
      const terakhir = await strapi.db.query('plugin::inti.riwayat-login').findMany({
        where: { identifier: akun.kunci, $or: [{ alasan: { $null: true } }, { alasan: { $ne: 'TERKUNCI' } }] },
        orderBy: [{ waktu: 'desc' }, { id: 'desc' }],
        limit: aturan.maks_gagal_per_identitas,
        select: ['berhasil', 'waktu'],
      });
      const sampai = terkunciSampai(
        terakhir.map((p: { berhasil: unknown; waktu: string | Date }) => ({
          berhasil: !!p.berhasil,
          waktu: new Date(p.waktu),
        })),
        aturan,
        new Date(),
      );
      if (!sampai) return;
      await this.catatGagal(akun, ip, userAgent, 'TERKUNCI');
      const menit = Math.max(1, Math.ceil((sampai.getTime() - Date.now()) / 60_000));
      throw new GalatMskp(
        429,
        'LOGIN_TERKUNCI',
        `Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam ${menit} menit.`,
        'identifier',
        { coba_lagi_menit: menit },
      );
    },

    async catatGagal(akun: AkunLogin, ip: string | null, userAgent: string | null, alasan: string) {
      await strapi.db.query('plugin::inti.riwayat-login').create({
        data: {
          identifier: akun.kunci,
          berhasil: false,
          alasan,
          ip,
          user_agent: userAgent?.slice(0, 300) ?? null,
          waktu: new Date(),
          user: akun.userId,
        },
      });
      const keterangan = `${alasan}: ${akun.diketik}${akun.diketik !== akun.kunci ? ` (akun ${akun.kunci})` : ''}`;
      await audit().catat({
        aksi: 'LOGIN_GAGAL',
        objekTipe: 'user',
        objekId: akun.userId,
        keterangan,
        aktor: akun.kunci,
        ip,
      });
    },

    /** After a successful login: last login time and IP, history row, audit. Returns the stored time. */
    async catatBerhasil(userId: number, akun: AkunLogin, ip: string | null, userAgent: string | null): Promise<Date> {
      const waktu = new Date();
      const identifier = akun.kunci;
      await strapi.db.transaction(async () => {
        await strapi.db
          .query('plugin::users-permissions.user')
          .update({ where: { id: userId }, data: { lastLoginAt: waktu, lastLoginIp: ip } });
        await strapi.db.query('plugin::inti.riwayat-login').create({
          data: { identifier, berhasil: true, ip, user_agent: userAgent?.slice(0, 300) ?? null, waktu, user: userId },
        });
        await audit().catat({
          aksi: 'LOGIN',
          objekTipe: 'user',
          objekId: userId,
          aktorId: userId,
          aktor: identifier,
          ip,
        });
      });
      return waktu;
    },
  };
};
