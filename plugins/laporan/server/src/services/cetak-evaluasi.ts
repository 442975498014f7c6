import type { Core } from '@strapi/strapi';
import { keputusanCetakEvaluasi, PESAN_AKSES_CETAK_EVALUASI } from '../domain/syarat';
import { hariIni, pastikan, tanggalAcuanBulan, layanan, type Aktor } from '@m-skp/inti';
import { UID_EVALUASI, UID_PREDIKAT_ORGANISASI, evaluasiDto, periodeBerakhirBulan, tanggalAcuan } from '@m-skp/kinerja';
import { DokumenPdf } from './dokumen';
import { tempatTanggal } from '../domain/tanggal';
import { barisIdentitas, blokTandaTangan, KEPALA_IDENTITAS, LEBAR_IDENTITAS, type OrangCetak } from '../domain/skp';
import { barisPerilakuBulanan } from '../domain/skp-bulanan';
import {
  barisHasilEvaluasi,
  barisOrganisasiAtasan,
  barisPenutup,
  bulanPeriode,
  judulEvaluasi,
  KEPALA_ORGANISASI_ATASAN,
  KOLOM_HASIL_EVALUASI,
  KOLOM_PERILAKU_EVALUASI,
  namaBerkasEvaluasi,
  teksPeriodePenilaian,
  teksPredikatOrganisasi,
  teksRating,
  umpanBalikPerilakuEvaluasi,
  umpanBalikRhk,
  type BulanRhk,
  type EvaluasiCetak,
  type JenisPeriode,
  type RhkEvaluasiCetak,
} from '../domain/evaluasi';
import type { QueryCetakEvaluasi } from '../routes/skema/cetak-evaluasi';
import {
  rhkCapaian,
  type BarisEvaluasi,
  type BarisPredikatOrganisasi,
  type BulanDinilai,
  type CapaianPegawai,
  type SkpDetail,
  type SkpDinilai,
  type SkpMentah,
} from './baris';

const dua = (n: number) => String(n).padStart(2, '0');
/** The stored `skp_dinilai` of an evaluation (JSON column: object or text), null for rows written before it existed. */
const bacaSkpDinilai = (x: unknown): SkpDinilai | null => {
  const v: unknown = typeof x === 'string' ? JSON.parse(x) : x;
  return v && typeof v === 'object' && Array.isArray((v as Partial<SkpDinilai>).rhk) ? (v as SkpDinilai) : null;
};

/** An evaluation row with kinerja's DTO of it. */
export interface EvaluasiDimuat {
  row: BarisEvaluasi;
  dto: ReturnType<typeof evaluasiDto> & EvaluasiCetak;
}

const POPULATE = {
  skp: {
    select: ['id', 'documentId', 'status'],
    populate: {
      penugasan: {
        select: ['id', 'jenis'],
        populate: { jabatan: { select: ['id'], populate: { opd: { select: ['id', 'nama'] } } } },
      },
    },
  },
  pegawai: { select: ['id', 'documentId', 'nip'] },
  penilai_pegawai: { select: ['id'] },
};

