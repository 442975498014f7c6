/**
 * DPA import from SIPD's export and the Perjanjian Kinerja whose budget comes from it (integrations.md
 * "SIPD", domain.md §7 "PK budget"): the template, the preview stored in the database (rejected rows
 * with row number and reason, nothing written), the confirmation that replaces the OPD's DPA of the
 * year in one transaction (audited; a failure leaves the old DPA), preview ownership and expiry (404),
 * the scope (Admin OPD of another OPD, pegawai 403), GET /api/dpa, GET /api/pk with the DPA sums,
 * source and date (null budget without a DPA), and the PK PDF read back. Uses a year no other test
 * or the demo seed uses.
 */
import ExcelJS from 'exceljs';
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';
import { cetak, teks } from '../helpers/pdf';

const t = mulaiStrapi();
const UID = 'plugin::tpp.dpa';
const UID_PRATINJAU = 'plugin::inti.pratinjau-impor';
const UID_SASARAN = 'plugin::kinerja.sasaran-opd';
const tahun = Number(hariIniKota().slice(0, 4)) + 4;
const jwt: Record<string, string> = {};
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
let KODE_OPD = '';
let KODE_LAIN = '';

const biner = (res: any, cb: (e: Error | null, b: Buffer) => void) => {
  const d: Buffer[] = [];
  res.on('data', (c: Buffer) => d.push(c));
  res.on('end', () => cb(null, Buffer.concat(d)));
};

async function xlsx(baris: unknown[][], judul: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DPA');
  for (const j of judul) ws.addRow([j]);
  for (const b of baris) ws.addRow(b);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const impor = (token: string, berkas: Buffer, nama: string, kodeOpd = KODE_OPD, th = tahun) =>
  t
    .as(token)
    .post('/api/dpa/impor')
    .field('tahun', String(th))
    .field('kode_opd', kodeOpd)
    .attach('berkas', berkas, nama);
const barisDb = (opdKode = KODE_OPD) =>
  t.strapi.db
    .query(UID)
    .findMany({ where: { tahun, opd: { kode_opd: opdKode } }, orderBy: { kode_sub_kegiatan: 'asc' } });

const KEPALA = [
  'kode_program',
  'nama_program',
  'kode_kegiatan',
  'nama_kegiatan',
  'kode_sub_kegiatan',
  'nama_sub_kegiatan',
  'pagu',
];
const P1 = ['2.16.02', 'Program Pengelolaan Aplikasi Informatika', '2.16.02.1.02', 'Pengelolaan e-Government'];
const P2 = [
  '2.16.03',
  'Program Pengelolaan Informasi dan Komunikasi Publik',
  '2.16.03.1.01',
  'Pengelolaan Informasi dan Komunikasi Publik',
];
// first file (DPA murni): 4 good rows, 6 bad ones
const BERKAS1 = [
  KEPALA,
  [...P1, '2.16.02.1.02.0001', 'Pengelolaan Pusat Data Pemerintahan Daerah', 850000000], // 2
  [...P1, '2.16.02.1.02.0002', 'Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah', 'Rp 1.250.000.000,00'], // 3
  [
    null,
    null,
    null,
    null,
    '2.16.02.1.02.0005',
    'Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik',
    '412.500.000',
  ], // 4
  [...P2, '2.16.03.1.01.0002', 'Pengelolaan Media Komunikasi Publik', 300000000], // 5
  [...P2, '', 'Tanpa kode', 1000], // 6
  [...P2, '2.16.03.1.01', 'Kode kurang segmen', 1000], // 7
  [...P2, '2.16.03.1.01.0009', '', 1000], // 8
  [...P2, '2.16.03.1.01.0010', 'Pagu negatif', -5000], // 9
  [...P2, '2.16.03.1.01.0011', 'Pagu bukan angka', 'seratus juta'], // 10
  [...P2, '2.16.03.1.01.0012', 'Kembar A', 1000], // 11
  [...P2, '2.16.03.1.01.0012', 'Kembar B', 2000], // 12
];
const TOTAL1 = (850000000n + 1250000000n + 412500000n + 300000000n).toString();

let idPratinjau = '';

beforeAll(async () => {
  jwt.admin = await t.token('admin');
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  jwt.bkad = await t.token('bkad');
  jwt.inspektorat = await t.token('inspektorat');
  jwt.staf = await t.token(NIP.staf);
  jwt.lainOpd = await t.token(t.demo.lainOpd.username);
  KODE_OPD = (
    await t.strapi.db
      .query('plugin::inti.opd')
      .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] })
  ).kode_opd;
  KODE_LAIN = (
    await t.strapi.db.query('plugin::inti.opd').findOne({ where: { id: t.demo.opdLain.id }, select: ['kode_opd'] })
  ).kode_opd;
  await t.strapi.db.query(UID).deleteMany({ where: { tahun } });
  await t.strapi.db.query(UID_SASARAN).deleteMany({ where: { tahun } });
  for (const [n, s] of [
    ['Meningkatnya kematangan SPBE Kota Madiun', [{ indikator: 'Indeks SPBE', target: '3,6', satuan: 'indeks' }]],
    [
      'Meningkatnya keterbukaan informasi publik',
      [{ indikator: 'Persentase permohonan informasi diselesaikan tepat waktu', target: '100', satuan: 'persen' }],
    ],
  ].entries()) {
    await t.strapi.db.query(UID_SASARAN).create({
      data: { opd: t.demo.opdDiskominfo.id, tahun, sasaran: s[0], urutan: n + 1, indikator: s[1], sumber: 'MANUAL' },
    });
  }
});

