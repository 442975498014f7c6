import type { Core } from '@strapi/strapi';
import {
  GalatMskp,
  filterPenugasanBertumpuk,
  galatDari,
  hariIni,
  namaLengkap,
  unikDilanggar,
  pastikan,
  type Aktor,
  layanan,
} from '@m-skp/inti';
import { putuskan, type Aksi, type Pelaku, type Putusan, type StatusRevisi, type StatusSkp } from '../domain/alur';
import {
  kelompokKonflik,
  konflikTerbuka,
  idKonflik,
  kapasitasKepala,
  putuskanAbaikan,
  type KonflikDiabaikan,
} from '../domain/konflik';
import {
  jabatanPenilaianSkp,
  jenisSkpDari,
  kunciUnikSkp,
  aturanEkspektasi,
  aturanPenyusunSkp,
  penolakanSkpSudahAda,
  pilihPenugasanSkp,
  tanggalAcuan,
  STATUS_RHK_ATASAN_BOLEH,
  type Berakhlak,
} from '../domain/skp';
import { berkasDto } from '../domain/berkas';
import { aturanSetujuiRevisi, realisasiTertinggal, type RenaksiDraf } from '../domain/versi';
import { aturanVersiSkp } from '../domain/aturan-skp';
import type {
  AwalanSnapshot,
  BarisIki,
  BarisRhk,
  BarisRhkAtasan,
  BarisRiwayat,
  BarisSkp,
  KolomSnapshot,
  SnapshotOrang,
} from './tipe-skp';

export type { BarisSkp, BarisRhk, BarisIki } from './tipe-skp';

export const UID = {
  skp: 'plugin::kinerja.skp',
  rhk: 'plugin::kinerja.rhk',
  iki: 'plugin::kinerja.iki',
  ekspektasi: 'plugin::kinerja.ekspektasi-perilaku',
  riwayat: 'plugin::kinerja.riwayat-validasi',
} as const;

/** The actor's standing towards one SKP, resolved once per request. */
export interface Kedudukan {
  aktor: Aktor;
  pelaku: Pelaku;
  /** may read the SKP (scope service relation, or penilai of a Plt post) */
  bolehLihat: boolean;
  /** how the penilai holds his post (DEFINITIF/PLT/PLH/PJ) when the actor is the penilai */
  sebagaiPenilai: string | null;
  tanggal: string;
}

const POPULATE_SKP = {
  pegawai: { select: ['id', 'documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'] },
  penugasan: { select: ['id', 'documentId', 'jenis'], populate: { jabatan: { select: ['id', 'documentId', 'nama'] } } },
  penilai_pegawai: { select: ['id', 'documentId'] },
  dokumen_ditandatangani: { select: ['id', 'name', 'size', 'provider_metadata'] },
};

/** The owner acts in the capacity of the SKP's penugasan: DEFINITIF for the UTAMA post, else PLT/PLH/PJ. */
export const sebagaiPemilik = (jenisPenugasan: string | null | undefined) =>
  !jenisPenugasan || jenisPenugasan === 'UTAMA' ? 'DEFINITIF' : jenisPenugasan;

const lempar = (p: Putusan) => {
  if (!p.ok) throw new GalatMskp(p.status, p.kode, p.pesan, p.field, p.detail);
  return p;
};

/** POST /api/skp body (routes/skema). */
export interface IsianSkp {
  tahun?: number;
  penugasan_id?: string;
}

/** PUT /api/skp/:id body (routes/skema). */
export interface IsianUbahSkp {
  pendekatan?: string;
  lampiran?: Record<string, string[]>;
  updatedAt?: string;
}

/** Body of a workflow transition (routes/skema). */
export interface IsianTransisi {
  catatan?: string | null;
  alasan?: string | null;
}

/** What the penilai lookup of an SKP reads: its owner and the post it was drafted for. */
export interface SkpPenilaian {
  pegawai: { id: number };
  penugasan?: { jenis?: string | null; jabatan?: { id?: number } | null } | null;
}

/** A definitive or Plt penugasan a new SKP may be drafted for (lean select). */
interface PenugasanBaru {
  id: number;
  documentId: string;
  jenis: string;
  tmt_mulai: string;
  tmt_akhir: string | null;
  jabatan: { id: number; nama: string; jenis: string | null; jenjang: string | null };
}

/** An RHK row with the SKP it belongs to (the transitions load it). */
type RhkDenganSkp = BarisRhk & { skp: { documentId: string } };
/** A realisasi of the RHK's renaksi: its month (the revision's orphan check). */
interface BarisRealisasiBulan {
  bulan: number;
  rencana_aksi: { id: number };
}

const snapshotDto = (s: KolomSnapshot, awal: AwalanSnapshot): SnapshotOrang | null =>
  s[`${awal}_nip`] || s[`${awal}_nama`]
    ? {
        nip: s[`${awal}_nip`] ?? null,
        nama: s[`${awal}_nama`] ?? null,
        jabatan: s[`${awal}_jabatan`] ?? null,
        unit: s[`${awal}_unit`] ?? null,
        golongan: s[`${awal}_golongan`] ?? null,
        ...(awal === 'pegawai' ? {} : { sebagai: s[`${awal}_sebagai`] ?? null }),
      }
    : null;

