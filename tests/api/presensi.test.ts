/**
 * Attendance import (integrations.md "Presensi", api.md TPP): the template (xlsx and csv), the preview
 * of an xlsx or csv file with accepted and rejected rows (unknown NIP, negative count, more absences
 * than workdays, duplicate NIP) that writes nothing, the confirmation that writes the accepted rows in
 * one transaction (upsert by kunci_unik, audited), a failure during the confirmation that leaves
 * nothing, the API push (all or nothing), the scope (Admin OPD of another OPD, pegawai 403) and the
 * 423 of a locked month. Uses the year before the demo year, so the seeded rows are not touched.
 */
import ExcelJS from 'exceljs';
import { buatTokenApi } from '../helpers/token';
import { mulaiStrapi, NIP, hariIniKota } from '../helpers/strapi';

const t = mulaiStrapi();
const UID = 'plugin::tpp.presensi';
const UID_KUNCI = 'plugin::inti.kunci-periode';
const tahun = Number(hariIniKota().slice(0, 4)) - 1;
const BULAN = 10;
const jwt: Record<string, string> = {};
const kode = (r: any) => [r.status, r.body?.error?.details?.code];
const NIP_ASING = '199912312020121099';

const impor = (token: string, berkas: Buffer, nama: string, bulan = BULAN) =>
  t
    .as(token)
    .post('/api/tpp/presensi/impor')
    .field('tahun', String(tahun))
    .field('bulan', String(bulan))
    .attach('berkas', berkas, nama);
const barisDb = (bulan = BULAN) =>
  t.strapi.db
    .query(UID)
    .findMany({ where: { tahun, bulan }, populate: { pegawai: { select: ['nip'] } }, orderBy: { id: 'asc' } });

