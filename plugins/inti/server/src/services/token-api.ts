import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
import crypto from 'crypto';
import { GalatMskp, galat, unikDilanggar } from '../domain/galat';
import type { Aktor } from '../domain/aktor';
import { AWALAN_TOKEN, adalahTokenMskp, statusToken, tokenBolehAkses, validasiIsianToken } from '../domain/token-api';

const UID = 'plugin::inti.token-api';
/** Name of the auth strategy of our tokens on the content API (ctx.state.auth.strategy.name). */
export const STRATEGI_TOKEN = 'mskp-token';
/** `terakhir_dipakai` is written at most once per this many ms per token (not on every request). */
const JEDA_CATAT_PAKAI = 60_000;

/** What the strategy puts in ctx.state.auth.credentials for a token request. */
export interface KredensialToken {
  id: number;
  documentId: string;
  nama: string;
  cakupan: string[];
  kodeOpd: string | null;
  /** the OPD of kodeOpd, or null when the token has none or the OPD no longer exists */
  opdId: number | null;
}

/** A stored token row (the hash is never shown). */
export interface BarisTokenApi {
  id: number;
  documentId: string;
  nama: string;
  cakupan: unknown;
  kode_opd?: string | null;
  berlaku_sampai?: string | null;
  dibuat_oleh?: string | null;
  createdAt?: string | Date | null;
  updatedAt?: string | Date | null;
  diputar_pada?: string | Date | null;
  terakhir_dipakai?: string | Date | null;
  dicabut_pada?: string | Date | null;
  dicabut_oleh?: string | null;
}

/** A token row as the panel shows it: never the secret, never its hash. */
export const barisToken = (t: BarisTokenApi) => ({
  id: t.documentId,
  nama: t.nama,
  cakupan: Array.isArray(t.cakupan) ? (t.cakupan as string[]) : [],
  kode_opd: t.kode_opd ?? null,
  berlaku_sampai: t.berlaku_sampai ?? null,
  dibuat_oleh: t.dibuat_oleh ?? null,
  dibuat_pada: t.createdAt ?? null,
  diputar_pada: t.diputar_pada ?? null,
  terakhir_dipakai: t.terakhir_dipakai ?? null,
  dicabut_pada: t.dicabut_pada ?? null,
  dicabut_oleh: t.dicabut_oleh ?? null,
  status: statusToken(t),
  updatedAt: t.updatedAt ?? null,
});

/** The request as the auth strategy reads it: its Authorization header. */
export interface PermintaanToken {
  request?: { header?: { authorization?: unknown } };
}

const bearer = (ctx: PermintaanToken | null | undefined): string | null => {
  const h = ctx?.request?.header?.authorization;
  if (typeof h !== 'string') return null;
  const [jenis, nilai, ...lain] = h.trim().split(/\s+/);
  return jenis?.toLowerCase() === 'bearer' && nilai && lain.length === 0 ? nilai : null;
};

