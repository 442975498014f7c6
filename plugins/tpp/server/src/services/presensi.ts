import type { Core } from '@strapi/strapi';
import fs from 'fs/promises';
import ExcelJS from 'exceljs';
import { adalahXlsx, bacaLembarXlsx, type BarisLembar } from './lembar';
import { pastikan, pemilikAktor, layanan } from '@m-skp/inti';
import {
  aksesPresensi,
  jumlahBarisPresensi,
  keputusanDorongPresensi,
  keputusanImporPresensi,
  keputusanTerapkanPresensi,
  BATAS_UKURAN_PRESENSI,
} from '../domain/presensi';
import {
  KOLOM_PRESENSI,
  barisDariTabel,
  dataTersimpan,
  kunciUnikPresensi,
  periksaPresensi,
  teksNip,
  uraiCsv,
  normalisasiKolom,
  type BarisPresensi,
  type HasilPeriksaPresensi,
} from '../domain/presensi';

const UID = 'plugin::tpp.presensi';
const UID_PEGAWAI = 'plugin::inti.pegawai';
const JENIS = 'PRESENSI';
export const BATAS_UKURAN = BATAS_UKURAN_PRESENSI;

/** Parameters a presensi preview keeps for its confirmation (rows and rejections are stored beside them). */
interface ParameterPresensi {
  tahun: number;
  bulan: number;
  jumlah: number;
}

/** Preview answer: the accepted rows without the internal pegawai id. */
const dtoPratinjau = (p: {
  id: string;
  parameter: ParameterPresensi;
  diterima: BarisPresensi[];
  ditolak: HasilPeriksaPresensi['ditolak'];
  kedaluwarsa: string;
}) => ({
  id: p.id,
  tahun: p.parameter.tahun,
  bulan: p.parameter.bulan,
  jumlah: p.parameter.jumlah,
  berlaku_sampai: p.kedaluwarsa,
  diterima: p.diterima.map(({ pegawaiId: _p, ...b }) => b),
  ditolak: p.ditolak,
});

