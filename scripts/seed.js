#!/usr/bin/env node
'use strict';
/**
 * npm run seed -- [--pegawai N] [--tahun YYYY] [--reset]
 *
 * Creates the demo city of Kota Madiun (database/seed) in the configured database, in-process:
 * boots Strapi without serving (MSKP_DEMO=false so that bootstrap does not seed by itself), writes
 * the city in one transaction, prints the summary, and shuts down.
 *  --pegawai N  number of pegawai (default 300; the documented demo accounts included)
 *  --tahun YYYY demo year (default: the current year)
 *  --reset      deletes the existing demo data first (never in production)
 * A database that already holds data is left alone unless --reset is given. NODE_ENV=production
 * always refuses.
 */
const fs = require('fs');
const path = require('path');
const { AKAR, pastikanRahasia, lingkungan } = require('./lib/env');
const { wajib } = require('./lib/jalankan');

const BANTUAN = `Pemakaian: npm run seed -- [--pegawai N] [--tahun YYYY] [--reset]
  --pegawai N   jumlah pegawai demo (bawaan 300, termasuk akun demo tetap)
  --tahun YYYY  tahun demo (bawaan: tahun berjalan)
  --reset       hapus data demo yang ada lebih dulu (tidak pernah pada production)`;

function gagal(pesan, kode = 1) {
  console.error(`✖ ${pesan}`);
  process.exit(kode);
}

function bacaArgumen(argv) {
  const hasil = { pegawai: 300, tahun: undefined, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const [nama, nilaiSebaris] = argv[i].split(/=(.*)/s);
    const nilai = () => {
      const v = nilaiSebaris !== undefined ? nilaiSebaris : argv[++i];
      if (v === undefined || v === '') gagal(`Opsi ${nama} memerlukan nilai.\n${BANTUAN}`, 2);
      return v;
    };
    switch (nama) {
      case '--pegawai': {
        const v = nilai();
        if (!/^\d+$/.test(v)) gagal(`--pegawai harus bilangan bulat positif, bukan "${v}".`, 2);
        hasil.pegawai = Number(v);
        break;
      }
      case '--tahun': {
        const v = nilai();
        if (!/^\d{4}$/.test(v)) gagal(`--tahun harus tahun empat digit, bukan "${v}".`, 2);
        hasil.tahun = Number(v);
        break;
      }
      case '--reset':
        hasil.reset = true;
        break;
      case '--help':
      case '-h':
        console.log(BANTUAN);
        process.exit(0);
        break;
      default:
        gagal(`Opsi tidak dikenal: ${argv[i]}\n${BANTUAN}`, 2);
    }
  }
  return hasil;
}

const detik = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const arg = bacaArgumen(process.argv.slice(2));
  const produksi = () => (process.env.NODE_ENV ?? lingkungan().NODE_ENV) === 'production';
  if (produksi()) {
    gagal('Kota demo tidak pernah dibuat pada NODE_ENV=production (data demo memakai kata sandi yang diketahui umum).');
  }
  const dibuat = pastikanRahasia();
  if (dibuat.length) console.log(`• Rahasia pengembangan dibuat di .env: ${dibuat.join(', ')}`);

  const bin = (n) => path.join(AKAR, 'node_modules', '.bin', n);
  const terkompilasi = [
    'cms/dist/src/index.js',
    'plugins/inti/dist/server/index.js',
    'plugins/panel/dist/server/index.js',
  ].every((f) => fs.existsSync(path.join(AKAR, f)));
  if (!terkompilasi) {
    console.log('▶ Kompilasi server (tsc)');
    await wajib(bin('tsc'), ['-b', 'plugins/inti', 'plugins/panel']);
    await wajib(bin('tsc'), ['-p', 'cms']);
  }

  Object.assign(process.env, lingkungan({ MSKP_DEMO: 'false', STRAPI_STARTUP_LOG: 'false' }));
  if (produksi()) gagal('Kota demo tidak pernah dibuat pada NODE_ENV=production.');

  const mulai = Date.now();
  const appDir = path.join(AKAR, 'cms');
  process.chdir(appDir);

  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const waktuBoot = Date.now() - mulai;
  let kode = 0;
  try {
    const hitung = async (uid) => app.db.query(uid).count();
    const isi = {
      opd: await hitung('plugin::inti.opd'),
      jabatan: await hitung('plugin::inti.jabatan'),
      pegawai: await hitung('plugin::inti.pegawai'),
      pengguna: await hitung('plugin::users-permissions.user'),
    };
    const terisi = Object.entries(isi).filter(([, n]) => n > 0);
    if (terisi.length && !arg.reset) {
      console.error(
        `✖ Basis data tidak kosong (${terisi.map(([k, n]) => `${n} ${k}`).join(', ')}); kota demo tidak dibuat.\n` +
          '  Jalankan "npm run seed -- --reset" untuk menghapus data demo yang ada lalu membuatnya ulang.',
      );
      kode = 3;
    } else {
      await seed(app, arg, mulai, waktuBoot);
    }
  } catch (e) {
    console.error(`✖ Kota demo gagal dibuat: ${e.message}`);
    if (process.env.DEBUG) console.error(e);
    kode = 1;
  } finally {
    await app.destroy();
  }
  process.exit(kode);
}

async function seed(app, arg, mulai, waktuBoot) {
  const { buatKotaDemo, hapusKotaDemo, perbaruiStatistik } = require(path.join(AKAR, 'database', 'seed'));
  const t0 = Date.now();
  let terhapus = null;
  const hasil = await app.db.transaction(async () => {
    if (arg.reset) terhapus = await hapusKotaDemo(app);
    const r = await buatKotaDemo(app, { pegawai: arg.pegawai, tahun: arg.tahun });
    if (r.dilewati) throw new Error(r.alasan);
    return r;
  });
  // fresh planner statistics for the bulk-loaded tables (PostgreSQL plans nested loops without them)
  await perbaruiStatistik(app);
  const waktuSeed = Date.now() - t0;
  if (terhapus) {
    const jumlah = Object.values(terhapus).reduce((s, n) => s + n, 0);
    console.log(`• Data demo lama dihapus: ${jumlah} baris dari ${Object.keys(terhapus).length} tipe konten.`);
  }
  console.log('✔ Kota demo dibuat:');
  for (const [k, v] of Object.entries(hasil)) console.log(`  ${k.padEnd(20)} ${v}`);
  console.log(`  Waktu: boot ${detik(waktuBoot)}, seed ${detik(waktuSeed)}, total ${detik(Date.now() - mulai)}.`);
  console.log(
    `  Kata sandi semua akun demo: Madiun#2026 (admin, bkad, inspektorat, NIP pegawai; Admin OPD Diskominfo: ${hasil.admin_opd}).`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