/**
 * API tokens of external systems: create (the secret is returned once), rotate, revoke, and the
 * content-API auth strategy that accepts them. The secret is `mskp_` + 32 random bytes (base64url);
 * the database keeps only HMAC-SHA256(API_TOKEN_SALT, secret), looked up by that keyed hash, so neither a
 * database copy nor response timing gives a usable token.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = () => layanan(strapi, 'inti', 'audit');
  const q = () => strapi.db.query(UID);

  const garam = (): string => {
    const s = process.env.API_TOKEN_SALT || strapi.config.get('admin.apiToken.salt');
    if (!s) throw new Error('API_TOKEN_SALT belum diisi: token API tidak dapat dibuat atau diperiksa.');
    return String(s);
  };
  const hash = (rahasia: string) => crypto.createHmac('sha256', garam()).update(rahasia).digest('hex');
  const rahasiaBaru = () => AWALAN_TOKEN + crypto.randomBytes(32).toString('base64url');

  async function muat(documentId: string): Promise<BarisTokenApi> {
    const t = await q().findOne({ where: { documentId: String(documentId) } });
    if (!t) throw galat.tidakAda(`Token API dengan id "${documentId}" tidak ditemukan.`);
    return t;
  }

  return {
    hash,

    /** Creates a token; the answer carries the secret, which is never readable again. One transaction with its audit. */
    async buat(aktor: Aktor, body: unknown) {
      const isian = validasiIsianToken(body);
      if (
        isian.kode_opd &&
        !(await strapi.db.query('plugin::inti.opd').findOne({ where: { kode_opd: isian.kode_opd }, select: ['id'] }))
      ) {
        throw new GalatMskp(
          400,
          'OPD_TIDAK_DIKENAL',
          `OPD dengan kode "${isian.kode_opd}" tidak ditemukan.`,
          'kode_opd',
        );
      }
      if (await q().findOne({ where: { nama: isian.nama }, select: ['id'] })) {
        throw new GalatMskp(
          400,
          'NAMA_GANDA',
          `Nama token "${isian.nama}" sudah dipakai (termasuk token yang sudah dicabut).`,
          'nama',
        );
      }
      const rahasia = rahasiaBaru();
      const pelaku = audit().dariAktor(aktor);
      try {
        const t = await strapi.db.transaction(async () => {
          const baru = await q().create({ data: { ...isian, hash: hash(rahasia), dibuat_oleh: pelaku.aktor } });
          await audit().catat({
            ...pelaku,
            aksi: 'TOKEN_API_DIBUAT',
            objekTipe: 'token-api',
            objekId: baru.documentId,
            sesudah: isian,
          });
          return baru;
        });
        return { ...barisToken(t), token: rahasia };
      } catch (e) {
        if (unikDilanggar(e))
          throw new GalatMskp(400, 'NAMA_GANDA', `Nama token "${isian.nama}" sudah dipakai.`, 'nama');
        throw e;
      }
    },

    /** Rotates the secret: the new one is returned once, the old one stops working at once. */
    async putar(aktor: Aktor, documentId: string) {
      const lama = await muat(documentId);
      if (lama.dicabut_pada)
        throw galat.konflik('TOKEN_DICABUT', 'Token yang sudah dicabut tidak dapat dibuat ulang; buat token baru.');
      const rahasia = rahasiaBaru();
      const t = await strapi.db.transaction(async () => {
        const baru = await q().update({
          where: { id: lama.id },
          data: { hash: hash(rahasia), diputar_pada: new Date() },
        });
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'TOKEN_API_DIPUTAR',
          objekTipe: 'token-api',
          objekId: lama.documentId,
          keterangan: lama.nama,
        });
        return baru;
      });
      return { ...barisToken(t), token: rahasia };
    },

    /** Revokes a token (kept in the list as DICABUT); its next request gets 401. */
    async cabut(aktor: Aktor, documentId: string) {
      const lama = await muat(documentId);
      if (lama.dicabut_pada) return barisToken(lama);
      const pelaku = audit().dariAktor(aktor);
      const t = await strapi.db.transaction(async () => {
        const baru = await q().update({
          where: { id: lama.id },
          data: { dicabut_pada: new Date(), dicabut_oleh: pelaku.aktor },
        });
        await audit().catat({
          ...pelaku,
          aksi: 'TOKEN_API_DICABUT',
          objekTipe: 'token-api',
          objekId: lama.documentId,
          sebelum: barisToken(lama),
          keterangan: lama.nama,
        });
        return baru;
      });
      return barisToken(t);
    },

    /**
     * The content-API auth strategy. A bearer without our prefix is not ours (a JWT: users-permissions
     * decides) and costs no query. An unknown, revoked or expired token is a 401 with its code.
     * `verify` lets a token call only the routes its scopes open (domain/token-api.ts RUTE_TOKEN): 403 otherwise.
     */
    strategi() {
      return {
        name: STRATEGI_TOKEN,
        authenticate: async (ctx: PermintaanToken) => {
          const rahasia = bearer(ctx);
          if (!adalahTokenMskp(rahasia)) return { authenticated: false };
          const t = await q().findOne({
            where: { hash: hash(rahasia) },
            select: [
              'id',
              'documentId',
              'nama',
              'cakupan',
              'kode_opd',
              'berlaku_sampai',
              'dicabut_pada',
              'terakhir_dipakai',
            ],
          });
          if (!t) throw new GalatMskp(401, 'TOKEN_TIDAK_DIKENAL', 'Token API tidak dikenal.');
          const status = statusToken(t);
          if (status === 'DICABUT') throw new GalatMskp(401, 'TOKEN_DICABUT', 'Token API ini sudah dicabut.');
          if (status === 'KEDALUWARSA')
            throw new GalatMskp(
              401,
              'TOKEN_KEDALUWARSA',
              `Token API ini berlaku sampai ${t.berlaku_sampai} dan sudah kedaluwarsa.`,
            );
          const opd = t.kode_opd
            ? await strapi.db.query('plugin::inti.opd').findOne({ where: { kode_opd: t.kode_opd }, select: ['id'] })
            : null;
          const sekarang = new Date();
          if (!t.terakhir_dipakai || sekarang.getTime() - new Date(t.terakhir_dipakai).getTime() >= JEDA_CATAT_PAKAI) {
            await q().update({ where: { id: t.id }, data: { terakhir_dipakai: sekarang } });
          }
          const credentials: KredensialToken = {
            id: t.id,
            documentId: t.documentId,
            nama: t.nama,
            cakupan: Array.isArray(t.cakupan) ? t.cakupan : [],
            kodeOpd: t.kode_opd ?? null,
            opdId: opd?.id ?? null,
          };
          return { authenticated: true, credentials };
        },
        verify: (
          auth: { credentials?: { cakupan?: string[] } } | undefined,
          config: { scope?: string[] | string } | undefined,
        ) => {
          if (!tokenBolehAkses(auth?.credentials?.cakupan, config?.scope)) {
            throw new GalatMskp(403, 'CAKUPAN_TOKEN_KURANG', 'Cakupan token API ini tidak mencakup layanan tersebut.');
          }
        },
      };
    },
  };
};