async function xlsx(baris: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Presensi');
  for (const b of baris) ws.addRow(b);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const csv = (baris: unknown[][]) => Buffer.from(baris.map((b) => b.join(';')).join('\r\n') + '\r\n', 'utf8');

const KEPALA = [
  'nip',
  'nama',
  'hari_kerja',
  'hadir',
  'tk',
  'tl_1_30',
  'tl_31_60',
  'tl_61_90',
  'tl_91',
  'psw_1_30',
  'psw_31_60',
  'psw_61_90',
  'psw_91',
  'cuti',
  'dl',
  'hukdis_aktif',
];

beforeAll(async () => {
  for (const k of ['staf', 'kadis'] as const) jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  await t.strapi.db.query(UID).deleteMany({ where: { tahun } });
});

afterAll(async () => {
  await t.strapi?.db.query(UID_KUNCI).deleteMany({ where: { tahun } });
});

describe('template', () => {
  test('xlsx: the columns in order, one example row, a Petunjuk sheet documenting every column', async () => {
    const r = await t
      .as(jwt.admin)
      .get('/api/tpp/presensi/template?format=xlsx')
      .buffer(true)
      .parse((res, cb) => {
        const d: Buffer[] = [];
        res.on('data', (c: Buffer) => d.push(c));
        res.on('end', () => cb(null, Buffer.concat(d)));
      });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toContain('templat-presensi.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    const ws = wb.getWorksheet('Presensi')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['nip', 'nama', 'tahun', 'bulan', ...KEPALA.slice(2)]);
    expect(ws.rowCount).toBe(2);
    expect(typeof ws.getRow(2).getCell(1).value).toBe('string');
    const p = wb.getWorksheet('Petunjuk')!;
    const kolom = [] as string[];
    p.eachRow((row, n) => n > 1 && row.getCell(1).value && kolom.push(String(row.getCell(1).value)));
    expect(kolom).toEqual(['nip', 'nama', 'tahun', 'bulan', ...KEPALA.slice(2)]);
  });

  test('csv: header and one example row; Admin OPD may download; pegawai 403', async () => {
    const r = await t.as(jwt.adminOpd).get('/api/tpp/presensi/template?format=csv');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    const baris = r.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(baris).toHaveLength(2);
    expect(baris[0]).toBe(['nip', 'nama', 'tahun', 'bulan', ...KEPALA.slice(2)].join(','));
    expect(kode(await t.as(jwt.staf).get('/api/tpp/presensi/template?format=csv'))).toEqual([403, 'AKSES_DITOLAK']);
    expect(kode(await t.as(jwt.admin).get('/api/tpp/presensi/template?format=pdf'))).toEqual([
      400,
      'ISIAN_TIDAK_VALID',
    ]);
  });
});

describe('import: preview, then confirm', () => {
  let idPratinjau: string;

  test('xlsx preview lists accepted and rejected rows with row numbers and reasons; nothing is written', async () => {
    const isi = await xlsx([
      KEPALA,
      [NIP.staf, 'Dimas', 21, 20, 0, 2, 1, 0, 0, 1, 0, 0, 0, 1, 0, 'tidak'],
      [NIP.kadis, 'Agus', 21, 18, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 'tidak'],
      [NIP_ASING, 'Orang asing', 21, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'tidak'],
      [NIP.jf, 'Rina', 21, 21, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'tidak'],
      [NIP.sekretaris, 'Sri', 21, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 'tidak'],
      [NIP.kabidAplikasi, 'Bambang', 21, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'tidak'],
      [NIP.kabidAplikasi, 'Bambang lagi', 21, 20, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'tidak'],
    ]);
    const r = await impor(jwt.admin, isi, 'presensi.xlsx');
    expect(r.status).toBe(200);
    const d = r.body.data;
    expect(d).toMatchObject({ tahun, bulan: BULAN, jumlah: 7 });
    expect(typeof d.id).toBe('string');
    expect(d.diterima.map((b: any) => [b.baris, b.nip])).toEqual([
      [2, NIP.staf],
      [3, NIP.kadis],
    ]);
    expect(d.diterima[0]).toMatchObject({
      telat_1_30: 2,
      telat_31_60: 1,
      pulang_cepat_1_30: 1,
      alpa_hari: 0,
      hari_kerja: 21,
      hukuman_disiplin_aktif: false,
    });
    expect(d.diterima[0].pegawaiId).toBeUndefined();
    const alasan = Object.fromEntries(d.ditolak.map((x: any) => [x.baris, x.alasan]));
    expect(alasan[4]).toBe('NIP tidak dikenal');
    expect(alasan[5]).toContain('tl_1_30 harus bilangan bulat tidak negatif');
    expect(alasan[6]).toContain('lebih banyak ketidakhadiran daripada hari kerja');
    expect(alasan[7]).toContain('NIP ganda dalam berkas (baris 7, 8)');
    expect(alasan[8]).toContain('NIP ganda');
    expect(await barisDb()).toEqual([]);
    idPratinjau = d.id;
  });

  test('csv preview (semicolons, text NIP) gives the same verdicts; nothing is written', async () => {
    const r = await impor(
      jwt.admin,
      csv([
        KEPALA,
        [NIP.staf, 'Dimas', 21, 20, 0, 2, 1, 0, 0, 1, 0, 0, 0, 1, 0, 'tidak'],
        [NIP_ASING, 'x', 21, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'tidak'],
        [NIP.jf, 'Rina', 21, 5, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'tidak'],
      ]),
      'presensi.csv',
    );
    expect(r.status).toBe(200);
    expect(r.body.data.diterima.map((b: any) => b.baris)).toEqual([2]);
    expect(r.body.data.ditolak.map((x: any) => [x.baris, x.alasan.split(' (')[0]])).toEqual([
      [3, 'NIP tidak dikenal'],
      [4, 'lebih banyak ketidakhadiran daripada hari kerja'],
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
      const r = await t.as(jwt.admin).post(`/api/tpp/presensi/impor/${idPratinjau}/terapkan`);
      expect(r.status).toBe(500);
    } finally {
      audit.catat = asli;
    }
    expect(await barisDb()).toEqual([]);
  });

  test('another user cannot confirm someone else’s preview (404)', async () => {
    expect(kode(await t.as(jwt.adminOpd).post(`/api/tpp/presensi/impor/${idPratinjau}/terapkan`))).toEqual([
      404,
      'PRATINJAU_TIDAK_ADA',
    ]);
  });

  test('confirm writes exactly the accepted rows in one go, audited; a second confirm is 404', async () => {
    const r = await t.as(jwt.admin).post(`/api/tpp/presensi/impor/${idPratinjau}/terapkan`);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ tahun, bulan: BULAN, jumlah: 2, dibuat: 2, diperbarui: 0, ditolak: 5 });
    const rows = await barisDb();
    expect(rows.map((x: any) => x.pegawai.nip)).toEqual([NIP.staf, NIP.kadis]);
    expect(rows[0]).toMatchObject({
      telat_1_30: 2,
      telat_31_60: 1,
      pulang_cepat_1_30: 1,
      hari_kerja: 21,
      sumber: 'IMPOR',
      sumber_ref: `impor:${idPratinjau}`,
      kunci_unik: `${t.demo.pegawai.staf.pegawaiId}:${tahun}:${BULAN}`,
    });
    expect(rows[1]).toMatchObject({ alpa_hari: 1, telat_91_atau_tanpa_rekam: 1 });
    const log = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findMany({ where: { aksi: 'PRESENSI_DIIMPOR', objek_id: `impor:${idPratinjau}` } });
    expect(log).toHaveLength(1);
    expect(kode(await t.as(jwt.admin).post(`/api/tpp/presensi/impor/${idPratinjau}/terapkan`))).toEqual([
      404,
      'PRATINJAU_TIDAK_ADA',
    ]);
  });

  test('a second import of the same month updates (upsert by kunci_unik)', async () => {
    const p = await impor(
      jwt.admin,
      csv([
        ['nip', 'tk', 'tl_1_30'],
        [NIP.staf, 2, 0],
      ]),
      'ulang.csv',
    );
    expect(p.status).toBe(200);
    const r = await t.as(jwt.admin).post(`/api/tpp/presensi/impor/${p.body.data.id}/terapkan`);
    expect(r.body.data).toMatchObject({ dibuat: 0, diperbarui: 1 });
    const rows = await barisDb();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ alpa_hari: 2, telat_1_30: 0 });
  });

  test('bad files: no berkas, no nip column, not xlsx/csv', async () => {
    expect(
      kode(
        await t
          .as(jwt.admin)
          .post('/api/tpp/presensi/impor')
          .field('tahun', String(tahun))
          .field('bulan', String(BULAN)),
      ),
    ).toEqual([400, 'BERKAS_WAJIB']);
    expect(
      kode(
        await impor(
          jwt.admin,
          csv([
            ['nama', 'tk'],
            ['x', 1],
          ]),
          'a.csv',
        ),
      ),
    ).toEqual([400, 'KOLOM_TIDAK_LENGKAP']);
    expect(kode(await impor(jwt.admin, Buffer.from([0, 1, 2, 3, 0]), 'a.bin'))).toEqual([400, 'JENIS_BERKAS_DITOLAK']);
  });
});

