/**
 * Boots the real M-SKP Strapi in-process for one test file and gives supertest helpers.
 *
 * Compile first (the test runner script does): `npx tsc -b plugins/inti plugins/panel && npx tsc -p cms`.
 * Strapi's own compileStrapi() exits the process on a TypeScript error (stack-notes pitfall 1), so the
 * compiled app is loaded with createStrapi({appDir, distDir}).load() and mounted, never start()ed.
 *
 * Database: MSKP_TEST_DB=sqlite (default) → a fresh temp file per test file; MSKP_TEST_DB=postgres →
 * database `mskp_test` on 127.0.0.1 (created when missing) and a fresh schema per test file, dropped after.
 *
 * Usage, at the top of a test file:
 *   const t = mulaiStrapi();            // registers beforeAll/afterAll
 *   test('…', async () => { const r = await t.as(await t.token('admin')).get('/api/panel/opd'); … });
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import request from 'supertest';

export const AKAR = path.resolve(__dirname, '..', '..');

// jest-circus reads only the global testTimeout, not the api project's: set it for every file that boots Strapi.
jest.setTimeout(120_000);
export const KATA_SANDI_DEMO = 'Madiun#2026';

/** The demo accounts of api.md (identifier = NIP). */
export const NIP = {
  kadis: '197001012000031001',
  sekretaris: '197502022001032002',
  kabidAplikasi: '198003032005011003',
  staf: '199004042015031004',
  jf: '199105052019032005',
  kabidStatistik: '198506062010011006',
  stafPersandian: '199207072020122007',
} as const;
export type KunciNip = keyof typeof NIP;

export interface Orang {
  nip: string;
  pegawaiId: number;
  documentId: string;
  username: string;
  opdId: number | null;
}

export interface Demo {
  /** true when the city came from the demo seed, false when this helper built its fallback fixture */
  dariSeed: boolean;
  opdDiskominfo: { id: number; documentId: string };
  opdLain: { id: number; documentId: string };
  pegawai: Record<KunciNip, Orang>;
  /** Admin OPD account of Diskominfo (its own pegawai row sits in Diskominfo) */
  adminOpd: Orang;
  /** a pegawai of another OPD with a login */
  lainOpd: Orang;
  /** the Plt penugasan of Kabid Statistik on Kabid Persandian */
  plt: { jabatanId: number; tmtMulai: string; tmtAkhir: string | null };
}

export interface PembangunPermintaan {
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  delete(url: string): request.Test;
}

export interface UjiStrapi {
  strapi: any;
  demo: Demo;
  db: 'sqlite' | 'postgres';
  /** plain supertest on the mounted server */
  http(): request.Agent;
  /** POST /api/auth/local; returns the access JWT (throws when the login fails) */
  login(identifier: string, password?: string): Promise<string>;
  /** like login, cached per identifier for the test file */
  token(identifier: string, password?: string): Promise<string>;
  /** request builders carrying `Authorization: Bearer <jwt>` */
  as(jwt: string): PembangunPermintaan;
  /** number of SQL queries run while fn runs */
  hitungQuery(fn: () => Promise<unknown>): Promise<{ jumlah: number; sql: string[] }>;
}

const acak = () => crypto.randomBytes(4).toString('hex');

async function siapkanPostgres(schema: string) {
  const { Client } = require('pg');
  const dasar = {
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || undefined,
  };
  const admin = new Client({ ...dasar, database: 'postgres' });
  await admin.connect();
  try {
    const ada = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', ['mskp_test']);
    if (!ada.rowCount) {
      try {
        await admin.query('CREATE DATABASE mskp_test');
      } catch (e: any) {
        if (e.code !== '42P04') throw e; // created meanwhile by another worker
      }
    }
  } finally {
    await admin.end();
  }
  const c = new Client({ ...dasar, database: 'mskp_test' });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await c.end();
  }
  return dasar;
}

