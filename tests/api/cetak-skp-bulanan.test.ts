/**
 * The monthly SKP print through HTTP (plugin laporan; one PDF per pegawai and month): GET /api/cetak/skp-bulanan.
 * Independent of the demo renaksi: like tests/api/rencana-aksi.test.ts it reopens an RHK UTAMA of the
 * staff's approved SKP of this year, adds an RTP renaksi and a plain one, resubmits, the Kabid approves,
 * the staff enters a realisasi with a link for the current month and the Kabid checks it with umpan
 * balik. The PDFs are read back with poppler's `pdftotext -layout`: typed place/date, name, grouped NIP,
 * RHK, renaksi, target, realisasi, capaian, RTP label, evidence, umpan balik, perilaku, predikat,
 * "Halaman 1 dari". Defaults, scope (owner, penilai, Kepala Dinas, admins 200; other OPD and a peer
 * 403), 404, 409 without an approved SKP, 400 per field, the audit record; the Plt holder's two SKPs.
 */
import { mulaiStrapi, NIP, hariIniKota, bulanTerbuka } from '../helpers/strapi';
import { cetak as cetakPdf, teks, hitung, grupNip as grup, NAMA_BULAN as BULAN } from '../helpers/pdf';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const hari = hariIniKota();
const tahun = Number(hari.slice(0, 4));
const bulan = Number(hari.slice(5, 7));
const URAIAN_RTP = 'Mitigasi risiko gangguan pusat data kota';
const URAIAN_BIASA = 'Menyusun rekap tiket layanan bantuan';
const UMPAN_BALIK = 'Laporan lengkap, pertahankan';
const url = (q: string) => `/api/cetak/skp-bulanan?${q}`;
const cetak = (token: string | null, alamat: string) => cetakPdf(t, token, alamat);
let rhkUraian: string;
let namaStaf: string;

/** open months only: the demo city locks a paid quarter */
const semuaBulan = async (nilai: number) => (await bulanTerbuka(t.strapi, tahun)).map((b) => ({ bulan: b, nilai }));

beforeAll(async () => {
  for (const k of ['kadis', 'kabidAplikasi', 'staf', 'jf', 'kabidStatistik', 'stafPersandian'] as const)
    jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.inspektorat = await t.token('inspektorat');
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);

  // The staff's approved SKP of this year: reopen one RHK UTAMA, add an RTP renaksi and a plain one, resubmit, Kabid approves.
  const daftar = await t
    .as(jwt.staf)
    .get(
      `/api/panel/skp?filter=${encodeURIComponent(JSON.stringify({ pegawai_id: t.demo.pegawai.staf.documentId, tahun, status: 'DISETUJUI' }))}`,
    );
  expect(daftar.status).toBe(200);
  const skp = await t.as(jwt.staf).get(`/api/skp/${daftar.body[0].id}`);
  namaStaf = skp.body.data.pegawai_snapshot.nama;
  const rhk = skp.body.data.rhk.find((r: any) => r.jenis === 'UTAMA');
  rhkUraian = rhk.uraian;
  expect((await t.as(jwt.staf).post(`/api/rhk/${rhk.id}/revisi`).send({})).status).toBe(200);
  const a = await t
    .as(jwt.staf)
    .post(`/api/rhk/${rhk.id}/rencana-aksi`)
    .send({ uraian: URAIAN_RTP, satuan: 'laporan', sebagai_rtp: true, target: await semuaBulan(4) });
  expect([a.status, a.body?.error]).toEqual([201, undefined]);
  const b = await t
    .as(jwt.staf)
    .post(`/api/rhk/${rhk.id}/rencana-aksi`)
    .send({ uraian: URAIAN_BIASA, satuan: 'rekap', target: await semuaBulan(2) });
  expect([b.status, b.body?.error]).toEqual([201, undefined]);
  expect((await t.as(jwt.staf).post(`/api/rhk/${rhk.id}/ajukan`).send({})).status).toBe(200);
  expect((await t.as(jwt.kabidAplikasi).post(`/api/rhk/${rhk.id}/setujui`).send({})).status).toBe(200);

  // Realisasi of the RTP renaksi for the current month with a link; the Kabid checks it with umpan balik.
  const r = await t
    .as(jwt.staf)
    .post(`/api/rencana-aksi/${a.body.data.id}/realisasi`)
    .send({ bulan, nilai: 3, bukti_url: ['https://drive.madiunkota.go.id/bukti/mitigasi'] });
  expect([r.status, r.body?.error]).toEqual([201, undefined]);
  const p = await t
    .as(jwt.kabidAplikasi)
    .post(`/api/realisasi/${r.body.data.id}/periksa`)
    .send({ umpan_balik: UMPAN_BALIK });
  expect([p.status, p.body?.error]).toEqual([200, undefined]);
});