describe('scope and locks', () => {
  test('Admin OPD: rows of its own OPD accepted, another OPD rejected per row; pegawai 403', async () => {
    const r = await impor(
      jwt.adminOpd,
      csv([
        ['nip', 'tk'],
        [NIP.staf, 0],
        [t.demo.lainOpd.nip, 0],
      ]),
      'opd.csv',
      9,
    );
    expect(r.status).toBe(200);
    expect(r.body.data.diterima.map((b: any) => b.nip)).toEqual([NIP.staf]);
    expect(r.body.data.ditolak).toEqual([{ baris: 3, nip: t.demo.lainOpd.nip, alasan: 'Pegawai bukan dari OPD Anda' }]);
    expect(kode(await impor(jwt.staf, csv([['nip'], [NIP.staf]]), 'p.csv'))).toEqual([403, 'AKSES_DITOLAK']);
    expect(
      kode(
        await t
          .as(jwt.staf)
          .post('/api/tpp/presensi')
          .send({ tahun, bulan: 9, data: [{ nip: NIP.staf }] }),
      ),
    ).toEqual([403, 'AKSES_DITOLAK']);
    expect(
      kode(
        await t
          .as(jwt.adminOpd)
          .post('/api/tpp/presensi')
          .send({ tahun, bulan: 9, data: [{ nip: NIP.staf }] }),
      ),
    ).toEqual([403, 'AKSES_DITOLAK']);
  });

  test('a locked month answers 423 for the whole import, the confirmation and the push', async () => {
    const ok = await impor(jwt.admin, csv([['nip'], [NIP.staf]]), 'kunci.csv', 2);
    expect(ok.status).toBe(200);
    await t.strapi.db.query(UID_KUNCI).create({
      data: {
        tahun,
        triwulan: 1,
        kunci_unik: `${tahun}:1`,
        terkunci: true,
        dikunci_oleh: 'bkad',
        dikunci_pada: new Date(),
      },
    });
    expect(kode(await impor(jwt.admin, csv([['nip'], [NIP.staf]]), 'kunci.csv', 2))).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(kode(await t.as(jwt.admin).post(`/api/tpp/presensi/impor/${ok.body.data.id}/terapkan`))).toEqual([
      423,
      'PERIODE_TERKUNCI',
    ]);
    expect(
      kode(
        await t
          .as(jwt.admin)
          .post('/api/tpp/presensi')
          .send({ tahun, bulan: 3, data: [{ nip: NIP.staf }] }),
      ),
    ).toEqual([423, 'PERIODE_TERKUNCI']);
    expect(await barisDb(2)).toEqual([]);
  });
});