async function hapusSchemaPostgres(schema: string) {
  const { Client } = require('pg');
  const c = new Client({
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || undefined,
    database: 'mskp_test',
  });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await c.end();
  }
}

/** Sets the environment of a throw-away server: fresh secrets, offline, demo city, the test database. */
async function siapkanLingkungan(): Promise<{ db: 'sqlite' | 'postgres'; bersihkan: () => Promise<void> }> {
  const { rahasiaSementara } = require(path.join(AKAR, 'scripts', 'lib', 'env'));
  Object.assign(process.env, rahasiaSementara(), {
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_EE: 'true',
    SERVE_STRAPI_ADMIN: 'false',
    STRAPI_STARTUP_LOG: 'false',
    MSKP_DEMO: 'true',
    MSKP_DEMO_PEGAWAI: '40',
    NODE_ENV: 'test',
    BROWSERSLIST_IGNORE_OLD_DATA: 'true',
    // The session liveness answer stays cached for the whole file: query-count tests compare two requests and
    // must not straddle an expiry of the cache (production default 15 s; revocations in-process are immediate
    // either way, and tests/api/auth.test.ts reads this value for its TTL test).
    SESI_CACHE_DETIK: '3600',
  });
  const pilihan = (process.env.MSKP_TEST_DB || 'sqlite').toLowerCase();
  const tanda = `${process.pid}_${acak()}`;
  // evidence files of this server (demo PDFs, test uploads) go to a throw-away folder
  const folderBukti = fs.mkdtempSync(path.join(os.tmpdir(), 'mskp-bukti-'));
  process.env.BUKTI_FOLDER = folderBukti;
  const hapusBukti = () => fs.rmSync(folderBukti, { recursive: true, force: true });
  if (pilihan === 'postgres' || pilihan === 'pg') {
    const schema = `t_${tanda}`;
    await siapkanPostgres(schema);
    Object.assign(process.env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: process.env.DATABASE_HOST || '127.0.0.1',
      DATABASE_PORT: process.env.DATABASE_PORT || '5432',
      DATABASE_USERNAME: process.env.DATABASE_USERNAME || 'postgres',
      DATABASE_NAME: 'mskp_test',
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_MIN: '0',
    });
    delete process.env.DATABASE_URL;
    delete process.env.DATABASE_FILENAME;
    return {
      db: 'postgres',
      bersihkan: async () => {
        hapusBukti();
        await hapusSchemaPostgres(schema);
      },
    };
  }
  const berkas = path.join(os.tmpdir(), `mskp-test-${tanda.replace('_', '-')}.db`);
  Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: berkas });
  delete process.env.DATABASE_SCHEMA;
  delete process.env.DATABASE_URL;
  return {
    db: 'sqlite',
    bersihkan: async () => {
      for (const f of [berkas, berkas + '-wal', berkas + '-shm', berkas + '-journal']) fs.rmSync(f, { force: true });
      hapusBukti();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Demo data: prefer the seeded demo city; build the minimum the tests need when it is absent.
// ---------------------------------------------------------------------------------------------

const TMT_FIXTURE = '2021-01-04';
const PLT_FIXTURE = '2025-03-01';

async function buatPengguna(
  strapi: any,
  username: string,
  roleType: string,
  pegawaiId: number | null,
): Promise<number> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: roleType }, select: ['id'] });
  if (!role) throw new Error(`peran ${roleType} belum ada`);
  const u = await strapi.documents('plugin::users-permissions.user').create({
    data: {
      username,
      email: `${username}@uji.mskp.invalid`,
      password: KATA_SANDI_DEMO,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  });
  if (pegawaiId)
    await strapi.db.query('plugin::inti.pegawai').update({ where: { id: pegawaiId }, data: { user: u.id } });
  return u.id;
}

async function pastikanPengguna(strapi: any, username: string, roleType: string, pegawaiId: number | null) {
  const ada = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username }, select: ['id'] });
  if (ada) return ada.id;
  return buatPengguna(strapi, username, roleType, pegawaiId);
}

