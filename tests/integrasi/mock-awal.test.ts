/**
 * `npm start` and the mock servers (issue 12 item 2): in development the mocks start for the systems with no
 * URL and the clients point at them; production, tests, a city without the demo, MSKP_MOCK=false and a fully
 * configured machine never start one. The rule is plain data (scripts/lib/mock-awal.js).
 */
// scripts/lib is plain Node (CommonJS), run by scripts/start.js
const { rencanaMock, urlKlien } = require('../../scripts/lib/mock-awal');

const PORT = { ekak: 4101, simpeg: 4102 };
const LOKAL = '127.0.0.1';

describe('rencanaMock: start the mocks or not, for which systems', () => {
  it.each([
    ['development, no URL: both', {}, { mulai: true, sistem: ['EKAK', 'SIMPEG'], port: PORT, host: LOKAL }],
    [
      'NODE_ENV=development, blank URLs (as in .env.example): both',
      { NODE_ENV: 'development', EKAK_URL: '', SIMPEG_URL: '  ' },
      { mulai: true, sistem: ['EKAK', 'SIMPEG'], port: PORT, host: LOKAL },
    ],
    [
      'eKAK configured: SIMPEG only',
      { EKAK_URL: 'https://ekak.kota.go.id' },
      { mulai: true, sistem: ['SIMPEG'], port: PORT, host: LOKAL },
    ],
    [
      'SIMPEG configured: eKAK only',
      { SIMPEG_URL: 'https://simpeg.kota.go.id' },
      { mulai: true, sistem: ['EKAK'], port: PORT, host: LOKAL },
    ],
    [
      'own ports and host',
      { MOCK_EKAK_PORT: '5101', MOCK_SIMPEG_PORT: '0', MOCK_HOST: '0.0.0.0' },
      { mulai: true, sistem: ['EKAK', 'SIMPEG'], port: { ekak: 5101, simpeg: 0 }, host: '0.0.0.0' },
    ],
    ['production: never', { NODE_ENV: 'production' }, { mulai: false, alasan: 'PRODUKSI' }],
    [
      'production even with the demo asked for: never',
      { NODE_ENV: 'production', MSKP_DEMO: 'true', MSKP_MOCK: 'true' },
      { mulai: false, alasan: 'PRODUKSI' },
    ],
    ['NODE_ENV=test: never', { NODE_ENV: 'test' }, { mulai: false, alasan: 'UJI' }],
    ['under jest: never', { JEST_WORKER_ID: '1' }, { mulai: false, alasan: 'UJI' }],
    ['switched off by MSKP_MOCK=false', { MSKP_MOCK: 'false' }, { mulai: false, alasan: 'DIMATIKAN' }],
    ['no demo city (MSKP_DEMO=false)', { MSKP_DEMO: 'false' }, { mulai: false, alasan: 'TANPA_DEMO' }],
    [
      'both configured: nothing to start',
      { EKAK_URL: 'https://ekak.kota.go.id', SIMPEG_URL: 'https://simpeg.kota.go.id' },
      { mulai: false, alasan: 'DIKONFIGURASI' },
    ],
    [
      'a malformed port: not started, the variable named',
      { MOCK_SIMPEG_PORT: 'empat' },
      { mulai: false, alasan: 'PORT_SALAH', pesan: 'MOCK_SIMPEG_PORT harus nomor port 0–65535, bukan "empat".' },
    ],
    [
      'a port out of range',
      { MOCK_EKAK_PORT: '70000' },
      { mulai: false, alasan: 'PORT_SALAH', pesan: 'MOCK_EKAK_PORT harus nomor port 0–65535, bukan "70000".' },
    ],
  ])('%s', (_n, env, hasil) => {
    expect(rencanaMock(env)).toEqual(hasil);
  });
});

describe('urlKlien: which URL each client gets', () => {
  const url = { ekak: 'http://127.0.0.1:4101', simpeg: 'http://127.0.0.1:4102' };

  it.each([
    ['both unconfigured → both mocks', {}, { EKAK_URL: url.ekak, SIMPEG_URL: url.simpeg }],
    ['a configured eKAK keeps its own URL', { EKAK_URL: 'https://ekak.kota.go.id' }, { SIMPEG_URL: url.simpeg }],
    ['production → none', { NODE_ENV: 'production' }, {}],
    ['tests → none', { NODE_ENV: 'test' }, {}],
  ])('%s', (_n, env, hasil) => {
    expect(urlKlien(rencanaMock(env), url)).toEqual(hasil);
  });
});
