import type { Core } from '@strapi/strapi';
import { hariIni, namaLengkap, pastikan, layanan } from '@m-skp/inti';
import type { Aktor, LayananInti } from '@m-skp/inti';
import { keputusanPk } from '../domain/syarat';
import { DokumenPdf } from './dokumen';
import { jabatanPenandatangan, namaBerkas, nipTercetak } from '../domain/format';
import { tempatTanggal } from '../domain/tanggal';
import {
  BELUM_ADA_DPA,
  barisProgramPk,
  barisSasaranPk,
  blokTtdPk,
  teksSumberAnggaran,
  type KepalaDaerahPk,
  type SasaranPk,
  type SumberAnggaranPk,
} from '../domain/pk';
import type { Kertas } from '../domain/skp';
import type { BerkasLaporan } from './laporan-predikat';

export interface PermintaanPk {
  tahun: number;
  kode_opd: string;
}
export interface PermintaanCetakPk extends PermintaanPk {
  tanggal: string;
  tempat: string;
  kertas: Kertas;
}

/** One indicator of a stored sasaran (JSON column, written by the panel: each field may be missing). */
interface IndikatorTersimpan {
  indikator?: unknown;
  target?: unknown;
  satuan?: unknown;
}

/** A date inside the year (today when it lies in it): the day the Kepala OPD post holder is read. */
const acuanTahun = (tahun: number, tanggal = hariIni()) =>
  tanggal < `${tahun}-01-01` ? `${tahun}-01-01` : tanggal > `${tahun}-12-31` ? `${tahun}-12-31` : tanggal;