/** The fallback city: Diskominfo with the api.md posts and people, one other OPD, service accounts. */
async function bangunFixture(strapi: any) {
  const docs = (uid: string) => strapi.documents(uid);
  const opd = await docs('plugin::inti.opd').create({
    data: { kode_opd: '1.11.01', nama: 'Dinas Komunikasi dan Informatika', singkatan: 'DISKOMINFO', jenis: 'DINAS' },
  });
  const lain = await docs('plugin::inti.opd').create({
    data: { kode_opd: '1.01.01.02', nama: 'Dinas Pendidikan', singkatan: 'DISDIK', jenis: 'DINAS' },
  });
  const jab = async (kode: string, nama: string, jenis: string, jenjang: string, atasan: any, o: any, kepala = false) =>
    docs('plugin::inti.jabatan').create({
      data: {
        kode,
        nama,
        jenis,
        jenjang,
        atasan: atasan?.documentId ?? null,
        opd: o.documentId,
        kepala_opd: kepala,
        kelas_jabatan: jenis === 'JPT' ? 14 : jenjang === 'ADMINISTRATOR' ? 11 : 6,
      },
    });
  const kadis = await jab(
    'DISKOMINFO.01',
    'Kepala Dinas Komunikasi dan Informatika',
    'JPT',
    'JPT_PRATAMA',
    null,
    opd,
    true,
  );
  const sek = await jab('DISKOMINFO.02', 'Sekretaris', 'JA', 'ADMINISTRATOR', kadis, opd);
  const kabidApl = await jab('DISKOMINFO.03', 'Kepala Bidang Aplikasi Informatika', 'JA', 'ADMINISTRATOR', kadis, opd);
  const pelApl = await jab('DISKOMINFO.03.01', 'Pengelola Sistem Informasi', 'JA', 'PELAKSANA', kabidApl, opd);
  const jfApl = await jab('DISKOMINFO.03.02', 'Pranata Komputer Ahli Pertama', 'JF', 'AHLI_PERTAMA', kabidApl, opd);
  const kabidStat = await jab('DISKOMINFO.04', 'Kepala Bidang Statistik', 'JA', 'ADMINISTRATOR', kadis, opd);
  const kabidSandi = await jab('DISKOMINFO.05', 'Kepala Bidang Persandian', 'JA', 'ADMINISTRATOR', kadis, opd);
  const pelSandi = await jab('DISKOMINFO.05.01', 'Pengelola Persandian', 'JA', 'PELAKSANA', kabidSandi, opd);
  const kadisLain = await jab('DISDIK.01', 'Kepala Dinas Pendidikan', 'JPT', 'JPT_PRATAMA', null, lain, true);
  const pelLain = await jab('DISDIK.01.01', 'Pengadministrasi Umum', 'JA', 'PELAKSANA', kadisLain, lain);

  const orang: [string, string, any, any][] = [
    [NIP.kadis, 'Budi Santoso', kadis, opd],
    [NIP.sekretaris, 'Sri Wahyuni', sek, opd],
    [NIP.kabidAplikasi, 'Agus Prasetyo', kabidApl, opd],
    [NIP.staf, 'Dedi Kurniawan', pelApl, opd],
    [NIP.jf, 'Rina Marlina', jfApl, opd],
    [NIP.kabidStatistik, 'Hendra Wijaya', kabidStat, opd],
    [NIP.stafPersandian, 'Lestari Handayani', pelSandi, opd],
    ['196905051995031002', 'Sutrisno', kadisLain, lain],
    ['198808082012011008', 'Joko Susilo', pelLain, lain],
  ];
  for (const [nip, nama, j, o] of orang) {
    const p = await docs('plugin::inti.pegawai').create({
      data: { nip, nama, opd: o.documentId, status: 'AKTIF', golongan: '31' },
    });
    await docs('plugin::inti.penugasan').create({
      data: { pegawai: p.documentId, jabatan: j.documentId, jenis: 'UTAMA', tmt_mulai: TMT_FIXTURE },
    });
    const row = await strapi.db.query('plugin::inti.pegawai').findOne({ where: { nip }, select: ['id'] });
    await pastikanPengguna(strapi, nip, 'pegawai', row.id);
  }
  const plt = await strapi.db
    .query('plugin::inti.pegawai')
    .findOne({ where: { nip: NIP.kabidStatistik }, select: ['documentId'] });
  await docs('plugin::inti.penugasan').create({
    data: {
      pegawai: plt.documentId,
      jabatan: kabidSandi.documentId,
      jenis: 'PLT',
      tmt_mulai: PLT_FIXTURE,
      nomor_sk: '800/001/401.103/2025',
    },
  });
}

