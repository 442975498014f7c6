'use strict';
/**
 * `npm start` in development starts the bundled mock eKAK and SIMPEG (scripts/mock) and points the clients of
 * the systems with no URL at them, so a newcomer sees every integration work on the demo city. The decision is
 * plain data here (tested in tests/integrasi/mock-awal.test.ts); scripts/start.js acts on it.
 */

const SISTEM = [
  { kode: 'EKAK', kunci: 'ekak', url: 'EKAK_URL', port: 'MOCK_EKAK_PORT', bawaan: 4101 },
  { kode: 'SIMPEG', kunci: 'simpeg', url: 'SIMPEG_URL', port: 'MOCK_SIMPEG_PORT', bawaan: 4102 },
];

const kosong = (v) => v == null || String(v).trim() === '';

/**
 * Whether to start the mocks, from the environment `npm start` hands the server (.env + process).
 * → {mulai: false, alasan} or {mulai: true, sistem: ['EKAK', …] (those without URL), port: {ekak, simpeg}, host}.
 * Never in production (a system without its URL stays off there), never under tests, never without the demo
 * city (its data would not match), never when MSKP_MOCK=false, and not when every system has its URL.
 */
function rencanaMock(env) {
  if (env.NODE_ENV === 'production') return { mulai: false, alasan: 'PRODUKSI' };
  if (env.NODE_ENV === 'test' || !kosong(env.JEST_WORKER_ID)) return { mulai: false, alasan: 'UJI' };
  if (env.MSKP_MOCK === 'false') return { mulai: false, alasan: 'DIMATIKAN' };
  if (env.MSKP_DEMO === 'false') return { mulai: false, alasan: 'TANPA_DEMO' };
  const sistem = SISTEM.filter((s) => kosong(env[s.url])).map((s) => s.kode);
  if (!sistem.length) return { mulai: false, alasan: 'DIKONFIGURASI' };
  const port = {};
  for (const s of SISTEM) {
    const v = env[s.port];
    if (kosong(v)) port[s.kunci] = s.bawaan;
    else if (/^\d+$/.test(String(v).trim()) && Number(v) <= 65535) port[s.kunci] = Number(v);
    else return { mulai: false, alasan: 'PORT_SALAH', pesan: `${s.port} harus nomor port 0–65535, bukan "${v}".` };
  }
  return { mulai: true, sistem, port, host: kosong(env.MOCK_HOST) ? '127.0.0.1' : String(env.MOCK_HOST).trim() };
}

/** The variables for the server once the mocks listen at `url` ({ekak, simpeg}): only the systems without URL. */
function urlKlien(rencana, url) {
  if (!rencana.mulai) return {};
  return Object.fromEntries(SISTEM.filter((s) => rencana.sistem.includes(s.kode)).map((s) => [s.url, url[s.kunci]]));
}

module.exports = { rencanaMock, urlKlien };