describe('API push', () => {
  /** A push token as BKPSDM creates it in the panel (token-api, scope presensi:write). */
  const buatToken = (nama: string, kode_opd?: string) => buatTokenApi(t, nama, ['presensi:write'], kode_opd);

  test('any rejected row → 400 with the rejected rows, nothing written', async () => {
    const tok = await buatToken(`presensi-${Date.now()}`);
    const r = await t
      .as(tok)
      .post('/api/tpp/presensi')
      .send({ tahun, bulan: 11, data: [{ nip: NIP.staf, tk: 1 }, { nip: NIP_ASING }, { nip: NIP.jf, tl_1_30: -3 }] });
    expect(kode(r)).toEqual([400, 'BARIS_DITOLAK']);
    expect(r.body.error.details.ditolak.map((x: any) => [x.baris, x.alasan])).toEqual([
      [2, 'NIP tidak dikenal'],
      [3, 'tl_1_30 harus bilangan bulat tidak negatif'],
    ]);
    expect(await barisDb(11)).toEqual([]);
  });

  test('all rows valid → written at once (stored names accepted too), sumber API, audited', async () => {
    const nama = `presensi-ok-${Date.now()}`;
    const tok = await buatToken(nama);
    const r = await t
      .as(tok)
      .post('/api/tpp/presensi')
      .send({
        tahun,
        bulan: 11,
        data: [
          { nip: NIP.staf, tk: 1, tl_31_60: 2 },
          { nip: NIP.jf, alpa_hari: 0, telat_1_30: 1, hukdis_aktif: true },
        ],
      });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ jumlah: 2, dibuat: 2 });
    const rows = await barisDb(11);
    expect(
      rows.map((x: any) => [
        x.pegawai.nip,
        x.alpa_hari,
        x.telat_31_60,
        x.telat_1_30,
        x.hukuman_disiplin_aktif,
        x.sumber,
      ]),
    ).toEqual([
      [NIP.staf, 1, 2, 0, false, 'API'],
      [NIP.jf, 0, 0, 1, true, 'API'],
    ]);
    expect(
      await t.strapi.db
        .query('plugin::inti.audit-log')
        .count({ where: { aksi: 'PRESENSI_DIKIRIM', aktor: `token:${nama}` } }),
    ).toBe(1);
  });

  test('a token scoped to another OPD gets the Diskominfo rows rejected; Admin BKPSDM may push', async () => {
    const lain = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { nip: t.demo.lainOpd.nip }, populate: { opd: { select: ['kode_opd'] } } });
    const tok = await buatToken(`presensi-opd-${Date.now()}`, lain.opd.kode_opd);
    const r = await t
      .as(tok)
      .post('/api/tpp/presensi')
      .send({ tahun, bulan: 12, data: [{ nip: NIP.staf }, { nip: t.demo.lainOpd.nip }] });
    expect(kode(r)).toEqual([400, 'BARIS_DITOLAK']);
    expect(r.body.error.details.ditolak).toEqual([{ baris: 1, nip: NIP.staf, alasan: 'Pegawai bukan dari OPD Anda' }]);
    const a = await t
      .as(jwt.admin)
      .post('/api/tpp/presensi')
      .send({ tahun, bulan: 12, data: [{ nip: NIP.staf }] });
    expect(a.status).toBe(200);
  });
});

