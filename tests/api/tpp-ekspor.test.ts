/**
 * TPP exports through HTTP (exports.md "TPP (SIPD format)" and "TPP history (BKAD format)", api.md,
 * domain.md §7): TPP lines of a year away from the demo data are written straight into plugin::tpp.tpp
 * for Diskominfo pegawai with consistent totals; the SIPD Excel is read back with exceljs (exact header
 * row, frozen, autofilter, values equal to the lines, `#,##0`, a formula-like nama kept as text), the
 * beban and prestasi files add up to the lines, the Daftar Nominatif PDF is read back with pdftotext,
 * the BKAD history follows the policy template; scope, bad input, audit records.
 */
import ExcelJS from 'exceljs';
import { mulaiStrapi, NIP, hariIniKota, nipBaru, KATA_SANDI_DEMO } from '../helpers/strapi';
import { cetak, teks, grupNip } from '../helpers/pdf';
import { KOLOM_SIPD, KOLOM_UANG_SIPD } from '../helpers/sipd';

const t = mulaiStrapi();
const jwt: Record<string, string> = {};
const tahun = Number(hariIniKota().slice(0, 4)) + 2;
let kodeOpd: string;
let kodeOpdLain: string;

const BULAN_BKAD = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
  'THR',
  'Gaji 13',
];
const NAMA_RUMUS = '=HYPERLINK("http://contoh.invalid","klik")';

interface Baris {
  nip: string;
  nama: string;
  bulan: number;
  uang: Record<string, number>;
}
const lines: Baris[] = [];

/** A line with the engine's identities: jumlah_tpp = components + allowance; potongan = pph + 4% + 1% + zakat + bulog + lain. */
function uang(beban: number, prestasi: number, opsi: { tempat?: number; zakat?: number; bpjs?: boolean } = {}) {
  const tempat = opsi.tempat ?? 0;
  const bpjs4 = opsi.bpjs === false ? 0 : Math.round((beban + prestasi + tempat) * 0.04);
  const iwp = opsi.bpjs === false ? 0 : Math.round((beban + prestasi + tempat) * 0.01);
  const jumlahTpp = beban + prestasi + tempat + bpjs4;
  const pph = Math.round(jumlahTpp * 0.05);
  const zakat = opsi.zakat ?? 0;
  const potongan = pph + bpjs4 + iwp + zakat;
  return {
    belanja_tpp_beban_kerja: beban,
    belanja_tpp_prestasi_kerja: prestasi,
    belanja_tpp_tempat_bertugas: tempat,
    belanja_tpp_kondisi_kerja: 0,
    belanja_tpp_kelangkaan_profesi: 0,
    tunjangan_iuran_jaminan_kesehatan: bpjs4,
    potongan_iuran_jaminan_kesehatan: bpjs4,
    iwp_1: iwp,
    pph_21: pph,
    zakat,
    bulog: 0,
    potongan_lain: 0,
    jumlah_tpp: jumlahTpp,
    jumlah_potongan: potongan,
    jumlah_ditransfer: jumlahTpp - potongan,
  };
}

async function tulis(
  p: { id: number; nip: string },
  nama: string,
  bulan: number,
  u: Record<string, number>,
  opdId: number,
  jabatan = 'Pelaksana Uji TPP',
) {
  await t.strapi.db.query('plugin::tpp.tpp').create({
    data: {
      pegawai: p.id,
      opd: opdId,
      tahun,
      bulan,
      kunci_unik: `${p.id}:${tahun}:${bulan}`,
      nip: p.nip,
      nama,
      nama_jabatan: jabatan,
      tipe_jabatan: 'PELAKSANA',
      eselon: '',
      golongan: 'III/a',
      pns_pppk: 'PNS',
      kelas: 7,
      ...Object.fromEntries(Object.entries(u).map(([k, v]) => [k, String(v)])),
    },
  });
  lines.push({ nip: p.nip, nama, bulan, uang: u });
}

