import type { Core } from '@strapi/strapi';
import { hariIni, namaLengkap, pastikan, tanggalAcuanBulan, layanan } from '@m-skp/inti';
import type { Aktor, LayananInti } from '@m-skp/inti';
import { KOLOM_UANG_TPP, type KolomUangTpp } from '@m-skp/tpp';
import { dalamJangkauanTpp, jangkauanLaporan, PESAN_EKSPOR_TPP } from '../domain/syarat';
import { DokumenPdf } from './dokumen';
import { bukuKerja, keBuffer, tambahLembar } from './excel';
import { jabatanPenandatangan, nipTercetak } from '../domain/format';
import { tempatTanggal } from '../domain/tanggal';
import type { Kertas, Sel } from '../domain/skp';
import {
  HEADER_SIPD,
  NAMA_JENIS,
  UANG_SIPD,
  barisRincian,
  barisRiwayat,
  barisSipd,
  headerRincian,
  headerRiwayat,
  namaBerkasTpp,
  rupiah,
  teksBulanTpp,
  totalSipd,
  uangJenis,
  type BarisTpp,
  type JenisTpp,
  type PegawaiRiwayat,
  type TemplateRiwayat,
} from '../domain/tpp';
import type { BerkasLaporan } from './laporan-predikat';
import type { NamaPegawai } from './baris';

export interface PermintaanEksporTpp {
  tahun: number;
  bulan: number;
  kode_opd: string;
  jenis: JenisTpp;
  format: 'xlsx' | 'pdf';
  tanggal: string;
  tempat: string;
  kertas: Kertas;
}
export interface PermintaanRiwayatTpp {
  tahun: number;
  kode_opd?: string;
  nip?: string;
  format: 'xlsx';
}

const UID = 'plugin::tpp.tpp';
const TITIK = '....................................';
const KOLOM_PEGAWAI = [
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'nik',
  'tanggal_lahir',
  'alamat',
  'kode_bank',
  'nama_bank',
  'npwp',
  'nomor_rekening',
];

/** The OPD of an export: its id for the scope, its code and name for the title and file name. */
export interface OpdEkspor {
  id: number;
  kode_opd: string;
  nama: string;
}

/** Money of a stored line as numbers (biginteger columns come back as strings). */
const uangDari = (r: Partial<Record<KolomUangTpp, unknown>>): Record<string, number> =>
  Object.fromEntries(KOLOM_UANG_TPP.map((k) => [k, Number(r[k] ?? 0)]));

/** Reference date of a period for the Kepala OPD check: inside the month (13/14 and history: inside the year). */
function tanggalAcuan(tahun: number, bulan?: number): string {
  if (bulan && bulan <= 12) return tanggalAcuanBulan(tahun, bulan);
  const h = hariIni();
  return h < `${tahun}-01-01` ? `${tahun}-01-01` : h > `${tahun}-12-31` ? `${tahun}-12-31` : h;
}

