/**
 * Hardening 10: a fuzz test of every content-API route. The routes are read from Strapi's router at run
 * time (every `/api/...` layer of strapi.server.listRoutes()), so a new route is covered without touching
 * this file. Each is called as Admin BKPSDM and as a pegawai with a fixed, deterministic set of bad inputs
 * (malformed JSON, wrong types, huge strings, malformed sort/range/filter, multipart where none is taken,
 * bad path ids): no answer may be a 5xx, and every 4xx carries api.md's error body with a `details.code`.
 *
 * Bounded: a handful of requests per route and caller (about 1,400 in all), no randomness. The bad
 * path ids never name an existing record, so no call changes the data the others read; the session routes
 * (logout, change-password) run last, each with its own fresh login.
 */
import { mulaiStrapi, NIP } from '../helpers/strapi';

const t = mulaiStrapi();

interface Rute {
  method: string;
  path: string;
}

const BESAR = 'x'.repeat(200_000);
const PANJANG = 'y'.repeat(5_000);
/** Bad values for path parameters (`:id` …), used in turn. */
const ID_BURUK = [
  '0',
  '-1',
  'tidak-ada',
  '9'.repeat(40),
  encodeURIComponent("1' OR '1'='1"),
  'z'.repeat(300),
  '1e999',
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent('{"$gt":0}'),
  '%E2%9C%93',
];
/** Field names the API uses (query and body): every bad value is put on all of them at once. */
const FIELD = [
  'tahun',
  'bulan',
  'triwulan',
  'nip',
  'kode_opd',
  'id',
  'ids',
  'skp',
  'rhk',
  'nilai',
  'status',
  'alasan',
  'umpan_balik',
  'rating_hasil',
  'rating_perilaku',
  'data',
  'format',
  'jenis',
  'tanggal',
  'tempat',
  'kertas',
  'q',
  'page',
  'pageSize',
  'uraian',
  'target',
  'satuan',
  'periode',
  'sampai',
  'bukti_url',
  'hapus_bukti',
  'nama',
  'identifier',
  'password',
  'currentPassword',
  'passwordConfirmation',
  'refreshToken',
  'kode',
  'predikat',
  'predikat_kode',
  'dry_run',
  'cakupan',
];

const semua = <T>(v: T): Record<string, T> => Object.fromEntries(FIELD.map((f) => [f, v]));
const qs = (o: Record<string, string>) =>
  Object.entries(o)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');

/** Query strings for GET routes (other methods get the first and the wrong-types one). */
const QUERY: string[] = [
  // malformed sort/range/filter of the panel protocol
  qs({ sort: '["nama"', range: '[0,', filter: '{"q":' }),
  qs({
    sort: '["nama;DROP TABLE x","SIDEWAYS"]',
    range: '[-5,1e12]',
    filter: '{"id":{"$foo":1},"q":{"$gt":""},"tidak_ada":1}',
  }),
  qs({ sort: '[1,2,3]', range: '[9007199254740993,"a"]', filter: '[1,2]' }),
  // wrong types and out-of-range values on every field
  qs({ ...semua('abc'), page: '0', pageSize: '1000000000' }),
  // arrays and objects through the query parser
  FIELD.map((f) => `${f}[]=1&${f}[$gt]=1&${f}[a][b]=c`).join('&'),
  // long strings (the whole URL stays under Node's 16 KB header limit)
  qs({ ...Object.fromEntries(FIELD.map((f) => [f, 'y'.repeat(120)])), q: PANJANG, nip: PANJANG.slice(0, 2000) }),
];