async function orangDariNip(strapi: any, nip: string): Promise<Orang | null> {
  const p = await strapi.db.query('plugin::inti.pegawai').findOne({
    where: { nip },
    select: ['id', 'documentId', 'nip'],
    populate: { user: { select: ['username'] }, opd: { select: ['id'] } },
  });
  if (!p) return null;
  return {
    nip: p.nip,
    pegawaiId: p.id,
    documentId: p.documentId,
    username: p.user?.username ?? p.nip,
    opdId: p.opd?.id ?? null,
  };
}

/** A NIP that passes validasiNip and is not taken yet: `awal` is the first 15 digits, the sequence varies. */
/**
 * Statements of `x` that `y` does not have (each matched once), whitespace collapsed and bound-value
 * lists `(?, ?)` / `($1, $2)` written `(…)`: what a query-count assertion names when two counts differ.
 */
export function sqlBerlebih(x: string[], y: string[]): string[] {
  const bentuk = (sql: string[]) =>
    sql.map((q) =>
      q
        .replace(/\s+/g, ' ')
        .replace(/\$\d+/g, '?')
        .replace(/\((?:\?)(?:, \?)*\)/g, '(…)')
        .trim()
        .slice(0, 400),
    );
  const sisa = bentuk(y);
  return bentuk(x).filter((q) => {
    const k = sisa.indexOf(q);
    if (k < 0) return true;
    sisa.splice(k, 1);
    return false;
  });
}

export async function nipBaru(strapi: any, awal: string): Promise<string> {
  for (let i = 1; i < 1000; i++) {
    const nip = awal + String(i).padStart(3, '0');
    if (!(await strapi.db.query('plugin::inti.pegawai').findOne({ where: { nip }, select: ['id'] }))) return nip;
  }
  throw new Error('tidak ada NIP bebas');
}

