import type { Core } from '@strapi/strapi';
import fs from 'fs/promises';
import ExcelJS from 'exceljs';
import { adalahXlsx, bacaLembarXlsx, type BerkasUnggah } from './lembar';
import { pastikan, pemilikAktor, layanan, type Aktor, type LayananInti } from '@m-skp/inti';
import { aksesBacaDpa, aksesImporDpa, keputusanImporDpa, keputusanTerapkanDpa, opdDpa } from '../domain/dpa';
import { BATAS_UKURAN_DPA } from '../domain/dpa';
import {
  KOLOM_DPA,
  bacaDpa,
  bandingKode,
  barisDariTabelDpa,
  kolomDpa,
  paguBigInt,
  rollupDpa,
  type BarisDpa,
  type PenolakanDpa,
} from '../domain/dpa';

const UID = 'plugin::tpp.dpa';
const UID_OPD = 'plugin::inti.opd';
const JENIS = 'DPA';
export { BATAS_UKURAN_DPA };

/** Parameters a DPA preview keeps for its confirmation. */
interface ParameterDpa {
  tahun: number;
  kode_opd: string;
  opdId: number;
  nama_opd: string;
  total_pagu: string;
  jumlah: number;
}

/** Source of an OPD's DPA of a year: the file, when and by whom it was imported. */
export interface SumberDpa {
  jenis: 'DPA SIPD';
  berkas: string | null;
  diimpor_pada: string | null;
  diimpor_oleh: string | null;
}

/** A stored DPA line (`plugin::tpp.dpa`; pagu is a biginteger, a string from the database). */
interface BarisDpaTersimpan {
  id: number;
  kode_program?: string | null;
  nama_program?: string | null;
  kode_kegiatan?: string | null;
  nama_kegiatan?: string | null;
  kode_sub_kegiatan?: string | null;
  nama_sub_kegiatan?: string | null;
  pagu: string | number | bigint | null;
  sumber_berkas?: string | null;
  diimpor_pada?: string | Date | null;
  diimpor_oleh?: string | null;
}

/** POST /api/dpa/impor and GET /api/dpa: the year and the OPD. */
export interface PermintaanDpa {
  tahun: number;
  kode_opd: string;
}

const jsonLini = (r: BarisDpaTersimpan) => ({
  kode_program: r.kode_program ?? null,
  nama_program: r.nama_program ?? null,
  kode_kegiatan: r.kode_kegiatan ?? null,
  nama_kegiatan: r.nama_kegiatan ?? null,
  kode_sub_kegiatan: r.kode_sub_kegiatan ?? null,
  nama_sub_kegiatan: r.nama_sub_kegiatan ?? null,
  pagu: paguBigInt(r.pagu).toString(),
});

