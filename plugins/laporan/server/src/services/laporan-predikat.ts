import type { Core } from '@strapi/strapi';
import { namaLengkap, pastikan, tanggalAcuanBulan, layanan, type Aktor } from '@m-skp/inti';
import { jangkauanLaporan, PESAN_LAPORAN_PREDIKAT } from '../domain/syarat';
import { batasJumlah, overrideMenutup, teksAturan, type KodePredikat } from '@m-skp/kinerja';
import { DokumenPdf } from './dokumen';
import { bukuKerja, keBuffer, tambahLembar } from './excel';
import { teksCetak, nipTercetak, jabatanPenandatangan } from '../domain/format';
import { tempatTanggal } from '../domain/tanggal';
import type { Kertas, BlokTtd, Sel } from '../domain/skp';
import {
  HEADER_PEGAWAI,
  HEADER_RINGKASAN,
  barisPegawai,
  barisRekap,
  barisRingkasan,
  headerRekap,
  namaBerkasPredikat,
  teksBulan,
  type PegawaiLaporan,
} from '../domain/predikat';
import type {
  BarisPredikatOrganisasi,
  DataLaporanOpd,
  DataRekap,
  EvaluasiBulan,
  KepalaOpd,
  NamaPegawai,
} from './baris';

export interface PermintaanLaporanPredikat {
  tahun: number;
  bulan: number;
  kode_opd?: string;
  format: 'json' | 'xlsx' | 'pdf';
  tanggal: string;
  tempat: string;
  kertas: Kertas;
}
export interface BerkasLaporan {
  berkas: Buffer;
  namaBerkas: string;
  jenis: string;
}

const dua = (n: number) => String(n).padStart(2, '0');
const akhirBulan = (tahun: number, bulan: number) =>
  `${tahun}-${dua(bulan)}-${dua(new Date(Date.UTC(tahun, bulan, 0)).getUTCDate())}`;
const KOP_REKAP = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
const TITIK = '....................................';

/** The PDF builder of the prints, plus red text for the quota violations. */
class LaporanPdf extends DokumenPdf {
  barisMerah(teks: string) {
    const d = this.doc;
    d.setFont('helvetica', 'bold');
    d.setFontSize(9);
    for (const b of d.splitTextToSize(teksCetak(teks), this.lebarIsi) as string[]) {
      d.setTextColor(192, 0, 0);
      this.baris(b, { tebal: true });
    }
    d.setTextColor(0, 0, 0);
  }
}