async function bacaExcel(berkas: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(berkas as any);
  return wb;
}
const nilaiBaris = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as any[]).slice(1);
const urlEkspor = (q: Record<string, string | number>) =>
  '/api/tpp/export?' + new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
const rp = (n: number) => 'Rp ' + String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

beforeAll(async () => {
  for (const k of ['kadis', 'staf'] as const) jwt[k] = await t.token(NIP[k]);
  jwt.admin = await t.token('admin');
  jwt.inspektorat = await t.token('inspektorat');
  jwt.bkad = await t.token('bkad');
  jwt.adminOpd = await t.token(t.demo.adminOpd.username);
  const opd = await t.strapi.db
    .query('plugin::inti.opd')
    .findOne({ where: { id: t.demo.opdDiskominfo.id }, select: ['kode_opd'] });
  kodeOpd = opd.kode_opd;
  const lain = await t.strapi.db
    .query('plugin::inti.opd')
    .findOne({ where: { id: t.demo.opdLain.id }, select: ['kode_opd', 'documentId'] });
  kodeOpdLain = lain.kode_opd;

  const pg = async (nip: string) =>
    t.strapi.db.query('plugin::inti.pegawai').findOne({ where: { nip }, select: ['id', 'nip'] });
  const kadis = await pg(NIP.kadis);
  const staf = await pg(NIP.staf);
  const kabid = await pg(NIP.kabidAplikasi);
  await t.strapi.db.query('plugin::inti.pegawai').update({
    where: { id: staf.id },
    data: {
      nik: '3577010404900001',
      alamat: 'Jl. Pahlawan 1, Madiun',
      kode_bank: '114',
      nama_bank: 'Bank Jatim',
      npwp: '123456789012345',
      nomor_rekening: '0011223344',
      tanggal_lahir: '1990-04-04',
    },
  });
  const d = t.demo.opdDiskominfo.id;
  await tulis(
    kadis,
    'Budi Santoso',
    1,
    uang(6_400_000, 9_600_000, { tempat: 500_000, zakat: 250_000 }),
    d,
    'Kepala Dinas Komunikasi dan Informatika',
  );
  await tulis(staf, 'Dedi Kurniawan', 1, uang(1_340_000, 2_010_000), d);
  await tulis(kabid, NAMA_RUMUS, 1, uang(2_000_000, 0), d);
  await tulis(staf, 'Dedi Kurniawan', 2, uang(1_300_000, 1_800_000), d);
  await tulis(staf, 'Dedi Kurniawan', 13, uang(1_340_000, 2_010_000, { bpjs: false }), d);
  await tulis(staf, 'Dedi Kurniawan', 14, uang(1_340_000, 2_010_000, { bpjs: false }), d);

  // Admin OPD of another OPD
  const nipLain = await nipBaru(t.strapi, '199606062021122');
  const pl = await t.strapi
    .documents('plugin::inti.pegawai')
    .create({ data: { nip: nipLain, nama: 'Pengelola Kinerja OPD Lain TPP', opd: lain.documentId, status: 'AKTIF' } });
  const role = await t.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'admin_opd' }, select: ['id'] });
  const u = await t.strapi.documents('plugin::users-permissions.user').create({
    data: {
      username: 'adminopd.lain.tpp',
      email: 'adminopd.lain.tpp@uji.mskp.invalid',
      password: KATA_SANDI_DEMO,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  });
  await t.strapi.db.query('plugin::inti.pegawai').update({ where: { id: pl.id }, data: { user: u.id } });
  jwt.adminOpdLain = await t.token('adminopd.lain.tpp');
});

