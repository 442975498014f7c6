import type { Core } from '@strapi/strapi';
import { GalatMskp, galatDari, hariIni, namaLengkap, unikDilanggar, pastikan, type Aktor, layanan } from '@m-skp/inti';
import {
  predikatPegawai,
  saranRatingHasil,
  ratingHasilDariCapaianUnit,
  angkaKredit,
  type KebijakanPredikat,
  type KodePredikat,
  type Rating,
} from '../domain/predikat';
import {
  periodeEvaluasi,
  periodeBerakhirBulan,
  bulanAkhirPeriode,
  kunciUnikEvaluasi,
  filterPeriodeBerakhir,
  rataRata,
  type KebijakanEvaluasi,
  type PeriodeEvaluasi,
  type JenisPeriodeEvaluasi,
} from '../domain/evaluasi';
import { bulanSudahMulai, lewatBatasInput, batasInput, tanggalKebijakanBulan } from '../domain/capaian';
import {
  aturanPenilaiEvaluasi,
  aturanSimpanEvaluasi,
  aturanLihatEvaluasi,
  aturanUmpanBalik,
  bulanAngkaKredit,
  konteksSkp,
  pilihSkpEvaluasi,
  type KonteksPenilai,
  type SkpEvaluasi,
} from '../domain/aturan-evaluasi';
import { targetPadaBulan, type TargetBulan } from '../domain/renaksi';
import { tanggalAcuan } from '../domain/skp';
import { UID_RENAKSI, UID_REALISASI } from './renaksi';
import type { RenaksiHidup } from './versi';
import { tanggalAcuanBulan } from './capaian';
import type layananCapaian from './capaian';

export const UID_EVALUASI = 'plugin::kinerja.evaluasi';

/** The part of the body read before the whole is validated: whose evaluation, which period, which SKP. */
export type KunciIsianEvaluasi = Pick<IsianEvaluasi, 'nip' | 'tahun' | 'bulan' | 'skp'>;

export interface IsianEvaluasi {
  nip: string;
  tahun: number;
  /** absent for the annual evaluation */
  bulan?: number;
  rating_hasil: Rating;
  rating_perilaku: Rating;
  umpan_balik?: string | null;
  umpan_balik_rhk?: { rhk_id: string; umpan_balik: string }[] | null;
  umpan_balik_perilaku?: { kode: string; umpan_balik: string }[] | null;
  skp?: string;
  alasan?: string | null;
}

/** GET /api/evaluasi filters. */
export interface FilterEvaluasi {
  nip?: string;
  tahun?: number;
  bulan?: number;
  periode_jenis?: string;
  page?: number;
  pageSize?: number;
}

/** GET /api/evaluasi/persiapan query. */
export interface FilterPersiapanEvaluasi {
  nip: string;
  tahun: number;
  bulan: number;
  skp?: string;
}

/** One month's capaian of a pegawai (capaian.pegawai). */
type CapaianBulan = Awaited<ReturnType<ReturnType<typeof layananCapaian>['pegawai']>>;

/** A periodic evaluation period (the PLT perilaku rule works on these; annual evaluations are never touched). */
export type JenisPeriode = 'BULANAN' | 'TRIWULAN';

/** What an extension is told after an evaluation is written, inside the write's transaction. */
export interface TulisanEvaluasi {
  /** who wrote it (its audit identity) */
  aktor: Aktor;
  tahun: number;
  periode_jenis: JenisPeriodeEvaluasi;
  periode: number;
  pegawaiId: number;
}
/**
 * An extension run after every evaluation write, in the same transaction: a throw rolls the write back.
 * Registered by other plugins (plt's perilaku sync) through `evaluasi.daftarkanSetelahTulis`.
 */
export type SetelahTulisEvaluasi = (t: TulisanEvaluasi) => Promise<void>;

/** A periodic evaluation as the PLT perilaku sync reads it: its period, context and perilaku state. */
export interface PerilakuEvaluasi {
  id: number;
  documentId: string;
  pegawaiId: number;
  nip: string | null;
  periode_jenis: JenisPeriode;
  periode: number;
  konteks: 'DEFINITIF' | 'PLT';
  /** the post of the evaluated SKP (for a Plt SKP: the acting post) */
  jabatanId: number | null;
  rating_hasil: Rating;
  rating_perilaku: Rating;
  rating_perilaku_asli: Rating | null;
  perilaku_source: 'DEFINITIF' | 'PLT';
  predikat_kode: number;
}

/** The snapshot columns of the evaluated pegawai and his penilai (`pegawai_nip`, `penilai_jabatan`, ...). */
type SnapshotEvaluasi = {
  [K in `${'pegawai' | 'penilai'}_${'nip' | 'nama' | 'jabatan' | 'unit' | 'golongan'}`]?: string | null;
} & { penilai_sebagai?: string | null };

/** The SKP of an evaluation as POPULATE_EVALUASI reads it. */
interface SkpBarisEvaluasi {
  id: number;
  documentId: string;
  status: string;
  penugasan?: { id?: number; jenis?: string | null; jabatan?: { id: number } | null } | null;
}