async function muatDemo(strapi: any): Promise<Demo> {
  let dariSeed = true;
  if (!(await strapi.db.query('plugin::inti.pegawai').findOne({ where: { nip: NIP.kadis }, select: ['id'] }))) {
    dariSeed = false;
    await bangunFixture(strapi);
  }
  for (const [u, r] of [
    ['admin', 'admin_bkpsdm'],
    ['bkad', 'bkad'],
    ['inspektorat', 'inspektorat'],
  ]) {
    await pastikanPengguna(strapi, u, r, null);
  }
  const pegawai = {} as Record<KunciNip, Orang>;
  for (const k of Object.keys(NIP) as KunciNip[]) {
    const o = await orangDariNip(strapi, NIP[k]);
    if (!o) throw new Error(`pegawai demo ${NIP[k]} tidak ada`);
    const u = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: o.username }, select: ['id'] });
    if (!u) await buatPengguna(strapi, o.nip, 'pegawai', o.pegawaiId);
    pegawai[k] = o;
  }
  const opdRow = await strapi.db
    .query('plugin::inti.opd')
    .findOne({ where: { id: pegawai.kadis.opdId }, select: ['id', 'documentId'] });

  // Admin OPD of Diskominfo: an existing admin_opd account whose pegawai sits in Diskominfo, or a new one.
  const adminOpdRow = await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { role: { type: 'admin_opd' }, pegawai: { opd: { id: opdRow.id } } },
    select: ['username'],
    populate: { pegawai: { select: ['nip'] } },
  });
  let adminOpd: Orang;
  if (adminOpdRow?.pegawai) {
    adminOpd = { ...(await orangDariNip(strapi, adminOpdRow.pegawai.nip))!, username: adminOpdRow.username };
    // its password may be unknown: make sure the demo password works (test database only)
    await strapi
      .plugin('users-permissions')
      .service('user')
      .edit(
        (
          await strapi.db
            .query('plugin::users-permissions.user')
            .findOne({ where: { username: adminOpdRow.username }, select: ['id'] })
        ).id,
        { password: KATA_SANDI_DEMO },
      );
  } else {
    const nip = await nipBaru(strapi, '19900909201501' + '2');
    const p = await strapi
      .documents('plugin::inti.pegawai')
      .create({ data: { nip, nama: 'Pengelola Kinerja Diskominfo', opd: opdRow.documentId, status: 'AKTIF' } });
    const row = await strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { documentId: p.documentId }, select: ['id'] });
    await buatPengguna(strapi, 'adminopd.diskominfo', 'admin_opd', row.id);
    adminOpd = { ...(await orangDariNip(strapi, nip))!, username: 'adminopd.diskominfo' };
  }

  // A pegawai of another OPD with a login and nobody under him today (so not a superior of Diskominfo,
  // like the Sekda would be); one without a login gets one when the seed gave none.
  const hari = hariIniKota();
  const org = strapi.plugin('inti').service('organisasi');
  const daun = async (where: Record<string, unknown>) => {
    const calon = await strapi.db
      .query('plugin::inti.pegawai')
      .findMany({ where, select: ['id', 'nip'], orderBy: { id: 'asc' }, limit: 60 });
    for (const c of calon) {
      const utama = (await org.penugasanPegawai(c.id, hari)).some((x: any) => x.jenis === 'UTAMA');
      if (utama && !(await org.bawahanPada(c.id, hari)).length) return c;
    }
    return null;
  };
  const diLuar = { opd: { id: { $ne: opdRow.id } }, status: 'AKTIF' };
  let lain: any = await daun({ ...diLuar, user: { id: { $notNull: true }, role: { type: 'pegawai' } } });
  if (!lain) {
    lain = await daun(diLuar);
    if (!lain) throw new Error('tidak ada pegawai OPD lain');
    await buatPengguna(strapi, lain.nip, 'pegawai', lain.id);
  }
  const lainOpd = (await orangDariNip(strapi, lain.nip))!;
  const opdLainRow = await strapi.db
    .query('plugin::inti.opd')
    .findOne({ where: { id: lainOpd.opdId }, select: ['id', 'documentId'] });
  const u = await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { pegawai: { id: lainOpd.pegawaiId } }, select: ['username'] });
  lainOpd.username = u?.username ?? lainOpd.nip;

  const pltRow = await strapi.db.query('plugin::inti.penugasan').findOne({
    where: { pegawai: { id: pegawai.kabidStatistik.pegawaiId }, jenis: 'PLT' },
    select: ['tmt_mulai', 'tmt_akhir'],
    populate: { jabatan: { select: ['id'] } },
    orderBy: { tmt_mulai: 'desc' },
  });
  if (!pltRow) throw new Error('penugasan Plt Kabid Statistik tidak ada');

  return {
    dariSeed,
    opdDiskominfo: { id: opdRow.id, documentId: opdRow.documentId },
    opdLain: { id: opdLainRow.id, documentId: opdLainRow.documentId },
    pegawai,
    adminOpd,
    lainOpd,
    plt: { jabatanId: pltRow.jabatan.id, tmtMulai: pltRow.tmt_mulai, tmtAkhir: pltRow.tmt_akhir ?? null },
  };
}