describe('GET /api/cetak/skp-bulanan', () => {
  let isi: string;

  test('the owner prints the month: attachment name, nosniff, no-store, %PDF', async () => {
    const r = await cetak(
      jwt.staf,
      url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}&tanggal=${tahun}-03-09&tempat=Surabaya`),
    );
    expect([r.status, r.json]).toEqual([200, null]);
    expect(r.headers['content-type']).toMatch(/^application\/pdf/);
    expect(r.headers['content-disposition']).toBe(
      `attachment; filename="skp-bulanan_${NIP.staf}_${tahun}-${String(bulan).padStart(2, '0')}.pdf"`,
    );
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.berkas.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    isi = teks(r.berkas);
  });

  test('kop, title of the month, identity with name and grouped NIP, typed place and date, page numbers', () => {
    expect(isi).toContain('PEMERINTAH KOTA MADIUN');
    expect(isi).toContain('SASARAN KINERJA PEGAWAI BULANAN');
    expect(isi).toContain(`BULAN ${BULAN[bulan - 1].toUpperCase()} ${tahun}`);
    expect(isi).toContain(namaStaf);
    expect(hitung(isi, new RegExp(grup(NIP.staf)))).toBeGreaterThanOrEqual(2); // identity table and signature
    expect(isi).not.toContain(NIP.staf);
    expect(isi).toContain(grup(NIP.kabidAplikasi));
    expect(isi).toContain(`Surabaya, 9 Maret ${tahun}`);
    expect(isi).not.toContain('Madiun,');
    expect(isi).toMatch(/Halaman 1 dari \d+/);
  });

  test('hasil kerja: RHK, renaksi with target, realisasi, capaian, evidence, umpan balik; RTP marked on its row only', () => {
    const rata = isi.replace(/\s+/g, ' ');
    // the RHK cell wraps inside its column: its first two words stay on the first line
    expect(rata).toContain(rhkUraian.split(/\s+/).slice(0, 2).join(' '));
    expect(isi).toContain('Capaian RHK: 75%');
    expect(isi).toContain('Menunggu'); // the plain renaksi has no realisasi yet
    expect(isi).toContain('Mitigasi risiko');
    expect(rata).toContain('pertahankan');
    expect(isi).toContain('Menyusun rekap tiket');
    expect(isi).toContain('4 laporan');
    expect(isi).toContain('3 laporan');
    expect(isi).toContain('75%');
    expect(isi).toContain('2 rekap');
    expect(isi).toContain('(diperiksa)');
    expect(isi).toContain('1 bukti:');
    // one table row: renaksi, RTP label, target, realisasi, capaian, evidence and umpan balik side by side
    const barisRtp = isi.split('\n').find((l) => l.includes('Mitigasi risiko'))!;
    expect(barisRtp).toMatch(/Mitigasi risiko\s+RTP\s+4 laporan\s+3 laporan\s+75%\s+1 bukti:\s+Laporan lengkap,/);
    const barisBiasa = isi.split('\n').find((l) => l.includes('Menyusun rekap tiket'))!;
    expect(barisBiasa).not.toMatch(/\bRTP\b/);
    expect(isi).toContain('RTP = rencana tindak pengendalian risiko');
    expect(isi).toMatch(/CAPAIAN KINERJA BULAN [A-Z]+ \d{4}:/);
  });

  test('perilaku with ekspektasi and an empty umpan balik column; predikat not yet rated', () => {
    for (const n of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'])
      expect(isi).toContain(n);
    expect(isi).toContain('EKSPEKTASI KHUSUS PIMPINAN');
    expect(isi).toContain('UMPAN BALIK');
    expect(isi).toContain('PREDIKAT KINERJA PEGAWAI: Belum dinilai');
  });

  test('defaults: Madiun and today', async () => {
    const r = await cetak(jwt.staf, url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`));
    expect(r.status).toBe(200);
    const [y, m, d] = hari.split('-').map(Number);
    expect(teks(r.berkas)).toContain(`Madiun, ${d} ${BULAN[m - 1]} ${y}`);
  });

  test('scope: the penilai, the Kepala Dinas, Admin OPD, BKPSDM and Inspektorat may print', async () => {
    for (const k of ['kabidAplikasi', 'kadis', 'adminOpd', 'admin', 'inspektorat']) {
      const r = await cetak(jwt[k], url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}&tanggal=2026-11-27`));
      expect([k, r.status, r.json?.error?.details?.code]).toEqual([k, 200, undefined]);
      expect(teks(r.berkas)).toContain('Madiun, 27 November 2026');
    }
  });

  test("another OPD's pegawai and a peer get 403; no login is refused", async () => {
    for (const k of ['lainOpd', 'jf', 'stafPersandian']) {
      const r = await cetak(jwt[k], url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`));
      expect([k, r.status, r.json?.error?.details?.code]).toEqual([k, 403, 'AKSES_DITOLAK']);
    }
    expect([401, 403]).toContain((await cetak(null, url(`nip=${NIP.staf}&tahun=${tahun}&bulan=${bulan}`))).status);
  });

  test('unknown NIP → 404; no approved SKP that year → 409 SKP_BELUM_DISETUJUI', async () => {
    const n = await cetak(jwt.admin, url(`nip=199912312099121999&tahun=${tahun}&bulan=${bulan}`));
    expect([n.status, n.json?.error?.details?.code, n.json?.error?.details?.field]).toEqual([
      404,
      'PEGAWAI_TIDAK_DITEMUKAN',
      'nip',
    ]);
    const k = await cetak(jwt.staf, url(`nip=${NIP.staf}&tahun=${tahun + 5}&bulan=1`));
    expect([k.status, k.json?.error?.details?.code]).toEqual([409, 'SKP_BELUM_DISETUJUI']);
    expect(k.json.error.message).toMatch(/belum memiliki SKP yang disetujui/);
  });

  test.each([
    ['', 'nip'],
    ['nip=123', 'nip'],
    ['nip=%NIP%&bulan=1', 'tahun'],
    ['nip=%NIP%&tahun=dua&bulan=1', 'tahun'],
    ['nip=%NIP%&tahun=1999&bulan=1', 'tahun'],
    ['nip=%NIP%&tahun=%TAHUN%', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=13', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=0', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=1.5', 'bulan'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=1&tanggal=2026-02-30', 'tanggal'],
    ['nip=%NIP%&tahun=%TAHUN%&bulan=1&tanggal=besok', 'tanggal'],
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

  test('every print writes CETAK_SKP_BULANAN with its filters; refused prints write none', async () => {
    const rows = await t.strapi.db.query('plugin::inti.audit-log').findMany({
      where: { aksi: 'CETAK_SKP_BULANAN', objek_id: t.demo.pegawai.staf.documentId },
      orderBy: { id: 'asc' },
    });
    expect(rows.length).toBe(1 + 1 + 5);
    const sesudah = typeof rows[0].sesudah === 'string' ? JSON.parse(rows[0].sesudah) : rows[0].sesudah;
    expect(rows[0]).toMatchObject({ objek_tipe: 'pegawai', aktor: expect.any(String) });
    expect(sesudah).toMatchObject({
      filter: { nip: NIP.staf, tahun, bulan, tanggal: `${tahun}-03-09`, tempat: 'Surabaya', kertas: 'A4' },
      berkas: `skp-bulanan_${NIP.staf}_${tahun}-${String(bulan).padStart(2, '0')}.pdf`,
      halaman: expect.any(Number),
    });
    expect(sesudah.jumlah_renaksi).toBeGreaterThanOrEqual(2);
  });
});

