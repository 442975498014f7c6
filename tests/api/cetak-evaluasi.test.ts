/**
 * The evaluation prints through HTTP (plugin laporan, exports.md): GET /api/cetak/evaluasi. Like
 * tests/api/evaluasi.test.ts it evaluates last month (the demo seed never evaluates the last past
 * month, and its input deadline has passed): the Kabid checks the staff's unchecked realisasi, then
 * rates him with umpan balik per RHK and per core value. The PDFs are read back with poppler's
 * `pdftotext -layout`: predikat, rating texts, umpan balik, penilai and atasan with grouped NIP, the
 * typed place/date, "Halaman 1 dari"; the monthly SKP print of that month now shows the predikat and
 * the umpan balik; the annual document with the JF angka kredit; the Plt holder's two evaluations
 * with the perilaku "(dari penilaian Plt)"; scope 403, 404 without evaluation, 400 per field, audit.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';
import { cetak as cetakPdf, teks, hitung, grupNip as grup, NAMA_BULAN as BULAN } from '../helpers/pdf';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7)) - 1;
const MM = String(bulan).padStart(2, '0');
/** In January there is no past month of the current year to evaluate. */
const uji = bulan >= 1 ? test : test.skip;
const SEBAB = bulan >= 1 ? '' : ' [dilewati: Januari belum punya bulan lalu pada tahun berjalan untuk dievaluasi]';

const UB_UMUM = 'Pertahankan ketepatan waktu pelaporan.';
const UB_RHK = 'Target bulanan tercapai dengan bukti lengkap';
const UB_AKUNTABEL = 'Laporan pertanggungjawaban selalu tepat waktu';
const UB_PLT = 'Koordinasi bidang persandian berjalan baik';
const url = (q: string) => `/api/cetak/evaluasi?${q}`;
const cetak = (token: string | null, alamat: string) => cetakPdf(t, token, alamat);
const rata = (s: string) => s.replace(/\s+/g, ' ');
let penilai: { nama: string; nip: string };

const persiapan = (j: string, nip: string, skp?: string) =>
  t.as(j).get(`/api/evaluasi/persiapan?nip=${nip}&tahun=${tahun}&bulan=${bulan}${skp ? `&skp=${skp}` : ''}`);

/** The penilai checks every realisasi of the month still unchecked; returns the screen's data. */
async function periksaSemua(j: string, nip: string, skp?: string) {
  const p = await persiapan(j, nip, skp);
  expect(p.status).toBe(200);
  const ids = p.body.data.realisasi.belum_diperiksa.map((x: any) => x.realisasi);
  if (ids.length)
    expect((await t.as(j).post('/api/realisasi/periksa').send({ ids, umpan_balik: 'Sudah sesuai.' })).status).toBe(200);
  return p.body.data;
}

beforeAll(async () => {
  for (const k of ['kadis', 'kabidAplikasi', 'staf', 'jf', 'kabidStatistik', 'stafPersandian'] as const)
    jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);
  if (bulan < 1) return;
  const d = await periksaSemua(jwt.kabidAplikasi, NIP.staf);
  const rhk = d.capaian.rhk.find((r: any) => r.jenis === 'UTAMA');
  const r = await t
    .as(jwt.kabidAplikasi)
    .post('/api/evaluasi')
    .send({
      nip: NIP.staf,
      tahun,
      bulan,
      rating_hasil: 2,
      rating_perilaku: 1,
      umpan_balik: UB_UMUM,
      umpan_balik_rhk: [{ rhk_id: rhk.id, umpan_balik: UB_RHK }],
      umpan_balik_perilaku: [{ kode: 'AKUNTABEL', umpan_balik: UB_AKUNTABEL }],
    });
  expect([r.status, r.body?.error]).toEqual([201, undefined]);
  expect(r.body.data.predikat.nama).toBe('Baik');
  penilai = r.body.data.penilai;
});

