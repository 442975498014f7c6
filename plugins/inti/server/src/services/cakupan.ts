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

  /**
   * The user row users-permissions put on this request (ctx.state.user, also ctx.state.auth.credentials,
   * read with its role in the same request), or null when the ctx does not come from that strategy or the
   * row lacks what the actor needs (then it is read from the database).
   */
  const dariUsersPermissions = (ctx: any): { id: number; username: string | null; blocked: boolean; role: { type: string } | null } | null => {
    const u = ctx.state.user;
    const auth = ctx.state.auth;
    if (auth?.strategy?.name !== 'users-permissions' || auth.credentials !== u) return null;
    if (typeof u?.id !== 'number' || typeof u.role?.type !== 'string' || !('blocked' in u)) return null;
    return u;
  };

  const bacaPengguna = (id: unknown) =>
    strapi.db.query('plugin::users-permissions.user').findOne({ where: { id }, select: ['id', 'username', 'blocked'], populate: { role: { select: ['type'] } } });

  /** The pegawai linked to a user and that pegawai's OPD, in one joined read over the link tables. */
  const pegawaiDariUser = async (userId: number): Promise<{ pegawaiId: number; opdId: number | null } | null> => {
    const meta = strapi.db.metadata.get('plugin::inti.pegawai');
    const lu = meta.attributes.user.joinTable;
    const lo = meta.attributes.opd.joinTable;
    const qb = strapi.db
      .connection(`${meta.tableName} as p`)
      .join(`${lu.name} as lu`, `lu.${lu.joinColumn.name}`, 'p.id')
      .leftJoin(`${lo.name} as lo`, `lo.${lo.joinColumn.name}`, 'p.id')
      .where(`lu.${lu.inverseJoinColumn.name}`, userId)
      .select('p.id as pid', `lo.${lo.inverseJoinColumn.name} as oid`)
      .orderBy('p.id')
      .first();
    // inside a caller's transaction read through it (one SQLite connection: the pool would wait forever)
    if (strapi.db.inTransaction()) qb.transacting((await strapi.db.transaction()).get());
    const r = await qb;
    return r ? { pegawaiId: Number(r.pid), opdId: r.oid == null ? null : Number(r.oid) } : null;
  };

  return {
    /**
     * Builds (once per request, kept on ctx.state.aktor) the actor of a request from Strapi's auth state.
     * users-permissions has already loaded the user with its role on this request (fetchAuthenticatedUser,
     * after refusing blocked users), so for its requests that row is used as is: a block or a role change
     * still takes effect on the next request because Strapi reads the user afresh every time. Only the
     * pegawai link and its OPD are read here (one joined query). A ctx without that state (jobs, tests
     * calling the service directly) falls back to reading the user and role from the database.
     */
    async aktor(ctx: any): Promise<Aktor> {
      if (ctx.state.aktor) return ctx.state.aktor;
      const auth = ctx.state.auth;
      let aktor: Aktor = { userId: null, username: null, peran: null, jangkauan: 'TIDAK_ADA', pegawaiId: null, opdId: null, token: null };
      if (adalahTokenApi(auth)) {
        // An external system with a panel API token (services/token-api.ts). Which endpoints it may call is
        // its scope list (checked by the auth strategy); which pegawai it reaches is every pegawai, or one
        // OPD when the token has kode_opd (nothing when that OPD no longer exists).
        const c = auth.credentials ?? {};
        const jangkauan: Jangkauan = c.kodeOpd ? (c.opdId != null ? 'OPD' : 'TIDAK_ADA') : 'SEMUA';
        aktor = { ...aktor, peran: 'token', token: String(c.nama ?? 'token'), jangkauan, opdId: c.kodeOpd ? (c.opdId ?? null) : null };
      } else if (auth?.strategy && auth.strategy.name !== 'users-permissions') {
        // another strategy (e.g. the admin panel's): its ctx.state.user is not a users-permissions user
      } else if (ctx.state.user?.id) {
        const u = dariUsersPermissions(ctx) ?? (await bacaPengguna(ctx.state.user.id));
        if (u && !u.blocked) {
          const peran = u.role?.type ?? null;
          const tautan = await pegawaiDariUser(u.id);
          aktor = {
            userId: u.id,
            username: u.username ?? null,
            peran,
            jangkauan: jangkauanPeran(peran),
            pegawaiId: tautan?.pegawaiId ?? null,
            opdId: tautan?.opdId ?? null,
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