/**
 * DPA import from SIPD's Excel export (integrations.md "SIPD", the PK budget comes only from the DPA): template,
 * preview (stored in `plugin::inti.pratinjau-impor`, nothing else written), confirmation that replaces
 * the OPD's DPA of the year in ONE transaction (audited `DPA_DIIMPOR`), and the read of the lines with
 * their rollup and source. Who: Admin BKPSDM (any OPD), Admin OPD (its own OPD) import; BKAD and
 * Inspektorat read every OPD, Admin OPD its own; others 403.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const inti = <N extends keyof LayananInti & string>(n: N) => layanan(strapi, 'inti', n);
  const q = (uid: string) => strapi.db.query(uid);

  /** The caller if he may import (any OPD: null, else his OPD id); 403 for other roles. */
  function wajibBolehImpor(aktor: Aktor) {
    const { opdBoleh } = pastikan(aksesImporDpa(aktor));
    return { aktor, opdBoleh };
  }

  /** The caller if he may read DPA (null = every OPD). */
  function wajibBolehBaca(aktor: Aktor) {
    const { opdBoleh } = pastikan(aksesBacaDpa(aktor));
    return { aktor, opdBoleh };
  }

  /** The OPD of a kode_opd (404), refused (403 naming kode_opd) outside the caller's OPD. */
  async function opdDalam(kode: string, opdBoleh: number | null) {
    const opd: { id: number; kode_opd: string; nama: string } | null = await q(UID_OPD).findOne({
      where: { kode_opd: kode },
      select: ['id', 'kode_opd', 'nama'],
    });
    pastikan(opdDpa(kode, opd?.id ?? null, opdBoleh));
    return opd!; // refused just above when there is none
  }

  /** Stored lines of an OPD and year, in code order, with their rollup and source (null when none). */
  async function ringkasan(opdId: number, tahun: number) {
    const rows: BarisDpaTersimpan[] = await q(UID).findMany({
      where: { opd: { id: opdId }, tahun },
      orderBy: [{ kode_sub_kegiatan: 'asc' }, { id: 'asc' }],
    });
    const lini = rows.map(jsonLini).sort((a, b) => bandingKode(a.kode_sub_kegiatan ?? '', b.kode_sub_kegiatan ?? ''));
    const { program, total } = rollupDpa(lini);
    const terbaru = rows.reduce<BarisDpaTersimpan | null>(
      (a, r) => (!a || new Date(r.diimpor_pada ?? 0) > new Date(a.diimpor_pada ?? 0) ? r : a),
      null,
    );
    const sumber: SumberDpa | null = terbaru
      ? {
          jenis: 'DPA SIPD',
          berkas: terbaru.sumber_berkas ?? null,
          diimpor_pada: terbaru.diimpor_pada ? new Date(terbaru.diimpor_pada).toISOString() : null,
          diimpor_oleh: terbaru.diimpor_oleh ?? null,
        }
      : null;
    return { lini, program, total_pagu: total, jumlah: lini.length, sumber };
  }

  return {
    wajibBolehImpor,
    ringkasan,

    /** GET /api/dpa/template: sheet `DPA` (header + one example row, codes as text) and `Petunjuk`. */
    async templat(aktor: Aktor) {
      wajibBolehImpor(aktor);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'M-SKP';
      const ws = wb.addWorksheet('DPA');
      const kepala = KOLOM_DPA.map((k) => k.kolom);
      ws.addRow(kepala).font = { bold: true };
      ws.addRow(KOLOM_DPA.map((k) => k.contoh));
      for (const i of [1, 3, 5]) ws.getColumn(i).numFmt = '@';
      ws.getColumn(7).numFmt = '#,##0';
      ws.columns.forEach((c, i) => (c.width = [12, 40, 16, 40, 20, 48, 18][i]));
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      const p = wb.addWorksheet('Petunjuk');
      p.addRow(['kolom', 'wajib', 'keterangan']).font = { bold: true };
      for (const k of KOLOM_DPA) p.addRow([k.kolom, k.wajib ? 'ya' : 'tidak', k.keterangan]);
      p.addRow([]);
      p.addRow([
        '',
        '',
        'Satu baris per sub kegiatan dari ekspor DPA SIPD; hapus baris contoh. Judul kolom lain yang dikenali: "kode", "sub kegiatan", "anggaran", "nilai", "jumlah". Impor menggantikan seluruh DPA OPD pada tahun itu (mis. DPA Perubahan menggantikan DPA murni) setelah dikonfirmasi.',
      ]);
      p.getColumn(1).width = 20;
      p.getColumn(3).width = 100;
      return {
        berkas: Buffer.from(await wb.xlsx.writeBuffer()),
        nama: 'templat-dpa.xlsx',
        jenis: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
    },

    /** POST /api/dpa/impor (multipart berkas, tahun, kode_opd) → preview stored in the database; no DPA line is written. */
    async impor(aktor: Aktor, i: PermintaanDpa, berkas: BerkasUnggah | null) {
      const { opdBoleh } = wajibBolehImpor(aktor);
      const opd = await opdDalam(i.kode_opd, opdBoleh);
      const fakta = { pelaku: aktor, kode_opd: i.kode_opd, opdId: opd.id };
      pastikan(keputusanImporDpa({ ...fakta, berkas: berkas ?? null }));
      if (!berkas) return null as never; // refused just above
      const isi = await fs.readFile(berkas.filepath);
      pastikan(keputusanImporDpa({ ...fakta, berkas, xlsx: adalahXlsx(isi) }));
      const lembar = await bacaLembarXlsx(isi);
      pastikan(keputusanImporDpa({ ...fakta, berkas, terbaca: lembar != null }));
      if (!lembar) return null as never; // refused just above
      // the first sheet that has a sub kegiatan code header (SIPD files may carry cover sheets)
      const tabel =
        lembar.find((t) => t.some((r) => r.sel.map(kolomDpa).includes('kode_sub_kegiatan'))) ?? lembar[0] ?? [];
      let rows;
      try {
        rows = barisDariTabelDpa(tabel);
      } catch (e) {
        pastikan(keputusanImporDpa({ ...fakta, berkas, galatKolom: String((e as Error).message) }));
        throw e;
      }
      pastikan(keputusanImporDpa({ ...fakta, berkas, jumlahBaris: rows.length }));
      const hasil = bacaDpa(rows);
      const nama = (berkas.originalFilename ?? '').slice(0, 250) || null;
      const p = await inti('pratinjau-impor').simpan({
        jenis: JENIS,
        pemilik: pemilikAktor(aktor),
        parameter: {
          tahun: i.tahun,
          kode_opd: opd.kode_opd,
          opdId: opd.id,
          nama_opd: opd.nama,
          total_pagu: hasil.total_pagu,
          jumlah: rows.length,
        } satisfies ParameterDpa,
        diterima: hasil.diterima,
        ditolak: hasil.ditolak,
        nama_berkas: nama,
      });
      return {
        id: p.id,
        tahun: i.tahun,
        kode_opd: opd.kode_opd,
        nama_opd: opd.nama,
        nama_berkas: nama,
        jumlah: rows.length,
        diterima: hasil.diterima,
        ditolak: hasil.ditolak,
        total_pagu: hasil.total_pagu,
        berlaku_sampai: p.kedaluwarsa,
      };
    },

    /** POST /api/dpa/impor/:id/terapkan: replaces the OPD's DPA of the year with the accepted rows, in one transaction. */
    async terapkan(aktor: Aktor, id: string) {
      const { opdBoleh } = wajibBolehImpor(aktor);
      const p: {
        id: string;
        parameter: ParameterDpa;
        diterima: BarisDpa[];
        ditolak: PenolakanDpa[];
        nama_berkas: string | null;
      } | null = await inti('pratinjau-impor').ambil(id, JENIS, pemilikAktor(aktor));
      pastikan(keputusanTerapkanDpa({ pelaku: aktor, pratinjauAda: !!p }));
      if (!p) return null as never; // refused just above
      const { tahun, kode_opd } = p.parameter;
      const opd = await opdDalam(kode_opd, opdBoleh);
      const jumlahDiterima = p.diterima.length;
      pastikan(keputusanTerapkanDpa({ pelaku: aktor, pratinjauAda: true, kode_opd, opdId: opd.id, jumlahDiterima }));
      const kini = new Date();
      const oleh = aktor.username ?? aktor.token ?? null;
      const hasil = await strapi.db.transaction(async () => {
        const lama = await ringkasan(opd.id, tahun);
        await q(UID).deleteMany({ where: { opd: { id: opd.id }, tahun } });
        let total = 0n;
        for (const b of p.diterima) {
          total += BigInt(b.pagu);
          await q(UID).create({
            data: {
              opd: opd.id,
              tahun,
              kode_program: b.kode_program,
              nama_program: b.nama_program,
              kode_kegiatan: b.kode_kegiatan,
              nama_kegiatan: b.nama_kegiatan,
              kode_sub_kegiatan: b.kode_sub_kegiatan,
              nama_sub_kegiatan: b.nama_sub_kegiatan,
              pagu: b.pagu,
              sumber_berkas: p.nama_berkas,
              diimpor_pada: kini,
              diimpor_oleh: oleh,
            },
          });
        }
        const sesudah = {
          jumlah: p.diterima.length,
          total_pagu: total.toString(),
          sumber_berkas: p.nama_berkas,
          diimpor_pada: kini.toISOString(),
        };
        await inti('audit').catat({
          ...inti('audit').dariAktor(aktor),
          aksi: 'DPA_DIIMPOR',
          objekTipe: 'dpa',
          objekId: `${opd.kode_opd}:${tahun}`,
          sebelum: lama.jumlah
            ? {
                jumlah: lama.jumlah,
                total_pagu: lama.total_pagu,
                sumber_berkas: lama.sumber?.berkas ?? null,
                diimpor_pada: lama.sumber?.diimpor_pada ?? null,
              }
            : null,
          sesudah,
          keterangan: `Impor DPA ${opd.kode_opd} ${tahun}${p.nama_berkas ? ` dari ${p.nama_berkas}` : ''}: ${p.diterima.length} sub kegiatan diterapkan, ${p.ditolak.length} ditolak${lama.jumlah ? `; menggantikan ${lama.jumlah} baris sebelumnya` : ''}.`,
        });
        await inti('pratinjau-impor').hapus(p.id);
        return { ...sesudah, diganti: lama.jumlah };
      });
      return { id: p.id, tahun, kode_opd: opd.kode_opd, ...hasil, ditolak: p.ditolak.length };
    },

    /** GET /api/dpa?tahun=&kode_opd= */
    async daftar(aktor: Aktor, i: PermintaanDpa) {
      const { opdBoleh } = wajibBolehBaca(aktor);
      const opd = await opdDalam(i.kode_opd, opdBoleh);
      const r = await ringkasan(opd.id, i.tahun);
      return {
        tahun: i.tahun,
        opd: { kode_opd: opd.kode_opd, nama: opd.nama },
        jumlah: r.jumlah,
        total_pagu: r.total_pagu,
        sumber: r.sumber,
        program: r.program,
        lini: r.lini,
      };
    },
  };
};
