import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
import {
  jangkauanPeran,
  bolehKelolaDataInduk,
  bolehRanahPeran,
  adalahTokenApi,
  type Hubungan,
  type Jangkauan,
  type Ranah,
} from '../domain/peran';
import { hariIni, tanggalAcuanBulan } from '../domain/tanggal';
import { galat } from '../domain/galat';
import { PERAN_SISTEM, type Aktor } from '../domain/aktor';
import { tabelTautan } from '../strapi-tipe';
import type { KredensialToken } from './token-api';

export type { Aktor };

const BULAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const PESAN_RANAH: Record<Ranah, string> = {
  kinerja:
    'Peran Anda tidak mencakup data kinerja pegawai (SKP, rencana aksi, realisasi, bukti dukung, capaian, evaluasi, cetakan kinerja).',
  tpp: 'Peran Anda tidak mencakup data TPP dan presensi.',
  dpa: 'Peran Anda tidak mencakup DPA dan Perjanjian Kinerja.',
  induk: 'Peran Anda tidak mencakup data induk kepegawaian.',
};

/**
 * THE scope service: the one place that decides what a caller may see and do, at a date.
 * Every panel list, record read, workflow action, export and external endpoint asks it.
 * It fails closed: an unknown role, a missing user or an error means no access.
 * Three questions: which data areas the role reaches (`bolehRanah`, peran.ts RANAH_PERAN), which pegawai
 * at a date (`filterPegawai`, `hubungan`), and for monthly data the one date rule: a month's data belongs to
 * whoever relates to the pegawai at the month's reference date (`tanggalAcuanBulan`), so a penilai sees the
 * months he was penilai for and not the others (`filterPerBulan`, `bulanTerlihat`).
 */
/** The per-request answers of the scope service, kept beside the actor (or in a state object a caller passes). */
export interface MemoCakupan {
  __bawahan?: Map<string, number[]>;
  __opdPegawai?: Map<number, number | null>;
}

/** A user row as users-permissions loads it on a request, or as read here: id, name, block flag and role. */
export interface PenggunaMasuk {
  id: number;
  username: string | null;
  blocked: boolean;
  role: { type: string } | null;
}

/** What an actor is built from: Strapi's auth state on a request (or a stand-in carrying a built actor). */
export interface PermintaanMasuk {
  state: {
    aktor?: Aktor;
    user?: { id?: number; username?: string | null; blocked?: boolean; role?: { type?: string } | null } | null;
    auth?: { strategy?: { name?: string }; credentials?: unknown } | null;
  };
  request?: { ip?: string | null };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const organisasi = () => layanan(strapi, 'inti', 'organisasi');
  /**
   * Per-request memo of the scope answers, kept beside the actor (an actor is built once per request), so the
   * services pass the actor alone. A caller may still pass its own state object.
   */
  const memo = new WeakMap<Aktor, MemoCakupan>();
  const memoAktor = (a: Aktor) => {
    let m = memo.get(a);
    if (!m) memo.set(a, (m = {}));
    return m;
  };
  const cacheBawahan = (m: MemoCakupan) => (m.__bawahan ??= new Map<string, number[]>());
  const cacheOpd = (m: MemoCakupan) => (m.__opdPegawai ??= new Map<number, number | null>());

  /**
   * The user row users-permissions put on this request (ctx.state.user, also ctx.state.auth.credentials,
   * read with its role in the same request), or null when the ctx does not come from that strategy or the
   * row lacks what the actor needs (then it is read from the database).
   */
  const dariUsersPermissions = (ctx: PermintaanMasuk): PenggunaMasuk | null => {
    const u = ctx.state.user;
    const auth = ctx.state.auth;
    if (auth?.strategy?.name !== 'users-permissions' || auth.credentials !== u) return null;
    if (typeof u?.id !== 'number' || typeof u.role?.type !== 'string' || !('blocked' in u)) return null;
    return u as PenggunaMasuk;
  };