/** A stored evaluation (query engine or Document Service row) with its SKP and pegawai populated. */
export interface BarisEvaluasi extends SnapshotEvaluasi {
  id: number;
  documentId: string;
  tahun: number;
  periode_jenis: JenisPeriodeEvaluasi;
  periode: number;
  rating_hasil: Rating;
  rating_perilaku: Rating;
  rating_perilaku_asli?: Rating | null;
  perilaku_source: 'DEFINITIF' | 'PLT';
  predikat_kode: number;
  predikat_nama: string;
  predikat_siasn_id?: number | null;
  saran_rating_hasil?: Rating | null;
  /** decimal columns come back as strings on some databases */
  capaian?: number | string | null;
  formula?: string | null;
  umpan_balik?: string | null;
  umpan_balik_rhk?: unknown[] | null;
  umpan_balik_perilaku?: unknown[] | null;
  angka_kredit?: number | string | null;
  kunci_unik?: string;
  dinilai_pada?: Date | string | null;
  updatedAt?: Date | string | null;
  skp?: SkpBarisEvaluasi | null;
  pegawai?: { id: number; documentId: string; nip: string } | null;
}

/** An SKP of the pegawai as `skpPegawai` reads it (POPULATE_SKP). */
interface SkpPegawai extends SkpEvaluasi {
  id: number;
  tahun: number;
  periode_mulai: string;
  periode_akhir: string;
  jenis: string;
  penugasan?: {
    id?: number;
    jenis?: string | null;
    jabatan?: { id: number; nama: string; jenis: string; jenjang: string } | null;
  } | null;
}

/** The pegawai evaluated (organisasi.wajibPegawaiNip with the name fields). */
interface PegawaiEvaluasi {
  id: number;
  documentId: string;
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
}

/** A renaksi of the SKP and a realisasi of it, as `keadaanRealisasi` reads them. */
interface RenaksiTarget {
  id: number;
  documentId: string;
  uraian: string;
  target: TargetBulan[] | null;
}
interface RealisasiStatus {
  id: number;
  documentId: string;
  bulan: number;
  status: string;
  rencana_aksi: { id: number };
}

const snapshotDto = (e: SnapshotEvaluasi, awal: 'pegawai' | 'penilai') => ({
  nip: e[`${awal}_nip` as const] ?? null,
  nama: e[`${awal}_nama` as const] ?? null,
  jabatan: e[`${awal}_jabatan` as const] ?? null,
  unit: e[`${awal}_unit` as const] ?? null,
  golongan: e[`${awal}_golongan` as const] ?? null,
  ...(awal === 'penilai' ? { sebagai: e.penilai_sebagai ?? null } : {}),
});
const angka = (x: unknown) => (x == null ? null : Number(x));

/**
 * The evaluation as the API and the panel show it (stable shape, see plugins/kinerja/README.md).
 * Works on query-engine rows and Document Service rows (skp populated with penugasan.jenis).
 */
export function evaluasiDto(e: BarisEvaluasi) {
  return {
    id: e.documentId,
    nip: e.pegawai_nip ?? e.pegawai?.nip ?? null,
    tahun: e.tahun,
    periode_jenis: e.periode_jenis,
    periode: e.periode,
    bulan: bulanAkhirPeriode(e.periode_jenis, e.periode),
    skp: e.skp ? { id: e.skp.documentId, konteks: konteksSkp(e.skp) } : null,
    konteks: konteksSkp(e.skp),
    rating_hasil: e.rating_hasil,
    rating_perilaku: e.rating_perilaku,
    rating_perilaku_asli: e.rating_perilaku_asli ?? null,
    perilaku_source: e.perilaku_source,
    predikat: { kode: e.predikat_kode, nama: e.predikat_nama, siasn_id: e.predikat_siasn_id ?? null },
    saran_rating_hasil: e.saran_rating_hasil ?? null,
    capaian: angka(e.capaian),
    formula: e.formula ?? null,
    umpan_balik: e.umpan_balik ?? null,
    umpan_balik_rhk: e.umpan_balik_rhk ?? [],
    umpan_balik_perilaku: e.umpan_balik_perilaku ?? [],
    angka_kredit: angka(e.angka_kredit),
    pegawai: snapshotDto(e, 'pegawai'),
    penilai: snapshotDto(e, 'penilai'),
    dinilai_pada: e.dinilai_pada ?? null,
    updatedAt: e.updatedAt ?? null,
  };
}

const POPULATE_EVALUASI = {
  skp: {
    select: ['id', 'documentId', 'status'],
    populate: { penugasan: { select: ['id', 'jenis'], populate: { jabatan: { select: ['id'] } } } },
  },
  pegawai: { select: ['id', 'documentId', 'nip'] },
};
const POPULATE_SKP = {
  pegawai: { select: ['id', 'documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'] },
  penugasan: {
    select: ['id', 'documentId', 'jenis', 'tmt_mulai', 'tmt_akhir'],
    populate: { jabatan: { select: ['id', 'nama', 'jenis', 'jenjang'] } },
  },
};