describe('template', () => {
  test('xlsx downloads and reads back: the columns, one example row that the import accepts', async () => {
    const r = await t.as(jwt.admin).get('/api/dpa/template').buffer(true).parse(biner);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toContain('templat-dpa.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    const ws = wb.getWorksheet('DPA')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(KEPALA);
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(5).value).toBe('2.16.03.1.02.0001');
    expect(wb.getWorksheet('Petunjuk')).toBeDefined();
    // the template itself is a valid import (preview only)
    const p = await impor(jwt.admin, r.body, 'templat-dpa.xlsx');
    expect(p.status).toBe(200);
    expect(p.body.data.diterima).toHaveLength(1);
    expect(p.body.data.ditolak).toEqual([]);
  });

  test('Admin OPD may download; pegawai and BKAD 403', async () => {
    expect((await t.as(jwt.adminOpd).get('/api/dpa/template')).status).toBe(200);
    expect(kode(await t.as(jwt.staf).get('/api/dpa/template'))).toEqual([403, 'AKSES_DITOLAK']);
    expect(kode(await t.as(jwt.bkad).get('/api/dpa/template'))).toEqual([403, 'AKSES_DITOLAK']);
  });
});

describe('import: preview, then confirm', () => {
  test('preview lists accepted rows and rejects bad rows with row number and reason; writes no DPA line', async () => {
    const r = await impor(jwt.admin, await xlsx(BERKAS1), 'DPA-Diskominfo-murni.xlsx');
    expect(r.status).toBe(200);
    const d = r.body.data;
    idPratinjau = d.id;
    expect(d.tahun).toBe(tahun);
    expect(d.kode_opd).toBe(KODE_OPD);
    expect(d.nama_berkas).toBe('DPA-Diskominfo-murni.xlsx');
    expect(d.diterima.map((x: any) => [x.baris, x.kode_sub_kegiatan, x.pagu])).toEqual([
      [2, '2.16.02.1.02.0001', '850000000'],
      [3, '2.16.02.1.02.0002', '1250000000'],
      [4, '2.16.02.1.02.0005', '412500000'],
      [5, '2.16.03.1.01.0002', '300000000'],
    ]);
    // program and kegiatan derived from the code when the sheet leaves them empty
    expect(d.diterima[2]).toMatchObject({ kode_program: '2.16.02', kode_kegiatan: '2.16.02.1.02' });
    expect(d.ditolak.map((x: any) => [x.baris, x.alasan])).toEqual([
      [6, 'kode sub kegiatan wajib diisi'],
      [7, expect.stringContaining('tidak berformat SIPD')],
      [8, 'nama sub kegiatan wajib diisi'],
      [9, 'pagu tidak boleh negatif'],
      [10, 'pagu "seratus juta" bukan angka rupiah'],
      [11, 'kode sub kegiatan ganda dalam berkas (baris 11, 12)'],
      [12, 'kode sub kegiatan ganda dalam berkas (baris 11, 12)'],
    ]);
    expect(d.total_pagu).toBe(TOTAL1);
    const sisa = new Date(d.berlaku_sampai).getTime() - Date.now();
    expect(sisa).toBeGreaterThan(55 * 60 * 1000);
    expect(sisa).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(await barisDb()).toEqual([]);
    // the preview lives in the database, not in the process
    const p = await t.strapi.db.query(UID_PRATINJAU).findOne({ where: { documentId: d.id } });
    expect(p).toMatchObject({
      jenis: 'DPA',
      pemilik: expect.stringMatching(/^user:\d+$/),
      nama_berkas: 'DPA-Diskominfo-murni.xlsx',
    });
    expect(p.diterima).toHaveLength(4);
    expect(p.ditolak).toHaveLength(7);
  });

  test('bad input: missing file, missing columns, not xlsx, unknown OPD, bad year', async () => {
    expect(
      kode(await t.as(jwt.admin).post('/api/dpa/impor').field('tahun', String(tahun)).field('kode_opd', KODE_OPD)),
    ).toEqual([400, 'BERKAS_WAJIB']);
    expect(
      kode(
        await impor(
          jwt.admin,
          await xlsx([
            ['kode', 'uraian'],
            ['2.16.02.1.02.0001', 'x'],
          ]),
          'a.xlsx',
        ),
      ),
    ).toEqual([400, 'KOLOM_TIDAK_LENGKAP']);
    expect(kode(await impor(jwt.admin, Buffer.from('kode;nama;pagu\n'), 'a.csv'))).toEqual([
      400,
      'JENIS_BERKAS_DITOLAK',
    ]);
    expect(kode(await impor(jwt.admin, await xlsx(BERKAS1), 'a.xlsx', '9.99.99'))).toEqual([
      404,
      'OPD_TIDAK_DITEMUKAN',
    ]);
    const r = await impor(jwt.admin, await xlsx(BERKAS1), 'a.xlsx', KODE_OPD, 1999);
    expect(kode(r)).toEqual([400, 'ISIAN_TIDAK_VALID']);
    expect(r.body.error.details.field).toBe('tahun');
  });

  test('scope: Admin OPD for another OPD → 403 naming kode_opd; pegawai → 403', async () => {
    const r = await impor(jwt.adminOpd, await xlsx(BERKAS1), 'a.xlsx', KODE_LAIN);
    expect(kode(r)).toEqual([403, 'AKSES_DITOLAK']);
    expect(r.body.error.details.field).toBe('kode_opd');
    expect(r.body.error.message).toContain(KODE_LAIN);
    expect(kode(await impor(jwt.staf, await xlsx(BERKAS1), 'a.xlsx'))).toEqual([403, 'AKSES_DITOLAK']);
    expect(kode(await impor(jwt.bkad, await xlsx(BERKAS1), 'a.xlsx'))).toEqual([403, 'AKSES_DITOLAK']);
    expect(kode(await t.as(jwt.staf).post(`/api/dpa/impor/${idPratinjau}/terapkan`))).toEqual([403, 'AKSES_DITOLAK']);
    expect(await barisDb(KODE_LAIN)).toEqual([]);
  });

  test('another user cannot confirm someone else’s preview (404)', async () => {
    expect(kode(await t.as(jwt.adminOpd).post(`/api/dpa/impor/${idPratinjau}/terapkan`))).toEqual([
      404,
      'PRATINJAU_TIDAK_ADA',
    ]);
    expect(kode(await t.as(jwt.admin).post('/api/dpa/impor/tidak-ada/terapkan'))).toEqual([404, 'PRATINJAU_TIDAK_ADA']);
  });

  test('an expired preview → 404 and nothing written', async () => {
    const r = await impor(jwt.admin, await xlsx(BERKAS1), 'kedaluwarsa.xlsx');
    expect(r.status).toBe(200);
    await t.strapi.db
      .query(UID_PRATINJAU)
      .update({ where: { documentId: r.body.data.id }, data: { kedaluwarsa: new Date(Date.now() - 1000) } });
    expect(kode(await t.as(jwt.admin).post(`/api/dpa/impor/${r.body.data.id}/terapkan`))).toEqual([
      404,
      'PRATINJAU_TIDAK_ADA',
    ]);
    expect(await barisDb()).toEqual([]);
  });

  test('a failure during the confirmation rolls everything back (the preview stays usable)', async () => {
    const audit = t.strapi.plugin('inti').service('audit');
    const asli = audit.catat;
    audit.catat = async () => {
      throw new Error('simulasi kegagalan penulisan audit');
    };
    try {
      expect((await t.as(jwt.admin).post(`/api/dpa/impor/${idPratinjau}/terapkan`)).status).toBe(500);
    } finally {
      audit.catat = asli;
    }
    expect(await barisDb()).toEqual([]);
    expect(await t.strapi.db.query(UID_PRATINJAU).count({ where: { documentId: idPratinjau } })).toBe(1);
  });

  test('confirm writes exactly the accepted rows with source, date and importer, audited; a second confirm is 404', async () => {
    const sebelum = Date.now();
    const r = await t.as(jwt.admin).post(`/api/dpa/impor/${idPratinjau}/terapkan`);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      tahun,
      kode_opd: KODE_OPD,
      jumlah: 4,
      total_pagu: TOTAL1,
      diganti: 0,
      ditolak: 7,
      sumber_berkas: 'DPA-Diskominfo-murni.xlsx',
    });
    const rows = await barisDb();
    expect(rows.map((x: any) => [x.kode_program, x.kode_kegiatan, x.kode_sub_kegiatan, String(x.pagu)])).toEqual([
      ['2.16.02', '2.16.02.1.02', '2.16.02.1.02.0001', '850000000'],
      ['2.16.02', '2.16.02.1.02', '2.16.02.1.02.0002', '1250000000'],
      ['2.16.02', '2.16.02.1.02', '2.16.02.1.02.0005', '412500000'],
      ['2.16.03', '2.16.03.1.01', '2.16.03.1.01.0002', '300000000'],
    ]);
    for (const x of rows) {
      expect(x).toMatchObject({ sumber_berkas: 'DPA-Diskominfo-murni.xlsx', diimpor_oleh: 'admin' });
      expect(new Date(x.diimpor_pada).getTime()).toBeGreaterThanOrEqual(sebelum - 2000);
    }
    const log = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'DPA_DIIMPOR', objek_id: `${KODE_OPD}:${tahun}` } });
    expect(log).toHaveLength(1);
    expect(log[0].sebelum).toBeNull();
    expect(log[0].sesudah).toMatchObject({ jumlah: 4, total_pagu: TOTAL1 });
    expect(kode(await t.as(jwt.admin).post(`/api/dpa/impor/${idPratinjau}/terapkan`))).toEqual([
      404,
      'PRATINJAU_TIDAK_ADA',
    ]);
  });

  test('a later DPA (DPA Perubahan, by the Admin OPD, SIPD-like headers and title rows) replaces the earlier one', async () => {
    const berkas = await xlsx(
      [
        ['Kode', 'Sub Kegiatan', 'Anggaran'],
        ['2.16.02.1.02.0001', 'Pengelolaan Pusat Data Pemerintahan Daerah', '900.000.000'],
        ['2.16.03.1.01.0002', 'Pengelolaan Media Komunikasi Publik', 'Rp 275.000.000,00'],
        ['2.16.03.1.01.0003', 'Layanan Hubungan Media', 125000000],
      ],
      ['DOKUMEN PELAKSANAAN ANGGARAN PERUBAHAN', 'Dinas Komunikasi dan Informatika'],
    );
    const p = await impor(jwt.adminOpd, berkas, 'DPPA-Diskominfo.xlsx');
    expect(p.status).toBe(200);
    expect(p.body.data.diterima.map((x: any) => x.baris)).toEqual([4, 5, 6]);
    expect(p.body.data.ditolak).toEqual([]);
    const r = await t.as(jwt.adminOpd).post(`/api/dpa/impor/${p.body.data.id}/terapkan`);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ jumlah: 3, total_pagu: '1300000000', diganti: 4 });
    const rows = await barisDb();
    expect(rows.map((x: any) => [x.kode_sub_kegiatan, String(x.pagu), x.sumber_berkas])).toEqual([
      ['2.16.02.1.02.0001', '900000000', 'DPPA-Diskominfo.xlsx'],
      ['2.16.03.1.01.0002', '275000000', 'DPPA-Diskominfo.xlsx'],
      ['2.16.03.1.01.0003', '125000000', 'DPPA-Diskominfo.xlsx'],
    ]);
    const log = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'DPA_DIIMPOR', objek_id: `${KODE_OPD}:${tahun}` }, orderBy: { id: 'asc' } });
    expect(log).toHaveLength(2);
    expect(log[1].sebelum).toMatchObject({ jumlah: 4, total_pagu: TOTAL1, sumber_berkas: 'DPA-Diskominfo-murni.xlsx' });
    expect(log[1].sesudah).toMatchObject({
      jumlah: 3,
      total_pagu: '1300000000',
      sumber_berkas: 'DPPA-Diskominfo.xlsx',
    });
    expect(log[1].aktor).toBe(t.demo.adminOpd.username);
  });
});