describe(`GET /api/cetak/evaluasi (periodic)${SEBAB}`, () => {
  let isi: string;

  uji('the owner prints last month: attachment name, nosniff, no-store, %PDF', async () => {
    const r = await cetak(
      jwt.staf,
      url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}&tanggal=${tahun}-03-09&tempat=Surabaya`),
    );
    expect([r.status, r.json]).toEqual([200, null]);
    expect(r.headers['content-type']).toMatch(/^application\/pdf/);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="evaluasi_${NIP.staf}_${tahun}-${MM}.pdf"`);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.berkas.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    isi = teks(r.berkas);
  });

  uji('title, period, identity of pegawai, penilai (grouped NIP) and atasan penilai, organisation capaian', () => {
    expect(isi).toContain('PEMERINTAH KOTA MADIUN');
    expect(isi).toContain('EVALUASI KINERJA PEGAWAI');
    expect(isi).not.toContain('DOKUMEN EVALUASI');
    expect(isi).toContain(`PERIODE: BULANAN: ${BULAN[bulan - 1].toUpperCase()} ${tahun}`);
    expect(isi).toContain('PEGAWAI YANG DINILAI');
    expect(isi).toContain('PEJABAT PENILAI KINERJA');
    expect(isi).toContain('ATASAN PEJABAT PENILAI KINERJA');
    expect(isi).toContain('CAPAIAN KINERJA ORGANISASI');
    expect(isi).toContain(penilai.nama);
    expect(penilai.nip).toBe(NIP.kabidAplikasi);
    expect(hitung(isi, new RegExp(grup(NIP.kabidAplikasi)))).toBeGreaterThanOrEqual(2); // identity and signature
    expect(isi).toContain(grup(NIP.staf));
    expect(isi).toContain(grup(NIP.kadis)); // the Kabid's penilai
    expect(isi).not.toContain(NIP.staf);
  });

  uji('ratings, predikat, umpan balik per RHK, per core value and overall; typed place/date; page numbers', () => {
    expect(isi).toContain('RATING HASIL KERJA: Sesuai Ekspektasi');
    expect(isi).toContain('RATING PERILAKU KERJA: Di Atas Ekspektasi');
    expect(isi).toContain('PREDIKAT KINERJA PEGAWAI: Baik');
    expect(isi).not.toContain('(dari penilaian Plt)');
    const r = rata(isi);
    expect(r).toContain('Target bulanan tercapai');
    expect(r).toContain('pertanggungjawaban selalu');
    expect(r).toContain(UB_UMUM);
    expect(r).toMatch(/REALISASI .*BUKTI DUKUNG/); // the header wraps inside its column
    expect(isi).toContain('Capaian RHK:');
    for (const n of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'])
      expect(isi).toContain(n);
    expect(isi).toContain(`Surabaya, 9 Maret ${tahun}`);
    expect(isi).not.toContain('Madiun,');
    expect(isi).toMatch(/Halaman 1 dari \d+/);
  });

  uji(
    "CAPAIAN KINERJA ORGANISASI: the OPD's predikat organisasi of the month once set by the Kepala Dinas",
    async () => {
      expect(isi).toMatch(/CAPAIAN KINERJA ORGANISASI[\s\S]*?\n\s+-\s+1\s+NAMA/); // none set yet
      const opd = await t.strapi.db
        .query('plugin::inti.opd')
        .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] });
      const put = await t.as(jwt.kadis).put('/api/predikat-organisasi').send({
        kode_opd: opd.kode_opd,
        tahun,
        bulan,
        predikat: 'BAIK',
        alasan: 'Capaian OPD bulan ini sesuai target.',
      });
      expect([put.status, put.body?.error]).toEqual([200, undefined]);
      const r = await cetak(jwt.staf, url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`));
      expect(r.status).toBe(200);
      expect(teks(r.berkas)).toContain('Baik (draf)');
    },
  );

  uji('the monthly SKP print of that month shows the predikat, the ratings and the umpan balik', async () => {
    const r = await cetak(jwt.staf, `/api/cetak/skp-bulanan?nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`);
    expect(r.status).toBe(200);
    const s = teks(r.berkas);
    expect(s).toContain('PREDIKAT KINERJA PEGAWAI: Baik');
    expect(s).toContain('Rating hasil kerja: Sesuai Ekspektasi; rating perilaku kerja: Di Atas Ekspektasi.');
    expect(s).not.toContain('Belum dinilai');
    expect(s).toContain('Laporan pertanggungjawaban'); // the cell wraps: its first words stay on one line
    expect(rata(s)).toContain('Umpan balik RHK:');
    expect(s).toMatch(/Target bulanan tercapai/);
  });

  uji('scope: the penilai, the Kepala Dinas, Admin BKPSDM may print; another OPD and peers get 403', async () => {
    for (const k of ['kabidAplikasi', 'kadis', 'admin']) {
      const r = await cetak(jwt[k], url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}&tanggal=2026-11-27&kertas=f4`));
      expect([k, r.status, r.json?.error?.details?.code]).toEqual([k, 200, undefined]);
      expect(teks(r.berkas)).toContain('Madiun, 27 November 2026');
    }
    for (const k of ['lainOpd', 'jf', 'stafPersandian']) {
      const r = await cetak(jwt[k], url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`));
      expect([k, r.status, r.json?.error?.details?.code]).toEqual([k, 403, 'AKSES_DITOLAK']);
    }
    expect([401, 403]).toContain((await cetak(null, url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`))).status);
  });

  uji(
    'no evaluation of that month → 404 EVALUASI_TIDAK_DITEMUKAN; unknown NIP → 404 PEGAWAI_TIDAK_DITEMUKAN; outsiders still 403',
    async () => {
      const n = await cetak(jwt.kabidAplikasi, url(`nip=${NIP.jf}&tahun=${tahun}&bulan=${bulan}`));
      expect([n.status, n.json?.error?.details?.code, n.json?.error?.details?.field]).toEqual([
        404,
        'EVALUASI_TIDAK_DITEMUKAN',
        'bulan',
      ]);
      expect(n.json.error.message).toMatch(/belum ada/);
      const a = await cetak(jwt.staf, url(`nip=${NIP.staf}&tahun=${tahun}&periode=tahunan`));
      expect([a.status, a.json?.error?.details?.code, a.json?.error?.details?.field]).toEqual([
        404,
        'EVALUASI_TIDAK_DITEMUKAN',
        'tahun',
      ]);
      const l = await cetak(jwt.lainOpd, url(`nip=${NIP.jf}&tahun=${tahun}&bulan=${bulan}`));
      expect(l.status).toBe(403);
      const x = await cetak(jwt.admin, url(`nip=199912312099121999&tahun=${tahun}&bulan=${bulan}`));
      expect([x.status, x.json?.error?.details?.code, x.json?.error?.details?.field]).toEqual([
        404,
        'PEGAWAI_TIDAK_DITEMUKAN',
        'nip',
      ]);
    },
  );

  uji('every print writes CETAK_EVALUASI with its filters; refused prints write none', async () => {
    const rows = await t.strapi.db.query('plugin::inti.audit-log').findMany({
      where: { aksi: 'CETAK_EVALUASI', objek_id: t.demo.pegawai.staf.documentId },
      orderBy: { id: 'asc' },
    });
    expect(rows.length).toBe(1 + 1 + 3);
    const sesudah = typeof rows[0].sesudah === 'string' ? JSON.parse(rows[0].sesudah) : rows[0].sesudah;
    expect(rows[0]).toMatchObject({ objek_tipe: 'pegawai', aktor: expect.any(String) });
    expect(sesudah).toMatchObject({
      filter: {
        nip: NIP.staf,
        tahun,
        bulan,
        periode: 'periodik',
        tanggal: `${tahun}-03-09`,
        tempat: 'Surabaya',
        kertas: 'A4',
      },
      berkas: `evaluasi_${NIP.staf}_${tahun}-${MM}.pdf`,
      halaman: expect.any(Number),
      predikat: [2],
    });
  });
});

