import type { Core } from '@strapi/strapi';
import { pastikan, tanggalAcuanBulan, layanan, type Aktor } from '@m-skp/inti';
import { realisasiDto } from '@m-skp/kinerja';
import { aksesCetakPegawai, keputusanCetakSkpBulanan } from '../domain/syarat';
import { DokumenPdf } from './dokumen';
import { tempatTanggal } from '../domain/tanggal';
import type { Golongan } from '../domain/format';
import { barisIdentitas, blokTandaTangan, KEPALA_IDENTITAS, LEBAR_IDENTITAS, type OrangCetak } from '../domain/skp';
import type { QueryCetakSkpBulanan } from '../routes/skema/cetak-bulanan';
import type { RealisasiCetak } from '../domain/skp-bulanan';
import { rhkCapaian, type RhkDetail, type SkpDetail, type SkpMentah } from './baris';
import { barisPredikat, umpanBalikPerilakuEvaluasi, umpanBalikRhk, type EvaluasiCetak } from '../domain/evaluasi';
import {
  barisBawahan,
  barisHasilBulanan,
  barisPerilakuBulanan,
  barisRingkasan,
  judulBulanan,
  KOLOM_BAWAHAN,
  KOLOM_HASIL_BULANAN,
  KOLOM_PERILAKU_BULANAN,
  LEGENDA_RTP,
  namaBerkasBulanan,
  periodeBulan,
  skpMencakupBulan,
  type RhkBulanCetak,
} from '../domain/skp-bulanan';

/** The validated query (routes/skema/cetak-bulanan.ts). */
export type PermintaanCetakBulanan = QueryCetakSkpBulanan;