/** Bodies for POST/PUT/DELETE routes: [content type, raw body]. */
const BODY: [string, string | Buffer][] = [
  ['application/json', '{"tahun": 2026, "bulan": '],
  ['application/json', '"sebuah string"'],
  ['application/json', '[1, {"a": 2}, null]'],
  ['application/json', JSON.stringify(semua({ $gt: 0 }))],
  ['application/json', JSON.stringify(semua(['a', { b: 1 }]))],
  [
    'application/json',
    JSON.stringify({ ...semua(true), tahun: 1e308, bulan: -0.5, ids: Array.from({ length: 600 }, (_, i) => `x${i}`) }),
  ],
  [
    'application/json',
    JSON.stringify({
      ...semua(PANJANG),
      nip: BESAR,
      uraian: BESAR,
      alasan: BESAR,
      data: { a: { b: { c: { d: { e: [[[[[[1]]]]]] } } } } },
    }),
  ],
  ['application/x-www-form-urlencoded', 'tahun=abc&bulan[]=1&nip[$ne]=1'],
  ['application/octet-stream', Buffer.from([0, 1, 2, 3, 255])],
];

/** A multipart body with a file and bad fields (built by hand: same bytes every run). */
function multipart(): [string, Buffer] {
  const b = 'fuzzBATAS0123456789';
  const bagian = [
    `--${b}\r\nContent-Disposition: form-data; name="tahun"\r\n\r\nabc\r\n`,
    `--${b}\r\nContent-Disposition: form-data; name="bulan"\r\n\r\n99\r\n`,
    `--${b}\r\nContent-Disposition: form-data; name="berkas"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n${'PK\u0003\u0004'.padEnd(2048, 'z')}\r\n`,
    `--${b}\r\nContent-Disposition: form-data; name="bukti"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n<html>bukan pdf</html>\r\n`,
    `--${b}--\r\n`,
  ];
  return [`multipart/form-data; boundary=${b}`, Buffer.from(bagian.join(''))];
}

/** Every content-API route of the router: method + path pattern. */
function ruteContentApi(strapi: any): Rute[] {
  const hasil = new Map<string, Rute>();
  for (const layer of strapi.server.listRoutes()) {
    const p = String(layer.path ?? '');
    if (!p.startsWith('/api/')) continue;
    for (const m of layer.methods ?? []) {
      if (m === 'HEAD' || m === 'OPTIONS') continue;
      hasil.set(`${m} ${p}`, { method: m, path: p });
    }
  }
  // session routes last (they may end the caller's session)
  const akhir = (r: Rute) => (/\/auth\/(logout|change-password)/.test(r.path) ? 1 : 0);
  return [...hasil.values()].sort(
    (a, b) => akhir(a) - akhir(b) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method),
  );
}

let urutId = 0;
/** The path with every parameter replaced by a bad value (in turn over ID_BURUK). */
const isiPath = (p: string) => p.replace(/:[A-Za-z_]+(\([^)]*\))?\??/g, () => ID_BURUK[urutId++ % ID_BURUK.length]);

interface Kasus {
  ms?: number;
  rute: string;
  status: number;
  body: any;
  catatan: string;
}

interface Permintaan {
  rute: Rute;
  url: string;
  catatan: string;
  jenis?: string;
  isi?: string | Buffer;
}

/** All requests of one route (urls fixed here, in order: the same every run). */
function permintaan(rute: Rute): Permintaan[] {
  const p = (catatan: string, query: string, jenis?: string, isi?: string | Buffer): Permintaan => ({
    rute,
    url: `${isiPath(rute.path)}${query ? `?${query}` : ''}`,
    catatan,
    jenis,
    isi,
  });
  if (rute.method === 'GET') return QUERY.map((q, i) => p(`query ${i}`, q));
  return [
    p('query 3', QUERY[3], 'application/json', '{}'),
    ...BODY.map(([jenis, isi], i) => p(`body ${i}`, '', jenis, isi)),
    p('multipart', '', ...multipart()),
  ];
}