describe('Plt holder and Kepala OPD', () => {
  test('Kabid Statistik (definitive post and Plt Kabid Persandian) prints both SKPs as sections', async () => {
    const pegawai = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { nip: NIP.kabidStatistik }, select: ['id'] });
    const skp = await t.strapi.db
      .query('plugin::kinerja.skp')
      .findMany({ where: { pegawai: { id: pegawai.id }, tahun, status: 'DISETUJUI' }, select: ['id'] });
    expect(skp.length).toBe(2); // the demo city gives him both (database/seed/skp.js)
    const r = await cetak(jwt.kabidStatistik, url(`nip=${NIP.kabidStatistik}&tahun=${tahun}&bulan=${bulan}`));
    expect(r.status).toBe(200);
    const isi = teks(r.berkas);
    expect(isi).toContain('SKP 1 dari 2');
    expect(isi).toContain('SKP 2 dari 2');
    expect(isi).toMatch(/Plt\. Kepala Bidang Persandian/);
    expect(hitung(isi, /SASARAN KINERJA PEGAWAI BULANAN/)).toBe(2);
    expect(hitung(isi, /Pejabat Penilai Kinerja,/)).toBe(2);
    expect(isi).not.toMatch(/Plt\. Plt\./);
  });

  test('the Kepala Dinas: figure from his direct subordinates with their table', async () => {
    const r = await cetak(jwt.kadis, url(`nip=${NIP.kadis}&tahun=${tahun}&bulan=${bulan}`));
    expect(r.status).toBe(200);
    const isi = teks(r.berkas);
    expect(isi).toContain('JABATAN BAWAHAN LANGSUNG');
    expect(isi).toContain('BAGI PEJABAT PIMPINAN TINGGI');
    // The month is today's: early in a month no subordinate has a figure yet. The print follows GET /api/capaian:
    // the subordinates' mean when any has a figure, else his own figure with the reason (issue 10, Lurah capaian).
    const c = (await t.as(jwt.kadis).get(`/api/capaian?nip=${NIP.kadis}&tahun=${tahun}&bulan=${bulan}`)).body.data;
    const satuBaris = isi.replace(/\s+/g, ' ');
    if (c.sumber === 'BAWAHAN_LANGSUNG') {
      expect(satuBaris).toMatch(/Kepala OPD: rata-rata capaian \d+ jabatan bawahan langsung/);
    } else {
      expect(c.sumber_alasan.kode).toMatch(/^BAWAHAN_(TANPA_CAPAIAN|SEMUA_KOSONG)$/);
      expect(satuBaris).toContain(c.sumber_alasan.uraian.slice(0, 40));
      expect(satuBaris).not.toMatch(/Kepala OPD: rata-rata capaian/);
    }
  });
});
