#!/usr/bin/env node
'use strict';
/**
 * npm run bench -- [--pegawai N | --kecil] [--pg] [--runs N] [--durasi S] [--koneksi N] [--hanya tpp,excel,predikat,pdf,panel]
 *
 * Performance benchmark of quality.md "Performance": figures and ratios, never pass/fail of a test.
 * Boots the compiled Strapi in-process (createStrapi({appDir, distDir}).load(), server.mount(), listen on a
 * free port) on a throw-away SQLite file (PostgreSQL with --pg or DATABASE_CLIENT=postgres: a fresh schema in
 * database `mskp_bench`, dropped afterwards), seeds the deterministic demo city (database/seed buatKotaDemo),
 * logs in through /api/auth/local and measures every item whose route exists now ("belum tersedia" otherwise):
 *
 *   work                                   baseline (same rows, same database)
 *   TPP run, whole city, one month         raw SQL aggregate (knex) over pegawai/post/kelas/presensi/evaluasi/realisasi;
 *                                          also reported: that aggregate plus a raw UPDATE of the month's TPP lines in one
 *                                          transaction (a baseline that writes as the run does)
 *   SIPD TPP Excel, every OPD              exceljs writing the same rows (read beforehand) from memory
 *   Laporan Predikat, all OPD, one month   raw SQL group-by OPD × predikat
 *   Panel list /api/panel/pegawai (50 conn) stock REST find of the type when exposed, else documents().findMany in-process
 *   Monthly SKP PDF, one pegawai           —
 *   RSS during the load                    —
 *
 * On PostgreSQL the seeded tables are ANALYZEd once the seed commits (database/seed perbaruiStatistik), as a running
 * database would have planner statistics.
 * Figure = median of --runs runs after one warm-up. Prints a table and writes artifacts/bench/hasil-<date>-<pegawai>-<db>.json
 * (with --hanya: …-<db>-<items>.json, so that a partial run does not replace a full one).
 * Defaults: --pegawai 5000 (the `city` dataset), --kecil = 300, --runs 5, --durasi 10, --koneksi 50; --hanya: only
 * the listed items (e.g. `--hanya tpp` to re-measure the TPP run without the 2 × 10 s panel load).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { AKAR, rahasiaSementara } = require('./lib/env');

const KATA_SANDI = 'Madiun#2026';
/** The measured items, for --hanya. */
const BUTIR = ['tpp', 'excel', 'predikat', 'pdf', 'panel'];
const NIP_PDF = '198003032005011003'; // Kabid Aplikasi Informatika (demo account with SKP and renaksi)