/** Sends one request with the caller's JWT; the body read as JSON when it is JSON. */
async function kirim(x: Permintaan, jwt: string): Promise<Kasus> {
  const mulai = Date.now();
  let req = (t.as(jwt) as any)[x.rute.method.toLowerCase()](x.url);
  if (x.jenis) req = req.set('Content-Type', x.jenis).send(x.isi);
  const r = await req.buffer(true).parse((res: any, cb: any) => {
    const c: Buffer[] = [];
    res.on('data', (d: Buffer) => c.push(d));
    res.on('end', () => cb(null, Buffer.concat(c)));
  });
  let body: any = null;
  const teks = (r.body as Buffer).toString('utf8');
  if (/json/.test(String(r.headers['content-type']))) {
    try {
      body = JSON.parse(teks);
    } catch {
      body = teks;
    }
  }
  return {
    rute: `${x.rute.method} ${x.url.slice(0, 160)}`,
    status: r.status,
    body,
    catatan: x.catatan,
    ms: Date.now() - mulai,
  };
}

/** What is wrong with one answer (empty when it is fine). */
function salah(k: Kasus): string | null {
  if (k.status >= 500) return `${k.status} ${JSON.stringify(k.body)?.slice(0, 300)}`;
  if (k.status >= 400) {
    const e = k.body?.error;
    const bentuk =
      k.body &&
      k.body.data === null &&
      e &&
      e.status === k.status &&
      typeof e.name === 'string' &&
      typeof e.message === 'string' &&
      e.message.length > 0;
    if (!bentuk) return `${k.status} bukan bentuk galat api.md: ${JSON.stringify(k.body)?.slice(0, 300)}`;
    if (typeof e.details?.code !== 'string' || !e.details.code)
      return `${k.status} tanpa details.code: ${JSON.stringify(k.body).slice(0, 300)}`;
  }
  return null;
}

test('Hardening 10: every content-API route, bad inputs as Admin BKPSDM and as a pegawai → no 5xx, every 4xx in the api.md shape with details.code', async () => {
  const mulai = Date.now();
  const rute = ruteContentApi(t.strapi);
  // the router holds our engines' routes (a sanity check that the enumeration works)
  for (const r of ['POST /api/rencana-aksi/:id/realisasi', 'POST /api/tpp/hitung', 'POST /api/evaluasi']) {
    expect(rute.map((x) => `${x.method} ${x.path}`)).toContain(r);
  }
  const masalah: string[] = [];
  let jumlah = 0;
  const lambat: string[] = [];
  const periksa = (siapa: string, k: Kasus) => {
    jumlah++;
    if ((k.ms ?? 0) > 500) lambat.push(`${k.ms} ms ${siapa} ${k.rute.slice(0, 80)} [${k.catatan}]`);
    const s = salah(k);
    if (s) masalah.push(`${siapa} ${k.rute} [${k.catatan}] → ${s}`);
  };
  const sesi = (r: Rute) => /\/auth\//.test(r.path);
  const daftar = rute.flatMap(permintaan);
  for (const siapa of ['admin', NIP.staf]) {
    const jwt = await t.token(siapa);
    // four requests in flight at a time (the answers do not depend on the order: nothing is changed)
    // the pegawai gets every second request of the list (the same half every run): the refusals by role are
    // checked on every route, the bad inputs mostly as the admin who passes the role checks
    const antre = daftar.filter((x, i) => !sesi(x.rute) && (siapa === 'admin' || i % 2 === 0));
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let x = antre.shift(); x; x = antre.shift()) periksa(siapa, await kirim(x, jwt));
      }),
    );
    // the session routes one by one, each with a fresh login (logout or a password change may end it)
    for (const x of daftar.filter((y) => sesi(y.rute))) periksa(siapa, await kirim(x, await t.login(siapa)));
  }

  console.log(
    `fuzz: ${rute.length} routes, ${jumlah} requests in ${Date.now() - mulai} ms; over 500 ms: ${lambat.length}\n${lambat.slice(0, 15).join('\n')}`,
  );
  expect(masalah).toEqual([]);
}, 300_000);
