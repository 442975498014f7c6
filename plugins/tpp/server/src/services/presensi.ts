import type { Core } from '@strapi/strapi';
import fs from 'fs/promises';
import ExcelJS from 'exceljs';
import { adalahXlsx, bacaLembarXlsx, type BarisLembar, type BerkasUnggah } from './lembar';
import { pastikan, pemilikAktor, layanan, type Aktor } from '@m-skp/inti';
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

/** POST /api/tpp/presensi: the month and the pushed rows (one object per pegawai, headers as keys). */
export interface KirimanPresensi {
  tahun: number;
  bulan: number;
  data: Record<string, unknown>[];
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
  const audit = () => layanan(strapi, 'inti', 'audit');
  const periode = () => layanan(strapi, 'inti', 'periode');
  const pratinjau = () => layanan(strapi, 'inti', 'pratinjau-impor');

  /** The caller and the OPD it may write (null = all); 403 for other roles. */
  function wajibBoleh(aktor: Aktor, jalur: 'IMPOR' | 'API') {
    const { opdBoleh } = pastikan(aksesPresensi(aktor, jalur));
    return { aktor, opdBoleh };
  }

  /** Pegawai of the given NIPs (chunks of 500), keyed by NIP. */
  async function pegawaiNip(nips: string[]) {
    const peta = new Map<string, { id: number; nip: string; nama: string; opdId: number | null }>();
    const unik = [...new Set(nips.filter((n) => /^\d{18}$/.test(n)))];
    for (let i = 0; i < unik.length; i += 500) {
      const rows: { id: number; nip: string; nama: string; opd?: { id: number } | null }[] = await strapi.db
        .query(UID_PEGAWAI)
        .findMany({
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
    aktor: Aktor,
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
        const rows: { id: number; kunci_unik: string }[] = await q.findMany({
          where: { kunci_unik: { $in: kunci.slice(i, i + 500) } },
          select: ['id', 'kunci_unik'],
        });
        for (const r of rows) ada.set(r.kunci_unik, r.id);
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
        ...audit().dariAktor(aktor),
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
    async templat(aktor: Aktor, format: 'xlsx' | 'csv') {
      wajibBoleh(aktor, 'IMPOR');
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
    async impor(aktor: Aktor, i: { tahun: number; bulan: number }, berkas: BerkasUnggah | null) {
      const { opdBoleh } = wajibBoleh(aktor, 'IMPOR');
      pastikan(keputusanImporPresensi({ pelaku: aktor, berkas: berkas ?? null }));
      if (!berkas) return null as never; // refused just above
      await periode().wajibTerbuka(i.tahun, i.bulan);
      const nama = berkas.originalFilename ?? '';
      const isi = await fs.readFile(berkas.filepath);
      let tabel: BarisLembar[];
      if (adalahXlsx(isi)) {
        const lembar = await bacaLembarXlsx(isi);
        pastikan(keputusanImporPresensi({ pelaku: aktor, berkas, terbaca: lembar != null }));
        if (!lembar) return null as never; // refused just above
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
      } catch (e) {
        pastikan(keputusanImporPresensi({ pelaku: aktor, berkas, galatKolom: String((e as Error).message) }));
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
    async terapkan(aktor: Aktor, id: string) {
      wajibBoleh(aktor, 'IMPOR');
      const p = await pratinjau().ambil(id, JENIS, pemilikAktor(aktor));
      pastikan(keputusanTerapkanPresensi({ pelaku: aktor, pratinjauAda: !!p }));
      const { tahun, bulan } = p!.parameter as unknown as ParameterPresensi;
      const diterima = p!.diterima as BarisPresensi[];
      pastikan(keputusanTerapkanPresensi({ pelaku: aktor, pratinjauAda: true, jumlahDiterima: diterima.length }));
      const hasil = await terapkanBaris(aktor, {
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
    async dorong(aktor: Aktor, i: KirimanPresensi) {
      const { opdBoleh } = wajibBoleh(aktor, 'API');
      await periode().wajibTerbuka(i.tahun, i.bulan);
      const rows = i.data.map((d, n) => ({
        baris: n + 1,
        nilai: Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [normalisasiKolom(k), v])),
      }));
      const hasil = await periksa(rows, i.tahun, i.bulan, opdBoleh);
      pastikan(keputusanDorongPresensi({ pelaku: aktor, jumlahBaris: rows.length, ditolak: hasil.ditolak }));
      return terapkanBaris(aktor, {
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