/** A stored expectation of one BerAKHLAK value (lean select). */
interface BarisEkspektasi {
  kode: string;
  ekspektasi: string | null;
  diisi_oleh_nip: string | null;
}

export function skpDto(s: BarisSkp) {
  return {
    id: s.documentId,
    tahun: s.tahun,
    periode_mulai: s.periode_mulai,
    periode_akhir: s.periode_akhir,
    jenis: s.jenis,
    pendekatan: s.pendekatan,
    status: s.status,
    pegawai: s.pegawai ? { id: s.pegawai.documentId, nip: s.pegawai.nip, nama: namaLengkap(s.pegawai) } : null,
    penugasan: s.penugasan
      ? { id: s.penugasan.documentId, jenis: s.penugasan.jenis, jabatan: s.penugasan.jabatan?.nama ?? null }
      : null,
    pegawai_snapshot: snapshotDto(s, 'pegawai'),
    penilai: snapshotDto(s, 'penilai'),
    atasan_penilai: snapshotDto(s, 'atasan_penilai'),
    lampiran: s.lampiran ?? { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
    catatan_penolakan: s.catatan_penolakan ?? null,
    peringatan: s.peringatan ?? [],
    konflik_duplikat_diabaikan: s.konflik_duplikat_diabaikan ?? null,
    konflik_terbuka: konflikTerbuka(kelompokKonflik(s.peringatan), s.konflik_duplikat_diabaikan).length > 0,
    /** the signed SKP document ({id, nama, url: /api/bukti/<id>, ukuran}); final = approved and signed (domain.md §4) */
    dokumen: berkasDto(s.dokumen_ditandatangani),
    final: s.status === 'DISETUJUI' && !!s.dokumen_ditandatangani,
    updatedAt: s.updatedAt,
  };
}

export function rhkDto(r: BarisRhk, iki: BarisIki[] = []) {
  return {
    id: r.documentId,
    jenis: r.jenis,
    uraian: r.uraian,
    urutan: r.urutan,
    rhk_atasan: r.rhk_atasan ? { id: r.rhk_atasan.documentId, uraian: r.rhk_atasan.uraian } : null,
    perspektif: r.perspektif ?? null,
    status_revisi: r.status_revisi ?? null,
    catatan_penolakan: r.catatan_penolakan ?? null,
    ekak_sasaran_id: r.ekak_sasaran_id ?? null,
    ekak_indikator_id: r.ekak_indikator_id ?? null,
    is_sasaran_prioritas: !!r.is_sasaran_prioritas,
    terdapat_inovasi: !!r.terdapat_inovasi,
    inovasi: r.inovasi ?? null,
    is_perintah_walikota: !!r.is_perintah_walikota,
    iki: iki.map(ikiDto),
  };
}

export function ikiDto(i: BarisIki) {
  return {
    id: i.documentId,
    uraian: i.uraian,
    aspek: i.aspek,
    target: i.target_teks,
    target_min: i.target_min == null ? null : Number(i.target_min),
    target_max: i.target_max == null ? null : Number(i.target_max),
    satuan: i.satuan,
    polaritas: i.polaritas,
    sifat_target: i.sifat_target,
    urutan: i.urutan,
    disembunyikan: !!i.disembunyikan,
    duplikat_dari: i.duplikat_dari ?? null,
  };
}

const LAMPIRAN_KOSONG = { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] };

