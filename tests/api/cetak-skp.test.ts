/**
 * SKP prints through HTTP (plugin laporan): GET /api/cetak/rencana-skp and /api/cetak/lampiran-skp.
 * SKPs of next year (current + 1, away from the demo data of this year) are built through the kinerja
 * API (Kepala Dinas JPT → Kabid → staff, cascading RHK), printed by the owner, the penilai, the Kepala
 * Dinas, Admin OPD, BKPSDM and Inspektorat, and read back with poppler's `pdftotext -layout` and
 * `pdfinfo`: RHK, IKI, target, grouped NIPs, the place/date as requested, page numbers, perspektif,
 * Plt. Refusals: 403 outside the scope, 404 unknown SKP, 400 naming the bad query field. Audit rows.
 */
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';
import { cetak as cetakPdf, teks, info, hitung, grupNip as grup, NAMA_BULAN as BULAN } from '../helpers/pdf';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const id: Record<string, string> = {};
const tahun = Number(hariIniKota().slice(0, 4)) + 1;
const TAMBAHAN_KADIS = 28;
const cetak = (token: string | null, url: string) => cetakPdf(t, token, url);

async function buatRhk(
  token: string,
  skp: string,
  body: Record<string, unknown>,
  iki: Record<string, unknown>[],
): Promise<string> {
  const r = await t.as(token).post(`/api/skp/${skp}/rhk`).send(body);
  expect([r.status, r.body?.error]).toEqual([201, undefined]);
  for (const i of iki) {
    const x = await t.as(token).post(`/api/rhk/${r.body.data.id}/iki`).send(i);
    expect([x.status, x.body?.error]).toEqual([201, undefined]);
  }
  return r.body.data.id;
}

beforeAll(async () => {
  for (const k of ['kadis', 'kabidAplikasi', 'staf', 'jf', 'kabidStatistik', 'stafPersandian'] as const)
    jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.inspektorat = await t.token('inspektorat');
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);

  // Kepala Dinas (JPT): one RHK UTAMA with perspektif, many TAMBAHAN to run over one page; submitted.
  const kadis = await t.as(jwt.kadis).post('/api/skp').send({ tahun });
  expect([kadis.status, kadis.body?.error]).toEqual([201, undefined]);
  expect(kadis.body.data.jenis).toBe('JPT');
  id.kadis = kadis.body.data.id;
  id.rhkKadis = await buatRhk(
    jwt.kadis,
    id.kadis,
    { jenis: 'UTAMA', uraian: 'Layanan SPBE meningkat', perspektif: 'PENERIMA_LAYANAN' },
    [{ uraian: 'Indeks SPBE kota', target: '3,5', satuan: 'indeks' }],
  );
  for (let i = 1; i <= TAMBAHAN_KADIS; i++) {
    await buatRhk(jwt.kadis, id.kadis, { jenis: 'TAMBAHAN', uraian: `Tugas tambahan nomor ${i}` }, [
      { uraian: `Laporan tugas ${i}`, target: String(i), satuan: 'laporan' },
    ]);
  }
  expect((await t.as(jwt.kadis).post(`/api/skp/${id.kadis}/ajukan`).send({})).status).toBe(200);

  // Kabid Aplikasi (JA) intervenes the Kepala Dinas' RHK; submitted.
  const kabid = await t.as(jwt.kabidAplikasi).post('/api/skp').send({ tahun });
  expect(kabid.status).toBe(201);
  id.kabid = kabid.body.data.id;
  id.rhkKabid = await buatRhk(
    jwt.kabidAplikasi,
    id.kabid,
    { jenis: 'UTAMA', uraian: 'Aplikasi kota tersedia', rhk_atasan_id: id.rhkKadis },
    [{ uraian: 'Jumlah aplikasi kota', target: '5', satuan: 'aplikasi' }],
  );
  expect((await t.as(jwt.kabidAplikasi).post(`/api/skp/${id.kabid}/ajukan`).send({})).status).toBe(200);

  // The staff (JA): RHK UTAMA with two IKI and a hidden duplicate, one RHK TAMBAHAN, lampiran, ekspektasi.
  const staf = await t.as(jwt.staf).post('/api/skp').send({ tahun });
  expect(staf.status).toBe(201);
  id.staf = staf.body.data.id;
  await buatRhk(jwt.staf, id.staf, { jenis: 'UTAMA', uraian: 'Aplikasi dinas terkelola', rhk_atasan_id: id.rhkKabid }, [
    { uraian: 'Jumlah aplikasi aktif', target: '12', satuan: 'aplikasi', aspek: 'KUANTITAS' },
    { uraian: 'Persentase uptime', target: '95-99', satuan: 'persen', aspek: 'KUALITAS' },
    { uraian: 'jumlah  aplikasi AKTIF.', target: '12', satuan: 'aplikasi', aspek: 'KUANTITAS' },
  ]);
  await buatRhk(jwt.staf, id.staf, { jenis: 'TAMBAHAN', uraian: 'Narasumber bimtek' }, [
    { uraian: 'Jumlah bimtek', target: '2', satuan: 'kali', aspek: 'KUANTITAS' },
  ]);
  const l = await t
    .as(jwt.staf)
    .put(`/api/skp/${id.staf}`)
    .send({
      lampiran: {
        dukungan_sumber_daya: ['Anggaran server', 'Tenaga programmer'],
        skema_pertanggungjawaban: ['Laporan bulanan'],
        konsekuensi: ['Teguran tertulis'],
      },
    });
  expect(l.status).toBe(200);
  const e = await t
    .as(jwt.kabidAplikasi)
    .put(`/api/skp/${id.staf}/ekspektasi`)
    .send({ ekspektasi: [{ kode: 'BERORIENTASI_PELAYANAN', ekspektasi: 'Tanggap aduan' }] });
  expect(e.status).toBe(200);
});