/**
 * The monthly SKP print (domain.md §6): one PDF per pegawai and month. Data come from kinerja: the
 * approved SKP(s) of the year (skp service `muat` / `isiDetail` with `berlaku`: snapshots, RHK and IKI in
 * force, ekspektasi), the
 * month figure (capaian service `pegawai`: RHK → renaksi with target, realisasi, capaian, status, RTP,
 * Kepala OPD figure), the stored realisasi of the month (one query: evidence, check, umpan balik) and the
 * month's evaluations (one query: predikat, ratings, umpan balik per RHK and per core value).
 * A pegawai with a Plt post has two SKPs: each prints as its own section (identity, hasil kerja,
 * perilaku, signatures of its own penilai); the month figure is the pegawai's (both SKPs together).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const skpSvc = () => layanan(strapi, 'kinerja', 'skp');
  const capaianSvc = () => layanan(strapi, 'kinerja', 'capaian');
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const kebijakan = () => layanan(strapi, 'inti', 'kebijakan');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const q = (uid: string) => strapi.db.query(uid);

  /**
   * Who may print a pegawai's month (also the evaluation print): whoever the scope service relates to the
   * pegawai at the date, or the penilai of his Plt post (SKP rows as skp service `muat` loads them).
   * Answers the facts the rule allowed on (domain/syarat `aksesCetakPegawai`); `pesan`: the 403 message.
   */
  async function wajibBoleh(aktor: Aktor, pegawaiId: number, tanggal: string, skp: SkpMentah[], pesan?: string) {
    const berhubungan = (await cakupan().hubungan(aktor, pegawaiId, tanggal)) != null;
    let penilaiPlt = false;
    if (!berhubungan && aktor.pegawaiId != null) {
      for (const s of skp.filter((x) => x.penugasan && x.penugasan.jenis !== 'UTAMA')) {
        const p = await skpSvc().penilaiSkp(s, tanggal);
        if (p && Number(p.pegawaiId) === aktor.pegawaiId) {
          penilaiPlt = true;
          break;
        }
      }
    }
    pastikan(aksesCetakPegawai({ berhubungan, penilaiPlt }, pesan));
    return { berhubungan, penilaiPlt };
  }

  /** OPD name per SKP for the kop: the OPD of the SKP's post, else the pegawai's OPD (one query). */
  async function namaOpd(skp: SkpMentah[], opdPegawai: string | null): Promise<Map<number, string | null>> {
    const idJabatan = skp.map((s) => s.penugasan?.jabatan?.id).filter((x) => x != null);
    const jabatan = idJabatan.length
      ? await q('plugin::inti.jabatan').findMany({
          where: { id: { $in: idJabatan } },
          select: ['id'],
          populate: { opd: { select: ['nama'] } },
        })
      : [];
    const peta = new Map<number, string | null>(jabatan.map((j) => [j.id, j.opd?.nama ?? null]));
    const opdSkp = (s: SkpMentah) => {
      const id = s.penugasan?.jabatan?.id;
      return (id == null ? undefined : peta.get(id)) ?? opdPegawai;
    };
    return new Map(skp.map((s) => [s.id, opdSkp(s)]));
  }

  /** The stored realisasi of the month by renaksi documentId (one query, evidence files populated). */
  async function realisasiBulan(
    pegawaiId: number,
    tahun: number,
    bulan: number,
  ): Promise<Map<string, RealisasiCetak | null>> {
    const rows = await q('plugin::kinerja.realisasi').findMany({
      where: { pegawai: { id: pegawaiId }, tahun, bulan },
      populate: { bukti: { select: ['id', 'name', 'size', 'mime'] }, rencana_aksi: { select: ['documentId'] } },
    });
    return new Map(rows.filter((r) => r.rencana_aksi).map((r) => [r.rencana_aksi.documentId, realisasiDto(r)]));
  }

  const golongan = (tanggal: string): Golongan[] => {
    try {
      return (kebijakan().nilai('golongan', tanggal)?.pns ?? []) as Golongan[];
    } catch {
      return [];
    }
  };

  return {
    wajibBoleh,
    golongan,

    /** GET /api/cetak/skp-bulanan */
    async cetak(aktor: Aktor, p: PermintaanCetakBulanan) {
      const pegawai = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(p.nip, {
        populate: { opd: { select: ['nama'] } },
      });
      const tanggalBulan = tanggalAcuanBulan(p.tahun, p.bulan);

      const disetujui = await q('plugin::kinerja.skp').findMany({
        where: { pegawai: { id: pegawai.id }, tahun: p.tahun, status: 'DISETUJUI' },
        select: ['documentId'],
        orderBy: [{ periode_mulai: 'asc' }, { id: 'asc' }],
      });
      const mentah: SkpMentah[] = await Promise.all(disetujui.map((s) => skpSvc().muat(s.documentId)));
      const akses = await wajibBoleh(aktor, pegawai.id, tanggalBulan, mentah);

      const capaian = await capaianSvc().pegawai(pegawai.id, p.tahun, p.bulan);
      const capaianRhk = new Map(rhkCapaian(capaian).map((r) => [r.id, r]));
      const detail: SkpDetail[] = await Promise.all(
        mentah.map((s) => skpSvc().isiDetail(s, undefined, { berlaku: true })),
      );
      // the SKPs of the month: period overlapping it, or holding RHK whose renaksi the month figure counts
      const dicetak = detail
        .map((d, i) => ({ d, s: mentah[i] }))
        .filter(
          ({ d }) =>
            skpMencakupBulan(p.tahun, p.bulan, d.periode_mulai, d.periode_akhir) ||
            d.rhk.some((r) => capaianRhk.has(r.id)),
        );
      const bulanIni = { nip: p.nip, tahun: p.tahun, bulan: p.bulan };
      pastikan(keputusanCetakSkpBulanan({ ...bulanIni, ...akses, jumlahSkp: dicetak.length }));

      const [realisasi, opd, evaluasi] = await Promise.all([
        realisasiBulan(pegawai.id, p.tahun, p.bulan),
        namaOpd(
          dicetak.map((x) => x.s),
          pegawai.opd?.nama ?? null,
        ),
        layanan(strapi, 'laporan', 'cetak-evaluasi').evaluasiPeriode(pegawai.id, p.tahun, p.bulan),
      ]);
      const evaluasiSkp = new Map<string, EvaluasiCetak>();
      for (const e of evaluasi)
        if (!evaluasiSkp.has(e.row.skp.documentId)) evaluasiSkp.set(e.row.skp.documentId, e.dto);
      const semuaEvaluasi = evaluasi.map((e) => e.dto);
      const nilai = layanan(strapi, 'inti', 'kebijakan').nilai('berakhlak', tanggalBulan).nilai_dasar;
      const rating = layanan(strapi, 'inti', 'kebijakan').nilai('predikat', tanggalBulan).rating;
      const doc = new DokumenPdf(p.kertas, `SKP Bulanan ${p.tahun}-${String(p.bulan).padStart(2, '0')}`);
      const pemerintah = layanan(strapi, 'laporan', 'daerah').pada(p.tanggal).nama_pemerintah;
      let jumlahRenaksi = 0;

      dicetak.forEach(({ d, s }, i) => {
        if (i > 0) {
          doc.doc.addPage();
          doc.y = doc.atas;
        }
        doc.kop(opd.get(s.id), pemerintah);
        doc.judul(judulBulanan(d.jenis, p.tahun, p.bulan));
        if (dicetak.length > 1)
          doc.baris(
            `SKP ${i + 1} dari ${dicetak.length}: ${d.pegawai_snapshot?.jabatan ?? d.penugasan?.jabatan ?? '-'}`,
            { tebal: true, ukuran: 9 },
          );
        doc.baris(
          `PERIODE PENILAIAN: ${periodeBulan(p.tahun, p.bulan, d.periode_mulai, d.periode_akhir).toUpperCase()}`,
          { kanan: true, tebal: true, ukuran: 8.5 },
        );
        const orang: OrangCetak | null =
          d.pegawai_snapshot ??
          (d.pegawai ? { nama: d.pegawai.nama, nip: d.pegawai.nip, jabatan: d.penugasan?.jabatan ?? null } : null);
        doc.tabel([KEPALA_IDENTITAS], barisIdentitas(orang, d.penilai, golongan(tanggalBulan)), LEBAR_IDENTITAS);

        const ev = evaluasiSkp.get(d.id) ?? null;
        const rhk: RhkBulanCetak[] = d.rhk.map((r: RhkDetail) => {
          const c = capaianRhk.get(r.id);
          return {
            jenis: r.jenis,
            uraian: r.uraian,
            iki: r.iki,
            capaian: c?.capaian ?? null,
            umpan_balik: umpanBalikRhk(ev, r.id),
            renaksi: (c?.renaksi ?? []).map((x) => ({ ...x, detail: realisasi.get(x.id) ?? null })),
          };
        });
        jumlahRenaksi += rhk.reduce((a, r) => a + r.renaksi.filter((x) => x.target != null).length, 0);
        doc.baris('HASIL KERJA', { tebal: true });
        doc.tabelKolom(KOLOM_HASIL_BULANAN, barisHasilBulanan(rhk));
        doc.baris(LEGENDA_RTP, { ukuran: 8 });
        const ringkasan = barisRingkasan({
          tahun: p.tahun,
          bulan: p.bulan,
          capaian: capaian.capaian,
          formula: capaian.formula,
          sementara: capaian.sementara,
          batas_input: capaian.batas_input,
          sumber: capaian.sumber,
          capaian_sendiri: capaian.capaian_sendiri,
          kepala: capaian.kepala_opd,
          alasan: capaian.sumber_alasan,
        });
        ringkasan.forEach((b, k) => doc.baris(b, { tebal: k === 0, ukuran: k === 0 ? 9 : 8 }));
        if (capaian.kepala_opd) doc.tabelKolom(KOLOM_BAWAHAN, barisBawahan(capaian.kepala_opd.bawahan));

        doc.baris('PERILAKU KERJA', { tebal: true });
        doc.tabelKolom(
          KOLOM_PERILAKU_BULANAN,
          barisPerilakuBulanan(nilai, d.ekspektasi ?? [], umpanBalikPerilakuEvaluasi(ev, semuaEvaluasi)),
        );
        barisPredikat(ev, rating).forEach((b, k) => doc.baris(b, { tebal: k === 0, ukuran: k === 0 ? 9 : 8 }));

        const { kiri, kanan } = blokTandaTangan(orang, d.penilai, tempatTanggal(p.tempat, p.tanggal));
        doc.tandaTangan(kiri, kanan);
      });

      const halaman = doc.jumlahHalaman;
      const hasil = { berkas: doc.selesai(), namaBerkas: namaBerkasBulanan(pegawai.nip, p.tahun, p.bulan), halaman };
      await audit().catat({
        ...audit().dariAktor(aktor),
        aksi: 'CETAK_SKP_BULANAN',
        objekTipe: 'pegawai',
        objekId: pegawai.documentId,
        sesudah: {
          filter: {
            nip: p.nip,
            tahun: p.tahun,
            bulan: p.bulan,
            tanggal: p.tanggal,
            tempat: p.tempat,
            kertas: p.kertas,
          },
          berkas: hasil.namaBerkas,
          halaman,
          skp: dicetak.map(({ d }) => d.id),
          jumlah_rhk: dicetak.reduce((a, { d }) => a + d.rhk.length, 0),
          jumlah_renaksi: jumlahRenaksi,
          capaian: capaian.capaian,
          predikat: dicetak.map(({ d }) => evaluasiSkp.get(d.id)?.predikat.kode ?? null),
        },
        keterangan: `CETAK_SKP_BULANAN ${p.nip} ${p.tahun}-${String(p.bulan).padStart(2, '0')}`,
      });
      return hasil;
    },
  };
};