/**
 * Perjanjian Kinerja of an OPD and year (domain.md §7 "PK budget"): the OPD sasaran with their
 * indicators (kinerja `sasaran-opd`), the programs with their budget summed ONLY from the imported
 * DPA (tpp `dpa`; no DPA → no budget, never a Renja/eKAK/renaksi figure), the DPA source and date,
 * and the Kepala OPD (holder of the OPD's kepala post, Plt included). Read by BKPSDM, BKAD and
 * Inspektorat for every OPD, by the Admin OPD and the pegawai of the OPD for their own.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const inti = <N extends keyof LayananInti & string>(n: N) => layanan(strapi, 'inti', n);

  const kepalaDaerah = (tanggal: string): KepalaDaerahPk => {
    const k = layanan(strapi, 'laporan', 'daerah').pada(tanggal).kepala_daerah;
    return { jabatan: k.jabatan, nama: k.nama ?? null, nip: k.nip ?? null };
  };

  async function wajibBoleh(aktor: Aktor, kode: string) {
    pastikan(keputusanPk(aktor, kode));
    const opd = await q('plugin::inti.opd').findOne({
      where: { kode_opd: kode },
      select: ['id', 'kode_opd', 'nama', 'singkatan'],
    });
    pastikan(keputusanPk(aktor, kode, opd?.id ?? null));
    return { aktor, opd };
  }

  return {
    /** GET /api/pk body. `tanggal` picks the Kepala OPD post holder (default: today within the year). */
    async ambil(aktor: Aktor, p: PermintaanPk, tanggal?: string) {
      const { opd } = await wajibBoleh(aktor, p.kode_opd);
      const acuan = acuanTahun(p.tahun, tanggal);
      const kepala =
        ((await layanan(strapi, 'kinerja', 'predikat-organisasi').kepalaOpd([opd.id], acuan)).get(opd.id) ?? [])[0] ??
        null;
      const pg = kepala
        ? await q('plugin::inti.pegawai').findOne({
            where: { id: kepala.pegawaiId },
            select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang'],
          })
        : null;
      const rowsSasaran = await q('plugin::kinerja.sasaran-opd').findMany({
        where: { opd: { id: opd.id }, tahun: p.tahun },
        select: ['sasaran', 'urutan', 'indikator'],
        orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
      });
      const sasaran: SasaranPk[] = rowsSasaran.map((s) => ({
        sasaran: s.sasaran,
        indikator: (Array.isArray(s.indikator) ? s.indikator : []).map((i: IndikatorTersimpan | null) => ({
          indikator: String(i?.indikator ?? ''),
          target: i?.target == null ? null : String(i.target),
          satuan: i?.satuan == null ? null : String(i.satuan),
        })),
      }));
      const dpa = await layanan(strapi, 'tpp', 'dpa').ringkasan(opd.id, p.tahun);
      const ada = dpa.jumlah > 0;
      const sumber: SumberAnggaranPk | null = ada ? dpa.sumber : null;
      return {
        tahun: p.tahun,
        opd: { kode_opd: opd.kode_opd, nama: opd.nama, singkatan: opd.singkatan ?? null },
        kepala_opd:
          kepala && pg
            ? {
                nama: namaLengkap(pg),
                nip: pg.nip,
                jabatan: jabatanPenandatangan(kepala.jabatan, kepala.jenis),
                sebagai: kepala.jenis,
              }
            : null,
        sasaran,
        program: ada ? dpa.program : [],
        /** Pihak Kedua: the kepala daerah of policy `daerah` on the reference date (name null until BKPSDM fills it) */
        kepala_daerah: kepalaDaerah(acuan),
        total_anggaran: ada ? (dpa.total_pagu as string) : null,
        anggaran_keterangan: ada ? null : BELUM_ADA_DPA,
        sumber_anggaran: sumber,
      };
    },

    /** GET /api/cetak/perjanjian-kinerja: the PK PDF, audited CETAK_PK. */
    async cetak(aktor: Aktor, f: PermintaanCetakPk): Promise<BerkasLaporan> {
      const pk = await this.ambil(aktor, f, f.tanggal);
      const doc = new DokumenPdf(f.kertas, `Perjanjian Kinerja ${pk.opd.nama} ${f.tahun}`);
      doc.kop(pk.opd.nama, layanan(strapi, 'laporan', 'daerah').pada(f.tanggal).nama_pemerintah);
      doc.judul([`PERJANJIAN KINERJA TAHUN ${f.tahun}`, pk.opd.nama.toUpperCase()]);
      doc.baris('A. Sasaran dan indikator kinerja', { tebal: true });
      doc.tabel(
        [[{ content: 'No' }, { content: 'Sasaran' }, { content: 'Indikator Kinerja' }, { content: 'Target' }]],
        barisSasaranPk(pk.sasaran),
        [0.06, 0.36, 0.4, 0.18],
      );
      doc.baris('B. Program dan anggaran', { tebal: true });
      doc.tabel(
        [[{ content: 'No' }, { content: 'Program' }, { content: 'Anggaran' }]],
        barisProgramPk(pk.program, pk.total_anggaran),
        [0.06, 0.66, 0.28],
      );
      doc.baris(teksSumberAnggaran(pk.sumber_anggaran), { ukuran: 8 });
      const { kiri, kanan } = blokTtdPk(
        pk.kepala_opd,
        tempatTanggal(f.tempat, f.tanggal),
        nipTercetak,
        kepalaDaerah(f.tanggal),
      );
      doc.tandaTangan(kiri, kanan);
      const berkas: BerkasLaporan = {
        berkas: doc.selesai(),
        namaBerkas: namaBerkas('perjanjian-kinerja', pk.opd.kode_opd, f.tahun),
        jenis: 'pdf',
      };
      await inti('audit').catat({
        ...inti('audit').dariAktor(aktor),
        aksi: 'CETAK_PK',
        objekTipe: 'opd',
        objekId: pk.opd.kode_opd,
        sesudah: {
          tahun: f.tahun,
          kode_opd: pk.opd.kode_opd,
          tanggal: f.tanggal,
          tempat: f.tempat,
          berkas: berkas.namaBerkas,
          total_anggaran: pk.total_anggaran,
          sumber_anggaran: pk.sumber_anggaran,
        },
        keterangan: `Cetak Perjanjian Kinerja ${pk.opd.kode_opd} ${f.tahun}`,
      });
      return berkas;
    },
  };
};