/**
 * Evaluation and predikat (predikat = the 3×3 matrix of rating hasil × rating perilaku): the periodic (monthly,
 * or quarterly by policy) and annual evaluation of one SKP by its penilai at the period's date (Plt included;
 * Admin BKPSDM with a reason), the screen's preparation, the scoped list, and the PLT perilaku synchronisation.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const organisasi = () => layanan(strapi, 'inti', 'organisasi');
  const periodeSvc = () => layanan(strapi, 'inti', 'periode');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const kebijakan = () => layanan(strapi, 'inti', 'kebijakan');
  const capaianSvc = () => layanan(strapi, 'kinerja', 'capaian');
  const skpSvc = () => layanan(strapi, 'kinerja', 'skp');

  const aturanPredikat = (tanggal: string): KebijakanPredikat => kebijakan().nilai('predikat', tanggal);
  const aturanEvaluasi = (tanggal: string): KebijakanEvaluasi => kebijakan().nilai('evaluasi', tanggal);

  const pegawaiDariNip = (nip: string): Promise<PegawaiEvaluasi> =>
    organisasi().wajibPegawaiNip(nip, { select: ['id', 'documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'] });

  /** Definitive and Plt posts of the pegawai at the date, each with its penilai and whether the actor is that penilai. */
  async function konteksPenilai(aktor: Aktor, pegawaiId: number, tanggal: string): Promise<KonteksPenilai[]> {
    const milik = (await organisasi().penugasanPegawai(pegawaiId, tanggal)).filter(
      (p) => p.jenis === 'UTAMA' || p.jenis === 'PLT',
    );
    const hasil: KonteksPenilai[] = [];
    for (const p of milik) {
      const jenis = p.jenis === 'UTAMA' ? 'DEFINITIF' : 'PLT';
      const pen = await organisasi().penilaiPegawai(
        pegawaiId,
        tanggal,
        jenis === 'PLT' ? Number(p.jabatanId) : undefined,
      );
      const penilai = pen
        ? { pegawaiId: Number(pen.pegawaiId), jabatanId: Number(pen.jabatanId), sebagai: String(pen.sebagai) }
        : null;
      hasil.push({
        jenis,
        jabatanId: Number(p.jabatanId),
        penilai,
        aktorPenilai: !!penilai && aktor.pegawaiId != null && penilai.pegawaiId === aktor.pegawaiId,
      });
    }
    return hasil.sort((a, b) => (a.jenis === b.jenis ? a.jabatanId - b.jabatanId : a.jenis === 'DEFINITIF' ? -1 : 1));
  }

  /** SKP of the pegawai in the year whose period overlaps the given months. */
  async function skpPegawai(pegawaiId: number, tahun: number, bulan: number[]): Promise<SkpPegawai[]> {
    const dua = (n: number) => String(n).padStart(2, '0');
    const mulai = `${tahun}-${dua(Math.min(...bulan))}-01`;
    const akhir = tanggalAcuanBulan(tahun, Math.max(...bulan), '9999-12-31');
    return q('plugin::kinerja.skp').findMany({
      where: { pegawai: { id: pegawaiId }, tahun, periode_mulai: { $lte: akhir }, periode_akhir: { $gte: mulai } },
      select: ['id', 'documentId', 'status', 'tahun', 'periode_mulai', 'periode_akhir', 'jenis'],
      populate: POPULATE_SKP,
      orderBy: [{ periode_mulai: 'desc' }, { id: 'asc' }],
    });
  }

  /**
   * Which SKP is evaluated and in which capacity. Refusals in the order of the contract: 403 when the
   * actor rates in no context (and is not Admin BKPSDM), then the SKP (404 unknown `skp`, 409 not approved).
   */
  async function pilihSkp(
    aktor: Aktor,
    pegawaiId: number,
    tahun: number,
    bulan: number[],
    tanggal: string,
    skpDocId?: string,
  ) {
    const konteks = await konteksPenilai(aktor, pegawaiId, tanggal);
    const admin = aktor.peran === 'admin_bkpsdm';
    pastikan(aturanPenilaiEvaluasi(konteks, admin));
    return {
      konteks,
      /** resolve the SKP once the input is valid */
      async ambil() {
        const pilihan = pilihSkpEvaluasi<SkpPegawai>(
          konteks,
          admin,
          await skpPegawai(pegawaiId, tahun, bulan),
          tahun,
          skpDocId,
        );
        if (!pilihan.ok) throw galatDari(pilihan);
        return { skp: pilihan.skp, konteks: pilihan.konteks, sebagai: pilihan.sebagai };
      },
    };
  }

  /** Realisasi state of the SKP's renaksi in the months: unchecked ones, and missing ones still before the deadline. */
  async function keadaanRealisasi(skpId: number, tahun: number, bulan: number[]) {
    // the renaksi in force (an RHK under revision: its approved version, services/versi.ts)
    const versi = layanan(strapi, 'kinerja', 'versi');
    const hidup: (RenaksiTarget & RenaksiHidup)[] = await q(UID_RENAKSI).findMany({
      where: { rhk: { skp: { id: skpId } } },
      select: ['id', 'documentId', 'uraian', 'target', 'urutan'],
      populate: { rhk: { select: ['id'] } },
      orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
    });
    const renaksi: RenaksiTarget[] = versi.renaksiBerlaku(hidup, await versi.terbukaSkp(skpId));
    const real: RealisasiStatus[] = renaksi.length
      ? await q(UID_REALISASI).findMany({
          where: { rencana_aksi: { id: { $in: renaksi.map((r) => r.id) } }, bulan: { $in: bulan } },
          select: ['id', 'documentId', 'bulan', 'status'],
          populate: { rencana_aksi: { select: ['id'] } },
        })
      : [];
    const peta = new Map<string, RealisasiStatus>(real.map((x) => [`${x.rencana_aksi.id}:${x.bulan}`, x]));
    const batas = capaianSvc();
    const hari = hariIni();
    const jumlah = {
      renaksi_bertarget: 0,
      diisi: 0,
      diperiksa: 0,
      belum_diperiksa: 0,
      belum_diisi: 0,
      nol_lewat_batas: 0,
    };
    const belumDiperiksa: { renaksi: string; uraian: string; bulan: number; realisasi: string }[] = [];
    const belumDiisi: { renaksi: string; uraian: string; bulan: number; batas_input: string }[] = [];
    for (const b of bulan) {
      const lewat = lewatBatasInput(tahun, b, batas.aturan(tahun, b).batas_input_hari, hari);
      for (const r of renaksi) {
        if (targetPadaBulan(r.target, b) == null) continue;
        jumlah.renaksi_bertarget++;
        const x = peta.get(`${r.id}:${b}`);
        if (!x) {
          if (lewat) jumlah.nol_lewat_batas++;
          else {
            jumlah.belum_diisi++;
            belumDiisi.push({
              renaksi: r.documentId,
              uraian: r.uraian,
              bulan: b,
              batas_input: batasInput(tahun, b, batas.aturan(tahun, b).batas_input_hari),
            });
          }
          continue;
        }
        jumlah.diisi++;
        if (x.status === 'CHECKED') jumlah.diperiksa++;
        else {
          jumlah.belum_diperiksa++;
          belumDiperiksa.push({ renaksi: r.documentId, uraian: r.uraian, bulan: b, realisasi: x.documentId });
        }
      }
    }
    return { jumlah, belum_diperiksa: belumDiperiksa, belum_diisi: belumDiisi };
  }

  /** The months among `bulan` whose quarter is locked. */
  async function bulanTerkunci(tahun: number, bulan: number[]): Promise<Set<number>> {
    const kunci = new Set<number>();
    for (const b of bulan) if (await periodeSvc().terkunci(tahun, b)) kunci.add(b);
    return kunci;
  }

  /** Capaian, formula and advisory rating hasil over the months (mean of the monthly figures; a head: unit capaian). */
  async function ringkasCapaian(pegawaiId: number, tahun: number, bulan: number[]) {
    const perBulan: CapaianBulan[] = [];
    for (const b of bulan) perBulan.push(await capaianSvc().pegawai(pegawaiId, tahun, b));
    const capaian = rataRata(perBulan.map((c) => c.capaian));
    const k = aturanPredikat(tanggalKebijakanBulan(tahun, bulan[bulan.length - 1]));
    const kepala = perBulan.some((c) => c.kepala_opd);
    let saran: Rating | null;
    if (kepala) saran = ratingHasilDariCapaianUnit(capaian, k);
    else {
      const perRhk = new Map<string, (number | null)[]>();
      for (const c of perBulan)
        for (const r of c.rhk)
          if (r.jenis === 'UTAMA') perRhk.set(r.id, [...(perRhk.get(r.id) ?? []), r.capaian_mentah]);
      saran = saranRatingHasil([...perRhk.values()].map(rataRata));
    }
    return {
      capaian,
      formula: perBulan[perBulan.length - 1]?.formula ?? null,
      saran,
      saran_sumber: kepala ? 'CAPAIAN_UNIT' : 'RHK_UTAMA',
      perBulan,
    };
  }

  /** Months of the year that have begun, within the SKP period (annual capaian). */
  function bulanTahunan(s: Pick<SkpPegawai, 'periode_mulai' | 'periode_akhir'>, tahun: number): number[] {
    const hari = hariIni();
    const dari = Number(String(s.periode_mulai).slice(5, 7));
    const sampai = Number(String(s.periode_akhir).slice(5, 7));
    const xs: number[] = [];
    for (let b = dari; b <= sampai; b++) if (bulanSudahMulai(tahun, b, hari)) xs.push(b);
    return xs.length ? xs : [dari];
  }

  /**
   * Umpan balik per RHK and per core value with the RHK text and the value's name kept beside the ids
   * (the pegawai reads them later, even after the RHK is revised); an RHK outside the SKP or an unknown
   * value code → 400 naming the entry.
   */
  async function umpanBalikBernama(skpId: number, i: IsianEvaluasi, tanggal: string) {
    const rhk: { documentId: string; uraian: string }[] = (i.umpan_balik_rhk ?? []).length
      ? await q('plugin::kinerja.rhk').findMany({ where: { skp: { id: skpId } }, select: ['documentId', 'uraian'] })
      : [];
    const uraian = new Map<string, string>(rhk.map((r) => [r.documentId, r.uraian]));
    const nilai = new Map<string, string>(
      kebijakan()
        .nilai('berakhlak', tanggal)
        .nilai_dasar.map((v) => [v.kode, v.nama]),
    );
    pastikan(
      aturanUmpanBalik(
        i.umpan_balik_rhk ?? [],
        new Set(uraian.keys()),
        i.umpan_balik_perilaku ?? [],
        new Set(nilai.keys()),
      ),
    );
    const umpan_balik_rhk = (i.umpan_balik_rhk ?? []).map((x) => ({
      rhk_id: x.rhk_id,
      uraian: uraian.get(x.rhk_id),
      umpan_balik: x.umpan_balik,
    }));
    const umpan_balik_perilaku = (i.umpan_balik_perilaku ?? []).map((x) => ({
      kode: x.kode,
      nama: nilai.get(x.kode),
      umpan_balik: x.umpan_balik,
    }));
    return { umpan_balik_rhk, umpan_balik_perilaku };
  }

  async function muatEvaluasi(where: Record<string, unknown>): Promise<BarisEvaluasi | null> {
    return q(UID_EVALUASI).findOne({ where, populate: POPULATE_EVALUASI });
  }

  /** Shared write of a periodic or annual evaluation (one transaction with its audit and the registered extensions). */
  async function simpan(
    i: IsianEvaluasi,
    jenis: JenisPeriodeEvaluasi,
    per: PeriodeEvaluasi | null,
    pegawai: PegawaiEvaluasi,
    aktor: Aktor,
    pilih: Awaited<ReturnType<typeof pilihSkp>>,
  ) {
    const { skp: s, konteks, sebagai } = await pilih.ambil();
    const bulan = per ? per.bulan : bulanTahunan(s, i.tahun);
    const bulanKunci = per ? bulan : [12];
    const terkunci = await bulanTerkunci(i.tahun, bulanKunci);
    pastikan(
      aturanSimpanEvaluasi({
        tahun: i.tahun,
        bulan,
        hari: hariIni(),
        alasan: { sebagai, teks: i.alasan },
        bulanKunci,
        terkunci: (b) => terkunci.has(b),
        realisasi: per ? await keadaanRealisasi(s.id, i.tahun, bulan) : undefined,
      }),
    );

    const periode = per ? per.periode : 0;
    const kunci = kunciUnikEvaluasi(s.id, jenis, periode);
    const tglKebijakan = tanggalKebijakanBulan(i.tahun, bulan[bulan.length - 1]);
    const k = aturanPredikat(tglKebijakan);
    const predikat = predikatPegawai(i.rating_hasil, i.rating_perilaku, k);
    const ring = await ringkasCapaian(pegawai.id, i.tahun, bulan);
    const jab = s.penugasan?.jabatan;
    const snap = skpSvc().snapshot;
    const awali = (awal: string, o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).map(([kk, v]) => [`${awal}_${kk}`, v]));
    const pegawaiSnap = awali(
      'pegawai',
      await snap(pegawai.id, jab?.id ?? null, konteks.jenis === 'PLT' ? 'PLT' : null),
    );
    let penilaiSnap: Record<string, unknown>;
    if (sebagai === 'ADMIN') {
      const saya = await skpSvc().identitas(aktor);
      penilaiSnap = {
        penilai_nip: String(saya.nip ?? '').slice(0, 18),
        penilai_nama: saya.nama,
        penilai_jabatan: 'Admin BKPSDM',
        penilai_unit: null,
        penilai_golongan: null,
      };
    } else
      penilaiSnap = awali(
        'penilai',
        await snap(konteks.penilai!.pegawaiId, konteks.penilai!.jabatanId, konteks.penilai!.sebagai),
      );
    const ak =
      jenis === 'TAHUNAN' && jab?.jenis === 'JF'
        ? angkaKredit(
            predikat.kode as KodePredikat,
            jab.jenjang,
            k,
            bulanAngkaKredit(s.periode_mulai, s.periode_akhir, bulan.length),
          )
        : null;
    const penilaiPegawai =
      sebagai === 'ADMIN'
        ? null
        : ((
            await q('plugin::inti.pegawai').findOne({
              where: { id: konteks.penilai!.pegawaiId },
              select: ['documentId'],
            })
          )?.documentId ?? null);
    const data: Record<string, unknown> = {
      rating_hasil: i.rating_hasil,
      rating_perilaku: i.rating_perilaku,
      rating_perilaku_asli: null,
      perilaku_source: konteks.jenis === 'PLT' ? 'PLT' : 'DEFINITIF',
      predikat_kode: predikat.kode,
      predikat_nama: predikat.nama,
      predikat_siasn_id: predikat.siasn_id,
      saran_rating_hasil: ring.saran,
      capaian: ring.capaian,
      formula: ring.formula,
      umpan_balik: i.umpan_balik ?? null,
      ...(await umpanBalikBernama(s.id, i, tglKebijakan)),
      angka_kredit: ak,
      // the SKP as evaluated (RHK/IKI in force and the month figures): its print keeps showing them after a revision
      skp_dinilai: {
        rhk: await skpSvc().daftarRhk(s, { berlaku: true }),
        bulan: ring.perBulan.map((c, n) => ({ bulan: bulan[n], capaian: c.capaian, rhk: c.rhk })),
      },
      ...pegawaiSnap,
      ...penilaiSnap,
      penilai_sebagai: sebagai,
      penilai_pegawai: penilaiPegawai,
      dinilai_pada: new Date(),
    };
    const lama = await muatEvaluasi({ kunci_unik: kunci });
    let docId: string;
    try {
      docId = await strapi.db.transaction(async () => {
        let id: string;
        if (lama) {
          await strapi.documents(UID_EVALUASI).update({ documentId: lama.documentId, data });
          id = lama.documentId;
        } else {
          const baru = await strapi.documents(UID_EVALUASI).create({
            data: {
              ...data,
              skp: s.documentId,
              pegawai: pegawai.documentId,
              tahun: i.tahun,
              periode_jenis: jenis,
              periode,
              kunci_unik: kunci,
            },
          });
          id = baru.documentId;
        }
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: lama ? 'EVALUASI_DIUBAH' : 'EVALUASI_DIBUAT',
          objekTipe: 'evaluasi',
          objekId: id,
          sebelum: lama
            ? {
                rating_hasil: lama.rating_hasil,
                rating_perilaku: lama.rating_perilaku,
                predikat_kode: lama.predikat_kode,
                perilaku_source: lama.perilaku_source,
              }
            : null,
          sesudah: {
            nip: pegawai.nip,
            skp: s.documentId,
            tahun: i.tahun,
            periode_jenis: jenis,
            periode,
            rating_hasil: i.rating_hasil,
            rating_perilaku: i.rating_perilaku,
            predikat_kode: predikat.kode,
          },
          keterangan: sebagai === 'ADMIN' ? `Alasan admin: ${i.alasan!.trim()}` : undefined,
          bertindakSebagai: sebagai,
        });
        for (const fn of setelahTulis)
          await fn({ aktor, tahun: i.tahun, periode_jenis: jenis, periode, pegawaiId: pegawai.id });
        return id;
      });
    } catch (e) {
      if (unikDilanggar(e)) {
        throw new GalatMskp(
          409,
          'EVALUASI_BERSAMAAN',
          'Evaluasi periode ini baru saja disimpan oleh permintaan lain. Muat ulang lalu ulangi.',
        );
      }
      throw e;
    }
    const tersimpan = await muatEvaluasi({ documentId: docId });
    return { status: lama ? 200 : 201, data: evaluasiDto(tersimpan!) }; // just written in this request
  }

  const setelahTulis: SetelahTulisEvaluasi[] = [];

  return {
    /** POST /api/evaluasi (periodic). */
    async buat(aktor: Aktor, i: KunciIsianEvaluasi, validasi: () => IsianEvaluasi) {
      const pegawai = await pegawaiDariNip(i.nip);
      const bulanCek =
        Number.isInteger(i.bulan) && (i.bulan as number) >= 1 && (i.bulan as number) <= 12
          ? (i.bulan as number)
          : Number(hariIni().slice(5, 7));
      const tahunCek =
        Number.isInteger(i.tahun) && i.tahun >= 2000 && i.tahun <= 2100 ? i.tahun : Number(hariIni().slice(0, 4));
      const pilih = await pilihSkp(
        aktor,
        pegawai.id,
        tahunCek,
        [bulanCek],
        tanggalAcuanBulan(tahunCek, bulanCek),
        typeof i.skp === 'string' ? i.skp : undefined,
      );
      const v = validasi();
      const p = periodeEvaluasi(v.bulan as number, aturanEvaluasi(tanggalKebijakanBulan(v.tahun, v.bulan as number)));
      if (!p.ok) throw new GalatMskp(400, p.kode, p.pesan, 'bulan');
      // the context depends on the month: resolve again at the period's last month when it differs
      const akhir = p.nilai.bulan[p.nilai.bulan.length - 1];
      const pilihAkhir =
        akhir === bulanCek && v.tahun === tahunCek
          ? pilih
          : await pilihSkp(aktor, pegawai.id, v.tahun, p.nilai.bulan, tanggalAcuanBulan(v.tahun, akhir), v.skp);
      return simpan(v, p.nilai.periode_jenis, p.nilai, pegawai, aktor, pilihAkhir);
    },

    /** POST /api/evaluasi/tahunan (periode_jenis TAHUNAN, periode 0). */
    async buatTahunan(aktor: Aktor, i: KunciIsianEvaluasi, validasi: () => IsianEvaluasi) {
      const pegawai = await pegawaiDariNip(i.nip);
      const tahunCek =
        Number.isInteger(i.tahun) && i.tahun >= 2000 && i.tahun <= 2100 ? i.tahun : Number(hariIni().slice(0, 4));
      const tanggal = tanggalAcuan(hariIni(), `${tahunCek}-01-01`, `${tahunCek}-12-31`);
      const pilih = await pilihSkp(
        aktor,
        pegawai.id,
        tahunCek,
        Array.from({ length: 12 }, (_, x) => x + 1),
        tanggal,
        typeof i.skp === 'string' ? i.skp : undefined,
      );
      const v = validasi();
      return simpan(v, 'TAHUNAN', null, pegawai, aktor, pilih);
    },

    /**
     * GET /api/evaluasi: the evaluations the actor may see, newest period first. An evaluation belongs to
     * whoever relates to its pegawai at its period's last month's reference date (scope service), so
     * without `bulan` each row is judged by its own month.
     */
    async daftar(aktor: Aktor, f: FilterEvaluasi) {
      const tahun = f.tahun ?? Number(hariIni().slice(0, 4));
      const dan: Record<string, unknown>[] = [{ tahun }];
      if (f.bulan) {
        const tanggal = tanggalAcuanBulan(tahun, f.bulan);
        // The scope filter may be an operator ({$or: […]} for an Admin OPD): combined with $and, never spread
        // beside other keys (a relation where cannot mix operator and attribute keys).
        const syarat: Record<string, unknown>[] = [await cakupan().filterPegawai(aktor, tanggal)];
        if (f.nip) {
          const p = await pegawaiDariNip(f.nip);
          pastikan(aturanLihatEvaluasi((await cakupan().hubungan(aktor, p.id, tanggal)) != null));
          syarat.push({ id: p.id });
        }
        dan.push({ pegawai: { $and: syarat } });
        dan.push({ $or: periodeBerakhirBulan(f.bulan) });
      } else if (f.nip) {
        const p = await pegawaiDariNip(f.nip);
        const bulan: number[] = await cakupan().bulanTerlihat(aktor, p.id, tahun);
        pastikan(aturanLihatEvaluasi(bulan.length > 0));
        dan.push({ pegawai: { id: p.id } });
        if (bulan.length < 12) dan.push({ $or: filterPeriodeBerakhir(bulan) });
      } else {
        dan.push(
          await cakupan().filterPerBulan(
            aktor,
            [tahun],
            undefined,
            (_y: number, bulan: number[], pegawai: Record<string, unknown>) => ({
              pegawai,
              $or: filterPeriodeBerakhir(bulan),
            }),
          ),
        );
      }
      if (f.periode_jenis) dan.push({ periode_jenis: f.periode_jenis });
      const where = { $and: dan };
      const page = f.page ?? 1;
      const pageSize = f.pageSize ?? 100;
      const [rows, total]: [BarisEvaluasi[], number] = await Promise.all([
        q(UID_EVALUASI).findMany({
          where,
          populate: POPULATE_EVALUASI,
          orderBy: [{ periode_jenis: 'asc' }, { periode: 'desc' }, { pegawai_nama: 'asc' }, { id: 'asc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        q(UID_EVALUASI).count({ where }),
      ]);
      return { data: rows.map(evaluasiDto), meta: { total, page, pageSize } };
    },

    /** GET /api/evaluasi/persiapan: everything the evaluation screen needs for one pegawai and month. */
    async persiapan(aktor: Aktor, f: FilterPersiapanEvaluasi) {
      const pegawai = await pegawaiDariNip(f.nip);
      const tanggal = tanggalAcuanBulan(f.tahun, f.bulan);
      const konteks = await konteksPenilai(aktor, pegawai.id, tanggal);
      const lihat =
        konteks.some((k) => k.aktorPenilai) || (await cakupan().hubungan(aktor, pegawai.id, tanggal)) != null;
      pastikan(aturanLihatEvaluasi(lihat));
      const kebEval = aturanEvaluasi(tanggalKebijakanBulan(f.tahun, f.bulan));
      const per = periodeEvaluasi(f.bulan, kebEval);
      const bulan = per.ok ? per.nilai.bulan : [f.bulan];
      const daftarSkp = await skpPegawai(pegawai.id, f.tahun, bulan);
      let skp: SkpPegawai | null = null;
      let sebagai: string | null = null;
      let alasan: { code: string; message: string; details?: unknown } | null = null;
      try {
        if (!per.ok) throw new GalatMskp(400, per.kode, per.pesan, 'bulan');
        const pilih = await pilihSkp(aktor, pegawai.id, f.tahun, bulan, tanggal, f.skp);
        const r = await pilih.ambil();
        skp = r.skp;
        sebagai = r.sebagai;
        const kunci = await bulanTerkunci(f.tahun, bulan);
        const realisasiSkp = await keadaanRealisasi(skp.id, f.tahun, bulan);
        pastikan(
          aturanSimpanEvaluasi({
            tahun: f.tahun,
            bulan,
            hari: hariIni(),
            bulanKunci: bulan,
            terkunci: (b) => kunci.has(b),
            realisasi: realisasiSkp,
          }),
        );
      } catch (e) {
        if (!(e instanceof GalatMskp)) throw e;
        alasan = { code: e.kode, message: e.message, ...(e.detail ? { details: e.detail } : {}) };
      }
      skp ??=
        (f.skp ? daftarSkp.find((x) => x.documentId === f.skp) : null) ??
        daftarSkp.find((x) => konteksSkp(x) === 'DEFINITIF' && x.status === 'DISETUJUI') ??
        daftarSkp[0] ??
        null;
      const realisasi = skp
        ? await keadaanRealisasi(skp.id, f.tahun, bulan)
        : { jumlah: null, belum_diperiksa: [], belum_diisi: [] };
      const ring = await ringkasCapaian(pegawai.id, f.tahun, bulan);
      const ada =
        skp && per.ok
          ? await muatEvaluasi({ kunci_unik: kunciUnikEvaluasi(skp.id, per.nilai.periode_jenis, per.nilai.periode) })
          : null;
      const k = aturanPredikat(tanggalKebijakanBulan(f.tahun, f.bulan));
      return {
        pegawai: { nip: pegawai.nip, nama: namaLengkap(pegawai) },
        tahun: f.tahun,
        bulan: f.bulan,
        periode_jenis: per.ok ? per.nilai.periode_jenis : kebEval.periode,
        periode: per.ok ? per.nilai.periode : null,
        bulan_periode: bulan,
        skp: skp
          ? {
              id: skp.documentId,
              konteks: konteksSkp(skp),
              status: skp.status,
              jabatan: skp.penugasan?.jabatan?.nama ?? null,
            }
          : null,
        skp_pilihan: daftarSkp.map((x) => ({
          id: x.documentId,
          konteks: konteksSkp(x),
          status: x.status,
          jabatan: x.penugasan?.jabatan?.nama ?? null,
        })),
        capaian:
          ring.perBulan.length === 1
            ? ring.perBulan[0]
            : { capaian: ring.capaian, formula: ring.formula, bulan: ring.perBulan },
        capaian_periode: ring.capaian,
        realisasi,
        saran_rating_hasil: ring.saran,
        saran_sumber: ring.saran_sumber,
        evaluasi: ada ? evaluasiDto(ada) : null,
        perilaku: skp ? await skpSvc().daftarEkspektasi(skp) : [],
        rating: k.rating,
        predikat: k.predikat,
        matriks: k.matriks,
        boleh_menilai: alasan == null,
        sebagai,
        alasan_tidak_boleh: alasan,
      };
    },

    /** Adds an extension run after every evaluation write, in its transaction (plt registers its sync here). */
    daftarkanSetelahTulis(fn: SetelahTulisEvaluasi) {
      if (!setelahTulis.includes(fn)) setelahTulis.push(fn);
    },

    /** The periodic evaluations of a year (the periods and pegawai given, when given) with their perilaku state. */
    async perilakuPeriodik(o: {
      tahun: number;
      periode?: { periode_jenis: JenisPeriode; periode: number }[];
      pegawaiIds?: number[];
    }): Promise<PerilakuEvaluasi[]> {
      const where: Record<string, unknown> = { tahun: o.tahun, periode_jenis: { $in: ['BULANAN', 'TRIWULAN'] } };
      if (o.periode) where.$or = o.periode.map((p) => ({ periode_jenis: p.periode_jenis, periode: p.periode }));
      if (o.pegawaiIds) where.pegawai = { id: { $in: o.pegawaiIds } };
      const rows: BarisEvaluasi[] = await q(UID_EVALUASI).findMany({
        where,
        select: [
          'id',
          'documentId',
          'tahun',
          'periode_jenis',
          'periode',
          'rating_hasil',
          'rating_perilaku',
          'rating_perilaku_asli',
          'perilaku_source',
          'predikat_kode',
          'pegawai_nip',
        ],
        populate: POPULATE_EVALUASI,
      });
      return rows
        .filter((r) => r.pegawai && r.skp)
        .map((r) => ({
          id: r.id,
          documentId: r.documentId,
          pegawaiId: r.pegawai!.id,
          nip: r.pegawai_nip ?? r.pegawai?.nip ?? null,
          periode_jenis: r.periode_jenis as JenisPeriode,
          periode: r.periode,
          konteks: konteksSkp(r.skp),
          jabatanId: r.skp!.penugasan?.jabatan?.id ?? null,
          rating_hasil: r.rating_hasil,
          rating_perilaku: r.rating_perilaku,
          rating_perilaku_asli: r.rating_perilaku_asli ?? null,
          perilaku_source: r.perilaku_source,
          predikat_kode: r.predikat_kode,
        }));
    },

    /**
     * Sets the perilaku state of one periodic evaluation (the PLT rule's outcome) and recomputes its predikat
     * with the policy of the period's month; returns the new predikat. No audit: the caller records why.
     */
    async ubahPerilaku(
      e: { id: number; tahun: number; periode_jenis: JenisPeriode; periode: number; rating_hasil: Rating },
      ke: { rating_perilaku: Rating; rating_perilaku_asli: Rating | null; perilaku_source: 'DEFINITIF' | 'PLT' },
    ) {
      const bl = bulanAkhirPeriode(e.periode_jenis, e.periode) as number;
      const pred = predikatPegawai(
        e.rating_hasil,
        ke.rating_perilaku,
        aturanPredikat(tanggalKebijakanBulan(e.tahun, bl)),
      );
      await q(UID_EVALUASI).update({
        where: { id: e.id },
        data: { ...ke, predikat_kode: pred.kode, predikat_nama: pred.nama, predikat_siasn_id: pred.siasn_id },
      });
      return pred;
    },
  };
};