describe('GET /api/tpp/export — SIPD Excel', () => {
  const bulan1 = () => lines.filter((l) => l.bulan === 1);

  test('beban and prestasi files: exact header row, frozen, autofilter, #,##0, values of the lines; together they equal the lines', async () => {
    const file: Record<string, ExcelJS.Worksheet> = {};
    for (const jenis of ['beban', 'prestasi']) {
      const r = await cetak(t, jwt.bkad, urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis, format: 'xlsx' }));
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toContain('spreadsheetml');
      expect(r.headers['content-disposition']).toContain(`tpp-${jenis}_`);
      const ws = (await bacaExcel(r.berkas)).worksheets[0];
      expect(nilaiBaris(ws, 1)).toEqual(KOLOM_SIPD);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.rowCount).toBe(1 + bulan1().length);
      file[jenis] = ws;
    }
    const kol = (h: string) => KOLOM_SIPD.indexOf(h) + 1;
    for (const l of bulan1()) {
      const cari = (ws: ExcelJS.Worksheet) => {
        for (let i = 2; i <= ws.rowCount; i++)
          if (ws.getRow(i).getCell(kol('nip')).value === l.nip) return ws.getRow(i);
        throw new Error(`baris ${l.nip} tidak ada`);
      };
      const b = cari(file.beban);
      const p = cari(file.prestasi);
      expect(b.getCell(kol('nama_pegawai')).value).toBe(l.nama);
      expect(b.getCell(kol('belanja_tpp_beban_kerja')).value).toBe(l.uang.belanja_tpp_beban_kerja);
      expect(b.getCell(kol('belanja_tpp_prestasi_kerja')).value).toBe(0);
      expect(p.getCell(kol('belanja_tpp_beban_kerja')).value).toBe(0);
      expect(p.getCell(kol('belanja_tpp_prestasi_kerja')).value).toBe(l.uang.belanja_tpp_prestasi_kerja);
      for (const h of KOLOM_UANG_SIPD) {
        const dbKolom = h === 'iwp_1%' ? 'iwp_1' : h;
        expect(typeof b.getCell(kol(h)).value).toBe('number');
        expect(b.getCell(kol(h)).numFmt).toBe('#,##0');
        expect(p.getCell(kol(h)).numFmt).toBe('#,##0');
        expect([h, Number(b.getCell(kol(h)).value) + Number(p.getCell(kol(h)).value)]).toEqual([
          h,
          l.uang[dbKolom] ?? 0,
        ]);
      }
      // each file is consistent on its own: ditransfer = components + allowances − potongan
      for (const r of [b, p]) {
        const v = (h: string) => Number(r.getCell(kol(h)).value);
        const kotor = KOLOM_UANG_SIPD.filter((h) => h.startsWith('belanja_') || h.startsWith('tunjangan_')).reduce(
          (a, h) => a + v(h),
          0,
        );
        expect(v('jumlah_ditransfer')).toBe(kotor - v('jumlah_potongan'));
      }
    }
    // master data of the pegawai
    const s = cari2(file.beban, NIP.staf);
    expect(s.getCell(kol('nik')).value).toBe('3577010404900001');
    expect(s.getCell(kol('nomor_rekening_bank_pegawai')).value).toBe('0011223344');
    expect(s.getCell(kol('nama_bank')).value).toBe('Bank Jatim');
  });

  function cari2(ws: ExcelJS.Worksheet, nip: string) {
    for (let i = 2; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(2).value === nip) return ws.getRow(i);
    throw new Error(nip);
  }

  test('a nama starting with "=" is written as text, never as a formula', async () => {
    const r = await cetak(t, jwt.adminOpd, urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'beban' }));
    expect(r.status).toBe(200);
    const ws = (await bacaExcel(r.berkas)).worksheets[0];
    const c = cari2(ws, NIP.kabidAplikasi).getCell(1);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.value).toBe(NAMA_RUMUS);
    expect(c.formula).toBeUndefined();
    expect(c.numFmt).toBe('@');
  });

  test('months 13 (THR) and 14 (gaji-13) are valid periods', async () => {
    for (const bulan of [13, 14]) {
      const r = await cetak(
        t,
        jwt.bkad,
        urlEkspor({ tahun, bulan, kode_opd: kodeOpd, jenis: 'prestasi', format: 'xlsx' }),
      );
      expect(r.status).toBe(200);
      const ws = (await bacaExcel(r.berkas)).worksheets[0];
      expect(ws.rowCount).toBe(2);
      expect(ws.getRow(2).getCell(KOLOM_SIPD.indexOf('belanja_tpp_prestasi_kerja') + 1).value).toBe(2_010_000);
    }
  });
});