  const bacaPengguna = (id: unknown): Promise<PenggunaMasuk | null> =>
    strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { id }, select: ['id', 'username', 'blocked'], populate: { role: { select: ['type'] } } });

  /** The pegawai linked to a user and that pegawai's OPD, in one joined read over the link tables. */
  const pegawaiDariUser = async (userId: number): Promise<{ pegawaiId: number; opdId: number | null } | null> => {
    const meta = strapi.db.metadata.get('plugin::inti.pegawai');
    const lu = tabelTautan(strapi, 'plugin::inti.pegawai', 'user');
    const lo = tabelTautan(strapi, 'plugin::inti.pegawai', 'opd');
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
    async aktor(ctx: PermintaanMasuk): Promise<Aktor> {
      if (ctx.state.aktor) return ctx.state.aktor;
      const auth = ctx.state.auth;
      let aktor: Aktor = {
        userId: null,
        username: null,
        peran: null,
        jangkauan: 'TIDAK_ADA',
        pegawaiId: null,
        opdId: null,
        token: null,
        ip: ctx.request?.ip ?? null,
      };
      if (adalahTokenApi(auth)) {
        // An external system with a panel API token (services/token-api.ts). Which endpoints it may call is
        // its scope list (checked by the auth strategy); which pegawai it reaches is every pegawai, or one
        // OPD when the token has kode_opd (nothing when that OPD no longer exists).
        const c = (auth?.credentials ?? {}) as Partial<KredensialToken>;
        const jangkauan: Jangkauan = c.kodeOpd ? (c.opdId != null ? 'OPD' : 'TIDAK_ADA') : 'SEMUA';
        aktor = {
          ...aktor,
          peran: 'token',
          token: String(c.nama ?? 'token'),
          tokenId: typeof c.id === 'number' ? c.id : null,
          jangkauan,
          opdId: c.kodeOpd ? (c.opdId ?? null) : null,
        };
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
            ip: aktor.ip,
          };
        }
      }
      ctx.state.aktor = aktor;
      return aktor;
    },

    /** Subordinates of the actor's pegawai at the date (cached per request). */
    async bawahan(aktor: Aktor, tanggal: string, state: MemoCakupan = memoAktor(aktor)): Promise<number[]> {
      if (!aktor.pegawaiId) return [];
      const cache = cacheBawahan(state);
      if (!cache.has(tanggal)) cache.set(tanggal, await organisasi().bawahanPada(aktor.pegawaiId, tanggal));
      return cache.get(tanggal) ?? [];
    },

    /** Fills the per-request cache of `bawahan` for several dates with one batch read. */
    async bawahanPadaTanggal(aktor: Aktor, tanggal: string[], state: MemoCakupan = memoAktor(aktor)): Promise<void> {
      if (!aktor.pegawaiId) return;
      const cache = cacheBawahan(state);
      const kurang = [...new Set(tanggal)].filter((t) => !cache.has(t));
      if (!kurang.length) return;
      for (const [t, ids] of await organisasi().bawahanPadaTanggal(aktor.pegawaiId, kurang)) cache.set(t, ids);
    },

    /** A filter on plugin::inti.pegawai (query engine and Document Service syntax) of what the actor may see. */
    async filterPegawai(
      aktor: Aktor,
      tanggal: string = hariIni(),
      state: MemoCakupan = memoAktor(aktor),
    ): Promise<Record<string, unknown>> {
      switch (aktor.jangkauan) {
        case 'SEMUA':
          return {};
        case 'OPD': {
          const tim = [aktor.pegawaiId, ...(await this.bawahan(aktor, tanggal, state))].filter((x) => x != null);
          const atas: Record<string, unknown>[] = [{ id: { $in: tim } }];
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

    /**
     * A filter on rows of monthly data (realisasi, evaluations, renaksi...) of the given years: each month's
     * rows are scoped by `filterPegawai` at that month's reference date. `baris(tahun, bulan[], pegawai)`
     * builds the row filter of one year and the months sharing the same pegawai filter. A role that sees
     * everyone gets {} (every row; `tahun`, when a function, is then not called); rows of other years are
     * outside. One batch read of the subordinates for all the months, whatever the page size.
     */
    async filterPerBulan(
      aktor: Aktor,
      tahun: number[] | (() => Promise<number[]>),
      state: MemoCakupan | undefined,
      baris: (tahun: number, bulan: number[], pegawai: Record<string, unknown>) => Record<string, unknown>,
    ): Promise<Record<string, unknown>> {
      state ??= memoAktor(aktor);
      if (aktor.jangkauan === 'SEMUA') return {};
      const tahunIni = typeof tahun === 'function' ? await tahun() : tahun;
      const daftarTahun = [...new Set(tahunIni.map(Number).filter((x) => Number.isInteger(x)))].sort();
      await this.bawahanPadaTanggal(
        aktor,
        daftarTahun.flatMap((y) => BULAN.map((m) => tanggalAcuanBulan(y, m))),
        state,
      );
      const atau: Record<string, unknown>[] = [];
      for (const y of daftarTahun) {
        const kelompok = new Map<string, { pegawai: Record<string, unknown>; bulan: number[] }>();
        for (const m of BULAN) {
          const pegawai = await this.filterPegawai(aktor, tanggalAcuanBulan(y, m), state);
          const kunci = JSON.stringify(pegawai);
          if (!kelompok.has(kunci)) kelompok.set(kunci, { pegawai, bulan: [] });
          kelompok.get(kunci)!.bulan.push(m);
        }
        for (const g of kelompok.values()) atau.push(baris(y, g.bulan, g.pegawai));
      }
      return atau.length ? { $or: atau } : { id: { $in: [] } };
    },

    /**
     * Monthly data of one year: for each pegawai, the months whose data the actor may see (filterPegawai at
     * each month's reference date), and the pegawai filter of the union for the query. One batch read of the
     * subordinates and one read of pegawai ids per distinct monthly scope (at most twelve), whatever the page.
     */
    async lingkupTahun(
      aktor: Aktor,
      tahun: number,
      state: MemoCakupan = memoAktor(aktor),
    ): Promise<{ pegawai: Record<string, unknown>; bulan: (pegawaiId: number) => number[] }> {
      if (aktor.jangkauan === 'SEMUA') return { pegawai: {}, bulan: () => [...BULAN] };
      const kelompok: { pegawai: Record<string, unknown>; bulan: number[] }[] = [];
      await this.filterPerBulan(aktor, [tahun], state, (_y, bulan, pegawai) => {
        kelompok.push({ pegawai, bulan });
        return {};
      });
      const peta = new Map<number, number[]>();
      for (const g of kelompok) {
        const ids = await strapi.db.query('plugin::inti.pegawai').findMany({ where: g.pegawai, select: ['id'] });
        for (const { id } of ids)
          peta.set(
            id,
            [...(peta.get(id) ?? []), ...g.bulan].sort((a, b) => a - b),
          );
      }
      return { pegawai: { id: { $in: [...peta.keys()] } }, bulan: (id) => peta.get(id) ?? [] };
    },

    /** The months (1–12) of a year in which the actor may see the pegawai's data (each at its reference date). */
    async bulanTerlihat(
      aktor: Aktor,
      pegawaiId: number,
      tahun: number,
      state: MemoCakupan = memoAktor(aktor),
    ): Promise<number[]> {
      await this.bawahanPadaTanggal(
        aktor,
        BULAN.map((m) => tanggalAcuanBulan(tahun, m)),
        state,
      );
      const hasil: number[] = [];
      for (const m of BULAN)
        if (await this.bolehLihatPegawai(aktor, pegawaiId, tanggalAcuanBulan(tahun, m), state)) hasil.push(m);
      return hasil;
    },

    /**
     * Whether the actor sees the pegawai at the date, and how at the coarse level: self, in his subtree at
     * the date (a penilai is always the holder of a post above, so within it), everyone, or the OPD.
     */
    async jenisAkses(
      aktor: Aktor,
      pegawaiId: number,
      tanggal: string,
      state: MemoCakupan = memoAktor(aktor),
    ): Promise<'DIRI' | 'BAWAHAN' | 'SEMUA' | 'OPD' | null> {
      if (aktor.jangkauan === 'TIDAK_ADA') return null;
      if (aktor.pegawaiId != null && aktor.pegawaiId === pegawaiId) return 'DIRI';
      if (aktor.pegawaiId != null && (await this.bawahan(aktor, tanggal, state)).includes(pegawaiId)) return 'BAWAHAN';
      if (aktor.jangkauan === 'SEMUA') return 'SEMUA';
      if (aktor.jangkauan === 'OPD' && aktor.opdId != null) {
        const cache = cacheOpd(state);
        if (!cache.has(pegawaiId)) {
          const p = await strapi.db
            .query('plugin::inti.pegawai')
            .findOne({ where: { id: pegawaiId }, select: ['id'], populate: { opd: { select: ['id'] } } });
          cache.set(pegawaiId, p?.opd?.id ?? null);
        }
        if (cache.get(pegawaiId) === aktor.opdId) return 'OPD';
      }
      return null;
    },

    /** How the actor relates to a pegawai at the date, or null (no right to see). */
    async hubungan(
      aktor: Aktor,
      pegawaiId: number,
      tanggal: string = hariIni(),
      state: MemoCakupan = memoAktor(aktor),
    ): Promise<Hubungan | null> {
      const jenis = await this.jenisAkses(aktor, pegawaiId, tanggal, state);
      if (jenis !== 'BAWAHAN') return jenis;
      const penilai = await organisasi().penilaiPegawai(pegawaiId, tanggal);
      return penilai && Number(penilai.pegawaiId) === aktor.pegawaiId ? 'PENILAI' : 'ATASAN';
    },

    async bolehLihatPegawai(
      aktor: Aktor,
      pegawaiId: number,
      tanggal: string = hariIni(),
      state: MemoCakupan = memoAktor(aktor),
    ): Promise<boolean> {
      return (await this.jenisAkses(aktor, pegawaiId, tanggal, state)) != null;
    },

    /**
     * Whether the actor's role reaches a data area (peran.ts RANAH_PERAN). An API token reaches what its
     * permission list (Strapi) and its OPD allow; an actor without access reaches nothing.
     */
    bolehRanah(aktor: Aktor, ranah: Ranah): boolean {
      if (aktor.jangkauan === 'TIDAK_ADA') return false;
      if (aktor.token != null || aktor.peran === PERAN_SISTEM) return true; // a token's reach is its scope list; a job works city-wide
      return bolehRanahPeran(aktor.peran, ranah);
    },

    /** 403 AKSES_DITOLAK unless the actor's role reaches the area. */
    wajibRanah(aktor: Aktor, ranah: Ranah) {
      if (!this.bolehRanah(aktor, ranah))
        throw galat.dilarang(PESAN_RANAH[ranah] ?? 'Anda tidak berwenang atas data ini.');
    },

    /** Master data writes (OPD, jabatan, pegawai, penugasan, users). */
    bolehKelolaDataInduk(aktor: Aktor): boolean {
      return bolehKelolaDataInduk(aktor.peran);
    },

    wajibKelolaDataInduk(aktor: Aktor) {
      if (!this.bolehKelolaDataInduk(aktor))
        throw galat.dilarang('Hanya Admin BKPSDM yang boleh mengubah data induk kepegawaian.');
    },
  };
};
