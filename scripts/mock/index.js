#!/usr/bin/env node
'use strict';
/**
 * npm run mock:servers — the mock eKAK and SIMPEG on the demo city, for demos and by hand.
 * Ports: MOCK_EKAK_PORT (default 4101), MOCK_SIMPEG_PORT (default 4102); size and year as the seed takes
 * them (MSKP_DEMO_PEGAWAI, default 300; MSKP_DEMO_TAHUN, default the current year). The plugins must be built
 * (`node scripts/build.js --server-only`): the data comes from the seed's plan.
 *
 * Tests use `mulaiMock()` on free ports. Failure switches: POST /__mock/mode {galat5xx, status5xx, tundaMs,
 * jsonRusak}, POST /__mock/skenario {jenis, ...}, POST /__mock/reset, GET /__mock/hitungan.
 */
const { dataKotaDemo } = require('./kota');
const { buatMockEkak } = require('./ekak');
const { buatMockSimpeg } = require('./simpeg');

const PORT_BAWAAN = { ekak: 4101, simpeg: 4102 };

/** Starts both mocks; resolves to {ekak, simpeg, data, url:{ekak, simpeg}, berhenti()}. */
async function mulaiMock({ data, port = { ekak: 0, simpeg: 0 }, host = '127.0.0.1', token = {} } = {}) {
  const d = data ?? dataKotaDemo();
  const ekak = buatMockEkak(d, { token: token.ekak ?? null });
  const simpeg = buatMockSimpeg(d, { token: token.simpeg ?? null });
  const url = { ekak: await ekak.mulai(port.ekak, host), simpeg: await simpeg.mulai(port.simpeg, host) };
  return { ekak, simpeg, data: d, url, berhenti: () => Promise.all([ekak.berhenti(), simpeg.berhenti()]) };
}

function portDari(nama, bawaan) {
  const v = process.env[nama];
  if (v == null || v === '') return bawaan;
  if (!/^\d+$/.test(v) || Number(v) > 65535) {
    console.error(`✖ ${nama} harus nomor port 0–65535, bukan "${v}".`);
    process.exit(2);
  }
  return Number(v);
}

async function main() {
  const port = {
    ekak: portDari('MOCK_EKAK_PORT', PORT_BAWAAN.ekak),
    simpeg: portDari('MOCK_SIMPEG_PORT', PORT_BAWAAN.simpeg),
  };
  const tahun = process.env.MSKP_DEMO_TAHUN ? Number(process.env.MSKP_DEMO_TAHUN) : undefined;
  const m = await mulaiMock({ data: dataKotaDemo({ tahun }), port, host: process.env.MOCK_HOST || '127.0.0.1' });
  console.log(`• Mock eKAK   : ${m.url.ekak}   (MOCK_EKAK_PORT, bawaan ${PORT_BAWAAN.ekak})`);
  console.log(`• Mock SIMPEG : ${m.url.simpeg}   (MOCK_SIMPEG_PORT, bawaan ${PORT_BAWAAN.simpeg})`);
  console.log(`  Kota demo ${m.data.tahun}, ${m.data.simpeg.size} pegawai. Arahkan klien ke sini:`);
  console.log(`  EKAK_URL=${m.url.ekak} SIMPEG_URL=${m.url.simpeg}`);
  const henti = () => m.berhenti().then(() => process.exit(0));
  process.on('SIGINT', henti);
  process.on('SIGTERM', henti);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { mulaiMock, PORT_BAWAAN, dataKotaDemo, buatMockEkak, buatMockSimpeg };