describe('GET /api/tpp/export — Daftar Nominatif PDF', () => {
  test('totals as Rp, NIP grouped, signatures of Kepala OPD and Bendahara Pengeluaran, page numbers', async () => {
    const r = await cetak(
      t,
      jwt.kadis,
      urlEkspor({
        tahun,
        bulan: 1,
        kode_opd: kodeOpd,
        jenis: 'beban',
        format: 'pdf',
        tempat: 'Madiun',
        tanggal: `${tahun}-02-03`,
      }),
    );
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const s = teks(r.berkas);
    expect(s).toContain('PEMERINTAH KOTA MADIUN');
    expect(s).toContain('DAFTAR NOMINATIF');
    expect(s).toContain('BEBAN KERJA');
    expect(s).toContain(grupNip(NIP.staf));
    // totals of the beban file: ditransfer of the lines minus (prestasi − its PPh share)
    const b = lines.filter((l) => l.bulan === 1);
    const pphPrestasi = (u: Record<string, number>) =>
      u.belanja_tpp_prestasi_kerja > 0 ? Math.round((u.pph_21 * u.belanja_tpp_prestasi_kerja) / u.jumlah_tpp) : 0;
    const ditransfer = b.reduce(
      (a, l) => a + l.uang.jumlah_ditransfer - (l.uang.belanja_tpp_prestasi_kerja - pphPrestasi(l.uang)),
      0,
    );
    const beban = b.reduce((a, l) => a + l.uang.belanja_tpp_beban_kerja + l.uang.belanja_tpp_tempat_bertugas, 0);
    expect(s).toMatch(/JUMLAH/);
    expect(s).toContain(rp(ditransfer));
    expect(s).toContain(rp(beban));
    expect(s).toContain('Kepala Perangkat Daerah');
    expect(s).toContain('Bendahara Pengeluaran');
    expect(s).toContain(`Madiun, 3 Februari ${tahun}`);
    expect(s).toMatch(/Halaman 1 dari \d+/);

    const p = await cetak(
      t,
      jwt.inspektorat,
      urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'prestasi', format: 'pdf' }),
    );
    expect(p.status).toBe(200);
    const sp = teks(p.berkas);
    const prestasi = b.reduce((a, l) => a + l.uang.belanja_tpp_prestasi_kerja, 0);
    expect(sp).toContain('PRESTASI KERJA');
    expect(sp).toContain(rp(prestasi));
    expect(sp).toContain(rp(b.reduce((a, l) => a + l.uang.belanja_tpp_prestasi_kerja - pphPrestasi(l.uang), 0)));
  });

  test('the Bendahara Pengeluaran set on the OPD (a pegawai of that OPD, by BKPSDM) signs the Daftar Nominatif', async () => {
    const opdDoc = t.demo.opdDiskominfo.documentId;
    const pegawai = async (nip: string) =>
      t.strapi.db
        .query('plugin::inti.pegawai')
        .findOne({ where: { nip }, select: ['documentId', 'nama', 'gelar_depan', 'gelar_belakang'] });
    const sekretaris = await pegawai(NIP.sekretaris);
    const lainOpd = await t.strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { opd: { id: t.demo.opdLain.id }, status: 'AKTIF' }, select: ['documentId'] });
    const ubah = (jwtx: string, bendahara_id: string | null) =>
      t.as(jwtx).put(`/api/panel/opd/${opdDoc}`).send({ bendahara_id });
    try {
      const salah = await ubah(jwt.admin, lainOpd.documentId);
      expect([salah.status, salah.body.error.details]).toEqual([
        400,
        expect.objectContaining({ code: 'BENDAHARA_BUKAN_PEGAWAI_OPD', field: 'bendahara_id' }),
      ]);
      expect((await ubah(jwt.adminOpd, sekretaris.documentId)).status).toBe(403);
      const ok = await ubah(jwt.admin, sekretaris.documentId);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ bendahara_id: sekretaris.documentId, bendahara_nip: NIP.sekretaris });
      const r = await cetak(
        t,
        jwt.bkad,
        urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'beban', format: 'pdf' }),
      );
      const s = teks(r.berkas).replace(/\s+/g, ' ');
      expect(s).toContain(`Bendahara Pengeluaran`);
      expect(s).toContain(sekretaris.nama);
      expect(s).toContain(`NIP. ${grupNip(NIP.sekretaris)}`);
    } finally {
      expect((await ubah(jwt.admin, null)).status).toBe(200);
    }
  });
});