/**
 * The evaluation prints (exports.md): the periodic Evaluasi Kinerja Pegawai of a month (or the quarter
 * ending in it) and the annual Dokumen Evaluasi Kinerja Pegawai, from the stored `plugin::kinerja.evaluasi`
 * rows (snapshots of pegawai and penilai, ratings, predikat, umpan balik, angka kredit) and, for the
 * HASIL KERJA table, the SKP as evaluated (`skp_dinilai`: RHK/IKI and month figures stored with the
 * evaluation, so a later RHK revision does not rewrite it; rows without it: kinerja's skp service and the
 * capaian service). A pegawai with
 * a Plt post has one evaluation per SKP: each prints as its own section, the definitive one first.
 * Also reads the month's evaluations for the monthly SKP print (`evaluasiPeriode`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const skpSvc = () => layanan(strapi, 'kinerja', 'skp');
  const capaianSvc = () => layanan(strapi, 'kinerja', 'capaian');
  const organisasi = () => layanan(strapi, 'inti', 'organisasi');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const bulanan = () => layanan(strapi, 'laporan', 'cetak-skp-bulanan');
  const q = (uid: string) => strapi.db.query(uid);

  /**
   * The pegawai's evaluations of a period in one query: with `bulan` the monthly one and the quarterly one
   * ending in it (as GET /api/evaluasi matches), without it the annual one; definitive context first.
   */
  async function evaluasiPeriode(
    pegawaiId: number,
    tahun: number,
    bulan: number | null | undefined,
  ): Promise<EvaluasiDimuat[]> {
    const where: Record<string, unknown> = { pegawai: { id: pegawaiId }, tahun };
    if (bulan == null) where.periode_jenis = 'TAHUNAN';
    else where.$or = periodeBerakhirBulan(bulan);
    const rows = await q(UID_EVALUASI).findMany({
      where,
      populate: POPULATE,
      orderBy: [{ periode_jenis: 'asc' }, { id: 'asc' }],
    });
    return rows
      .filter((r): r is BarisEvaluasi => !!r.skp)
      .map((row) => ({ row, dto: evaluasiDto(row) as EvaluasiDimuat['dto'] }))
      .sort((a: EvaluasiDimuat, b: EvaluasiDimuat) =>
        a.dto.konteks === b.dto.konteks ? 0 : a.dto.konteks === 'DEFINITIF' ? -1 : 1,
      );
  }

  /** The organisation predikat rows of the OPDs for the period (one query): exact period, else the month's. */
  async function predikatOrganisasi(
    opdIds: number[],
    tahun: number,
    e: EvaluasiCetak & { bulan: number | null },
  ): Promise<Map<number, BarisPredikatOrganisasi>> {
    if (!opdIds.length) return new Map();
    const atau: Record<string, unknown>[] = [{ periode_jenis: e.periode_jenis, periode: e.periode }];
    if (e.periode_jenis === 'TRIWULAN' && e.bulan != null) atau.push({ periode_jenis: 'BULANAN', periode: e.bulan });
    const rows = await q(UID_PREDIKAT_ORGANISASI).findMany({
      where: { opd: { id: { $in: opdIds } }, tahun, $or: atau },
      select: ['id', 'predikat', 'status', 'periode_jenis'],
      populate: { opd: { select: ['id'] } },
    });
    const peta = new Map<number, BarisPredikatOrganisasi>();
    for (const r of rows.filter((x): x is BarisPredikatOrganisasi & { opd: { id: number } } => !!x.opd))
      if (!peta.has(r.opd.id) || r.periode_jenis === e.periode_jenis) peta.set(r.opd.id, r);
    return peta;
  }

  /**
   * ATASAN PEJABAT PENILAI KINERJA at the period's date: the penilai of the evaluation's penilai (in the post
   * he rated from, Plt included), as the SKP snapshots it at creation; the SKP's snapshot when the
   * evaluation was given by an admin or the penilai has changed since.
   */
  async function atasanPenilai(
    skp: SkpMentah,
    detail: SkpDetail,
    row: BarisEvaluasi,
    tanggal: string,
  ): Promise<OrangCetak | null> {
    const pen = skp.pegawai ? await skpSvc().penilaiSkp(skp, tanggal) : null;
    if (pen && row.penilai_pegawai && Number(pen.pegawaiId) === row.penilai_pegawai.id) {
      const atasan = await organisasi().penilaiPegawai(
        Number(pen.pegawaiId),
        tanggal,
        pen.sebagai === 'DEFINITIF' ? undefined : Number(pen.jabatanId),
      );
      if (atasan)
        return {
          ...(await skpSvc().snapshot(Number(atasan.pegawaiId), Number(atasan.jabatanId), atasan.sebagai)),
          sebagai: atasan.sebagai,
        };
      return null;
    }
    return detail.atasan_penilai ?? null;
  }

  return {
    evaluasiPeriode,

    /** GET /api/cetak/evaluasi */
    async cetak(aktor: Aktor, p: QueryCetakEvaluasi) {
      const pegawai = await layanan(strapi, 'inti', 'organisasi').wajibPegawaiNip(p.nip, {
        populate: { opd: { select: ['nama'] } },
      });
      const tahunan = p.bulan == null;
      const hari = hariIni();
      const tanggalCek = tahunan
        ? tanggalAcuan(hari, `${p.tahun}-01-01`, `${p.tahun}-12-31`)
        : tanggalAcuanBulan(p.tahun, p.bulan as number);

      const evaluasi = await evaluasiPeriode(pegawai.id, p.tahun, p.bulan);
      // the SKPs behind the access check (the Plt post's penilai): the evaluated ones, else the year's approved ones
      const idSkp: string[] = evaluasi.length
        ? [...new Set(evaluasi.map((e) => e.row.skp.documentId))]
        : (
            await q('plugin::kinerja.skp').findMany({
              where: { pegawai: { id: pegawai.id }, tahun: p.tahun, status: 'DISETUJUI' },
              select: ['documentId'],
            })
          ).map((s) => s.documentId);
      const dimuat: SkpMentah[] = await Promise.all(idSkp.map((id) => skpSvc().muat(id)));
      const mentah = new Map<string, SkpMentah>(dimuat.map((s) => [s.documentId, s]));
      const skpAkses = [...mentah.values()];
      const akses = await bulanan().wajibBoleh(aktor, pegawai.id, tanggalCek, skpAkses, PESAN_AKSES_CETAK_EVALUASI);
      const periode = { nip: p.nip, tahun: p.tahun, bulan: p.bulan };
      pastikan(keputusanCetakEvaluasi({ ...periode, ...akses, jumlahEvaluasi: evaluasi.length }));

      const tglKebijakan = `${p.tahun}-${dua(p.bulan ?? 12)}-01`;
      const nilai = layanan(strapi, 'inti', 'kebijakan').nilai('berakhlak', tglKebijakan).nilai_dasar;
      const aturan = layanan(strapi, 'inti', 'kebijakan').nilai('predikat', tglKebijakan);
      const golongan = bulanan().golongan(tanggalCek);
      const semua = evaluasi.map((e) => e.dto);
      const opdIds = [
        ...new Set(evaluasi.map((e) => e.row.skp.penugasan?.jabatan?.opd?.id).filter((x) => x != null)),
      ] as number[];
      const orgPeta = await predikatOrganisasi(opdIds, p.tahun, evaluasi[0].dto);
      const capaianBulan = new Map<number, CapaianPegawai>();
      const capaian = async (b: number): Promise<BulanDinilai> => {
        if (!capaianBulan.has(b)) capaianBulan.set(b, await capaianSvc().pegawai(pegawai.id, p.tahun, b));
        return { rhk: rhkCapaian(capaianBulan.get(b)!) };
      };

      const doc = new DokumenPdf(p.kertas, `Evaluasi Kinerja ${p.tahun}${tahunan ? '' : `-${dua(p.bulan as number)}`}`);
      for (const [i, { row, dto }] of evaluasi.entries()) {
        const skp = mentah.get(row.skp.documentId)!;
        const detail: SkpDetail = await skpSvc().isiDetail(skp, undefined, { berlaku: true });
        const jenis = dto.periode_jenis as JenisPeriode;
        const bulan = bulanPeriode(jenis, dto.periode, p.tahun, detail.periode_mulai, detail.periode_akhir, hari);
        const tanggal = tahunan
          ? tanggalAcuan(hari, detail.periode_mulai, detail.periode_akhir)
          : tanggalAcuanBulan(p.tahun, bulan[bulan.length - 1]);
        // the SKP as it was evaluated (RHK/IKI and month figures stored with the evaluation); older rows: today's version in force
        const dinilai = bacaSkpDinilai(row.skp_dinilai);
        const bulanDinilai = new Map<number, BulanDinilai>((dinilai?.bulan ?? []).map((x) => [Number(x.bulan), x]));
        const perBulan = await Promise.all(
          bulan.map(async (b) => ({ b, c: bulanDinilai.get(b) ?? (await capaian(b)) })),
        );
        const rhk: RhkEvaluasiCetak[] = (dinilai?.rhk ?? detail.rhk).map((r) => ({
          jenis: r.jenis,
          uraian: r.uraian,
          perspektif: r.perspektif,
          rhk_atasan: r.rhk_atasan,
          iki: r.iki,
          umpan_balik: umpanBalikRhk(dto, r.id),
          bulan: perBulan.map(({ b, c }): BulanRhk => {
            const x = c.rhk.find((y) => y.id === r.id);
            return { bulan: b, capaian: x?.capaian ?? null, renaksi: x?.renaksi ?? [] };
          }),
        }));

        if (i > 0) {
          doc.doc.addPage();
          doc.y = doc.atas;
        }
        doc.kop(
          row.skp.penugasan?.jabatan?.opd?.nama ?? pegawai.opd?.nama ?? null,
          layanan(strapi, 'laporan', 'daerah').pada(p.tanggal).nama_pemerintah,
        );
        doc.judul(judulEvaluasi(detail.jenis, detail.pendekatan, jenis, dto.periode, p.tahun));
        if (evaluasi.length > 1)
          doc.baris(`EVALUASI ${i + 1} dari ${evaluasi.length}: ${dto.pegawai.jabatan ?? '-'}`, {
            tebal: true,
            ukuran: 9,
          });
        doc.baris(
          `PERIODE PENILAIAN: ${teksPeriodePenilaian(p.tahun, bulan, detail.periode_mulai, detail.periode_akhir).toUpperCase()}`,
          { kanan: true, tebal: true, ukuran: 8.5 },
        );
        const orang: OrangCetak = dto.pegawai;
        const penilai: OrangCetak = dto.penilai;
        doc.tabel([KEPALA_IDENTITAS], barisIdentitas(orang, penilai, golongan), LEBAR_IDENTITAS);
        const opdId = row.skp.penugasan?.jabatan?.opd?.id;
        const org = teksPredikatOrganisasi(opdId == null ? undefined : orgPeta.get(opdId), aturan.organisasi);
        doc.tabel(
          [KEPALA_ORGANISASI_ATASAN],
          barisOrganisasiAtasan(org, await atasanPenilai(skp, detail, row, tanggal), golongan),
          LEBAR_IDENTITAS,
        );

        const rating = teksRating(dto, aturan.rating);
        doc.baris('HASIL KERJA', { tebal: true });
        doc.tabelKolom(KOLOM_HASIL_EVALUASI, barisHasilEvaluasi(rhk, detail.jenis, tahunan));
        doc.baris(rating.hasil, { tebal: true });
        doc.baris('PERILAKU KERJA', { tebal: true });
        doc.tabelKolom(
          KOLOM_PERILAKU_EVALUASI,
          barisPerilakuBulanan(nilai, detail.ekspektasi ?? [], umpanBalikPerilakuEvaluasi(dto, semua)),
        );
        doc.baris(rating.perilaku, { tebal: true });
        if (dto.umpan_balik?.trim())
          doc.tabel([[{ content: 'CATATAN PEJABAT PENILAI KINERJA' }]], [[{ content: dto.umpan_balik.trim() }]], [1]);
        barisPenutup(dto).forEach((b) => doc.baris(b, { tebal: true }));
        const { kiri, kanan } = blokTandaTangan(orang, penilai, tempatTanggal(p.tempat, p.tanggal));
        doc.tandaTangan(kiri, kanan);
      }

      const halaman = doc.jumlahHalaman;
      const hasil = {
        berkas: doc.selesai(),
        namaBerkas: namaBerkasEvaluasi(pegawai.nip, p.tahun, p.bulan ?? null),
        halaman,
      };
      await audit().catat({
        ...audit().dariAktor(aktor),
        aksi: 'CETAK_EVALUASI',
        objekTipe: 'pegawai',
        objekId: pegawai.documentId,
        sesudah: {
          filter: {
            nip: p.nip,
            tahun: p.tahun,
            bulan: p.bulan ?? null,
            periode: tahunan ? 'tahunan' : 'periodik',
            tanggal: p.tanggal,
            tempat: p.tempat,
            kertas: p.kertas,
          },
          berkas: hasil.namaBerkas,
          halaman,
          evaluasi: evaluasi.map((e) => e.dto.id),
          predikat: evaluasi.map((e) => e.dto.predikat.kode),
        },
        keterangan: `CETAK_EVALUASI ${p.nip} ${p.tahun}-${tahunan ? 'tahunan' : dua(p.bulan as number)}`,
      });
      return hasil;
    },
  };
};