describe('GET /api/cetak/rencana-skp (JA/JF layout)', () => {
  let isi: string;

  test('the owner prints a PDF: attachment name, nosniff, %PDF, A4 by default', async () => {
    const r = await cetak(jwt.staf, `/api/cetak/rencana-skp?skp=${id.staf}&tanggal=${tahun}-03-09&tempat=Surabaya`);
    expect([r.status, r.json]).toEqual([200, null]);
    expect(r.headers['content-type']).toMatch(/^application\/pdf/);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="rencana-skp_${NIP.staf}_${tahun}.pdf"`);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.berkas.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const i = info(r.berkas);
    expect([Math.round(i.lebar), Math.round(i.tinggi)]).toEqual([595, 842]);
    isi = teks(r.berkas);
  });

  test('kop, title, identity table from the snapshots with grouped NIPs, period', () => {
    expect(isi).toContain('PEMERINTAH KOTA MADIUN');
    expect(isi).toMatch(/DINAS KOMUNIKASI DAN INFORMATIKA/);
    expect(isi).toContain('SASARAN KINERJA PEGAWAI');
    expect(isi).toContain('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL');
    expect(isi).toContain('PEGAWAI YANG DINILAI');
    expect(isi).toContain('PEJABAT PENILAI KINERJA');
    expect(isi).toContain(`1 JANUARI ${tahun} S.D. 31 DESEMBER ${tahun}`);
    expect(isi).toContain('PANGKAT/GOL. RUANG');
    for (const nip of [NIP.staf, NIP.kabidAplikasi]) {
      expect(hitung(isi, new RegExp(grup(nip)))).toBeGreaterThanOrEqual(2); // identity table and signature
      expect(isi).not.toContain(nip);
    }
  });

  test('hasil kerja: RHK atasan, RHK, aspek, IKI, target; the hidden duplicate IKI is not printed', () => {
    expect(isi).toMatch(/DIINTERVENSI/);
    expect(isi).toContain('Aplikasi kota tersedia');
    expect(isi).toContain('Aplikasi dinas terkelola');
    expect(isi).toContain('Jumlah aplikasi aktif');
    expect(isi).toContain('12 aplikasi');
    expect(isi).toContain('Persentase uptime');
    expect(isi).toContain('95-99 persen');
    expect(isi).toContain('Kuantitas');
    expect(isi).toContain('Kualitas');
    expect(hitung(isi, /jumlah\s+aplikasi\s+aktif/i)).toBe(1);
    expect(isi).toContain('A. UTAMA');
    expect(isi).toContain('B. TAMBAHAN');
    expect(isi).toContain('Narasumber bimtek');
    expect(isi).toContain('2 kali');
    expect(isi).not.toMatch(/PERSPEKTIF/);
  });

  test('perilaku kerja: the 7 values with their behaviours and the ekspektasi khusus', () => {
    for (const n of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'])
      expect(isi).toContain(n);
    expect(isi).toContain('Memahami dan memenuhi kebutuhan masyarakat');
    expect(isi).toContain('EKSPEKTASI KHUSUS PIMPINAN');
    expect(isi).toContain('Tanggap aduan');
  });

  test('signature blocks with the place and date exactly as requested; page numbers', () => {
    expect(isi).toContain(`Surabaya, 9 Maret ${tahun}`);
    expect(isi).not.toContain('Madiun,');
    expect(isi).toContain('Pegawai yang Dinilai,');
    expect(isi).toContain('Pejabat Penilai Kinerja,');
    expect(isi).toMatch(/Halaman 1 dari \d+/);
  });

  test('defaults: Madiun and today; F4 paper on request', async () => {
    const r = await cetak(jwt.staf, `/api/cetak/rencana-skp?skp=${id.staf}&kertas=F4`);
    expect(r.status).toBe(200);
    const [y, m, d] = hariIniKota().split('-').map(Number);
    expect(teks(r.berkas)).toContain(`Madiun, ${d} ${BULAN[m - 1]} ${y}`);
    const i = info(r.berkas);
    expect([Math.round(i.lebar), Math.round(i.tinggi)]).toEqual([609, 935]); // 215 × 330 mm
  });

  test('the penilai, the Kepala Dinas, Admin OPD, BKPSDM and Inspektorat may print it', async () => {
    for (const k of ['kabidAplikasi', 'kadis', 'adminOpd', 'admin', 'inspektorat']) {
      const r = await cetak(jwt[k], `/api/cetak/rencana-skp?skp=${id.staf}&tanggal=2026-11-27&tempat=Madiun`);
      expect([k, r.status]).toEqual([k, 200]);
      expect(teks(r.berkas)).toContain('Madiun, 27 November 2026');
    }
  });

  test('a pegawai of another OPD and a peer get 403; an unknown SKP 404; no login is refused', async () => {
    for (const k of ['lainOpd', 'jf']) {
      const r = await cetak(jwt[k], `/api/cetak/rencana-skp?skp=${id.staf}`);
      expect([k, r.status, r.json?.error?.details?.code]).toEqual([k, 403, 'AKSES_DITOLAK']);
    }
    const n = await cetak(jwt.admin, '/api/cetak/rencana-skp?skp=tidak-ada');
    expect([n.status, n.json?.error?.details?.code]).toEqual([404, 'SKP_TIDAK_DITEMUKAN']);
    const a = await cetak(null, `/api/cetak/rencana-skp?skp=${id.staf}`);
    expect([401, 403]).toContain(a.status);
  });

  test.each([
    ['tanggal=2026-02-30', 'tanggal'],
    ['tanggal=27-11-2026', 'tanggal'],
    ['tanggal=besok', 'tanggal'],
    ['kertas=A3', 'kertas'],
    ['tempat=%3Cscript%3E', 'tempat'],
  ])('bad query %s → 400 naming %s', async (q, field) => {
    const r = await cetak(jwt.staf, `/api/cetak/rencana-skp?skp=${id.staf}&${q}`);
    expect([r.status, r.json?.error?.details?.field]).toEqual([400, field]);
  });

  test('a missing skp parameter → 400 naming skp', async () => {
    const r = await cetak(jwt.staf, '/api/cetak/rencana-skp');
    expect([r.status, r.json?.error?.details?.field]).toEqual([400, 'skp']);
  });

  test('every print writes an audit record with its filters; refused prints write none', async () => {
    const rows = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'CETAK_RENCANA_SKP', objek_id: id.staf }, orderBy: { id: 'asc' } });
    expect(rows.length).toBe(1 + 1 + 5);
    const pertama = rows[0];
    expect(pertama).toMatchObject({ aktor: expect.any(String), objek_tipe: 'skp' });
    const sesudah = typeof pertama.sesudah === 'string' ? JSON.parse(pertama.sesudah) : pertama.sesudah;
    expect(sesudah).toMatchObject({
      filter: { skp: id.staf, tanggal: `${tahun}-03-09`, tempat: 'Surabaya', kertas: 'A4' },
      jumlah_rhk: 2,
      jumlah_iki: 3,
      berkas: `rencana-skp_${NIP.staf}_${tahun}.pdf`,
    });
    const u = await t.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { id: pertama.aktor_id }, select: ['username'] });
    expect(u.username).toBe(pertama.aktor);
  });
});

describe('JPT layout and multi-page prints', () => {
  test('the Kepala Dinas SKP prints perspektif; over several pages the table header repeats', async () => {
    const r = await cetak(jwt.kadis, `/api/cetak/rencana-skp?skp=${id.kadis}&tanggal=${tahun}-01-02`);
    expect(r.status).toBe(200);
    const isi = teks(r.berkas);
    expect(isi).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(isi).toContain('PERSPEKTIF');
    expect(isi).toContain('Penerima Layanan');
    expect(isi).toContain('Layanan SPBE meningkat');
    expect(isi).toContain('Indeks SPBE kota');
    expect(isi).toContain('3,5 indeks');
    expect(isi).not.toMatch(/DIINTERVENSI/);
    expect(isi).toContain(grup(NIP.kadis));
    expect(isi).toContain(`Tugas tambahan nomor ${TAMBAHAN_KADIS}`);
    expect(isi).toContain(`Madiun, 2 Januari ${tahun}`);
    const { halaman } = info(r.berkas);
    expect(halaman).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= halaman; i++) expect(isi).toContain(`Halaman ${i} dari ${halaman}`);
    expect(hitung(isi, /INDIKATOR KINERJA INDIVIDU/)).toBeGreaterThanOrEqual(2);
  });

  test('an acting penilai signs with "Plt." before his post', async () => {
    const s = await t.as(jwt.stafPersandian).post('/api/skp').send({ tahun });
    expect(s.status).toBe(201);
    const r = await cetak(jwt.stafPersandian, `/api/cetak/rencana-skp?skp=${s.body.data.id}`);
    expect(r.status).toBe(200);
    const isi = teks(r.berkas);
    if (s.body.data.penilai?.sebagai === 'PLT') {
      expect(hitung(isi, /Plt\. \S/)).toBeGreaterThanOrEqual(2); // identity table and signature block
      expect(isi).toContain(grup(NIP.kabidStatistik));
      expect(isi).not.toMatch(/Plt\. Plt\./);
    } else {
      // the demo Plt post ended before next year: nobody signs as Plt
      expect(isi).not.toMatch(/Plt\./);
    }
  });
});

describe('GET /api/cetak/lampiran-skp', () => {
  test('the three lists, identity table, signatures, audit CETAK_LAMPIRAN_SKP', async () => {
    const r = await cetak(
      jwt.kabidAplikasi,
      `/api/cetak/lampiran-skp?skp=${id.staf}&tanggal=${tahun}-01-15&tempat=Madiun&kertas=f4`,
    );
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="lampiran-skp_${NIP.staf}_${tahun}.pdf"`);
    expect(r.berkas.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const isi = teks(r.berkas);
    expect(isi).toContain('LAMPIRAN SASARAN KINERJA PEGAWAI');
    for (const x of [
      'DUKUNGAN SUMBER DAYA',
      '1. Anggaran server',
      '2. Tenaga programmer',
      'SKEMA PERTANGGUNGJAWABAN',
      '1. Laporan bulanan',
      'KONSEKUENSI',
      '1. Teguran tertulis',
    ])
      expect(isi).toContain(x);
    expect(isi).toContain(grup(NIP.staf));
    expect(isi).toContain(`Madiun, 15 Januari ${tahun}`);
    expect(isi).toMatch(/Halaman 1 dari 1/);
    const a = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findOne({ where: { aksi: 'CETAK_LAMPIRAN_SKP', objek_id: id.staf } });
    expect(a).toBeTruthy();
    const sesudah = typeof a.sesudah === 'string' ? JSON.parse(a.sesudah) : a.sesudah;
    expect(sesudah.filter).toEqual({ skp: id.staf, tanggal: `${tahun}-01-15`, tempat: 'Madiun', kertas: 'F4' });
  });

  test('scope applies to the lampiran too', async () => {
    expect((await cetak(jwt.lainOpd, `/api/cetak/lampiran-skp?skp=${id.staf}`)).status).toBe(403);
    expect(
      (await cetak(jwt.staf, `/api/cetak/lampiran-skp?skp=${id.staf}&tanggal=2026-13-01`)).json?.error?.details?.field,
    ).toBe('tanggal');
  });
});