/**
 * Makes sure at least `minimal` pegawai exist (for paging and query-count tests), each with a definitive
 * post on a pelaksana jabatan of its OPD; created through the Document Service, so the guards run.
 */
export async function pastikanJumlahPegawai(strapi: any, demo: Demo, minimal: number): Promise<number> {
  const q = strapi.db.query('plugin::inti.pegawai');
  let jumlah = await q.count();
  const opd = [demo.opdDiskominfo, demo.opdLain];
  const pelaksana = await Promise.all(
    opd.map((o) =>
      strapi.db
        .query('plugin::inti.jabatan')
        .findOne({ where: { opd: { id: o.id }, jenjang: 'PELAKSANA' }, select: ['documentId'] }),
    ),
  );
  const nama = [
    'Ahmad',
    'Siti',
    'Bambang',
    'Dewi',
    'Eko',
    'Fitri',
    'Gunawan',
    'Hartini',
    'Irfan',
    'Juwita',
    'Kusnadi',
    'Lilis',
  ];
  for (let i = 0; jumlah < minimal; i++) {
    const bulan = String((i % 12) + 1).padStart(2, '0');
    const hari = String((i % 27) + 1).padStart(2, '0');
    const nip = await nipBaru(strapi, `1993${bulan}${hari}2018${bulan}${1 + (i % 2)}`);
    const k = i % 2;
    const p = await strapi.documents('plugin::inti.pegawai').create({
      data: {
        nip,
        nama: `${nama[i % nama.length]} Uji ${i + 1}`,
        gelar_belakang: i % 3 === 0 ? 'S.Kom.' : null,
        opd: opd[k].documentId,
        status: i % 10 === 9 ? 'CUTI' : 'AKTIF',
        golongan: i % 2 ? '32' : '31',
      },
    });
    if (pelaksana[k]) {
      await strapi.documents('plugin::inti.penugasan').create({
        data: { pegawai: p.documentId, jabatan: pelaksana[k].documentId, jenis: 'UTAMA', tmt_mulai: '2022-01-03' },
      });
    }
    jumlah++;
  }
  return jumlah;
}

// ---------------------------------------------------------------------------------------------