describe('GET /api/dpa', () => {
  test('lines, per-program rollup, source and date; BKAD reads; Admin OPD of another OPD and pegawai 403', async () => {
    const r = await t.as(jwt.bkad).get(`/api/dpa?tahun=${tahun}&kode_opd=${KODE_OPD}`);
    expect(r.status).toBe(200);
    const d = r.body.data;
    expect(d.jumlah).toBe(3);
    expect(d.total_pagu).toBe('1300000000');
    expect(d.lini.map((x: any) => x.kode_sub_kegiatan)).toEqual([
      '2.16.02.1.02.0001',
      '2.16.03.1.01.0002',
      '2.16.03.1.01.0003',
    ]);
    expect(d.program.map((p: any) => [p.kode_program, p.anggaran])).toEqual([
      ['2.16.02', '900000000'],
      ['2.16.03', '400000000'],
    ]);
    expect(d.sumber).toMatchObject({
      jenis: 'DPA SIPD',
      berkas: 'DPPA-Diskominfo.xlsx',
      diimpor_oleh: t.demo.adminOpd.username,
    });
    expect(Number.isNaN(Date.parse(d.sumber.diimpor_pada))).toBe(false);
    expect((await t.as(jwt.adminOpd).get(`/api/dpa?tahun=${tahun}&kode_opd=${KODE_OPD}`)).status).toBe(200);
    expect(kode(await t.as(jwt.adminOpd).get(`/api/dpa?tahun=${tahun}&kode_opd=${KODE_LAIN}`))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
    expect(kode(await t.as(jwt.staf).get(`/api/dpa?tahun=${tahun}&kode_opd=${KODE_OPD}`))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
    const kosong = await t.as(jwt.admin).get(`/api/dpa?tahun=${tahun}&kode_opd=${KODE_LAIN}`);
    expect(kosong.body.data).toMatchObject({ jumlah: 0, total_pagu: '0', sumber: null, program: [], lini: [] });
  });
});

describe('Perjanjian Kinerja', () => {
  test('GET /api/pk: sasaran, program budget = DPA sums, source + date, Kepala OPD', async () => {
    const r = await t.as(jwt.admin).get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_OPD}`);
    expect(r.status).toBe(200);
    const d = r.body.data;
    expect(d.opd.kode_opd).toBe(KODE_OPD);
    expect(d.sasaran.map((s: any) => s.sasaran)).toEqual([
      'Meningkatnya kematangan SPBE Kota Madiun',
      'Meningkatnya keterbukaan informasi publik',
    ]);
    expect(d.sasaran[0].indikator).toEqual([{ indikator: 'Indeks SPBE', target: '3,6', satuan: 'indeks' }]);
    const dpa = await barisDb();
    const jumlah = (kp: string) =>
      dpa
        .filter((x: any) => x.kode_program === kp)
        .reduce((a: bigint, x: any) => a + BigInt(x.pagu), 0n)
        .toString();
    expect(d.program.map((p: any) => [p.kode_program, p.anggaran])).toEqual([
      ['2.16.02', jumlah('2.16.02')],
      ['2.16.03', jumlah('2.16.03')],
    ]);
    expect(d.program[1].kegiatan).toEqual([
      { kode_kegiatan: '2.16.03.1.01', nama_kegiatan: null, anggaran: '400000000', jumlah_sub_kegiatan: 2 },
    ]);
    expect(d.total_anggaran).toBe('1300000000');
    expect(d.sumber_anggaran).toMatchObject({
      jenis: 'DPA SIPD',
      berkas: 'DPPA-Diskominfo.xlsx',
      diimpor_oleh: t.demo.adminOpd.username,
    });
    expect(d.sumber_anggaran.diimpor_pada).toBe(new Date(dpa[0].diimpor_pada).toISOString());
    expect(d.kepala_opd).toMatchObject({ nip: NIP.kadis });
    expect(d.kepala_opd.jabatan).toBeTruthy();
  });

  test('no DPA imported → no budget at all (null), never a figure from elsewhere', async () => {
    const r = await t.as(jwt.admin).get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_LAIN}`);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({
      program: [],
      total_anggaran: null,
      sumber_anggaran: null,
      anggaran_keterangan: 'belum ada DPA',
    });
  });

  test('scope: BKAD, Inspektorat, Admin OPD and pegawai of the OPD read; another OPD’s pegawai and Admin OPD 403', async () => {
    for (const k of ['bkad', 'inspektorat', 'adminOpd', 'staf'])
      expect((await t.as(jwt[k]).get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_OPD}`)).status).toBe(200);
    expect(kode(await t.as(jwt.lainOpd).get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_OPD}`))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
    expect(kode(await t.as(jwt.adminOpd).get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_LAIN}`))).toEqual([
      403,
      'AKSES_DITOLAK',
    ]);
    expect(kode(await t.http().get(`/api/pk?tahun=${tahun}&kode_opd=${KODE_OPD}`))[0]).toBeGreaterThanOrEqual(401);
  });

  test('PDF: title, OPD, sasaran, program, total and the DPA source; audited CETAK_PK', async () => {
    const c = await cetak(
      t,
      jwt.adminOpd,
      `/api/cetak/perjanjian-kinerja?tahun=${tahun}&kode_opd=${KODE_OPD}&tanggal=${tahun}-01-05&tempat=Madiun`,
    );
    expect(c.status).toBe(200);
    expect(c.headers['content-type']).toBe('application/pdf');
    const s = teks(c.berkas).replace(/[ \t]+/g, ' ');
    expect(s).toContain(`PERJANJIAN KINERJA TAHUN ${tahun}`);
    expect(s).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(s).toContain('Meningkatnya kematangan SPBE Kota Madiun');
    expect(s).toContain('Indeks SPBE');
    expect(s).toContain('3,6 indeks');
    expect(s).toContain('2.16.02');
    expect(s).toContain('Rp 900.000.000');
    expect(s).toContain('Rp 400.000.000');
    expect(s).toContain('JUMLAH');
    expect(s).toContain('Rp 1.300.000.000');
    expect(s).toContain('Sumber anggaran: DPA SIPD (DPPA-Diskominfo.xlsx), diimpor');
    expect(s).toContain('Wali Kota Madiun');
    expect(s).toContain('Pihak Pertama');
    expect(s).toContain(`Madiun, 5 Januari ${tahun}`);
    expect(
      await t.strapi.db.query('plugin::inti.audit-log').count({ where: { aksi: 'CETAK_PK', objek_id: KODE_OPD } }),
    ).toBe(1);
  });

  test('PDF without DPA says "belum ada DPA"; bad date 400; pegawai of another OPD 403', async () => {
    const c = await cetak(t, jwt.admin, `/api/cetak/perjanjian-kinerja?tahun=${tahun}&kode_opd=${KODE_LAIN}`);
    expect(c.status).toBe(200);
    const s = teks(c.berkas);
    expect(s).toContain('belum ada DPA');
    expect(s).not.toMatch(/Rp \d/);
    const salah = await cetak(
      t,
      jwt.admin,
      `/api/cetak/perjanjian-kinerja?tahun=${tahun}&kode_opd=${KODE_OPD}&tanggal=${tahun}-02-30`,
    );
    expect([salah.status, salah.json?.error?.details?.code]).toEqual([400, 'ISIAN_TIDAK_VALID']);
    const lain = await cetak(t, jwt.lainOpd, `/api/cetak/perjanjian-kinerja?tahun=${tahun}&kode_opd=${KODE_OPD}`);
    expect([lain.status, lain.json?.error?.details?.code]).toEqual([403, 'AKSES_DITOLAK']);
  });
});

describe('demo seed', () => {
  test('Diskominfo has the demo year’s DPA as an import would write it; its PK shows the budget and source', async () => {
    if (!t.demo.dariSeed) throw new Error('the test server must boot the demo seed');
    const demo = Number(hariIniKota().slice(0, 4));
    const rows = await t.strapi.db
      .query(UID)
      .findMany({ where: { tahun: demo, opd: { id: t.demo.opdDiskominfo.id } } });
    expect(rows.length).toBe(14);
    for (const r of rows) expect(r.kode_sub_kegiatan).toMatch(/^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/);
    const total = rows.reduce((a: bigint, r: any) => a + BigInt(r.pagu), 0n).toString();
    const r = await t.as(jwt.admin).get(`/api/pk?tahun=${demo}&kode_opd=${KODE_OPD}`);
    expect(r.status).toBe(200);
    expect(r.body.data.total_anggaran).toBe(total);
    expect(r.body.data.sumber_anggaran).toMatchObject({
      jenis: 'DPA SIPD',
      berkas: `DPA-SKPD_${KODE_OPD}_${demo}.xlsx`,
      diimpor_oleh: 'admin',
    });
    expect(r.body.data.program.map((p: any) => p.kode_program)).toEqual([
      '2.16.01',
      '2.16.02',
      '2.16.03',
      '2.20.02',
      '2.21.02',
    ]);
    expect(r.body.data.program.every((p: any) => p.nama_program)).toBe(true);
    expect(r.body.data.sasaran.length).toBeGreaterThan(0);
  });
});