/**
 * TPP exports (exports.md, domain.md §7): the SIPD upload file and the Daftar Nominatif TPP PDF per OPD,
 * month and jenis (beban kerja / prestasi kerja; the line is split by domain/tpp `uangJenis`), and the
 * yearly history in the BKAD format (template = policy `tpp-riwayat`). Reads the stored lines of
 * `plugin::tpp.tpp` (written by the TPP run) in one query; scope as the Laporan Predikat (kinerja's
 * predikat-organisasi `opdTerjangkau`); every file is audited with its filters and row count.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const po = () => layanan(strapi, 'kinerja', 'predikat-organisasi');
  const inti = <N extends keyof LayananInti & string>(n: N) => layanan(strapi, 'inti', n);

  /** OPD ids the caller may export (null = every OPD); none → 403 before anything is looked up. */
  async function jangkauan(aktor: Aktor, tanggal: string): Promise<number[] | null> {
    const ids: number[] | null = await po().opdTerjangkau(aktor, tanggal);
    pastikan(jangkauanLaporan(ids, PESAN_EKSPOR_TPP));
    return ids;
  }
  const wajibDalam = (ids: number[] | null, opdId: number | null | undefined, field: string) => {
    pastikan(dalamJangkauanTpp(ids, opdId, field));
  };

  async function catat(
    aktor: Aktor,
    aksi: string,
    objekTipe: 'opd' | 'pegawai',
    objekId: string,
    filter: Record<string, unknown>,
    b: BerkasLaporan,
    jumlahBaris: number,
    keterangan: string,
    lain: Record<string, unknown> = {},
  ) {
    await inti('audit').catat({
      ...inti('audit').dariAktor(aktor),
      aksi,
      objekTipe,
      objekId,
      sesudah: { filter, jumlah_baris: jumlahBaris, berkas: b.namaBerkas, ...lain },
      keterangan,
    });
  }

  return {
    /** GET /api/tpp/export: the SIPD Excel or the Daftar Nominatif PDF of one OPD, month and jenis. */
    async ekspor(aktor: Aktor, f: PermintaanEksporTpp): Promise<BerkasLaporan> {
      const ids = await jangkauan(aktor, tanggalAcuan(f.tahun, f.bulan));
      const opd = await po().opd(f.kode_opd);
      wajibDalam(ids, opd.id, 'kode_opd');
      const rows = await q(UID).findMany({
        where: { tahun: f.tahun, bulan: f.bulan, opd: { id: opd.id } },
        populate: { pegawai: { select: KOLOM_PEGAWAI } },
        orderBy: [{ nama: 'asc' }, { id: 'asc' }],
      });
      const baris: (BarisTpp & { uangLengkap: Record<string, number> })[] = rows.map((r) => ({
        nip: r.nip ?? r.pegawai?.nip ?? '',
        nama: r.nama ?? (r.pegawai ? namaLengkap(r.pegawai) : ''),
        nama_jabatan: r.nama_jabatan ?? null,
        tipe_jabatan: r.tipe_jabatan ?? null,
        eselon: r.eselon ?? null,
        golongan: r.golongan ?? null,
        pns_pppk: r.pns_pppk ?? null,
        nik: r.pegawai?.nik ?? null,
        tanggal_lahir: r.pegawai?.tanggal_lahir ?? null,
        alamat: r.pegawai?.alamat ?? null,
        kode_bank: r.pegawai?.kode_bank ?? null,
        nama_bank: r.pegawai?.nama_bank ?? null,
        npwp: r.pegawai?.npwp ?? null,
        nomor_rekening: r.pegawai?.nomor_rekening ?? null,
        uang: uangDari(r),
        uangLengkap: uangDari(r),
      }));
      const sipd = baris.map((b) => barisSipd(b, f.jenis));
      const total = totalSipd(sipd);
      const berkas =
        f.format === 'xlsx' ? await this.excelSipd(opd, f, sipd) : await this.pdfNominatif(opd, f, baris, total);
      await catat(
        aktor,
        'EKSPOR_TPP',
        'opd',
        opd.kode_opd,
        { tahun: f.tahun, bulan: f.bulan, kode_opd: opd.kode_opd, jenis: f.jenis, format: f.format },
        berkas,
        sipd.length,
        `TPP ${NAMA_JENIS[f.jenis].toLowerCase()} ${opd.kode_opd} ${teksBulanTpp(f.tahun, f.bulan)} (${f.format})`,
        {
          jumlah_ditransfer: total.jumlah_ditransfer,
        },
      );
      return berkas;
    },

    async excelSipd(
      opd: OpdEkspor,
      f: PermintaanEksporTpp,
      sipd: (string | number | null)[][],
    ): Promise<BerkasLaporan> {
      const wb = bukuKerja(`TPP ${NAMA_JENIS[f.jenis]} ${opd.nama} ${teksBulanTpp(f.tahun, f.bulan)}`);
      const awal = HEADER_SIPD.indexOf(UANG_SIPD[0]);
      const format = Object.fromEntries(UANG_SIPD.map((_, i) => [awal + i, '#,##0']));
      tambahLembar(wb, 'TPP', HEADER_SIPD, sipd, { format });
      return {
        berkas: await keBuffer(wb),
        namaBerkas: namaBerkasTpp(f.jenis, opd.kode_opd, f.tahun, f.bulan, 'xlsx'),
        jenis: 'xlsx',
      };
    },

    /** Daftar Nominatif TPP: A4/F4 landscape, one row per pegawai, the totals row, Kepala OPD and Bendahara Pengeluaran. */
    async pdfNominatif(
      opd: OpdEkspor,
      f: PermintaanEksporTpp,
      baris: (BarisTpp & { uangLengkap: Record<string, number> })[],
      total: Record<string, number>,
    ): Promise<BerkasLaporan> {
      const judul = `Daftar Nominatif TPP ${NAMA_JENIS[f.jenis]} ${opd.nama} ${teksBulanTpp(f.tahun, f.bulan)}`;
      const doc = new DokumenPdf(f.kertas, judul, true);
      doc.kop(opd.nama, layanan(strapi, 'laporan', 'daerah').pada(f.tanggal).nama_pemerintah);
      doc.judul([
        'DAFTAR NOMINATIF TAMBAHAN PENGHASILAN PEGAWAI (TPP)',
        `KOMPONEN ${NAMA_JENIS[f.jenis]}`,
        `BULAN ${teksBulanTpp(f.tahun, f.bulan).toUpperCase()}`,
      ]);
      const kolom = [
        'No',
        'Nama / NIP',
        'Jabatan',
        'Gol.',
        f.jenis === 'beban' ? 'TPP Beban Kerja dan Komponen Tetap' : 'TPP Prestasi Kerja',
        'Tunjangan Iuran BPJS',
        'PPh 21',
        'Iuran BPJS (4% + 1%)',
        'Zakat, Bulog, Lain',
        'Jumlah Potongan',
        'Jumlah Ditransfer',
      ];
      const angka = (b: Record<string, number>, u: Record<string, number>) => {
        const komponen =
          b.belanja_tpp_beban_kerja +
          b.belanja_tpp_tempat_bertugas +
          b.belanja_tpp_kondisi_kerja +
          b.belanja_tpp_kelangkaan_profesi +
          b.belanja_tpp_prestasi_kerja;
        const tunjangan =
          b.tunjangan_iuran_jaminan_kesehatan +
          b.tunjangan_iuran_jaminan_kecelakaan_kerja +
          b.tunjangan_iuran_jaminan_kematian +
          b.tunjangan_jaminan_hari_tua +
          b.tunjangan_jaminan_pensiun +
          b.tunjangan_iuran_simpanan_tapera;
        const bpjs = f.jenis === 'beban' ? b['iwp_1%'] + (u.potongan_iuran_jaminan_kesehatan ?? 0) : 0;
        return [
          komponen,
          tunjangan,
          b.pph_21,
          bpjs,
          b.jumlah_potongan - b.pph_21 - bpjs,
          b.jumlah_potongan,
          b.jumlah_ditransfer,
        ];
      };
      const jumlah = [0, 0, 0, 0, 0, 0, 0];
      const body: Sel[][] = baris.map((b, i) => {
        const a = angka(uangJenis(b.uang, f.jenis), b.uangLengkap);
        a.forEach((n, j) => (jumlah[j] += n));
        return [
          { content: String(i + 1), gaya: 'tengah' },
          { content: `${b.nama}\nNIP. ${nipTercetak(b.nip)}` },
          { content: b.nama_jabatan ?? '' },
          { content: b.golongan ?? '', gaya: 'tengah' },
          ...a.map((n) => ({ content: rupiah(n) })),
        ];
      });
      if (jumlah[6] !== total.jumlah_ditransfer) throw new Error('total daftar nominatif tidak sama dengan total SIPD');
      body.push([
        { content: 'JUMLAH', colSpan: 4, gaya: 'bagian' },
        ...jumlah.map((n) => ({ content: rupiah(n), gaya: 'bagian' as const })),
      ]);
      doc.tabel([kolom.map((k) => ({ content: k }))], body, [0.03, 0.15, 0.12, 0.035, ...jumlah.map(() => 0.095)]);
      const kepala = ((await po().kepalaOpd([opd.id], tanggalAcuan(f.tahun, f.bulan))).get(opd.id) ?? [])[0] ?? null;
      const pg = kepala
        ? await q('plugin::inti.pegawai').findOne({
            where: { id: kepala.pegawaiId },
            select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang'],
          })
        : null;
      // the OPD's Bendahara Pengeluaran (set on the OPD screen); dots to sign by hand when none is set
      const bendahara =
        (
          await q('plugin::inti.opd').findOne({
            where: { id: opd.id },
            select: ['id'],
            populate: { bendahara_pengeluaran: { select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang'] } },
          })
        )?.bendahara_pengeluaran ?? null;
      const penanda = (p: NamaPegawai | null) => ({
        nama: p ? namaLengkap(p) : TITIK,
        nip: `NIP. ${p ? nipTercetak(p.nip) : TITIK}`,
      });
      doc.tandaTangan(
        {
          atas: [
            '',
            'Mengetahui,',
            'Kepala Perangkat Daerah,',
            kepala ? jabatanPenandatangan(kepala.jabatan, kepala.jenis) : '',
          ],
          ...penanda(pg),
        },
        { atas: [tempatTanggal(f.tempat, f.tanggal), '', 'Bendahara Pengeluaran,', ''], ...penanda(bendahara) },
      );
      return {
        berkas: doc.selesai(),
        namaBerkas: namaBerkasTpp(f.jenis, opd.kode_opd, f.tahun, f.bulan, 'pdf'),
        jenis: 'pdf',
      };
    },

    /** GET /api/tpp/riwayat: the year's history of an OPD or of one pegawai, BKAD format (policy `tpp-riwayat`). */
    async riwayat(aktor: Aktor, f: PermintaanRiwayatTpp): Promise<BerkasLaporan> {
      const ids = await jangkauan(aktor, tanggalAcuan(f.tahun));
      const where: Record<string, unknown> = { tahun: f.tahun };
      const opd: OpdEkspor | null = f.kode_opd ? await po().opd(f.kode_opd) : null;
      if (opd) {
        wajibDalam(ids, opd.id, 'kode_opd');
        where.opd = { id: opd.id };
      }
      if (f.nip) {
        const pegawai = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(f.nip, {
          select: ['id', 'nip'],
          populate: { opd: { select: ['id'] } },
        });
        wajibDalam(ids, pegawai.opd?.id, 'nip');
        where.pegawai = { id: pegawai.id };
        // a pegawai who moved: only the lines of OPD in the caller's reach
        if (ids && !opd) where.opd = { id: { $in: ids } };
      }
      const rows = await q(UID).findMany({
        where,
        populate: { opd: { select: ['id', 'nama', 'singkatan'] } },
        orderBy: [{ nama: 'asc' }, { bulan: 'asc' }, { id: 'asc' }],
      });
      const t: TemplateRiwayat = inti('kebijakan').nilai('tpp-riwayat', `${f.tahun}-01-01`);
      const per = new Map<string, PegawaiRiwayat & { bulanTerakhir: number }>();
      for (const r of rows) {
        const kunci = String(r.nip);
        let p = per.get(kunci);
        if (!p)
          per.set(
            kunci,
            (p = {
              nip: r.nip,
              nama: r.nama,
              jabatan: r.nama_jabatan,
              golongan: r.golongan,
              opd: r.opd?.nama ?? null,
              bulan: new Map(),
              bulanTerakhir: 0,
            }),
          );
        // identity from the latest regular month (rows come in month order)
        if (r.bulan <= 12 && r.bulan >= p.bulanTerakhir)
          Object.assign(p, {
            nama: r.nama,
            jabatan: r.nama_jabatan,
            golongan: r.golongan,
            opd: r.opd?.nama ?? p.opd,
            bulanTerakhir: r.bulan,
          });
        p.bulan.set(r.bulan, uangDari(r));
      }
      const daftar = [...per.values()].sort((a, b) => a.nama.localeCompare(b.nama, 'id') || a.nip.localeCompare(b.nip));
      const wb = bukuKerja(`Riwayat TPP ${opd?.nama ?? f.nip} ${f.tahun}`);
      const jumlahKolomUang = t.bulan.length + 1;
      const n = t.identitas.length;
      tambahLembar(wb, t.lembar_bulanan, headerRiwayat(t), barisRiwayat(t, daftar), {
        format: Object.fromEntries(Array.from({ length: jumlahKolomUang }, (_, i) => [n + i, '#,##0'])),
      });
      const rincian = barisRincian(t, daftar);
      tambahLembar(wb, t.lembar_rincian, headerRincian(t), rincian, {
        format: Object.fromEntries(t.rincian.map((_, i) => [n + 1 + i, '#,##0'])),
      });
      // the route asks for kode_opd or nip, so one of them names the file
      const sasaran = f.nip ?? opd?.kode_opd;
      const berkas: BerkasLaporan = {
        berkas: await keBuffer(wb),
        namaBerkas: `riwayat-tpp_${String(sasaran).replace(/[^A-Za-z0-9._-]+/g, '-')}_${f.tahun}.xlsx`,
        jenis: 'xlsx',
      };
      await catat(
        aktor,
        'EKSPOR_RIWAYAT_TPP',
        f.kode_opd ? 'opd' : 'pegawai',
        f.kode_opd ?? f.nip ?? '',
        { tahun: f.tahun, kode_opd: f.kode_opd ?? null, nip: f.nip ?? null, format: f.format },
        berkas,
        daftar.length,
        `Riwayat TPP ${sasaran} ${f.tahun} (BKAD)`,
        { jumlah_baris_rincian: rincian.length, template: t.lembar_bulanan },
      );
      return berkas;
    },
  };
};