/**
 * Laporan Predikat Kinerja (domain.md §5, exports.md): per OPD and month the organisation predikat
 * (set, or the proposal from the OPD capaian), the evaluated pegawai with their ratings and predikat,
 * counts and percentages per predikat, the quota rules of the organisation predikat and every
 * violation, re-validated on every call; without kode_opd a recap of every OPD in the caller's reach.
 * Data come from kinerja's predikat-organisasi service in a constant number of queries (no N+1).
 * JSON, Excel (exceljs) and PDF (the shared DokumenPdf); every export is audited.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const po = () => layanan(strapi, 'kinerja', 'predikat-organisasi');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const q = (uid: string) => strapi.db.query(uid);

  /** Pegawai (of the OPD ids) with an SKP approved for the month, as {pegawaiId → {nip, nama, opdId}}: one query. */
  async function skpDisetujui(opdIds: number[] | null, tahun: number, bulan: number) {
    if (opdIds && !opdIds.length) return new Map<number, { nip: string; nama: string; opdId: number | null }>();
    const rows = await q('plugin::kinerja.skp').findMany({
      where: {
        tahun,
        status: 'DISETUJUI',
        periode_mulai: { $lte: akhirBulan(tahun, bulan) },
        periode_akhir: { $gte: `${tahun}-${dua(bulan)}-01` },
        ...(opdIds ? { pegawai: { opd: { id: { $in: opdIds } } } } : {}),
      },
      select: ['id'],
      populate: {
        pegawai: {
          select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
          populate: { opd: { select: ['id'] } },
        },
      },
    });
    return new Map<number, { nip: string; nama: string; opdId: number | null }>(
      rows
        .filter((r) => r.pegawai)
        .map((r) => [
          r.pegawai.id,
          { nip: r.pegawai.nip, nama: namaLengkap(r.pegawai), opdId: r.pegawai.opd?.id ?? null },
        ]),
    );
  }

  const nama = (daftar: { kode: number; nama: string }[], kode: number) => ({
    kode,
    nama: daftar.find((x) => x.kode === kode)?.nama ?? String(kode),
  });

  return {
    /** One OPD: the full report (JSON body `data`) plus what the prints need. */
    async detail(aktor: Aktor, f: PermintaanLaporanPredikat) {
      const s = await po().keadaan(aktor, { kode_opd: f.kode_opd!, tahun: f.tahun, bulan: f.bulan });
      const row: BarisPredikatOrganisasi | null = s.row;
      const k = s.k;
      const skp = await skpDisetujui([s.opd.id], f.tahun, f.bulan);
      const dinilai = new Set(s.evaluasi.map((e) => e.pegawaiId));
      const belum = [...skp.entries()]
        .filter(([id]) => !dinilai.has(id))
        .map(([, p]) => ({ nip: p.nip, nama: p.nama }))
        .sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
      const pegawai: (PegawaiLaporan & { predikat: { kode: number; nama: string } })[] = s.evaluasi.map((e) => ({
        nip: e.nip,
        nama: e.nama,
        jabatan: e.jabatan,
        rating_hasil: nama(k.rating, e.rating_hasil),
        rating_perilaku: nama(k.rating, e.rating_perilaku),
        predikat: { kode: e.predikat_kode, nama: e.predikat_nama || nama(k.predikat, e.predikat_kode).nama },
        perilaku_source: e.perilaku_source,
      }));
      const o = s.override;
      const sumber = row ? ('DITETAPKAN' as const) : ('USULAN' as const);
      const data = {
        opd: { kode_opd: s.opd.kode_opd, nama: s.opd.nama, singkatan: s.opd.singkatan ?? null },
        periode: { tahun: f.tahun, bulan: f.bulan, teks: teksBulan(f.tahun, f.bulan) },
        predikat_organisasi: {
          kode: s.predikat,
          nama: po().nama(s.predikat, k)?.nama ?? null,
          sumber,
          status: row?.status ?? 'DRAFT',
          usulan: po().nama(row?.usulan ?? s.usulan.predikat, k),
          alasan: row?.alasan ?? null,
          override: o ? { alasan: o.alasan, oleh: o.oleh, waktu: o.waktu, pelanggaran: o.pelanggaran } : null,
        },
        capaian_opd: s.usulan.capaian ?? (row?.capaian_opd != null ? Number(row.capaian_opd) : null),
        n: s.kurva.n,
        jumlah: Object.fromEntries(k.predikat.map((p) => [String(p.kode), s.kurva.jumlah[p.kode as KodePredikat]])),
        persen: Object.fromEntries(k.predikat.map((p) => [String(p.kode), s.kurva.persen[p.kode as KodePredikat]])),
        distribusi: k.predikat.map((p) => ({
          kode: p.kode,
          nama: p.nama,
          jumlah: s.kurva.jumlah[p.kode as KodePredikat],
          persen: s.kurva.persen[p.kode as KodePredikat],
        })),
        pegawai,
        aturan: s.kurva.aturan,
        /** the quota rules of the organisation predikat as head counts for n (for the distribution-vs-quota chart) */
        kuota: (s.predikat ? k.kurva[s.predikat] : []).map((a) => ({
          predikat: a.predikat,
          batas: a.batas,
          batas_jumlah: batasJumlah(a, s.kurva.n),
          teks: teksAturan(a, k),
        })),
        pelanggaran: s.kurva.pelanggaran.map((x) => ({ aturan: x.aturan, pesan: x.pesan })),
        hanya_peringatan: s.kurva.hanyaPeringatan,
        blokir: s.kurva.blokir && !s.tertutup,
        kurva_minimal_pegawai: k.kurva_minimal_pegawai,
        belum_dinilai: belum,
      };
      return { data, kepala: s.kepala[0] ?? null };
    },

    /** Every OPD in the caller's reach (no kode_opd): one row per OPD, set predikat (or a stored proposal) checked against the quotas. */
    async rekap(aktor: Aktor, f: PermintaanLaporanPredikat) {
      const ids: number[] | null = await po().opdTerjangkau(aktor, tanggalAcuanBulan(f.tahun, f.bulan));
      pastikan(jangkauanLaporan(ids, PESAN_LAPORAN_PREDIKAT));
      const k = po().kebijakan(f.tahun, f.bulan);
      const opd = await q('plugin::inti.opd').findMany({
        where: ids ? { id: { $in: ids } } : { aktif: true },
        select: ['id', 'kode_opd', 'nama', 'singkatan'],
        orderBy: [{ kode_opd: 'asc' }],
      });
      const semua = ids ?? null;
      const evaluasi = await po().evaluasiBulan(semua, f.tahun, f.bulan);
      const tersimpan: Map<number, BarisPredikatOrganisasi> = await po().tersimpan(semua, f.tahun, f.bulan);
      const skp = await skpDisetujui(semua, f.tahun, f.bulan);
      const perOpd = new Map<number, EvaluasiBulan[]>();
      for (const e of evaluasi) if (e.opdId != null) perOpd.set(e.opdId, [...(perOpd.get(e.opdId) ?? []), e]);
      const dinilai = new Set(evaluasi.map((e) => e.pegawaiId));
      const belum = new Map<number, number>();
      for (const [id, p] of skp)
        if (!dinilai.has(id) && p.opdId != null) belum.set(p.opdId, (belum.get(p.opdId) ?? 0) + 1);
      const rekap = opd.map((o) => {
        const row = tersimpan.get(o.id);
        const predikat = row?.predikat ?? row?.usulan ?? null;
        const kv = po().kurva(predikat, perOpd.get(o.id) ?? [], k);
        const tertutup = !!predikat && overrideMenutup(row?.override_kurva, predikat, kv.pelanggaran);
        return {
          opd: { kode_opd: o.kode_opd, nama: o.nama, singkatan: o.singkatan ?? null },
          predikat_organisasi: {
            kode: predikat,
            nama: po().nama(predikat, k)?.nama ?? null,
            sumber: row ? ('DITETAPKAN' as const) : ('USULAN' as const),
            status: row?.status ?? 'DRAFT',
            override: row?.override_kurva ?? null,
          },
          n: kv.n,
          jumlah: Object.fromEntries(k.predikat.map((p) => [String(p.kode), kv.jumlah[p.kode as 1]])),
          persen: Object.fromEntries(k.predikat.map((p) => [String(p.kode), kv.persen[p.kode as 1]])),
          pelanggaran: kv.pelanggaran.map((x) => ({ aturan: x.aturan, pesan: x.pesan })),
          hanya_peringatan: kv.hanyaPeringatan,
          blokir: kv.blokir && !tertutup,
          belum_dinilai: belum.get(o.id) ?? 0,
        };
      });
      const total = {
        n: rekap.reduce((a, r) => a + r.n, 0),
        jumlah: Object.fromEntries(
          k.predikat.map((p) => [String(p.kode), rekap.reduce((a, r) => a + r.jumlah[String(p.kode)], 0)]),
        ),
      };
      return {
        data: {
          periode: { tahun: f.tahun, bulan: f.bulan, teks: teksBulan(f.tahun, f.bulan) },
          predikat: k.predikat.map((p) => ({ kode: p.kode, nama: p.nama })),
          opd: rekap,
          total,
        },
        k,
      };
    },

    /** GET /api/laporan/predikat: JSON body, or an Excel/PDF file (audited). */
    async laporan(aktor: Aktor, f: PermintaanLaporanPredikat): Promise<{ json: unknown } | BerkasLaporan> {
      if (f.kode_opd) {
        const { data, kepala } = await this.detail(aktor, f);
        if (f.format === 'json') return { json: data };
        const berkas = f.format === 'xlsx' ? await this.excelOpd(data) : await this.pdfOpd(data, kepala, f);
        await this.catat(aktor, f, berkas, data.pegawai.length, {
          pelanggaran: data.pelanggaran.length,
          predikat_organisasi: data.predikat_organisasi.kode,
        });
        return berkas;
      }
      const { data } = await this.rekap(aktor, f);
      if (f.format === 'json') return { json: data };
      const berkas = f.format === 'xlsx' ? await this.excelRekap(data) : this.pdfRekap(data, f);
      await this.catat(aktor, f, berkas, data.opd.length, {
        pelanggaran: data.opd.reduce((a, r) => a + r.pelanggaran.length, 0),
      });
      return berkas;
    },

    async catat(
      aktor: Aktor,
      f: PermintaanLaporanPredikat,
      b: BerkasLaporan,
      jumlahBaris: number,
      lain: Record<string, unknown>,
    ) {
      await audit().catat({
        ...audit().dariAktor(aktor),
        aksi: 'EKSPOR_LAPORAN_PREDIKAT',
        objekTipe: 'opd',
        objekId: f.kode_opd ?? 'SEMUA',
        sesudah: {
          filter: { tahun: f.tahun, bulan: f.bulan, kode_opd: f.kode_opd ?? null, format: f.format },
          jumlah_baris: jumlahBaris,
          berkas: b.namaBerkas,
          ...lain,
        },
        keterangan: `Laporan Predikat Kinerja ${f.kode_opd ?? 'semua OPD'} ${teksBulan(f.tahun, f.bulan)} (${f.format})`,
      });
    },

    async excelOpd(data: DataLaporanOpd): Promise<BerkasLaporan> {
      const wb = bukuKerja(`Laporan Predikat Kinerja ${data.opd.nama} ${data.periode.teks}`);
      tambahLembar(wb, 'Pegawai', HEADER_PEGAWAI, barisPegawai(data.pegawai), {
        lebar: [5, 20, 32, 40, 22, 22, 20, 16],
      });
      const ringkasan = barisRingkasan(data, data.kurva_minimal_pegawai);
      tambahLembar(
        wb,
        'Ringkasan',
        HEADER_RINGKASAN,
        ringkasan.map((r) => r.sel),
        { lebar: [22, 45, 10, 70], format: { 2: '0.00' }, merah: (i) => ringkasan[i].jenis === 'pelanggaran' },
      );
      if (data.belum_dinilai.length)
        tambahLembar(
          wb,
          'Belum Dinilai',
          ['No', 'NIP', 'Nama'],
          data.belum_dinilai.map((p, i) => [i + 1, p.nip, p.nama]),
          { lebar: [5, 20, 40] },
        );
      return {
        berkas: await keBuffer(wb),
        namaBerkas: namaBerkasPredikat(data.opd.kode_opd, data.periode.tahun, data.periode.bulan, 'xlsx'),
        jenis: 'xlsx',
      };
    },

    async excelRekap(data: DataRekap): Promise<BerkasLaporan> {
      const wb = bukuKerja(`Rekap Predikat Kinerja ${data.periode.teks}`);
      const rekap = data.opd;
      tambahLembar(wb, 'Rekap OPD', headerRekap(data.predikat), barisRekap(rekap, data.predikat), {
        merah: (i) => rekap[i].pelanggaran.length > 0,
      });
      return {
        berkas: await keBuffer(wb),
        namaBerkas: namaBerkasPredikat(null, data.periode.tahun, data.periode.bulan, 'xlsx'),
        jenis: 'xlsx',
      };
    },

    async pdfOpd(data: DataLaporanOpd, kepala: KepalaOpd | null, f: PermintaanLaporanPredikat): Promise<BerkasLaporan> {
      const doc = new LaporanPdf(f.kertas, `Laporan Predikat Kinerja ${data.opd.nama} ${data.periode.teks}`);
      doc.kop(data.opd.nama, layanan(strapi, 'laporan', 'daerah').pada(f.tanggal).nama_pemerintah);
      doc.judul(['LAPORAN PREDIKAT KINERJA PEGAWAI', `PERIODE ${data.periode.teks.toUpperCase()}`]);
      const ringkasan = barisRingkasan(data, data.kurva_minimal_pegawai);
      const sel = (v: unknown): Sel => ({
        content: v == null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : String(v),
      });
      doc.tabel(
        [HEADER_RINGKASAN.map((h) => ({ content: h }))],
        ringkasan.filter((r) => r.jenis !== 'pelanggaran').map((r) => r.sel.map(sel)),
        [0.22, 0.33, 0.1, 0.35],
      );
      if (data.pelanggaran.length) {
        doc.baris(
          `PELANGGARAN KURVA DISTRIBUSI (${data.hanya_peringatan ? 'peringatan' : data.blokir ? 'memblokir finalisasi' : 'di-override'})`,
          { tebal: true },
        );
        for (const p of data.pelanggaran) doc.barisMerah(`- ${p.pesan}`);
      }
      if (data.predikat_organisasi.override)
        doc.baris(`Alasan override Admin BKPSDM: ${data.predikat_organisasi.override.alasan}`);
      doc.baris('DAFTAR PEGAWAI YANG DINILAI', { tebal: true });
      doc.tabel(
        [HEADER_PEGAWAI.map((h) => ({ content: h }))],
        barisPegawai(data.pegawai).map((r) => r.map((v, i) => sel(i === 1 ? nipTercetak(String(v)) : v))),
        [0.05, 0.16, 0.18, 0.2, 0.11, 0.11, 0.11, 0.08],
      );
      if (data.belum_dinilai.length) {
        doc.baris('PEGAWAI DENGAN SKP DISETUJUI YANG BELUM DINILAI', { tebal: true });
        doc.tabel(
          [['No', 'NIP', 'Nama'].map((h) => ({ content: h }))],
          data.belum_dinilai.map((p, i) => [sel(i + 1), sel(nipTercetak(p.nip)), sel(p.nama)]),
          [0.08, 0.3, 0.62],
        );
      }
      const pg: NamaPegawai | null = kepala
        ? await q('plugin::inti.pegawai').findOne({
            where: { id: kepala.pegawaiId },
            select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang'],
          })
        : null;
      const kiri: BlokTtd = { atas: ['', 'Pengelola Kinerja OPD,', ''], nama: TITIK, nip: `NIP. ${TITIK}` };
      const kanan: BlokTtd = {
        atas: [
          tempatTanggal(f.tempat, f.tanggal),
          'Kepala Perangkat Daerah,',
          kepala ? jabatanPenandatangan(kepala.jabatan, kepala.jenis) : '',
        ],
        nama: pg ? namaLengkap(pg) : TITIK,
        nip: `NIP. ${pg ? nipTercetak(pg.nip) : TITIK}`,
      };
      doc.tandaTangan(kiri, kanan);
      return {
        berkas: doc.selesai(),
        namaBerkas: namaBerkasPredikat(data.opd.kode_opd, data.periode.tahun, data.periode.bulan, 'pdf'),
        jenis: 'pdf',
      };
    },

    pdfRekap(data: DataRekap, f: PermintaanLaporanPredikat): BerkasLaporan {
      const doc = new LaporanPdf(f.kertas, `Rekap Predikat Kinerja ${data.periode.teks}`);
      doc.kop(KOP_REKAP, layanan(strapi, 'laporan', 'daerah').pada(f.tanggal).nama_pemerintah);
      doc.judul(['REKAPITULASI PREDIKAT KINERJA PERANGKAT DAERAH', `PERIODE ${data.periode.teks.toUpperCase()}`]);
      const header = headerRekap(data.predikat).filter((h) => h !== 'Kode OPD' && h !== 'Pelanggaran');
      const rows = barisRekap(data.opd, data.predikat).map((r) =>
        r
          .filter((_, i) => i !== 1)
          .slice(0, -1)
          .map((v) => ({ content: v == null ? '' : String(v) })),
      );
      const lebar = [0.05, 0.2, 0.1, 0.08, 0.07, 0.07, ...data.predikat.map(() => 0.07), 0.08];
      doc.tabel([header.map((h) => ({ content: h }))], rows, lebar);
      const langgar = data.opd.filter((r) => r.pelanggaran.length);
      if (langgar.length) {
        doc.baris('PELANGGARAN KURVA DISTRIBUSI', { tebal: true });
        for (const r of langgar)
          for (const p of r.pelanggaran)
            doc.barisMerah(`- ${r.opd.nama}: ${p.pesan}${r.hanya_peringatan ? ' (peringatan)' : ''}`);
      }
      doc.tandaTangan(
        { atas: ['', '', ''], nama: '', nip: '' },
        { atas: [tempatTanggal(f.tempat, f.tanggal), 'Admin BKPSDM,', ''], nama: TITIK, nip: `NIP. ${TITIK}` },
      );
      return {
        berkas: doc.selesai(),
        namaBerkas: namaBerkasPredikat(null, data.periode.tahun, data.periode.bulan, 'pdf'),
        jenis: 'pdf',
      };
    },
  };
};