describe('GET /api/tpp/riwayat — BKAD history', () => {
  test('per OPD: columns of the template, Januari … Gaji 13 hold jumlah_ditransfer, Jumlah = sum; breakdown sheet', async () => {
    const r = await cetak(t, jwt.bkad, `/api/tpp/riwayat?tahun=${tahun}&kode_opd=${kodeOpd}&format=xlsx`);
    expect(r.status).toBe(200);
    const wb = await bacaExcel(r.berkas);
    const ws = wb.worksheets[0];
    expect(nilaiBaris(ws, 1)).toEqual(['No', 'NIP', 'Nama', 'Jabatan', 'Golongan', 'OPD', ...BULAN_BKAD, 'Jumlah']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.rowCount).toBe(1 + 3);
    let row: ExcelJS.Row | null = null;
    for (let i = 2; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(2).value === NIP.staf) row = ws.getRow(i);
    expect(row).not.toBeNull();
    const milik = lines.filter((l) => l.nip === NIP.staf);
    const perBulan = BULAN_BKAD.map((_, i) => milik.find((l) => l.bulan === i + 1)?.uang.jumlah_ditransfer ?? 0);
    expect(BULAN_BKAD.map((_, i) => row!.getCell(7 + i).value)).toEqual(perBulan);
    expect(row!.getCell(7 + 14).value).toBe(perBulan.reduce((a, n) => a + n, 0));
    expect(row!.getCell(7).numFmt).toBe('#,##0');
    expect(row!.getCell(6).value).toContain('Komunikasi');

    const rinci = wb.worksheets[1];
    expect(nilaiBaris(rinci, 1)).toEqual([
      'No',
      'NIP',
      'Nama',
      'Jabatan',
      'Golongan',
      'OPD',
      'Bulan',
      'Beban Kerja',
      'Prestasi Kerja',
      'PPh 21',
      'BPJS 4%',
      'BPJS 1%',
      'Potongan',
      'Ditransfer',
    ]);
    expect(rinci.rowCount).toBe(1 + lines.length);
    const thr = [...Array(rinci.rowCount - 1)]
      .map((_, i) => rinci.getRow(i + 2))
      .find((x) => x.getCell(2).value === NIP.staf && x.getCell(7).value === 'THR')!;
    const u = milik.find((l) => l.bulan === 13)!.uang;
    expect(nilaiBaris(rinci, thr.number).slice(7)).toEqual([
      u.belanja_tpp_beban_kerja,
      u.belanja_tpp_prestasi_kerja,
      u.pph_21,
      0,
      0,
      u.jumlah_potongan,
      u.jumlah_ditransfer,
    ]);
  });

  test('per pegawai (nip): his own OPD Admin may, another OPD Admin may not', async () => {
    const r = await cetak(t, jwt.adminOpd, `/api/tpp/riwayat?tahun=${tahun}&nip=${NIP.staf}`);
    expect(r.status).toBe(200);
    const ws = (await bacaExcel(r.berkas)).worksheets[0];
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(2).value).toBe(NIP.staf);
    const x = await cetak(t, jwt.adminOpdLain, `/api/tpp/riwayat?tahun=${tahun}&nip=${NIP.staf}`);
    expect(x.status).toBe(403);
    expect(x.json.error.details.code).toBe('AKSES_DITOLAK');
  });
});