/**
 * Attendance import and push (integrations.md "Presensi"): template, preview (stored in
 * `plugin::inti.pratinjau-impor` for an hour, no attendance written),
 * confirm (all accepted rows in one transaction, audited), and the API push. Who: Admin BKPSDM (all
 * pegawai), Admin OPD (its OPD; other rows rejected per row) for the import; API tokens (their OPD when
 * scoped) and Admin BKPSDM for the push. A locked month (quarter disbursed) answers 423 for the whole batch.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const periode = () => layanan(strapi, 'inti', 'periode');
  const pratinjau = () => layanan(strapi, 'inti', 'pratinjau-impor');

  /** The caller and the OPD it may write (null = all); 403 for other roles. */
  async function wajibBoleh(ctx: any, jalur: 'IMPOR' | 'API') {
    const aktor = await cakupan().aktor(ctx);
    const { opdBoleh } = pastikan(aksesPresensi(aktor, jalur));
    return { aktor, opdBoleh };
  }

  /** Pegawai of the given NIPs (chunks of 500), keyed by NIP. */
  async function pegawaiNip(nips: string[]) {
    const peta = new Map<string, { id: number; nip: string; nama: string; opdId: number | null }>();
    const unik = [...new Set(nips.filter((n) => /^\d{18}$/.test(n)))];
    for (let i = 0; i < unik.length; i += 500) {
      const rows = await strapi.db.query(UID_PEGAWAI).findMany({
        where: { nip: { $in: unik.slice(i, i + 500) } },
        select: ['id', 'nip', 'nama'],
        populate: { opd: { select: ['id'] } },
      });
      for (const p of rows) peta.set(p.nip, { id: p.id, nip: p.nip, nama: p.nama, opdId: p.opd?.id ?? null });
    }
    return peta;
  }

  async function periksa(
    rows: { baris: number; nilai: Record<string, unknown> }[],
    tahun: number,
    bulan: number,
    opdBoleh: number | null,
  ) {
    pastikan(jumlahBarisPresensi(rows.length));
    const pegawai = await pegawaiNip(rows.map((r) => teksNip(r.nilai.nip)));
    return periksaPresensi(rows, { tahun, bulan, pegawai, opdBoleh });
  }

  /** Upserts by kunci_unik and writes one audit record, in ONE transaction (a failure writes nothing). */
  async function terapkanBaris(
    ctx: any,
    o: {
      tahun: number;
      bulan: number;
      baris: BarisPresensi[];
      sumber: 'IMPOR' | 'API';
      sumberRef: string;
      aksi: string;
      keterangan: string;
      pratinjauId?: string;
    },
  ) {
    return strapi.db.transaction(async () => {
      await periode().wajibTerbuka(o.tahun, o.bulan);
      const q = strapi.db.query(UID);
      const kunci = o.baris.map((b) => kunciUnikPresensi(b.pegawaiId, o.tahun, o.bulan));
      const ada = new Map<string, number>();
      for (let i = 0; i < kunci.length; i += 500) {
        for (const r of await q.findMany({
          where: { kunci_unik: { $in: kunci.slice(i, i + 500) } },
          select: ['id', 'kunci_unik'],
        }))
          ada.set(r.kunci_unik, r.id);
      }
      let dibuat = 0;
      let diperbarui = 0;
      for (const b of o.baris) {
        const k = kunciUnikPresensi(b.pegawaiId, o.tahun, o.bulan);
        const data = { ...dataTersimpan(b), sumber: o.sumber, sumber_ref: o.sumberRef };
        const id = ada.get(k);
        if (id != null) {
          await q.update({ where: { id }, data });
          diperbarui++;
        } else {
          await q.create({ data: { ...data, pegawai: b.pegawaiId, tahun: o.tahun, bulan: o.bulan, kunci_unik: k } });
          dibuat++;
        }
      }
      const hasil = { tahun: o.tahun, bulan: o.bulan, jumlah: o.baris.length, dibuat, diperbarui };
      await audit().catat({
        ...audit().dariKonteks(ctx),
        aksi: o.aksi,
        objekTipe: 'presensi',
        objekId: o.sumberRef,
        sebelum: null,
        sesudah: { ...hasil, nip: o.baris.map((b) => b.nip) },
        keterangan: o.keterangan,
      });
      // the confirmed preview goes with the rows it wrote: a failure keeps both as they were
      if (o.pratinjauId) await pratinjau().hapus(o.pratinjauId);
      return hasil;
    });
  }

  return {
    wajibBoleh,

    /** GET /api/tpp/presensi/template?format=xlsx|csv */
    async templat(ctx: any, format: 'xlsx' | 'csv') {
      await wajibBoleh(ctx, 'IMPOR');
      const kepala = KOLOM_PRESENSI.map((k) => k.kolom);
      const contoh = KOLOM_PRESENSI.map((k) => k.contoh);
      if (format === 'csv') {
        const sel = (x: unknown) => (/[",;\n]/.test(String(x)) ? `"${String(x).replace(/"/g, '""')}"` : String(x));
        return {
          berkas: Buffer.from(
            '\uFEFF' + [kepala, contoh].map((r) => r.map(sel).join(',')).join('\r\n') + '\r\n',
            'utf8',
          ),
          nama: 'templat-presensi.csv',
          jenis: 'text/csv; charset=utf-8',
        };
      }
      const wb = new ExcelJS.Workbook();
      wb.creator = 'M-SKP';
      const ws = wb.addWorksheet('Presensi');
      ws.addRow(kepala).font = { bold: true };
      ws.addRow(contoh);
      ws.getColumn(1).numFmt = '@'; // NIP as text: 18 digits do not survive as a number
      ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : Math.max(10, kepala[i].length + 2)));
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      const p = wb.addWorksheet('Petunjuk');
      p.addRow(['kolom', 'wajib', 'keterangan']).font = { bold: true };
      for (const k of KOLOM_PRESENSI) p.addRow([k.kolom, k.wajib ? 'ya' : 'tidak', k.keterangan]);
      p.addRow([]);
      p.addRow([
        '',
        '',
        'Satu baris per pegawai; hapus baris contoh. Baris yang ditolak (NIP tidak dikenal, angka tidak valid, ketidakhadiran melebihi hari kerja, NIP ganda) ditampilkan dengan nomor baris dan alasannya; baris yang diterima baru disimpan setelah dikonfirmasi.',
      ]);
      p.getColumn(1).width = 16;
      p.getColumn(3).width = 90;
      return {
        berkas: Buffer.from(await wb.xlsx.writeBuffer()),
        nama: 'templat-presensi.xlsx',
        jenis: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
    },

    /** POST /api/tpp/presensi/impor (multipart berkas, tahun, bulan) → preview; nothing is written. */
    async impor(
      ctx: any,
      i: { tahun: number; bulan: number },
      berkas: { filepath: string; originalFilename?: string | null; mimetype?: string | null; size?: number } | null,
    ) {
      const { aktor, opdBoleh } = await wajibBoleh(ctx, 'IMPOR');
      pastikan(keputusanImporPresensi({ pelaku: aktor, berkas: berkas ?? null }));
      if (!berkas) return null as never; // refused just above
      await periode().wajibTerbuka(i.tahun, i.bulan);
      const nama = berkas.originalFilename ?? '';
      const isi = await fs.readFile(berkas.filepath);
      let tabel: BarisLembar[];
      if (adalahXlsx(isi)) {
        const lembar = await bacaLembarXlsx(isi, 'Berkas Excel tidak dapat dibaca. Simpan sebagai .xlsx atau .csv.');
        tabel =
          lembar.find((t) => normalisasiKolom(t[0]?.nomor === 1 ? t[0].sel[0] : null) === 'nip') ?? lembar[0] ?? [];
      } else if (/\.csv$/i.test(nama) || /csv|text\/plain/.test(berkas.mimetype ?? '') || !isi.includes(0)) {
        // row numbers count the non-blank lines (header = 1), as a spreadsheet shows them when there are none
        tabel = uraiCsv(isi.toString('utf8')).map((sel, i) => ({ nomor: i + 1, sel }));
      } else {
        pastikan(keputusanImporPresensi({ pelaku: aktor, berkas, jenis: null }));
        return null as never; // refused just above
      }
      let rows;
      try {
        rows = barisDariTabel(tabel);
      } catch (e: any) {
        pastikan(keputusanImporPresensi({ pelaku: aktor, berkas, galatKolom: String(e.message) }));
        throw e;
      }
      const hasil = await periksa(rows, i.tahun, i.bulan, opdBoleh);
      const p = await pratinjau().simpan({
        jenis: JENIS,
        pemilik: pemilikAktor(aktor),
        parameter: { tahun: i.tahun, bulan: i.bulan, jumlah: rows.length } satisfies ParameterPresensi,
        diterima: hasil.diterima,
        ditolak: hasil.ditolak,
        nama_berkas: nama.slice(0, 250) || null,
      });
      return dtoPratinjau(p);
    },

    /** POST /api/tpp/presensi/impor/:id/terapkan: writes the accepted rows of the caller's preview. */
    async terapkan(ctx: any, id: string) {
      const { aktor } = await wajibBoleh(ctx, 'IMPOR');
      const p = await pratinjau().ambil(id, JENIS, pemilikAktor(aktor));
      pastikan(keputusanTerapkanPresensi({ pelaku: aktor, pratinjauAda: !!p }));
      const { tahun, bulan } = p!.parameter as unknown as ParameterPresensi;
      const diterima = p!.diterima as BarisPresensi[];
      pastikan(keputusanTerapkanPresensi({ pelaku: aktor, pratinjauAda: true, jumlahDiterima: diterima.length }));
      const hasil = await terapkanBaris(ctx, {
        tahun,
        bulan,
        baris: diterima,
        sumber: 'IMPOR',
        sumberRef: `impor:${p!.id}`,
        aksi: 'PRESENSI_DIIMPOR',
        keterangan: `Impor presensi ${bulan}/${tahun}${p!.nama_berkas ? ` dari ${p!.nama_berkas}` : ''}: ${diterima.length} baris diterapkan, ${p!.ditolak.length} ditolak.`,
        pratinjauId: p!.id,
      });
      return { id: p!.id, ...hasil, ditolak: p!.ditolak.length };
    },

    /** POST /api/tpp/presensi {tahun, bulan, data:[{nip, …}]}: applies at once when no row is rejected. */
    async dorong(ctx: any, i: { tahun: number; bulan: number; data: Record<string, unknown>[] }) {
      const { aktor, opdBoleh } = await wajibBoleh(ctx, 'API');
      await periode().wajibTerbuka(i.tahun, i.bulan);
      const rows = i.data.map((d, n) => ({
        baris: n + 1,
        nilai: Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [normalisasiKolom(k), v])),
      }));
      const hasil = await periksa(rows, i.tahun, i.bulan, opdBoleh);
      pastikan(keputusanDorongPresensi({ pelaku: aktor, jumlahBaris: rows.length, ditolak: hasil.ditolak }));
      return terapkanBaris(ctx, {
        tahun: i.tahun,
        bulan: i.bulan,
        baris: hasil.diterima,
        sumber: 'API',
        sumberRef: aktor.token != null ? `token:${aktor.token}` : `api:${aktor.username}`,
        aksi: 'PRESENSI_DIKIRIM',
        keterangan: `Presensi ${i.bulan}/${i.tahun} dikirim lewat API: ${hasil.diterima.length} baris.`,
      });
    },
  };
};