/** Boots Strapi for the calling test file (beforeAll) and tears it down (afterAll). */
export function mulaiStrapi(opsi: { timeoutMs?: number; env?: Record<string, string> } = {}): UjiStrapi {
  const tokenCache = new Map<string, string>();
  let bersihkan: (() => Promise<void>) | null = null;
  let dbPilihan: 'sqlite' | 'postgres' = 'sqlite';
  let strapiInstance: any = null;
  let demo: Demo | null = null;

  const uji: UjiStrapi = {
    get strapi() {
      return strapiInstance;
    },
    get demo() {
      if (!demo) throw new Error('demo belum dimuat');
      return demo;
    },
    get db() {
      return dbPilihan;
    },
    http() {
      return request.agent(strapiInstance.server.httpServer);
    },
    async login(identifier: string, password = KATA_SANDI_DEMO) {
      const r = await request(strapiInstance.server.httpServer).post('/api/auth/local').send({ identifier, password });
      if (r.status !== 200 || !r.body?.jwt)
        throw new Error(`login ${identifier} gagal: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.jwt as string;
    },
    async token(identifier: string, password = KATA_SANDI_DEMO) {
      const k = identifier + '\0' + password;
      if (!tokenCache.has(k)) tokenCache.set(k, await uji.login(identifier, password));
      return tokenCache.get(k) as string;
    },
    as(jwt: string) {
      const srv = () => request(strapiInstance.server.httpServer);
      const auth = (t: request.Test) => t.set('Authorization', `Bearer ${jwt}`);
      return {
        get: (url) => auth(srv().get(url)),
        post: (url) => auth(srv().post(url)),
        put: (url) => auth(srv().put(url)),
        delete: (url) => auth(srv().delete(url)),
      };
    },
    async hitungQuery(fn) {
      // background work of earlier steps (the PLT sync after a penugasan change) must not be counted
      await strapiInstance.plugin('plt')?.service('otomatis')?.tenang();
      const sql: string[] = [];
      const dengar = (q: any) => sql.push(q?.sql ?? String(q));
      strapiInstance.db.connection.on('query', dengar);
      try {
        await fn();
      } finally {
        strapiInstance.db.connection.off('query', dengar);
      }
      return { jumlah: sql.length, sql };
    },
  };

  // extra environment of this file only (e.g. SERVE_STRAPI_ADMIN, TRUST_PROXY): restored after the file,
  // since --runInBand files share process.env
  const envLama: Record<string, string | undefined> = {};
  beforeAll(async () => {
    const env = await siapkanLingkungan();
    for (const [k, v] of Object.entries(opsi.env ?? {})) {
      envLama[k] = process.env[k];
      process.env[k] = v;
    }
    bersihkan = env.bersihkan;
    dbPilihan = env.db;

    const { createStrapi } = require('@strapi/strapi');
    const distDir = path.join(AKAR, 'cms', 'dist');
    if (!fs.existsSync(path.join(distDir, 'src', 'index.js'))) {
      throw new Error('cms/dist belum ada: jalankan `npx tsc -b plugins/inti plugins/panel && npx tsc -p cms` dulu');
    }
    const s = createStrapi({ appDir: path.join(AKAR, 'cms'), distDir });
    s.log.level = process.env.MSKP_TEST_LOG || 'warn'; // MSKP_TEST_LOG=info shows the boot log
    try {
      strapiInstance = await s.load();
    } catch (e: any) {
      // errors from Strapi's realm show up in jest as "Unknown error": rethrow with the message
      throw new Error(`Strapi tidak dapat dimuat: ${e?.stack ?? e?.message ?? String(e)}`, { cause: e });
    }
    await strapiInstance.server.mount();
    try {
      demo = await muatDemo(strapiInstance);
    } catch (e: any) {
      throw new Error(`Data demo/fixture gagal disiapkan: ${e?.stack ?? e?.message ?? String(e)}`, { cause: e });
    }
  }, opsi.timeoutMs ?? 120_000);

  afterAll(async () => {
    try {
      if (strapiInstance) await strapiInstance.destroy();
    } finally {
      strapiInstance = null;
      for (const [k, v] of Object.entries(envLama)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      if (bersihkan) await bersihkan();
    }
  }, 60_000);

  return uji;
}

/** Every key of a JSON value, recursively (to prove that no secret field leaks). */
export function semuaKunci(v: unknown, hasil = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => semuaKunci(x, hasil));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      hasil.add(k);
      semuaKunci(x, hasil);
    }
  }
  return hasil;
}

export const RAHASIA_TERLARANG = ['password', 'resetPasswordToken', 'confirmationToken'];

/** Today in the city (Asia/Jakarta), as the server computes it. */
export function hariIniKota(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export function geserHari(tanggal: string, hari: number): string {
  const d = new Date(tanggal + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + hari);
  return d.toISOString().slice(0, 10);
}

/** Months of a year whose quarter is not locked (the demo city locks a paid quarter; tests write only open months). */
export async function bulanTerbuka(strapi: any, tahun: number): Promise<number[]> {
  const kunci = await strapi.db
    .query('plugin::inti.kunci-periode')
    .findMany({ where: { tahun, terkunci: true }, select: ['triwulan'] });
  const tw = new Set(kunci.map((k: any) => Number(k.triwulan)));
  return Array.from({ length: 12 }, (_, i) => i + 1).filter((b) => !tw.has(Math.ceil(b / 3)));
}