describe('scope, bad input, audit', () => {
  test.each([
    ['bkad', 200],
    ['admin', 200],
    ['inspektorat', 200],
    ['adminOpd', 200],
    ['kadis', 200],
    ['adminOpdLain', 403],
    ['staf', 403],
  ])('%s → %i on Diskominfo', async (siapa, status) => {
    const r = await cetak(
      t,
      jwt[siapa],
      urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'beban', format: 'xlsx' }),
    );
    expect(r.status).toBe(status);
    if (status === 403) expect(r.json.error.details.code).toBe('AKSES_DITOLAK');
    const h = await cetak(t, jwt[siapa], `/api/tpp/riwayat?tahun=${tahun}&kode_opd=${kodeOpd}`);
    expect(h.status).toBe(status);
  });

  test('Admin OPD exports his own OPD only; unknown kode_opd 404; bad input 400 naming the field', async () => {
    expect(
      (await cetak(t, jwt.adminOpdLain, urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpdLain, jenis: 'beban' }))).status,
    ).toBe(200);
    const tak = await cetak(t, jwt.bkad, urlEkspor({ tahun, bulan: 1, kode_opd: 'TIDAK-ADA', jenis: 'beban' }));
    expect(tak.status).toBe(404);
    expect(tak.json.error.details).toMatchObject({ code: 'OPD_TIDAK_DITEMUKAN', field: 'kode_opd' });
    const salah: [Record<string, string | number>, string][] = [
      [{ tahun, bulan: 15, kode_opd: kodeOpd, jenis: 'beban' }, 'bulan'],
      [{ tahun: 'x', bulan: 1, kode_opd: kodeOpd, jenis: 'beban' }, 'tahun'],
      [{ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'gaji' }, 'jenis'],
      [{ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'beban', format: 'csv' }, 'format'],
      [{ tahun, bulan: 1, jenis: 'beban' }, 'kode_opd'],
    ];
    for (const [q, field] of salah) {
      const r = await cetak(t, jwt.bkad, urlEkspor(q));
      expect([field, r.status]).toEqual([field, 400]);
      expect(r.json.error.details).toMatchObject({ code: 'ISIAN_TIDAK_VALID', field });
    }
    const tanpa = await cetak(t, jwt.bkad, `/api/tpp/riwayat?tahun=${tahun}`);
    expect(tanpa.status).toBe(400);
    expect(tanpa.json.error.details.field).toBe('kode_opd');
    const nip = await cetak(t, jwt.bkad, `/api/tpp/riwayat?tahun=${tahun}&nip=123`);
    expect(nip.json.error.details.field).toBe('nip');
  });

  test('every export is audited with its filters and row count', async () => {
    await cetak(t, jwt.bkad, urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'prestasi', format: 'pdf' }));
    const a = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findOne({ where: { aksi: 'EKSPOR_TPP' }, orderBy: { id: 'desc' } });
    expect(a.objek_id).toBe(kodeOpd);
    expect(a.sesudah).toMatchObject({
      filter: { tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'prestasi', format: 'pdf' },
      jumlah_baris: 3,
    });
    expect(a.sesudah.berkas).toMatch(/\.pdf$/);
    await cetak(t, jwt.bkad, `/api/tpp/riwayat?tahun=${tahun}&kode_opd=${kodeOpd}`);
    const h = await t.strapi.db
      .query('plugin::inti.audit-log')
      .findOne({ where: { aksi: 'EKSPOR_RIWAYAT_TPP' }, orderBy: { id: 'desc' } });
    expect(h.sesudah).toMatchObject({
      filter: { tahun, kode_opd: kodeOpd, nip: null, format: 'xlsx' },
      jumlah_baris: 3,
      jumlah_baris_rincian: lines.length,
    });
    // refused exports write nothing
    const sebelum = await t.strapi.db.query('plugin::inti.audit-log').count({ where: { aksi: 'EKSPOR_TPP' } });
    await cetak(t, jwt.staf, urlEkspor({ tahun, bulan: 1, kode_opd: kodeOpd, jenis: 'beban' }));
    expect(await t.strapi.db.query('plugin::inti.audit-log').count({ where: { aksi: 'EKSPOR_TPP' } })).toBe(sebelum);
  });
});
