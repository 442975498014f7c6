'use strict';
/**
 * What both mock servers share: a plain Node http server, per-path attempt counters, and the failure switches
 * a test (or a demo, through `POST /__mock/mode`) sets — answer 5xx for the next n requests, answer late,
 * answer a body that is not JSON. `POST /__mock/reset` restores the data and clears the switches.
 */
const http = require('http');

const MODE_AWAL = () => ({ galat5xx: 0, status5xx: 503, tundaMs: 0, jsonRusak: false });

function kirimJson(res, status, body) {
  const teks = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(teks),
  });
  res.end(teks);
}

function bacaBody(req) {
  return new Promise((resolve, reject) => {
    const potong = [];
    req.on('data', (c) => potong.push(c));
    req.on('error', reject);
    req.on('end', () => {
      const teks = Buffer.concat(potong).toString('utf8');
      if (!teks) return resolve({});
      const jenis = String(req.headers['content-type'] || '');
      try {
        if (jenis.includes('application/json')) return resolve(JSON.parse(teks));
        return resolve(Object.fromEntries(new URLSearchParams(teks)));
      } catch {
        return resolve(null);
      }
    });
  });
}

/**
 * A mock server. `tangani({metode, jalur, query, body, headers})` answers `{status, body}` from the current
 * data; `pulihkan()` rebuilds that data (on creation and on reset); `skenario(body)` applies a data switch
 * named in a `POST /__mock/skenario` request. `token`: when set, requests need `Authorization: Bearer <token>`.
 */
function buatServerMock({ nama, tangani, pulihkan, skenario, token = null }) {
  const mode = MODE_AWAL();
  const hitungan = {};
  const tertunda = new Set();
  pulihkan();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://mock');
    const jalur = url.pathname.replace(/\/+$/, '') || '/';
    const body = await bacaBody(req);

    if (jalur.startsWith('/__mock/')) {
      if (req.method === 'GET' && jalur === '/__mock/hitungan') return kirimJson(res, 200, { hitungan });
      if (req.method !== 'POST') return kirimJson(res, 405, { message: 'Metode tidak didukung' });
      if (jalur === '/__mock/mode') {
        Object.assign(mode, body || {});
        return kirimJson(res, 200, { mode });
      }
      if (jalur === '/__mock/reset') {
        atur.reset();
        return kirimJson(res, 200, { mode });
      }
      if (jalur === '/__mock/skenario') {
        try {
          return kirimJson(res, 200, { hasil: skenario(body || {}) });
        } catch (e) {
          return kirimJson(res, 400, { message: e.message });
        }
      }
      return kirimJson(res, 404, { message: 'Tidak ditemukan' });
    }

    const kunci = `${req.method} ${jalur}`;
    hitungan[kunci] = (hitungan[kunci] || 0) + 1;

    const jawab = () => {
      if (token && req.headers.authorization !== `Bearer ${token}`)
        return kirimJson(res, 401, { message: 'Unauthorized' });
      if (mode.galat5xx > 0) {
        mode.galat5xx -= 1;
        return kirimJson(res, mode.status5xx, { message: `${nama} sedang gangguan` });
      }
      if (body === null) return kirimJson(res, 400, { message: 'Body bukan JSON yang sah' });
      const hasil = tangani({
        metode: req.method,
        jalur,
        query: Object.fromEntries(url.searchParams),
        body,
        headers: req.headers,
      });
      if (mode.jsonRusak && hasil.status < 300) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"data": [{"rusak": ');
      }
      return kirimJson(res, hasil.status, hasil.body);
    };
    if (mode.tundaMs > 0) {
      const t = setTimeout(() => {
        tertunda.delete(t);
        if (!res.destroyed) jawab();
      }, mode.tundaMs);
      tertunda.add(t);
    } else jawab();
  });

  const atur = {
    nama,
    server,
    mode,
    hitungan,
    /** The number of requests received on `METODE /jalur` (every attempt counts). */
    jumlah: (kunci) => hitungan[kunci] || 0,
    setel: (m) => Object.assign(mode, m),
    reset: () => {
      Object.assign(mode, MODE_AWAL());
      for (const k of Object.keys(hitungan)) delete hitungan[k];
      pulihkan();
    },
    /** Starts on `port` (0: a free one); resolves to the base URL. */
    mulai: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(`http://${host}:${server.address().port}`));
      }),
    berhenti: () =>
      new Promise((resolve) => {
        for (const t of tertunda) clearTimeout(t);
        tertunda.clear();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
  return atur;
}

module.exports = { buatServerMock, kirimJson };