describe('annual and Plt', () => {
  test('the annual Dokumen Evaluasi Kinerja Pegawai of a JF with angka kredit (no bulan, or periode=tahunan)', async () => {
    const e = await t
      .as(jwt.kabidAplikasi)
      .post('/api/evaluasi/tahunan')
      .send({ nip: NIP.jf, tahun, rating_hasil: 1, rating_perilaku: 1, umpan_balik: 'Kinerja tahun ini sangat baik.' });
    expect([e.status, e.body?.error]).toEqual([201, undefined]);
    expect(e.body.data.angka_kredit).toBeGreaterThan(0);
    for (const q of [`nip=${NIP.jf}&tahun=${tahun}`, `nip=${NIP.jf}&tahun=${tahun}&periode=TAHUNAN`]) {
      const r = await cetak(jwt.jf, url(q));
      expect([r.status, r.json]).toEqual([200, null]);
      expect(r.headers['content-disposition']).toBe(`attachment; filename="evaluasi_${NIP.jf}_${tahun}-tahunan.pdf"`);
      const s = teks(r.berkas);
      expect(s).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
      expect(s).toContain(`PERIODE: TAHUNAN ${tahun}`);
      expect(s).toContain('PREDIKAT KINERJA PEGAWAI: Sangat Baik');
      expect(s).toContain('PEROLEHAN ANGKA KREDIT (JABATAN FUNGSIONAL):');
      expect(s).toContain('Capaian RHK per bulan:');
      expect(s).toContain('Kinerja tahun ini sangat baik.');
      expect(s).toMatch(/Halaman 1 dari \d+/);
    }
  });

  uji(
    `the Plt holder: two evaluations as sections, perilaku "(dari penilaian Plt)" in the definitive one${SEBAB}`,
    async () => {
      const d = await persiapan(jwt.kadis, NIP.kabidStatistik);
      expect(d.status).toBe(200);
      const skpPlt = d.body.data.skp_pilihan.find((x: any) => x.konteks === 'PLT').id;
      await periksaSemua(jwt.kadis, NIP.kabidStatistik);
      await periksaSemua(jwt.kadis, NIP.kabidStatistik, skpPlt);
      const a = await t
        .as(jwt.kadis)
        .post('/api/evaluasi')
        .send({ nip: NIP.kabidStatistik, tahun, bulan, rating_hasil: 2, rating_perilaku: 3 });
      expect([a.status, a.body?.error]).toEqual([201, undefined]);
      const b = await t
        .as(jwt.kadis)
        .post('/api/evaluasi')
        .send({
          nip: NIP.kabidStatistik,
          tahun,
          bulan,
          skp: skpPlt,
          rating_hasil: 2,
          rating_perilaku: 1,
          umpan_balik_perilaku: [{ kode: 'KOLABORATIF', umpan_balik: UB_PLT }],
        });
      expect([b.status, b.body?.error]).toEqual([201, undefined]);

      const r = await cetak(jwt.kabidStatistik, url(`nip=${NIP.kabidStatistik}&tahun=${tahun}&bulan=${bulan}`));
      expect(r.status).toBe(200);
      const s = teks(r.berkas);
      expect(s).toContain('EVALUASI 1 dari 2');
      expect(s).toContain('EVALUASI 2 dari 2');
      expect(s).toMatch(/Plt\. Kepala Bidang Persandian/);
      expect(s).not.toMatch(/Plt\. Plt\./);
      expect(s).toContain('RATING PERILAKU KERJA: Di Atas Ekspektasi (dari penilaian Plt)');
      expect(hitung(rata(s), /Koordinasi bidang persandian/)).toBe(2); // definitive (from the Plt evaluation) and Plt sections
      expect(hitung(s, /Pejabat Penilai Kinerja,/)).toBe(2);

      const m = teks(
        (
          await cetak(
            jwt.kabidStatistik,
            `/api/cetak/skp-bulanan?nip=${NIP.kabidStatistik}&tahun=${tahun}&bulan=${bulan}`,
          )
        ).berkas,
      );
      expect(m).toContain('rating perilaku kerja: Di Atas Ekspektasi (dari penilaian Plt).');
      expect(m).toContain('(dari penilaian Plt)');
    },
  );

  test.each([
    ['', 'nip'],
    ['nip=123&tahun=2026', 'nip'],
    ['nip=%NIP%', 'tahun'],
    ['nip=%NIP%&tahun=1999', 'tahun'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=13', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=0', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=x', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&periode=harian', 'periode'],
    ['nip=%NIP%&tahun=%TAHUN%&periode=tahunan&bulan=3', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&periode=bulanan', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=1&tanggal=2026-02-30', 'tanggal'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=1&tempat=%3Cscript%3E', 'tempat'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=1&kertas=A3', 'kertas'],
  ])('bad query "%s" → 400 naming %s', async (q, field) => {
    const r = await cetak(jwt.staf, url(q.replace('%NIP%', NIP.staf).replace('%TAHUN%', String(tahun))));
    expect([r.status, r.json?.error?.details?.code, r.json?.error?.details?.field]).toEqual([
      400,
      'ISIAN_TIDAK_VALID',
      field,
    ]);
  });
});