function bacaArgumen(argv) {
  const a = { pegawai: 5000, pg: false, runs: 5, durasi: 10, koneksi: 50, tahun: undefined, hanya: null };
  for (let i = 0; i < argv.length; i++) {
    const [k, v0] = argv[i].split(/=(.*)/s);
    const v = () => Number(v0 !== undefined ? v0 : argv[++i]);
    if (k === '--pegawai') a.pegawai = v();
    else if (k === '--kecil') a.pegawai = 300;
    else if (k === '--pg') a.pg = true;
    else if (k === '--runs') a.runs = v();
    else if (k === '--durasi') a.durasi = v();
    else if (k === '--koneksi') a.koneksi = v();
    else if (k === '--tahun') a.tahun = v();
    else if (k === '--hanya') {
      a.hanya = new Set(
        String(v0 !== undefined ? v0 : (argv[++i] ?? ''))
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      );
      const tak = [...a.hanya].filter((x) => !BUTIR.includes(x));
      if (!a.hanya.size || tak.length) {
        console.error(`--hanya: daftar dari ${BUTIR.join(', ')}`);
        process.exit(2);
      }
    } else if (k === '--help' || k === '-h') {
      console.log(
        `Pemakaian: npm run bench -- [--pegawai N | --kecil] [--pg] [--runs N] [--durasi detik] [--koneksi N] [--tahun YYYY] [--hanya ${BUTIR.join(',')}]`,
      );
      process.exit(0);
    } else {
      console.error(`Opsi tidak dikenal: ${argv[i]}`);
      process.exit(2);
    }
  }
  for (const k of ['pegawai', 'runs', 'durasi', 'koneksi']) {
    if (!Number.isInteger(a[k]) || a[k] < 1) {
      console.error(`--${k} harus bilangan bulat positif`);
      process.exit(2);
    }
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Statistics and timing
// ---------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const persentil = (s, p) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null);
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const bulat = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

/** One warm-up, then `runs` timed runs of fn; returns the median in ms and every run. */
async function ukur(fn, runs) {
  await fn();
  const waktu = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    waktu.push(ms(t0));
  }
  return { median: median(waktu), runs: waktu.map((x) => bulat(x)) };
}

/** Latencies of a load → throughput and percentiles; RSS maximum in MB. */
function ringkasBeban(lat, gagal, detik, rssMaks) {
  lat.sort((a, b) => a - b);
  return {
    permintaan: lat.length,
    gagal,
    per_detik: bulat(lat.length / detik),
    p50: bulat(persentil(lat, 50)),
    p95: bulat(persentil(lat, 95)),
    p99: bulat(persentil(lat, 99)),
    rss_maks_mb: bulat(rssMaks / 2 ** 20),
  };
}

/** `koneksi` concurrent workers calling fn for `durasi` seconds; latencies sorted, RSS sampled. */
async function beban(fn, koneksi, durasi) {
  const lat = [];
  let gagal = 0;
  let rssMaks = process.memoryUsage().rss;
  const sampel = setInterval(() => (rssMaks = Math.max(rssMaks, process.memoryUsage().rss)), 100);
  const akhir = Date.now() + durasi * 1000;
  const mulai = Date.now();
  await Promise.all(
    Array.from({ length: koneksi }, async () => {
      while (Date.now() < akhir) {
        const t0 = process.hrtime.bigint();
        try {
          await fn();
          lat.push(ms(t0));
        } catch {
          gagal++;
        }
      }
    }),
  );
  clearInterval(sampel);
  return ringkasBeban(lat, gagal, (Date.now() - mulai) / 1000, rssMaks);
}

/**
 * HTTP load from a child process (its own event loop and memory, so the server's latency and RSS are not
 * mixed with the load generator's): `koneksi` keep-alive connections of an undici Pool, GET `url` for
 * `durasi` seconds; the server's RSS is sampled here meanwhile.
 */
const KODE_BEBAN = `
const { Pool } = require('undici');
const [asal, url, token, koneksi, durasi] = JSON.parse(process.argv[1]);
const pool = new Pool(asal, { connections: koneksi, pipelining: 1 });
const lat = []; let gagal = 0; const akhir = Date.now() + durasi * 1000; const mulai = Date.now();
Promise.all(Array.from({ length: koneksi }, async () => {
  while (Date.now() < akhir) {
    const t0 = process.hrtime.bigint();
    try {
      const r = await pool.request({ method: 'GET', path: url, headers: { authorization: 'Bearer ' + token, accept: 'application/json' } });
      await r.body.arrayBuffer();
      if (r.statusCode >= 300) gagal++; else lat.push(Number(process.hrtime.bigint() - t0) / 1e6);
    } catch { gagal++; }
  }
})).then(async () => { await pool.close(); process.stdout.write(JSON.stringify({ lat, gagal, detik: (Date.now() - mulai) / 1000 })); });
`;

async function bebanHttp(asal, url, token, koneksi, durasi) {
  const { spawn } = require('child_process');
  let rssMaks = process.memoryUsage().rss;
  const sampel = setInterval(() => (rssMaks = Math.max(rssMaks, process.memoryUsage().rss)), 100);
  const anak = spawn(process.execPath, ['-e', KODE_BEBAN, JSON.stringify([asal, url, token, koneksi, durasi])], {
    cwd: AKAR,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let keluaran = '';
  anak.stdout.on('data', (d) => (keluaran += d));
  await new Promise((ok, gagal) =>
    anak.on('exit', (kode) => (kode === 0 ? ok() : gagal(new Error(`generator beban keluar ${kode}`)))),
  );
  clearInterval(sampel);
  const { lat, gagal, detik } = JSON.parse(keluaran);
  return ringkasBeban(lat, gagal, detik, rssMaks);
}

// ---------------------------------------------------------------------------------------------
// Database of the run
// ---------------------------------------------------------------------------------------------

function pgDasar() {
  return {
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || undefined,
  };
}

async function pgSql(database, sql) {
  const { Client } = require('pg');
  const c = new Client({ ...pgDasar(), database });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

async function siapkanDb(arg) {
  const tanda = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  const folderBukti = fs.mkdtempSync(path.join(os.tmpdir(), 'mskp-bench-bukti-'));
  Object.assign(process.env, rahasiaSementara(), {
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_EE: 'true',
    SERVE_STRAPI_ADMIN: 'false',
    STRAPI_STARTUP_LOG: 'false',
    MSKP_DEMO: 'false',
    NODE_ENV: 'test',
    BUKTI_FOLDER: folderBukti,
    BROWSERSLIST_IGNORE_OLD_DATA: 'true',
  });
  const hapusBukti = () => fs.rmSync(folderBukti, { recursive: true, force: true });
  if (arg.pg || /^(postgres|pg)$/i.test(process.env.DATABASE_CLIENT || '')) {
    const ada = await pgSql('postgres', "SELECT 1 FROM pg_database WHERE datname = 'mskp_bench'");
    if (!ada.rowCount) await pgSql('postgres', 'CREATE DATABASE mskp_bench');
    const schema = `b_${tanda}`;
    await pgSql('mskp_bench', `CREATE SCHEMA "${schema}"`);
    Object.assign(process.env, {
      DATABASE_CLIENT: 'postgres',
      DATABASE_NAME: 'mskp_bench',
      DATABASE_SCHEMA: schema,
      DATABASE_HOST: pgDasar().host,
      DATABASE_PORT: String(pgDasar().port),
      DATABASE_USERNAME: pgDasar().user,
    });
    delete process.env.DATABASE_URL;
    delete process.env.DATABASE_FILENAME;
    return {
      db: 'postgres',
      bersihkan: async () => (hapusBukti(), pgSql('mskp_bench', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`)),
    };
  }
  const berkas = path.join(os.tmpdir(), `mskp-bench-${tanda}.db`);
  Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: berkas });
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_SCHEMA;
  return {
    db: 'sqlite',
    bersihkan: async () => {
      hapusBukti();
      for (const f of [berkas, `${berkas}-wal`, `${berkas}-shm`, `${berkas}-journal`]) fs.rmSync(f, { force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

function klienHttp(asal, koneksi) {
  const { Pool } = require('undici');
  const pool = new Pool(asal, { connections: koneksi, pipelining: 1 });
  async function minta(metode, url, { token, body } = {}) {
    const headers = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body) headers['content-type'] = 'application/json';
    const r = await pool.request({ method: metode, path: url, headers, body: body ? JSON.stringify(body) : undefined });
    const buf = Buffer.from(await r.body.arrayBuffer());
    return { status: r.statusCode, buf, json: () => JSON.parse(buf.toString('utf8')) };
  }
  /** Like minta but an error status throws (with the message of the body). */
  async function wajib(metode, url, opsi) {
    const r = await minta(metode, url, opsi);
    if (r.status >= 300) throw new Error(`${metode} ${url} → ${r.status} ${r.buf.toString('utf8').slice(0, 300)}`);
    return r;
  }
  return { minta, wajib, tutup: () => pool.close() };
}

/** Whether a content-API route exists now (the TPP pieces land while this script is in use). */
function pemeriksaRute(strapi) {
  const daftar = strapi.server.listRoutes();
  return (metode, jalur) => daftar.some((l) => l.path === jalur && (l.methods ?? []).includes(metode));
}

// ---------------------------------------------------------------------------------------------
// Raw SQL baselines (knex against the same tables; link tables read from Strapi's metadata)
// ---------------------------------------------------------------------------------------------

function skema(strapi) {
  const tabel = (uid) => strapi.db.metadata.get(uid).tableName;
  const tautan = (uid, attr) => {
    const a = strapi.db.metadata.get(uid).attributes[attr];
    if (!a?.joinTable) throw new Error(`${uid}.${attr} tanpa tabel tautan`);
    return { t: a.joinTable.name, dari: a.joinTable.joinColumn.name, ke: a.joinTable.inverseJoinColumn.name };
  };
  return { tabel, tautan };
}

/** The inputs of the TPP run aggregated per pegawai in one statement. */
function sqlAgregatTpp(strapi, tahun, bulan) {
  const knex = strapi.db.connection;
  const { tabel, tautan } = skema(strapi);
  const pg = tautan('plugin::inti.penugasan', 'pegawai');
  const pj = tautan('plugin::inti.penugasan', 'jabatan');
  const rp = tautan('plugin::kinerja.realisasi', 'pegawai');
  const ep = tautan('plugin::kinerja.evaluasi', 'pegawai');
  const sp = tautan('plugin::tpp.presensi', 'pegawai');
  const P = tabel('plugin::inti.pegawai');
  const sub = {
    pos: knex(tabel('plugin::inti.penugasan') + ' as g')
      .join(`${pg.t} as gp`, `gp.${pg.dari}`, 'g.id')
      .join(`${pj.t} as gj`, `gj.${pj.dari}`, 'g.id')
      .join(tabel('plugin::inti.jabatan') + ' as j', 'j.id', `gj.${pj.ke}`)
      .whereIn('g.jenis', ['UTAMA', 'PLT'])
      .whereNull('g.tmt_akhir')
      .groupBy(`gp.${pg.ke}`)
      .select(
        `gp.${pg.ke} as pid`,
        knex.raw('max(j.kelas_jabatan) as kelas'),
        knex.raw('max(case when j.kepala_opd then 1 else 0 end) as kepala'),
      ),
    cap: knex(tabel('plugin::kinerja.realisasi') + ' as r')
      .join(`${rp.t} as l`, `l.${rp.dari}`, 'r.id')
      .where({ 'r.tahun': tahun, 'r.bulan': bulan })
      .groupBy(`l.${rp.ke}`)
      .select(`l.${rp.ke} as pid`, knex.raw('avg(r.capaian) as capaian'), knex.raw('count(*) as n')),
    ev: knex(tabel('plugin::kinerja.evaluasi') + ' as e')
      .join(`${ep.t} as l`, `l.${ep.dari}`, 'e.id')
      .where({ 'e.tahun': tahun, 'e.periode_jenis': 'BULANAN', 'e.periode': bulan })
      .groupBy(`l.${ep.ke}`)
      .select(`l.${ep.ke} as pid`, knex.raw('min(e.predikat_kode) as predikat')),
    pr: knex(tabel('plugin::tpp.presensi') + ' as s')
      .join(`${sp.t} as l`, `l.${sp.dari}`, 's.id')
      .where({ 's.tahun': tahun, 's.bulan': bulan })
      .groupBy(`l.${sp.ke}`)
      .select(`l.${sp.ke} as pid`, knex.raw('count(*) as n')),
  };
  return () =>
    knex(P + ' as p')
      .join(sub.pos.as('pos'), 'pos.pid', 'p.id')
      .leftJoin(sub.cap.as('cap'), 'cap.pid', 'p.id')
      .leftJoin(sub.ev.as('ev'), 'ev.pid', 'p.id')
      .leftJoin(sub.pr.as('pr'), 'pr.pid', 'p.id')
      .where('p.status', 'AKTIF')
      .select(
        'p.id',
        'p.golongan',
        'pos.kelas',
        'pos.kepala',
        'cap.capaian',
        'cap.n',
        'ev.predikat',
        'pr.n as presensi',
      );
}

/**
 * The aggregate of sqlAgregatTpp and a rewrite of the month's TPP lines (every computed column set to itself,
 * updated_at to now) in one transaction: the same rows read and the same rows written as the run, without its
 * rules, engine or audit. Returns the number of lines written.
 */
function sqlAgregatTulisTpp(strapi, tahun, bulan) {
  const knex = strapi.db.connection;
  const m = strapi.db.metadata.get('plugin::tpp.tpp');
  const kol = (a) => m.attributes[a]?.columnName ?? a;
  const lewati = new Set([
    'id',
    'documentId',
    'createdAt',
    'updatedAt',
    'publishedAt',
    'createdBy',
    'updatedBy',
    'locale',
    'tahun',
    'bulan',
    'kunci_unik',
  ]);
  const kolom = Object.entries(m.attributes)
    .filter(([a, d]) => d.type !== 'relation' && !lewati.has(a))
    .map(([a]) => kol(a));
  const agregat = sqlAgregatTpp(strapi, tahun, bulan);
  return () =>
    knex.transaction(async (trx) => {
      await agregat().transacting(trx);
      const set = { [kol('updatedAt')]: new Date() };
      for (const c of kolom) set[c] = knex.ref(c);
      return trx(m.tableName)
        .where({ [kol('tahun')]: tahun, [kol('bulan')]: bulan })
        .update(set);
    });
}

/** Evaluations of the month counted per OPD × predikat. */
function sqlGroupPredikat(strapi, tahun, bulan) {
  const knex = strapi.db.connection;
  const { tabel, tautan } = skema(strapi);
  const ep = tautan('plugin::kinerja.evaluasi', 'pegawai');
  const po = tautan('plugin::inti.pegawai', 'opd');
  return () =>
    knex(tabel('plugin::kinerja.evaluasi') + ' as e')
      .join(`${ep.t} as l`, `l.${ep.dari}`, 'e.id')
      .join(`${po.t} as o`, `o.${po.dari}`, `l.${ep.ke}`)
      .join(tabel('plugin::inti.opd') + ' as d', 'd.id', `o.${po.ke}`)
      .where({ 'e.tahun': tahun, 'e.periode_jenis': 'BULANAN', 'e.periode': bulan })
      .groupBy('d.id', 'd.kode_opd', 'd.nama', 'e.predikat_kode')
      .select('d.id', 'd.kode_opd', 'd.nama', 'e.predikat_kode', knex.raw('count(*) as jumlah'));
}

/** TPP lines of the month with the pegawai master data and OPD, as the export reads them. */
async function barisTpp(strapi, tahun, bulan) {
  const knex = strapi.db.connection;
  const { tabel, tautan } = skema(strapi);
  const tp = tautan('plugin::tpp.tpp', 'pegawai');
  const po = tautan('plugin::inti.pegawai', 'opd');
  return knex(tabel('plugin::tpp.tpp') + ' as t')
    .join(`${tp.t} as l`, `l.${tp.dari}`, 't.id')
    .join(tabel('plugin::inti.pegawai') + ' as p', 'p.id', `l.${tp.ke}`)
    .join(`${po.t} as o`, `o.${po.dari}`, 'p.id')
    .join(tabel('plugin::inti.opd') + ' as d', 'd.id', `o.${po.ke}`)
    .where({ 't.tahun': tahun, 't.bulan': bulan })
    .select(
      't.*',
      'p.nik',
      'p.tanggal_lahir',
      'p.alamat',
      'p.kode_bank',
      'p.nama_bank',
      'p.npwp',
      'p.nomor_rekening',
      'd.kode_opd',
    )
    .orderBy([{ column: 'd.kode_opd' }, { column: 't.nama' }]);
}

/** exceljs writing the rows from memory: one workbook per OPD with every column of the line, like the export. */
async function tulisExcelDariMemori(barisPerOpd) {
  const ExcelJS = require('exceljs');
  for (const baris of barisPerOpd.values()) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TPP');
    const kolom = Object.keys(baris[0]).filter(
      (k) =>
        ![
          'id',
          'document_id',
          'created_at',
          'updated_at',
          'published_at',
          'created_by_id',
          'updated_by_id',
          'locale',
          'alasan',
        ].includes(k),
    );
    ws.columns = kolom.map((k) => ({ header: k, key: k, width: 16 }));
    for (const b of baris) ws.addRow(b);
    await wb.xlsx.writeBuffer();
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

function status(h) {
  if (h.figure == null) return h.catatan?.startsWith('belum tersedia') ? 'N/A' : 'GAGAL';
  const okMutlak = h.bar_ms == null || h.figure <= h.bar_ms;
  const okRasio = h.bar_rasio == null || h.ratio == null || h.ratio <= h.bar_rasio;
  return okMutlak && okRasio ? 'PASS' : 'WARN';
}

function cetakTabel(hasil) {
  const kol = ['work', 'figure', 'baseline', 'ratio', 'bar', 'status'];
  const rows = hasil.map((h) => [
    h.work,
    h.figure == null ? h.catatan || '—' : `${h.figure} ${h.satuan}`,
    h.baseline == null ? '—' : `${h.baseline} ${h.satuan} (${h.baseline_nama})`,
    h.ratio == null ? '—' : `${h.ratio}×`,
    [h.bar_ms != null ? `≤ ${h.bar_ms} ${h.satuan}` : null, h.bar_rasio != null ? `≤ ${h.bar_rasio}×` : null]
      .filter(Boolean)
      .join(', ') || '—',
    h.status,
  ]);
  const lebar = kol.map((k, i) => Math.max(k.length, ...rows.map((r) => String(r[i]).length)));
  const garis = (r) => '| ' + r.map((x, i) => String(x).padEnd(lebar[i])).join(' | ') + ' |';
  console.log(garis(kol));
  console.log('|' + lebar.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(garis(r));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const arg = bacaArgumen(process.argv.slice(2));
  const distDir = path.join(AKAR, 'cms', 'dist');
  if (!fs.existsSync(path.join(distDir, 'src', 'index.js'))) {
    console.error('✖ cms/dist belum ada: jalankan `node scripts/build.js --server-only` dulu.');
    process.exit(1);
  }
  const env = await siapkanDb(arg);
  // Ctrl-C: still drop the temp database
  for (const sinyal of ['SIGINT', 'SIGTERM'])
    process.once(sinyal, () => env.bersihkan().finally(() => process.exit(130)));
  const hasil = [];
  const info = {
    tanggal: new Date().toISOString(),
    db: env.db,
    pegawai: arg.pegawai,
    runs: arg.runs,
    koneksi: arg.koneksi,
    durasi_s: arg.durasi,
    cpu: os.cpus().length,
    cpu_model: os.cpus()[0]?.model,
    node: process.version,
  };
  let strapi = null;
  let http = null;
  try {
    const { createStrapi } = require('@strapi/strapi');
    process.chdir(path.join(AKAR, 'cms'));
    let t0 = process.hrtime.bigint();
    const s = createStrapi({ appDir: path.join(AKAR, 'cms'), distDir });
    s.log.level = process.env.MSKP_BENCH_LOG || 'warn';
    strapi = await s.load();
    await strapi.server.mount();
    info.boot_ms = bulat(ms(t0));
    info.rss_setelah_boot_mb = bulat(process.memoryUsage().rss / 2 ** 20);

    console.log(`▶ Kota demo ${arg.pegawai} pegawai (${env.db})…`);
    t0 = process.hrtime.bigint();
    const { buatKotaDemo, perbaruiStatistik } = require(path.join(AKAR, 'database', 'seed'));
    const ringkas = await strapi.db.transaction(() => buatKotaDemo(strapi, { pegawai: arg.pegawai, tahun: arg.tahun }));
    if (ringkas.dilewati) throw new Error(ringkas.alasan);
    info.seed_ms = bulat(ms(t0));
    // planner statistics of the committed rows (PostgreSQL), as any database that has been running has them
    t0 = process.hrtime.bigint();
    info.analyze_tabel = await perbaruiStatistik(strapi);
    info.analyze_ms = bulat(ms(t0));
    info.seed = ringkas;
    const tahun = ringkas.tahun ?? arg.tahun ?? new Date().getFullYear();
    // the month of the demo year with the most monthly evaluations (else the last closed month)
    const kini = new Date();
    const ramai = await strapi.db
      .connection(strapi.db.metadata.get('plugin::kinerja.evaluasi').tableName)
      .where({ tahun, periode_jenis: 'BULANAN' })
      .groupBy('periode')
      .select('periode', strapi.db.connection.raw('count(*) as n'))
      .orderBy([
        { column: 'n', order: 'desc' },
        { column: 'periode', order: 'desc' },
      ])
      .first();
    const bulan = ramai ? Number(ramai.periode) : tahun < kini.getFullYear() ? 12 : Math.max(1, kini.getMonth());
    info.tahun = tahun;
    info.bulan = bulan;

    await new Promise((ok) => strapi.server.httpServer.listen(0, '127.0.0.1', ok));
    const port = strapi.server.httpServer.address().port;
    const asal = `http://127.0.0.1:${port}`;
    http = klienHttp(asal, arg.koneksi);
    const masuk = async (identifier) =>
      (await http.wajib('POST', '/api/auth/local', { body: { identifier, password: KATA_SANDI } })).json().jwt;
    const admin = await masuk('admin');
    const bkad = await masuk('bkad');
    const ada = pemeriksaRute(strapi);
    console.log(
      `  boot ${(info.boot_ms / 1000).toFixed(1)} s, seed ${(info.seed_ms / 1000).toFixed(1)} s; periode ${tahun}-${String(bulan).padStart(2, '0')}; port ${port}`,
    );

    const catat = (h) => {
      h.status = status(h);
      hasil.push(h);
      console.log(
        `  • ${h.work}: ${h.figure == null ? h.catatan : `${h.figure} ${h.satuan}`}${h.ratio != null ? ` (${h.ratio}× ${h.baseline_nama})` : ''}`,
      );
    };
    const rasio = (a, b) => (a == null || !b ? null : bulat(a / b, 2));
    const jalan = async (kunci, work, fn) => {
      if (arg.hanya && !arg.hanya.has(kunci)) return;
      try {
        await fn();
      } catch (e) {
        catat({ work, figure: null, catatan: `galat: ${e.message.slice(0, 160)}` });
      }
    };

    // 1. TPP run, whole city
    await jalan('tpp', 'TPP run (capaian + TPP), kota, 1 bulan', async () => {
      const work = 'TPP run (capaian + TPP), kota, 1 bulan';
      if (!ada('POST', '/api/tpp/hitung'))
        return catat({ work, figure: null, catatan: 'belum tersedia (POST /api/tpp/hitung)' });
      let ringkasRun = null;
      const r = await ukur(
        async () => {
          ringkasRun = (await http.wajib('POST', '/api/tpp/hitung', { token: bkad, body: { tahun, bulan } })).json()
            .data;
        },
        Math.min(arg.runs, 3),
      );
      const agregat = sqlAgregatTpp(strapi, tahun, bulan);
      let nBaris = 0;
      const b = await ukur(async () => (nBaris = (await agregat()).length), arg.runs);
      // a baseline that also writes: the aggregate and a raw UPDATE of the month's lines, in one transaction
      const tulis = sqlAgregatTulisTpp(strapi, tahun, bulan);
      let nTulis = 0;
      const bt = await ukur(async () => (nTulis = await tulis()), arg.runs);
      const jumlah = ringkasRun
        ? Object.fromEntries(Object.entries(ringkasRun).filter(([, v]) => typeof v === 'number'))
        : {};
      catat({
        work,
        figure: bulat(r.median),
        runs: r.runs,
        satuan: 'ms',
        baseline: bulat(b.median),
        baseline_nama: 'SQL agregat',
        ratio: rasio(r.median, b.median),
        bar_ms: 5000,
        bar_rasio: 3,
        rinci: {
          ringkasan_run: jumlah,
          baris_sql: nBaris,
          sql_agregat_tulis_ms: bulat(bt.median),
          baris_ditulis_sql: nTulis,
          rasio_sql_agregat_tulis: rasio(r.median, bt.median),
        },
      });
      console.log(
        `    (SQL agregat + UPDATE ${nTulis} baris TPP dalam 1 transaksi: ${bulat(bt.median)} ms → ${rasio(r.median, bt.median)}×)`,
      );
    });

    // 2. SIPD TPP Excel, every OPD (the export takes one kode_opd: the city = one file per OPD, in sequence)
    await jalan('excel', 'Excel TPP SIPD, kota (per OPD, berurutan)', async () => {
      const work = 'Excel TPP SIPD, kota (per OPD, berurutan)';
      if (!ada('GET', '/api/tpp/export'))
        return catat({ work, figure: null, catatan: 'belum tersedia (GET /api/tpp/export)' });
      const baris = await barisTpp(strapi, tahun, bulan);
      if (!baris.length) return catat({ work, figure: null, catatan: 'tidak ada baris TPP (run TPP gagal/absen)' });
      const perOpd = new Map();
      for (const b of baris) {
        if (!perOpd.has(b.kode_opd)) perOpd.set(b.kode_opd, []);
        perOpd.get(b.kode_opd).push(b);
      }
      let bita = 0;
      const r = await ukur(
        async () => {
          bita = 0;
          for (const kode of perOpd.keys()) {
            const q = new URLSearchParams({
              tahun: String(tahun),
              bulan: String(bulan),
              kode_opd: kode,
              jenis: 'beban',
              format: 'xlsx',
            });
            bita += (await http.wajib('GET', `/api/tpp/export?${q}`, { token: bkad })).buf.length;
          }
        },
        Math.min(arg.runs, 3),
      );
      const b = await ukur(() => tulisExcelDariMemori(perOpd), Math.min(arg.runs, 3));
      catat({
        work,
        figure: bulat(r.median),
        runs: r.runs,
        satuan: 'ms',
        baseline: bulat(b.median),
        baseline_nama: 'exceljs dari memori',
        ratio: rasio(r.median, b.median),
        bar_ms: 3000,
        bar_rasio: 2,
        rinci: { opd: perOpd.size, baris: baris.length, bita },
      });
    });

    // 3. Laporan Predikat, all OPD, one month (JSON)
    await jalan('predikat', 'Laporan Predikat, semua OPD, 1 bulan', async () => {
      const work = 'Laporan Predikat, semua OPD, 1 bulan';
      if (!ada('GET', '/api/laporan/predikat'))
        return catat({ work, figure: null, catatan: 'belum tersedia (GET /api/laporan/predikat)' });
      const url = `/api/laporan/predikat?tahun=${tahun}&bulan=${bulan}&format=json`;
      let nOpd = 0;
      const r = await ukur(
        async () => (nOpd = (await http.wajib('GET', url, { token: admin })).json().data?.opd?.length ?? 0),
        arg.runs,
      );
      const grup = sqlGroupPredikat(strapi, tahun, bulan);
      let nGrup = 0;
      const b = await ukur(async () => (nGrup = (await grup()).length), arg.runs);
      catat({
        work,
        figure: bulat(r.median),
        runs: r.runs,
        satuan: 'ms',
        baseline: bulat(b.median),
        baseline_nama: 'SQL group-by',
        ratio: rasio(r.median, b.median),
        bar_ms: 1000,
        bar_rasio: 3,
        rinci: { opd: nOpd, grup_sql: nGrup },
      });
    });

    // 4. Monthly SKP PDF, one pegawai
    await jalan('pdf', 'PDF SKP bulanan, 1 pegawai', async () => {
      const work = 'PDF SKP bulanan, 1 pegawai';
      if (!ada('GET', '/api/cetak/skp-bulanan'))
        return catat({ work, figure: null, catatan: 'belum tersedia (GET /api/cetak/skp-bulanan)' });
      let bita = 0;
      const r = await ukur(
        async () =>
          (bita = (
            await http.wajib('GET', `/api/cetak/skp-bulanan?nip=${NIP_PDF}&tahun=${tahun}&bulan=${bulan}`, {
              token: admin,
            })
          ).buf.length),
        Math.max(arg.runs, 10),
      );
      catat({
        work,
        figure: bulat(r.median),
        runs: r.runs,
        satuan: 'ms',
        baseline: null,
        ratio: null,
        bar_ms: 300,
        bar_rasio: null,
        rinci: { nip: NIP_PDF, bita },
      });
    });

    // 5. Panel list under load, and the stock find on the same type
    await jalan('panel', 'Panel /api/panel/pegawai, p95', async () => {
      const work = `Panel /api/panel/pegawai (hal. 25, filter, sort), ${arg.koneksi} koneksi, p95`;
      if (!ada('GET', '/api/panel/:resource'))
        return catat({ work, figure: null, catatan: 'belum tersedia (GET /api/panel/:resource)' });
      const filter = { status: 'AKTIF', jenis_asn: 'PNS' };
      const url = `/api/panel/pegawai?${new URLSearchParams({ range: '[0,24]', sort: '["nama","ASC"]', filter: JSON.stringify(filter) })}`;
      const cek = await http.wajib('GET', url, { token: admin });
      const nHalaman = cek.json().length ?? cek.json().data?.length;
      for (let i = 0; i < 20; i++) await http.wajib('GET', url, { token: admin });
      const panel = await bebanHttp(asal, url, admin, arg.koneksi, arg.durasi);

      // stock baseline: the type's REST find when exposed, else the Document Service in-process (no HTTP, no auth)
      let dasar;
      let namaDasar;
      const uid = 'plugin::inti.pegawai';
      const stokUrl = '/api/pegawais';
      if (ada('GET', stokUrl)) {
        namaDasar = 'REST find bawaan';
        const su = `${stokUrl}?${new URLSearchParams({ 'pagination[pageSize]': '25', sort: 'nama:asc', 'filters[status][$eq]': 'AKTIF', 'filters[jenis_asn][$eq]': 'PNS', 'populate[opd][fields][0]': 'nama' })}`;
        dasar = await bebanHttp(asal, su, admin, arg.koneksi, arg.durasi);
      } else {
        namaDasar = 'documents().findMany in-process (tanpa rute REST bawaan)';
        const cari = () =>
          strapi.documents(uid).findMany({
            filters: filter,
            sort: [{ nama: 'asc' }],
            limit: 25,
            start: 0,
            populate: {
              opd: { fields: ['documentId', 'nama', 'singkatan'] },
              user: { fields: ['documentId', 'lastLoginAt'] },
            },
          });
        for (let i = 0; i < 20; i++) await cari();
        dasar = await beban(cari, arg.koneksi, arg.durasi);
      }
      catat({
        work,
        figure: panel.p95,
        satuan: 'ms',
        baseline: dasar.p95,
        baseline_nama: namaDasar,
        ratio: rasio(panel.p95, dasar.p95),
        bar_ms: 50,
        bar_rasio: 1,
        rinci: { panel, dasar, baris_halaman: nHalaman, url },
      });
      catat({
        work: `RSS selama beban (${arg.koneksi} koneksi)`,
        figure: panel.rss_maks_mb,
        satuan: 'MB',
        baseline: null,
        ratio: null,
        bar_ms: 600,
        bar_rasio: null,
        rinci: { rss_akhir_mb: bulat(process.memoryUsage().rss / 2 ** 20) },
      });
    });

    console.log('');
    console.log(
      `Benchmark M-SKP: ${arg.pegawai} pegawai, ${env.db}, ${info.cpu} CPU, Node ${process.version}, median dari ${arg.runs} run setelah pemanasan (${tahun}-${String(bulan).padStart(2, '0')})`,
    );
    cetakTabel(hasil);
    const folder = path.join(AKAR, 'artifacts', 'bench');
    fs.mkdirSync(folder, { recursive: true });
    const berkas = path.join(
      folder,
      `hasil-${info.tanggal.slice(0, 10)}-${arg.pegawai}-${env.db}${arg.hanya ? `-${[...arg.hanya].join('-')}` : ''}.json`,
    );
    fs.writeFileSync(berkas, JSON.stringify({ info, hasil }, null, 2) + '\n');
    console.log(`\nJSON: ${path.relative(AKAR, berkas)}`);
  } finally {
    if (http) await http.tutup().catch(() => {});
    if (strapi) await strapi.destroy().catch(() => {});
    await env.bersihkan().catch(() => {});
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