describe('demo seed (database/seed/tpp.js)', () => {
  const tahunDemo = tahun + 1;
  const bulanKini = Number(hariIniKota().slice(5, 7));
  const lalu = Array.from({ length: bulanKini - 1 }, (_, i) => i + 1);

  test('presensi for every active pegawai and past month, valid for the import rule; one active sentence; TPP lines by the run', async () => {
    if (!t.demo.dariSeed) throw new Error('the test server must boot the demo seed');
    const aktif = await t.strapi.db.query('plugin::inti.pegawai').count({ where: { status: 'AKTIF' } });
    const rows = await t.strapi.db.query(UID).findMany({
      where: { tahun: tahunDemo },
      select: ['bulan', 'alpa_hari', 'telat_1_30', 'hari_kerja', 'hukuman_disiplin_aktif', 'sumber'],
    });
    expect(rows).toHaveLength(aktif * lalu.length);
    expect([...new Set(rows.map((r: any) => r.bulan))].sort((a: number, b: number) => a - b)).toEqual(lalu);
    if (lalu.length) {
      expect(rows.filter((r: any) => r.hukuman_disiplin_aktif)).toHaveLength(1);
      expect(rows.filter((r: any) => r.alpa_hari === 0 && r.telat_1_30 === 0).length).toBeGreaterThan(rows.length / 2);
      expect(rows.some((r: any) => r.telat_1_30 > 0)).toBe(true);
      const tpp = await t.strapi.db
        .query('plugin::tpp.tpp')
        .count({ where: { tahun: tahunDemo, bulan: { $in: lalu } } });
      expect(tpp).toBeGreaterThan(0);
      expect(
        await t.strapi.db.query('plugin::inti.audit-log').count({ where: { aksi: 'TPP_DIHITUNG', aktor: 'bkad' } }),
      ).toBe(lalu.length);
    }
    // Q1 locked by BKAD from July of the demo year on (database/seed/README.md), nothing else
    const kunci = await t.strapi.db
      .query(UID_KUNCI)
      .findMany({ where: { tahun: tahunDemo }, select: ['triwulan', 'terkunci', 'dikunci_oleh'] });
    const sejakJuli = Number(hariIniKota().slice(5, 7)) >= 7 && Number(hariIniKota().slice(0, 4)) === tahunDemo;
    expect(kunci.map((k: any) => [k.triwulan, k.terkunci, k.dikunci_oleh])).toEqual(
      sejakJuli ? [[1, true, 'bkad']] : [],
    );
  });
});
