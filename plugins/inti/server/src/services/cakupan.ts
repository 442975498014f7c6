import { jangkauanPeran, bolehKelolaDataInduk, adalahTokenApi, type Hubungan, type Jangkauan } from '../domain/peran';
import { hariIni } from '../domain/tanggal';
import { galat } from '../domain/galat';

export interface Aktor {
  userId: number | null;
  username: string | null;
  peran: string | null;
  jangkauan: Jangkauan;
  pegawaiId: number | null;
  opdId: number | null;
  /** API token name when the caller is an external system. */
  token: string | null;
}

/**
 * THE scope service: the one place that decides what a caller may see and do, at a date.
 * Every panel list, record read, workflow action, export and external endpoint asks it.
 * It fails closed: an unknown role, a missing user or an error means no access.
 */
export default ({ strapi }: { strapi: any }) => {
  const organisasi = () => strapi.plugin('inti').service('organisasi');
  const cacheBawahan = (ctxState: any) => (ctxState.__bawahan ??= new Map<string, number[]>());

  return {
    /** Builds (once per request) the actor of a request from Strapi's auth state. */
    async aktor(ctx: any): Promise<Aktor> {
      if (ctx.state.aktor) return ctx.state.aktor;
      const auth = ctx.state.auth;
      let aktor: Aktor = { userId: null, username: null, peran: null, jangkauan: 'TIDAK_ADA', pegawaiId: null, opdId: null, token: null };
      if (adalahTokenApi(auth)) {
        // An external system. Which endpoints it may call is the token's permission list (Strapi);
        // which pegawai it reaches is every pegawai, or one OPD when the token's description holds
        // "opd:<kode_opd>" (set in Settings → API Tokens).
        const kode = /(?:^|\s)opd:(\S+)/.exec(String(auth.credentials?.description ?? ''))?.[1] ?? null;
        const opd = kode ? await strapi.db.query('plugin::inti.opd').findOne({ where: { kode_opd: kode }, select: ['id'] }) : null;
        aktor = { ...aktor, peran: 'token', token: auth.credentials?.name ?? 'token', jangkauan: kode ? (opd ? 'OPD' : 'TIDAK_ADA') : 'SEMUA', opdId: opd?.id ?? null };
      } else if (ctx.state.user?.id) {
        const u = await strapi.db.query('plugin::users-permissions.user').findOne({
          where: { id: ctx.state.user.id },
          select: ['id', 'username', 'blocked'],
          populate: { role: { select: ['type'] }, pegawai: { select: ['id', 'status'], populate: { opd: { select: ['id'] } } } },
        });
        if (u && !u.blocked) {
          const peran = u.role?.type ?? null;
          aktor = {
            userId: u.id,
            username: u.username,
            peran,
            jangkauan: jangkauanPeran(peran),
            pegawaiId: u.pegawai?.id ?? null,
            opdId: u.pegawai?.opd?.id ?? null,
            token: null,
          };
        }
      }
      ctx.state.aktor = aktor;
      return aktor;
    },

    /** Subordinates of the actor's pegawai at the date (cached per request). */
    async bawahan(aktor: Aktor, tanggal: string, state: any = {}): Promise<number[]> {
      if (!aktor.pegawaiId) return [];
      const cache = cacheBawahan(state);
      if (!cache.has(tanggal)) cache.set(tanggal, await organisasi().bawahanPada(aktor.pegawaiId, tanggal));
      return cache.get(tanggal);
    },

    /** A filter on plugin::inti.pegawai (query engine and Document Service syntax) of what the actor may see. */
    async filterPegawai(aktor: Aktor, tanggal: string = hariIni(), state: any = {}): Promise<Record<string, unknown>> {
      switch (aktor.jangkauan) {
        case 'SEMUA':
          return {};
        case 'OPD': {
          const tim = [aktor.pegawaiId, ...(await this.bawahan(aktor, tanggal, state))].filter((x) => x != null);
          const atas: any[] = [{ id: { $in: tim } }];
          if (aktor.opdId) atas.push({ opd: { id: aktor.opdId } });
          return { $or: atas };
        }
        case 'BAWAHAN': {
          const tim = [aktor.pegawaiId, ...(await this.bawahan(aktor, tanggal, state))].filter((x) => x != null);
          return { id: { $in: tim } };
        }
        default:
          return { id: { $in: [] } };
      }
    },

    /** How the actor relates to a pegawai at the date, or null (no right to see). */
    async hubungan(aktor: Aktor, pegawaiId: number, tanggal: string = hariIni(), state: any = {}): Promise<Hubungan | null> {
      if (aktor.jangkauan === 'TIDAK_ADA') return null;
      if (aktor.pegawaiId != null && aktor.pegawaiId === pegawaiId) return 'DIRI';
      if (aktor.pegawaiId != null) {
        const penilai = await organisasi().penilaiPegawai(pegawaiId, tanggal);
        if (penilai && Number(penilai.pegawaiId) === aktor.pegawaiId) return 'PENILAI';
        if ((await this.bawahan(aktor, tanggal, state)).includes(pegawaiId)) return 'ATASAN';
      }
      if (aktor.jangkauan === 'SEMUA') return 'SEMUA';
      if (aktor.jangkauan === 'OPD' && aktor.opdId != null) {
        const p = await strapi.db.query('plugin::inti.pegawai').findOne({ where: { id: pegawaiId }, select: ['id'], populate: { opd: { select: ['id'] } } });
        if (p?.opd?.id === aktor.opdId) return 'OPD';
      }
      return null;
    },

    async bolehLihatPegawai(aktor: Aktor, pegawaiId: number, tanggal?: string, state?: any): Promise<boolean> {
      return (await this.hubungan(aktor, pegawaiId, tanggal, state)) != null;
    },

    /** Master data writes (OPD, jabatan, pegawai, penugasan, users). */
    bolehKelolaDataInduk(aktor: Aktor): boolean {
      return bolehKelolaDataInduk(aktor.peran);
    },

    wajibKelolaDataInduk(aktor: Aktor) {
      if (!this.bolehKelolaDataInduk(aktor)) throw galat.dilarang('Hanya Admin BKPSDM yang boleh mengubah data induk kepegawaian.');
    },
  };
};