/**
 * The SKP plan: creation with snapshots, edits, the workflow transitions (each with its history row
 * and audit record in one transaction), history, ekspektasi and the cascading picker. Decisions come
 * from domain/alur; who the actor is comes from the scope service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cakupan = () => layanan(strapi, 'inti', 'cakupan');
  const organisasi = () => layanan(strapi, 'inti', 'organisasi');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const versi = () => layanan(strapi, 'kinerja', 'versi');
  const q = (uid: string) => strapi.db.query(uid);

  /** nip, name, post and unit of a pegawai holding a post (snapshot at a date). */
  async function snapshot(pegawaiId: number, jabatanId: number | null, sebagai: string | null) {
    const p = await q('plugin::inti.pegawai').findOne({
      where: { id: pegawaiId },
      select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan'],
    });
    const j = jabatanId
      ? await q('plugin::inti.jabatan').findOne({
          where: { id: jabatanId },
          select: ['nama', 'unit_kerja'],
          populate: { opd: { select: ['nama'] } },
        })
      : null;
    const awalan = sebagai === 'PLT' ? 'Plt. ' : sebagai === 'PLH' ? 'Plh. ' : sebagai === 'PJ' ? 'Pj. ' : '';
    return {
      nip: p?.nip ?? null,
      nama: p ? namaLengkap(p) : null,
      jabatan: j ? awalan + j.nama : null,
      unit: j ? j.unit_kerja || j.opd?.nama || null : null,
      golongan: p?.golongan ?? null,
    };
  }
  const awali = (awal: string, s: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [`${awal}_${k}`, v]));

  /**
   * Snapshot columns of the penilai and atasan penilai of a pegawai's post at a date (Plt/Plh post: that
   * post's penilai), with the penilai_pegawai link: written when the SKP is created and again when it is
   * submitted, so the SKP names (and the inbox finds) the penilai who decides on it.
   */
  async function snapshotPenilai(
    pegawaiId: number,
    jabatanPlt: number | undefined,
    tanggal: string,
  ): Promise<{ kolom: Record<string, unknown>; penilai: { id: number; documentId: string } | null }> {
    const penilai = await organisasi().penilaiPegawai(pegawaiId, tanggal, jabatanPlt);
    if (!penilai) return { kolom: {}, penilai: null };
    const atasan = await organisasi().penilaiPegawai(
      Number(penilai.pegawaiId),
      tanggal,
      penilai.sebagai === 'DEFINITIF' ? undefined : Number(penilai.jabatanId),
    );
    const kolom = {
      ...awali('penilai', await snapshot(Number(penilai.pegawaiId), Number(penilai.jabatanId), penilai.sebagai)),
      penilai_sebagai: penilai.sebagai,
      ...(atasan
        ? {
            ...awali(
              'atasan_penilai',
              await snapshot(Number(atasan.pegawaiId), Number(atasan.jabatanId), atasan.sebagai),
            ),
            atasan_penilai_sebagai: atasan.sebagai,
          }
        : {}),
    };
    return {
      kolom,
      penilai: await q('plugin::inti.pegawai').findOne({
        where: { id: Number(penilai.pegawaiId) },
        select: ['id', 'documentId'],
      }),
    };
  }

  /** On submission (of the SKP or an RHK revision): the SKP's penilai snapshots and link become those of the day. */
  async function perbaruiSnapshotPenilai(s: BarisSkp, tanggal: string) {
    const sp = await snapshotPenilai(s.pegawai.id, jabatanPenilaianSkp(s.penugasan), tanggal);
    if (sp.penilai)
      await q(UID.skp).update({ where: { id: s.id }, data: { ...sp.kolom, penilai_pegawai: sp.penilai.id } });
  }

  return {
    /** nip, name, post (with Plt./Plh./Pj. prefix) and unit of a pegawai at a post: the evaluation's snapshots too. */
    snapshot,

    async muat(documentId: string): Promise<BarisSkp> {
      const s = await q(UID.skp).findOne({ where: { documentId: String(documentId) }, populate: POPULATE_SKP });
      if (!s) throw new GalatMskp(404, 'SKP_TIDAK_DITEMUKAN', `SKP dengan id "${documentId}" tidak ditemukan.`);
      return s;
    },

    /** The penilai of the SKP's owner at a date, for the post of the SKP's penugasan (Plt SKP: the Plt post). */
    async penilaiSkp(s: SkpPenilaian, tanggal: string) {
      return organisasi().penilaiPegawai(s.pegawai.id, tanggal, jabatanPenilaianSkp(s.penugasan));
    },

    async kedudukan(aktor: Aktor, s: BarisSkp): Promise<Kedudukan> {
      const tanggal = tanggalAcuan(hariIni(), s.periode_mulai, s.periode_akhir);
      const pemilik = aktor.pegawaiId != null && aktor.pegawaiId === s.pegawai?.id;
      const penilai = aktor.pegawaiId != null && !pemilik ? await this.penilaiSkp(s, tanggal) : null;
      const adalahPenilai = !!penilai && Number(penilai.pegawaiId) === aktor.pegawaiId;
      const hubungan = pemilik ? 'DIRI' : await cakupan().hubungan(aktor, s.pegawai.id, tanggal);
      return {
        aktor,
        pelaku: { pemilik, penilai: adalahPenilai, adminBkpsdm: aktor.peran === 'admin_bkpsdm' },
        bolehLihat: hubungan != null || adalahPenilai,
        sebagaiPenilai: adalahPenilai && penilai ? penilai.sebagai : null,
        tanggal,
      };
    },

    wajibLihat(k: Kedudukan) {
      if (!k.bolehLihat) throw new GalatMskp(403, 'AKSES_DITOLAK', 'Anda tidak berwenang melihat SKP ini.');
    },

    lempar,

    /** NIP (or account name) and name of the actor, for history rows. */
    async identitas(aktor: Aktor): Promise<{ nip: string | null; nama: string | null }> {
      if (aktor.pegawaiId) {
        const p = await q('plugin::inti.pegawai').findOne({
          where: { id: aktor.pegawaiId },
          select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang'],
        });
        if (p) return { nip: p.nip, nama: namaLengkap(p) };
      }
      return { nip: aktor.username ?? aktor.token, nama: aktor.username ?? aktor.token };
    },

    /** One history row (inside the caller's transaction). */
    async catatRiwayat(r: {
      objekTipe: 'SKP' | 'RHK';
      objekId: string;
      skpDocumentId: string;
      dari: string | null;
      ke: string;
      aksi: string;
      aktor: { nip: string | null; nama: string | null };
      sebagai: string;
      catatan?: string | null;
    }) {
      await strapi.documents(UID.riwayat).create({
        data: {
          objek_tipe: r.objekTipe,
          objek_id: r.objekId,
          skp: r.skpDocumentId,
          dari: r.dari,
          ke: r.ke,
          aksi: r.aksi,
          aktor_nip: r.aktor.nip,
          aktor_nama: r.aktor.nama,
          bertindak_sebagai: r.sebagai,
          catatan: r.catatan ?? null,
          waktu: new Date(),
        },
      });
    },

    /** POST /api/skp: my SKP for my current UTAMA (or the given Plt) penugasan and the year. */
    async buat(aktor: Aktor, input: IsianSkp) {
      pastikan(aturanPenyusunSkp(aktor.pegawaiId));
      const pegawaiId = aktor.pegawaiId as number;
      const hari = hariIni();
      const tahun = input.tahun ?? Number(hari.slice(0, 4));
      const tanggalTahun = tanggalAcuan(hari, `${tahun}-01-01`, `${tahun}-12-31`);
      const rows: PenugasanBaru[] = await q('plugin::inti.penugasan').findMany({
        where: {
          pegawai: { id: pegawaiId },
          jenis: { $in: ['UTAMA', 'PLT'] },
          ...filterPenugasanBertumpuk(`${tahun}-01-01`, `${tahun}-12-31`),
        },
        select: ['id', 'documentId', 'jenis', 'tmt_mulai', 'tmt_akhir'],
        populate: { jabatan: { select: ['id', 'nama', 'jenis', 'jenjang'] } },
        orderBy: { tmt_mulai: 'desc' },
      });
      const pilihan = pilihPenugasanSkp<PenugasanBaru>(rows, tahun, tanggalTahun, input.penugasan_id);
      if (!pilihan.ok) throw galatDari(pilihan);
      const { pen, periode } = pilihan;
      const kunci = kunciUnikSkp(pegawaiId, pen.id, tahun);
      const ada = await q(UID.skp).findOne({ where: { kunci_unik: kunci }, select: ['documentId', 'status'] });
      if (ada) throw galatDari(penolakanSkpSudahAda(tahun, ada));

      const tanggal = tanggalAcuan(hari, periode.mulai, periode.akhir);
      const data: Record<string, unknown> = {
        pegawai: (await q('plugin::inti.pegawai').findOne({ where: { id: pegawaiId }, select: ['documentId'] }))
          .documentId,
        penugasan: pen.documentId,
        tahun,
        periode_mulai: periode.mulai,
        periode_akhir: periode.akhir,
        kunci_unik: kunci,
        jenis: jenisSkpDari(pen.jabatan),
        pendekatan: 'KUANTITATIF',
        status: 'DRAFT',
        lampiran: LAMPIRAN_KOSONG,
        peringatan: [],
        ...awali('pegawai', await snapshot(pegawaiId, pen.jabatan.id, pen.jenis === 'PLT' ? 'PLT' : null)),
      };
      const sp = await snapshotPenilai(pegawaiId, jabatanPenilaianSkp(pen), tanggal);
      Object.assign(data, sp.kolom);
      if (sp.penilai) data.penilai_pegawai = sp.penilai.documentId;
      const saya = await this.identitas(aktor);
      let documentId: string;
      try {
        documentId = await strapi.db.transaction(async () => {
          const baru = await strapi.documents(UID.skp).create({ data });
          await this.catatRiwayat({
            objekTipe: 'SKP',
            objekId: baru.documentId,
            skpDocumentId: baru.documentId,
            dari: null,
            ke: 'DRAFT',
            aksi: 'BUAT',
            aktor: saya,
            sebagai: sebagaiPemilik(pen.jenis),
          });
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: 'SKP_DIBUAT',
            objekTipe: 'skp',
            objekId: baru.documentId,
            sesudah: { tahun, jenis: data.jenis, penugasan: pen.documentId },
            bertindakSebagai: sebagaiPemilik(pen.jenis),
          });
          return baru.documentId;
        });
      } catch (e) {
        if (unikDilanggar(e)) {
          throw galatDari(penolakanSkpSudahAda(tahun));
        }
        throw e;
      }
      return skpDto(await this.muat(documentId));
    },

    /** GET /api/skp/:id: the SKP with its RHK, IKI and ekspektasi. */
    async detail(aktor: Aktor, documentId: string, opsi: { berlaku?: boolean } = {}) {
      const s = await this.muat(documentId);
      const k = await this.kedudukan(aktor, s);
      this.wajibLihat(k);
      return this.isiDetail(s, k, opsi);
    },

    /**
     * The body of GET /api/skp/:id for a loaded SKP (no access check); with the caller's standing `k`, also
     * `kedudukan_saya`: what he may decide on it today (the screen's buttons; every action is checked again).
     * The screen gets the working copy, an RHK under revision with `perubahan` (old → new per field); the
     * prints ask `berlaku`: an RHK under revision as its approved version in force (services/versi.ts).
     */
    async isiDetail(s: BarisSkp, k?: Kedudukan, opsi: { berlaku?: boolean } = {}) {
      const kedudukan_saya = k
        ? {
            kedudukan_saya: {
              pemilik: k.pelaku.pemilik,
              penilai: k.pelaku.penilai,
              sebagai_penilai: k.sebagaiPenilai,
              admin_bkpsdm: k.pelaku.adminBkpsdm,
            },
          }
        : {};
      const rhk = await this.daftarRhk(s, opsi);
      return { ...skpDto(s), rhk, ekspektasi: await this.daftarEkspektasi(s), ...kedudukan_saya };
    },

    /**
     * The RHK of an SKP with their IKI: with `berlaku`, each RHK under revision as its approved version (the one in
     * force); without, the working copy with old → new per changed field.
     */
    async daftarRhk(s: Pick<BarisSkp, 'id'>, opsi: { berlaku?: boolean } = {}) {
      const rhk: BarisRhk[] = await q(UID.rhk).findMany({
        where: { skp: { id: s.id } },
        orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }, { id: 'asc' }],
        populate: { rhk_atasan: { select: ['documentId', 'uraian'] } },
      });
      const iki: (BarisIki & { rhk: { id: number } })[] = rhk.length
        ? await q(UID.iki).findMany({
            where: { rhk: { id: { $in: rhk.map((r) => r.id) } } },
            orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
            populate: { rhk: { select: ['id'] } },
          })
        : [];
      const perRhk = new Map<number, BarisIki[]>();
      for (const i of iki) perRhk.set(i.rhk.id, [...(perRhk.get(i.rhk.id) ?? []), i]);
      const daftar: (ReturnType<typeof rhkDto> & { perubahan?: unknown })[] = [];
      for (const r of rhk) {
        const v = versi().dariRhk(r);
        if (v && opsi.berlaku) {
          // the version in force: the approved content frozen when the RHK was reopened
          // (its jenis was frozen from the same enumeration column)
          daftar.push(rhkDto({ ...r, ...v.rhk, jenis: v.rhk.jenis as BarisRhk['jenis'] }, v.iki));
        } else if (v) {
          // the working copy, with old → new per changed field for the penilai's review
          daftar.push({ ...rhkDto(r, perRhk.get(r.id) ?? []), perubahan: await versi().perubahan(r) });
        } else daftar.push(rhkDto(r, perRhk.get(r.id) ?? []));
      }
      if (opsi.berlaku) daftar.sort((a, b) => a.jenis.localeCompare(b.jenis) || a.urutan - b.urutan);
      return daftar;
    },

    /** PUT /api/skp/:id: pendekatan and lampiran, by the owner while the SKP is DRAFT or DITOLAK. */
    async ubah(aktor: Aktor, documentId: string, input: IsianUbahSkp) {
      const s = await this.muat(documentId);
      const k = await this.kedudukan(aktor, s);
      lempar(putuskan({ aksi: 'UBAH', status: s.status, pelaku: k.pelaku }));
      pastikan(aturanVersiSkp(input.updatedAt, s.updatedAt));
      const data: Record<string, unknown> = { updatedAt: new Date() };
      if (input.pendekatan) data.pendekatan = input.pendekatan;
      if (input.lampiran) data.lampiran = { ...LAMPIRAN_KOSONG, ...(s.lampiran ?? {}), ...input.lampiran };
      await strapi.db.transaction(async () => {
        await q(UID.skp).update({ where: { id: s.id }, data });
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'SKP_DIUBAH',
          objekTipe: 'skp',
          objekId: s.documentId,
          sebelum: { pendekatan: s.pendekatan, lampiran: s.lampiran },
          sesudah: { pendekatan: data.pendekatan, lampiran: data.lampiran },
          bertindakSebagai: sebagaiPemilik(s.penugasan?.jenis),
        });
      });
      return skpDto(await this.muat(documentId));
    },

    /**
     * A workflow transition of the SKP (AJUKAN, SETUJUI, TOLAK) or of one RHK (REVISI_RHK, AJUKAN_RHK,
     * SETUJUI_RHK, TOLAK_RHK): the decision, the state change guarded on the state read, the history
     * row and the audit record, all in one transaction.
     */
    async transisi(aktor: Aktor, aksi: Aksi, ref: { skp?: string; rhk?: string }, input: IsianTransisi) {
      let rhk: RhkDenganSkp | null = null;
      let skpDocId = ref.skp;
      if (ref.rhk) {
        rhk = await q(UID.rhk).findOne({
          where: { documentId: String(ref.rhk) },
          populate: { skp: { select: ['documentId'] } },
        });
        if (!rhk || !rhk.skp)
          throw new GalatMskp(404, 'RHK_TIDAK_DITEMUKAN', `RHK dengan id "${ref.rhk}" tidak ditemukan.`);
        skpDocId = rhk.skp.documentId;
      }
      const s = await this.muat(String(skpDocId));
      const k = await this.kedudukan(aktor, s);
      const putusan = lempar(
        putuskan({
          aksi,
          status: s.status,
          statusRhk: rhk ? ((rhk.status_revisi ?? null) as StatusRevisi) : undefined,
          pelaku: k.pelaku,
          catatan: input.catatan,
          alasan: input.alasan,
          konflikDuplikat: konflikTerbuka(kelompokKonflik(s.peringatan), s.konflik_duplikat_diabaikan).length,
        }),
      ) as Extract<Putusan, { ok: true }>;
      const sebagai = k.pelaku.pemilik
        ? sebagaiPemilik(s.penugasan?.jenis)
        : putusan.sebagaiAdmin
          ? 'ADMIN'
          : (k.sebagaiPenilai ?? 'DEFINITIF');
      const saya = await this.identitas(k.aktor);
      const catatan =
        [input.catatan?.trim(), putusan.sebagaiAdmin && input.alasan ? `Alasan admin: ${input.alasan.trim()}` : null]
          .filter(Boolean)
          .join('\n') || null;
      const basi = () =>
        new GalatMskp(409, 'DATA_KEDALUWARSA', 'Status sudah diubah oleh orang lain. Muat ulang lalu ulangi.');
      /** The RHK's renaksi rows; 409 when approving its revision would orphan a stored realisasi. */
      const wajibTanpaRealisasiTertinggal = async (rhkId: number) => {
        const renaksi: RenaksiDraf[] = await q('plugin::kinerja.rencana-aksi').findMany({
          where: { rhk: { id: rhkId } },
          select: ['id', 'documentId', 'uraian', 'target', 'dihapus_dalam_revisi'],
          orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
        });
        const real: BarisRealisasiBulan[] = renaksi.length
          ? await q('plugin::kinerja.realisasi').findMany({
              where: { rencana_aksi: { id: { $in: renaksi.map((x) => x.id) } } },
              select: ['bulan'],
              populate: { rencana_aksi: { select: ['id'] } },
            })
          : [];
        const tertinggal = realisasiTertinggal(
          renaksi,
          real.map((x) => ({ renaksiId: x.rencana_aksi.id, bulan: x.bulan })),
        );
        pastikan(aturanSetujuiRevisi(tertinggal));
        return renaksi;
      };

      await strapi.db.transaction(async () => {
        if (rhk) {
          const dari = (rhk.status_revisi ?? null) as StatusRevisi;
          const ke = putusan.statusRhkBaru ?? null;
          const data: Record<string, unknown> = { status_revisi: ke, updatedAt: new Date() };
          if (aksi === 'TOLAK_RHK') data.catatan_penolakan = input.catatan?.trim() ?? null;
          if (aksi === 'SETUJUI_RHK' || aksi === 'REVISI_RHK') data.catatan_penolakan = null;
          // reopened: the approved version is frozen and stays in force; approved: the revised rows are in force
          // from now (stored realisasi capaian recomputed against them); rejected: the frozen version stays, the
          // draft stays with its owner for a new attempt (domain/versi.ts)
          if (aksi === 'REVISI_RHK') data.versi_disetujui = await versi().dariBaris(rhk.id);
          if (aksi === 'SETUJUI_RHK') data.versi_disetujui = null;
          // approval never orphans a realisasi entered against the approved version meanwhile (domain/versi.ts)
          const renaksiDraf = aksi === 'SETUJUI_RHK' ? await wajibTanpaRealisasiTertinggal(rhk.id) : [];
          const r = await q(UID.rhk).updateMany({
            where: { id: rhk.id, status_revisi: dari == null ? { $null: true } : dari },
            data,
          });
          if (!r?.count) throw basi();
          if (aksi === 'SETUJUI_RHK') {
            // the renaksi deleted during the revision go now; the others' stored capaian follow the revised targets
            for (const x of renaksiDraf) {
              if (!x.dihapus_dalam_revisi) await layanan(strapi, 'kinerja', 'realisasi').hitungUlang(x.id);
              else {
                await strapi.documents('plugin::kinerja.rencana-aksi').delete({ documentId: x.documentId });
                await audit().catat({
                  ...audit().dariAktor(aktor),
                  aksi: 'RENAKSI_DIHAPUS',
                  objekTipe: 'rencana-aksi',
                  objekId: x.documentId,
                  sebelum: { uraian: x.uraian, target: x.target },
                  sesudah: null,
                  keterangan: 'Revisi RHK disetujui',
                  bertindakSebagai: sebagai,
                });
              }
            }
          }
          if (aksi === 'AJUKAN_RHK') await perbaruiSnapshotPenilai(s, k.tanggal);
          await this.catatRiwayat({
            objekTipe: 'RHK',
            objekId: rhk.documentId,
            skpDocumentId: s.documentId,
            dari: dari ?? 'DISETUJUI',
            ke: ke ?? 'DISETUJUI',
            aksi,
            aktor: saya,
            sebagai,
            catatan,
          });
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: `RHK_${aksi.replace('_RHK', '')}`,
            objekTipe: 'rhk',
            objekId: rhk.documentId,
            sebelum: { status_revisi: dari },
            sesudah: { status_revisi: ke },
            keterangan: catatan ?? undefined,
            bertindakSebagai: sebagai,
          });
        } else {
          const ke: StatusSkp = putusan.statusBaru;
          const data: Record<string, unknown> = { status: ke, updatedAt: new Date() };
          if (aksi === 'TOLAK') data.catatan_penolakan = input.catatan?.trim() ?? null;
          const r = await q(UID.skp).updateMany({ where: { id: s.id, status: s.status }, data });
          if (!r?.count) throw basi();
          // submitted to the penilai of today (a new Kabid, a Plt): the SKP names him and his inbox finds it
          if (aksi === 'AJUKAN') await perbaruiSnapshotPenilai(s, k.tanggal);
          await this.catatRiwayat({
            objekTipe: 'SKP',
            objekId: s.documentId,
            skpDocumentId: s.documentId,
            dari: s.status,
            ke,
            aksi,
            aktor: saya,
            sebagai,
            catatan,
          });
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: `SKP_${aksi}`,
            objekTipe: 'skp',
            objekId: s.documentId,
            sebelum: { status: s.status },
            sesudah: { status: ke },
            keterangan: catatan ?? undefined,
            bertindakSebagai: sebagai,
          });
        }
      });
      return rhk
        ? {
            ...skpDto(await this.muat(s.documentId)),
            rhk: { id: rhk.documentId, status_revisi: putusan.statusRhkBaru ?? null },
          }
        : skpDto(await this.muat(s.documentId));
    },

    /**
     * The capacity in which the actor is, today, the Kepala OPD of the OPD of the SKP's owner (the OPD
     * of the SKP's post, else the owner's OPD): he holds (UTAMA, PLT, PLH or PJ) a `kepala_opd` post
     * of that OPD. Null when he is not.
     */
    async kepalaOpdSkp(aktor: Aktor, s: Pick<BarisSkp, 'pegawai' | 'penugasan'>, tanggal: string) {
      if (!aktor.pegawaiId) return null;
      const pen = s.penugasan?.id
        ? await q('plugin::inti.penugasan').findOne({
            where: { id: s.penugasan.id },
            select: ['id'],
            populate: { jabatan: { select: ['id'], populate: { opd: { select: ['id'] } } } },
          })
        : null;
      let opdId = pen?.jabatan?.opd?.id ?? null;
      if (opdId == null && s.pegawai?.id) {
        const p = await q('plugin::inti.pegawai').findOne({
          where: { id: s.pegawai.id },
          select: ['id'],
          populate: { opd: { select: ['id'] } },
        });
        opdId = p?.opd?.id ?? null;
      }
      if (opdId == null) return null;
      const kepala: { id: number }[] = await q('plugin::inti.jabatan').findMany({
        where: { opd: { id: opdId }, kepala_opd: true },
        select: ['id'],
      });
      const pemegang = await organisasi().pemegangJabatan(
        kepala.map((j) => j.id),
        tanggal,
      );
      return kapasitasKepala(pemegang.filter((p) => Number(p.pegawaiId) === aktor.pegawaiId));
    },

    /**
     * POST /api/skp/:id/abaikan-konflik-duplikat {alasan}: the Kepala OPD (or Admin BKPSDM) overrides
     * the current conflicting duplicate indicators with a written reason. The override, its history row
     * and its audit record are written in one transaction; approval is then allowed until a new conflict.
     */
    async abaikanKonflik(aktor: Aktor, documentId: string, input: { alasan?: unknown }) {
      const s = await this.muat(documentId);
      const konflik = kelompokKonflik(s.peringatan);
      const putusan = putuskanAbaikan({
        status: s.status,
        kepalaOpd: await this.kepalaOpdSkp(aktor, s, hariIni()),
        adminBkpsdm: aktor.peran === 'admin_bkpsdm',
        jumlahKonflik: konflik.length,
        alasan: input.alasan,
      });
      if (!putusan.ok) throw new GalatMskp(putusan.status, putusan.kode, putusan.pesan, putusan.field, putusan.detail);
      const saya = await this.identitas(aktor);
      const nilai: KonflikDiabaikan = {
        alasan: putusan.alasan,
        oleh_nip: saya.nip,
        oleh_nama: saya.nama,
        sebagai: putusan.sebagai,
        waktu: new Date().toISOString(),
        indikator: idKonflik(konflik),
      };
      const catatan = `Konflik indikator ganda diabaikan: ${putusan.alasan}`;
      await strapi.db.transaction(async () => {
        const r = await q(UID.skp).updateMany({
          where: { id: s.id, status: s.status },
          data: { konflik_duplikat_diabaikan: nilai, updatedAt: new Date() },
        });
        if (!r?.count)
          throw new GalatMskp(409, 'DATA_KEDALUWARSA', 'Status sudah diubah oleh orang lain. Muat ulang lalu ulangi.');
        await this.catatRiwayat({
          objekTipe: 'SKP',
          objekId: s.documentId,
          skpDocumentId: s.documentId,
          dari: s.status,
          ke: s.status,
          aksi: 'ABAIKAN_KONFLIK_DUPLIKAT',
          aktor: saya,
          sebagai: putusan.sebagai,
          catatan,
        });
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'SKP_KONFLIK_DUPLIKAT_DIABAIKAN',
          objekTipe: 'skp',
          objekId: s.documentId,
          sebelum: { konflik_duplikat_diabaikan: s.konflik_duplikat_diabaikan ?? null },
          sesudah: { konflik_duplikat_diabaikan: nilai },
          keterangan: catatan,
          bertindakSebagai: putusan.sebagai,
        });
      });
      const sesudah = await this.muat(s.documentId);
      return this.isiDetail(sesudah, await this.kedudukan(aktor, sesudah));
    },

    /** GET /api/skp/:id/riwayat: SKP and RHK history, newest first. */
    async riwayat(aktor: Aktor, documentId: string) {
      const s = await this.muat(documentId);
      this.wajibLihat(await this.kedudukan(aktor, s));
      const rows: BarisRiwayat[] = await q(UID.riwayat).findMany({
        where: { skp: { id: s.id } },
        orderBy: [{ waktu: 'desc' }, { id: 'desc' }],
      });
      return rows.map((r) => ({
        id: r.documentId,
        objek_tipe: r.objek_tipe,
        objek_id: r.objek_id,
        aksi: r.aksi,
        dari: r.dari ?? null,
        ke: r.ke,
        aktor_nip: r.aktor_nip,
        aktor_nama: r.aktor_nama,
        bertindak_sebagai: r.bertindak_sebagai,
        catatan: r.catatan ?? null,
        waktu: r.waktu,
      }));
    },

    berakhlak(tanggal?: string): Berakhlak {
      return layanan(strapi, 'inti', 'kebijakan').nilai('berakhlak', tanggal) as Berakhlak;
    },

    async daftarEkspektasi(s: Pick<BarisSkp, 'id' | 'periode_mulai'>) {
      const ref = this.berakhlak(s.periode_mulai);
      const rows: BarisEkspektasi[] = await q(UID.ekspektasi).findMany({
        where: { skp: { id: s.id } },
        select: ['kode', 'ekspektasi', 'diisi_oleh_nip'],
      });
      const peta = new Map(rows.map((r) => [r.kode, r]));
      return ref.nilai_dasar.map((n) => ({
        kode: n.kode,
        nama: n.nama,
        perilaku: n.perilaku,
        ekspektasi: peta.get(n.kode)?.ekspektasi ?? null,
      }));
    },

    /** PUT /api/skp/:id/ekspektasi: the penilai writes the ekspektasi khusus pimpinan per core value. */
    async isiEkspektasi(aktor: Aktor, documentId: string, daftar: { kode: string; ekspektasi: string }[]) {
      const s = await this.muat(documentId);
      const k = await this.kedudukan(aktor, s);
      lempar(putuskan({ aksi: 'ISI_EKSPEKTASI', status: s.status, pelaku: k.pelaku }));
      pastikan(
        aturanEkspektasi(daftar, [
          ...new Set<string>(this.berakhlak(s.periode_mulai).nilai_dasar.map((n: { kode: string }) => n.kode)),
        ]),
      );
      const saya = await this.identitas(k.aktor);
      await strapi.db.transaction(async () => {
        const ada: { id: number; kode: string }[] = await q(UID.ekspektasi).findMany({
          where: { skp: { id: s.id } },
          select: ['id', 'kode'],
        });
        const peta = new Map(ada.map((r) => [r.kode, r.id]));
        for (const d of daftar) {
          const id = peta.get(d.kode);
          if (id)
            await q(UID.ekspektasi).update({
              where: { id },
              data: { ekspektasi: d.ekspektasi, diisi_oleh_nip: saya.nip },
            });
          else
            await strapi.documents(UID.ekspektasi).create({
              data: { skp: s.documentId, kode: d.kode, ekspektasi: d.ekspektasi, diisi_oleh_nip: saya.nip },
            });
        }
        await audit().catat({
          ...audit().dariAktor(aktor),
          aksi: 'SKP_EKSPEKTASI_DIISI',
          objekTipe: 'skp',
          objekId: s.documentId,
          sesudah: daftar,
          bertindakSebagai: k.sebagaiPenilai,
        });
      });
      return this.daftarEkspektasi(s);
    },

    /**
     * The RHK an SKP may intervene (cascading picker, and the check of rhk_atasan on write): the RHK of
     * the SKP's penilai at the date, from his SKP of the same year that is submitted or approved.
     */
    async pilihanRhkAtasan(s: BarisSkp, tanggal?: string): Promise<BarisRhkAtasan[]> {
      const t = tanggal ?? tanggalAcuan(hariIni(), s.periode_mulai, s.periode_akhir);
      const penilai = await this.penilaiSkp(s, t);
      if (!penilai) return [];
      return q(UID.rhk).findMany({
        where: {
          skp: {
            pegawai: { id: Number(penilai.pegawaiId) },
            tahun: s.tahun,
            status: { $in: [...STATUS_RHK_ATASAN_BOLEH] },
          },
        },
        orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }, { id: 'asc' }],
        populate: { skp: { select: ['documentId', 'status', 'pegawai_nip', 'pegawai_nama', 'pegawai_jabatan'] } },
      });
    },

    /** GET /api/skp/rhk-atasan?skp=:id */
    async rhkAtasan(aktor: Aktor, skpDocumentId: string) {
      const s = await this.muat(skpDocumentId);
      this.wajibLihat(await this.kedudukan(aktor, s));
      const rows = await this.pilihanRhkAtasan(s);
      return rows.map((r) => ({
        id: r.documentId,
        jenis: r.jenis,
        uraian: r.uraian,
        urutan: r.urutan,
        perspektif: r.perspektif ?? null,
        skp: {
          id: r.skp.documentId,
          status: r.skp.status,
          nip: r.skp.pegawai_nip,
          nama: r.skp.pegawai_nama,
          jabatan: r.skp.pegawai_jabatan,
        },
      }));
    },
  };
};
