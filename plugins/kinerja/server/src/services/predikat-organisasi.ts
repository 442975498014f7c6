import type { Core } from '@strapi/strapi';
import { GalatMskp, namaLengkap, pastikan, type Aktor, type LayananInti, layanan } from '@m-skp/inti';
import {
  periksaKurva,
  predikatOrganisasiDariCapaian,
  teksAturan,
  PREDIKAT_ORGANISASI,
  type KebijakanPredikat,
  type KodePredikat,
  type PredikatOrganisasi,
  type HasilKurva,
} from '../domain/predikat';
import {
  satuPerPegawai,
  overrideMenutup,
  aturanTetapkanPredikat,
  aturanFinalkanPredikat,
  aturanOverridePredikat,
  aturanBacaPredikat,
  type OverrideKurva,
} from '../domain/predikat-organisasi';
import { tanggalAcuanBulan } from './capaian';

/** A row to write through the Document Service: kinerja's attributes are not in Strapi's generated types. */
type Data = Record<string, unknown>;

/** A kepala_opd post with its OPD (lean select). */
interface BarisJabatanKepala {
  id: number;
  nama: string;
  opd: { id: number } | null;
}

/** A counted evaluation of the month with its pegawai and the SKP's assignment (lean select). */
interface BarisEvaluasiBulan {
  id: number;
  rating_hasil: number | string;
  rating_perilaku: number | string;
  predikat_kode: number | string;
  predikat_nama: string;
  perilaku_source: EvaluasiPegawai['perilaku_source'];
  pegawai_nip: string | null;
  pegawai_nama: string | null;
  pegawai_jabatan: string | null;
  pegawai: {
    id: number;
    nip: string;
    nama: string;
    gelar_depan?: string | null;
    gelar_belakang?: string | null;
    opd?: { id: number } | null;
  } | null;
  skp: { penugasan?: { jenis: string } | null } | null;
}

/** A stored organisation predikat of one OPD and month. */
export interface BarisPredikatOrganisasi {
  id: number;
  documentId: string;
  kunci_unik: string;
  tahun: number;
  periode_jenis: string;
  periode: number;
  predikat: PredikatOrganisasi;
  usulan?: PredikatOrganisasi | null;
  /** a decimal column: a string on some databases */
  capaian_opd?: number | string | null;
  status: string;
  alasan?: string | null;
  ditetapkan_oleh_nip?: string | null;
  ditetapkan_oleh_nama?: string | null;
  ditetapkan_sebagai?: string | null;
  ditetapkan_pada?: Date | string | null;
  final_oleh?: string | null;
  final_pada?: Date | string | null;
  override_kurva?: OverrideKurva | null;
  opd?: { id: number } | null;
}

/** An OPD as the predikat reads it. */
export interface OpdPredikat {
  id: number;
  documentId: string;
  kode_opd: string;
  nama: string;
  singkatan?: string | null;
}

/** A holder of the OPD's kepala_opd post. */
export interface KepalaOpd {
  pegawaiId: number;
  jenis: string;
  jabatan: string;
}

/** Everything about one OPD's predikat for a month (`keadaan`). */
export interface KeadaanPredikatOpd {
  aktor: Aktor;
  hak: PeranPredikat;
  opd: OpdPredikat;
  tanggal: string;
  kepala: KepalaOpd[];
  k: KebijakanPredikat;
  row: BarisPredikatOrganisasi | null;
  evaluasi: EvaluasiPegawai[];
  usulan: { capaian: number | null; predikat: PredikatOrganisasi | null };
  predikat: PredikatOrganisasi | null;
  kurva: HasilKurva & { aturan: string[] };
  override: OverrideKurva | null;
  tertutup: boolean;
}

export const UID_PREDIKAT_ORGANISASI = 'plugin::kinerja.predikat-organisasi';
export const UID_EVALUASI = 'plugin::kinerja.evaluasi';

const dua = (n: number) => String(n).padStart(2, '0');
export const kunciPredikatOrganisasi = (opdId: number, tahun: number, bulan: number) =>
  `${opdId}:${tahun}:BULANAN:${bulan}`;

export interface PeriodeOpd {
  kode_opd: string;
  tahun: number;
  bulan: number;
}

/** How the actor stands towards an OPD's predikat in a month. */
export type PeranPredikat = { baca: boolean; tetapkan: boolean; override: boolean; sebagai: string | null };

/** One counted evaluation of the month, as the report lists it. */
export interface EvaluasiPegawai {
  id: number;
  pegawaiId: number;
  opdId: number | null;
  nip: string;
  nama: string;
  jabatan: string | null;
  rating_hasil: number;
  rating_perilaku: number;
  predikat_kode: KodePredikat;
  predikat_nama: string;
  perilaku_source: string;
  jenisPenugasan: string | null;
}

/**
 * Predikat organisasi per OPD per month (domain.md §5): the stored value or the proposal from the OPD
 * capaian (the Kepala OPD's figure, the mean of his direct structural subordinates), its setting by the
 * Kepala OPD (the holder of the OPD's `kepala_opd` post that month, Plt included) or Admin BKPSDM, the
 * final approval refused while the kurva distribusi quotas block, and BKPSDM's written override.
 * The month's evaluations are read from `plugin::kinerja.evaluasi` in one query for all the OPD asked.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const inti = <N extends keyof LayananInti & string>(nama: N) => layanan(strapi, 'inti', nama);

  return {
    kebijakan(tahun: number, bulan: number): KebijakanPredikat {
      return inti('kebijakan').nilai('predikat', `${tahun}-${dua(bulan)}-01`);
    },

    /** The OPD of a kode_opd, or 404 naming the field. */
    async opd(kode: string): Promise<OpdPredikat> {
      const o: OpdPredikat | null = await q('plugin::inti.opd').findOne({
        where: { kode_opd: kode },
        select: ['id', 'documentId', 'kode_opd', 'nama', 'singkatan'],
      });
      if (!o) throw new GalatMskp(404, 'OPD_TIDAK_DITEMUKAN', `OPD dengan kode "${kode}" tidak ditemukan.`, 'kode_opd');
      return o;
    },

    /** Holders of the `kepala_opd` posts of the OPD at the date (definitive first, then Plt, Plh, Pj), per OPD id. */
    async kepalaOpd(opdIds: number[], tanggal: string): Promise<Map<number, KepalaOpd[]>> {
      const hasil = new Map<number, KepalaOpd[]>();
      if (!opdIds.length) return hasil;
      const jab: BarisJabatanKepala[] = await q('plugin::inti.jabatan').findMany({
        where: { opd: { id: { $in: opdIds } }, kepala_opd: true },
        select: ['id', 'nama'],
        populate: { opd: { select: ['id'] } },
      });
      const pemegang = await inti('organisasi').pemegangJabatan(
        jab.map((j) => j.id),
        tanggal,
      );
      const urutan = ['UTAMA', 'PLT', 'PLH', 'PJ'];
      for (const j of jab) {
        const orang = pemegang
          .filter((p) => Number(p.jabatanId) === j.id)
          .sort((a, b) => urutan.indexOf(a.jenis) - urutan.indexOf(b.jenis))
          .map((p) => ({ pegawaiId: Number(p.pegawaiId), jenis: p.jenis, jabatan: j.nama }));
        hasil.set(j.opd!.id, [...(hasil.get(j.opd!.id) ?? []), ...orang]);
      }
      return hasil;
    },

    /**
     * Rights on one OPD's predikat: read (BKPSDM, Inspektorat; Admin OPD and the Kepala OPD of that OPD),
     * set and finalise (Kepala OPD, BKPSDM), override (BKPSDM only). Fails closed. (BKAD does not reach the
     * kinerja area at all: the route policy refuses it first.)
     */
    peran(aktor: Aktor, opdId: number, kepala: { pegawaiId: number; jenis: string }[]): PeranPredikat {
      const tidak: PeranPredikat = { baca: false, tetapkan: false, override: false, sebagai: null };
      if (aktor.token) return tidak;
      if (aktor.peran === 'admin_bkpsdm') return { baca: true, tetapkan: true, override: true, sebagai: 'ADMIN' };
      if (aktor.peran === 'inspektorat') return { ...tidak, baca: true };
      if (aktor.peran === 'admin_opd' && aktor.opdId === opdId) return { ...tidak, baca: true };
      const k = aktor.pegawaiId != null ? kepala.find((x) => x.pegawaiId === aktor.pegawaiId) : undefined;
      if (k && aktor.peran === 'pegawai')
        return { baca: true, tetapkan: true, override: false, sebagai: k.jenis === 'UTAMA' ? 'DEFINITIF' : k.jenis };
      return tidak;
    },

    /** OPD ids an actor may read without naming one: every OPD (null) for the city-wide roles, else his own / the one he heads. */
    async opdTerjangkau(aktor: Aktor, tanggal: string): Promise<number[] | null> {
      if (aktor.token) return [];
      if (['admin_bkpsdm', 'inspektorat', 'bkad'].includes(String(aktor.peran))) return null;
      if (aktor.peran === 'admin_opd') return aktor.opdId != null ? [aktor.opdId] : [];
      if (aktor.peran !== 'pegawai' || aktor.pegawaiId == null) return [];
      const milik = await inti('organisasi').penugasanPegawai(aktor.pegawaiId, tanggal);
      if (!milik.length) return [];
      const jab: Pick<BarisJabatanKepala, 'id' | 'opd'>[] = await q('plugin::inti.jabatan').findMany({
        where: { id: { $in: milik.map((p) => Number(p.jabatanId)) }, kepala_opd: true },
        select: ['id'],
        populate: { opd: { select: ['id'] } },
      });
      return [...new Set<number>(jab.map((j) => j.opd?.id).filter((x): x is number => x != null))];
    },

    /** The counted evaluations of the month for the OPD (null = every OPD), one per pegawai, in one query. */
    async evaluasiBulan(opdIds: number[] | null, tahun: number, bulan: number): Promise<EvaluasiPegawai[]> {
      if (opdIds && !opdIds.length) return [];
      const rows: BarisEvaluasiBulan[] = await q(UID_EVALUASI).findMany({
        where: {
          tahun,
          periode_jenis: 'BULANAN',
          periode: bulan,
          ...(opdIds ? { pegawai: { opd: { id: { $in: opdIds } } } } : {}),
        },
        select: [
          'id',
          'rating_hasil',
          'rating_perilaku',
          'predikat_kode',
          'predikat_nama',
          'perilaku_source',
          'pegawai_nip',
          'pegawai_nama',
          'pegawai_jabatan',
        ],
        populate: {
          pegawai: {
            select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
            populate: { opd: { select: ['id'] } },
          },
          skp: { select: ['id'], populate: { penugasan: { select: ['id', 'jenis'] } } },
        },
      });
      const daftar: EvaluasiPegawai[] = rows
        .filter((r): r is BarisEvaluasiBulan & { pegawai: NonNullable<BarisEvaluasiBulan['pegawai']> } => !!r.pegawai)
        .map((r) => ({
          id: r.id,
          pegawaiId: r.pegawai.id,
          opdId: r.pegawai.opd?.id ?? null,
          nip: r.pegawai_nip || r.pegawai.nip,
          nama: r.pegawai_nama || namaLengkap(r.pegawai),
          jabatan: r.pegawai_jabatan ?? null,
          rating_hasil: Number(r.rating_hasil),
          rating_perilaku: Number(r.rating_perilaku),
          predikat_kode: Number(r.predikat_kode) as KodePredikat,
          predikat_nama: r.predikat_nama,
          perilaku_source: r.perilaku_source,
          jenisPenugasan: r.skp?.penugasan?.jenis ?? null,
        }));
      return satuPerPegawai(daftar).sort((a, b) => a.nama.localeCompare(b.nama, 'id') || a.nip.localeCompare(b.nip));
    },

    /** Stored predikat rows of the month, per OPD id (null = every OPD), in one query. */
    async tersimpan(
      opdIds: number[] | null,
      tahun: number,
      bulan: number,
    ): Promise<Map<number, BarisPredikatOrganisasi>> {
      if (opdIds && !opdIds.length) return new Map();
      const rows: BarisPredikatOrganisasi[] = await q(UID_PREDIKAT_ORGANISASI).findMany({
        where: { tahun, periode_jenis: 'BULANAN', periode: bulan, ...(opdIds ? { opd: { id: { $in: opdIds } } } : {}) },
        populate: { opd: { select: ['id'] } },
      });
      return new Map(rows.filter((r) => r.opd).map((r) => [r.opd!.id, r]));
    },

    /** The proposal from the OPD capaian: the Kepala OPD's figure (mean of his direct subordinates), null without a head. */
    async usulan(
      kepala: { pegawaiId: number }[],
      tahun: number,
      bulan: number,
      k: KebijakanPredikat,
    ): Promise<{ capaian: number | null; predikat: PredikatOrganisasi | null }> {
      if (!kepala.length) return { capaian: null, predikat: null };
      const c = await layanan(strapi, 'kinerja', 'capaian').pegawai(kepala[0].pegawaiId, tahun, bulan);
      const capaian = c.capaian == null ? null : Number(c.capaian);
      return { capaian, predikat: capaian == null ? null : predikatOrganisasiDariCapaian(capaian, k) };
    },

    /** The quota check of the month for one OPD's evaluations and organisation predikat (null → nothing to check). */
    kurva(
      predikat: PredikatOrganisasi | null,
      evaluasi: EvaluasiPegawai[],
      k: KebijakanPredikat,
    ): HasilKurva & { aturan: string[] } {
      const kode = evaluasi.map((e) => e.predikat_kode);
      if (!predikat) {
        const h = periksaKurva('ISTIMEWA', kode, k);
        return { ...h, pelanggaran: [], blokir: false, aturan: [] };
      }
      return { ...periksaKurva(predikat, kode, k), aturan: k.kurva[predikat].map((a) => teksAturan(a, k)) };
    },

    nama(
      kode: PredikatOrganisasi | null | undefined,
      k: KebijakanPredikat,
    ): { kode: PredikatOrganisasi; nama: string } | null {
      return kode ? { kode, nama: k.organisasi.find((o) => o.kode === kode)?.nama ?? kode } : null;
    },

    /**
     * Everything about one OPD's predikat for a month: stored row, proposal, evaluations, quota check
     * and the actor's rights. 404 for an unknown kode_opd, 403 outside the actor's reach.
     */
    async keadaan(aktor: Aktor, p: PeriodeOpd): Promise<KeadaanPredikatOpd> {
      const opd = await this.opd(p.kode_opd);
      const tanggal = tanggalAcuanBulan(p.tahun, p.bulan);
      const kepala = (await this.kepalaOpd([opd.id], tanggal)).get(opd.id) ?? [];
      const hak = this.peran(aktor, opd.id, kepala);
      pastikan(aturanBacaPredikat(hak));
      const k = this.kebijakan(p.tahun, p.bulan);
      const row = (await this.tersimpan([opd.id], p.tahun, p.bulan)).get(opd.id) ?? null;
      const evaluasi = await this.evaluasiBulan([opd.id], p.tahun, p.bulan);
      const usulan = await this.usulan(kepala, p.tahun, p.bulan, k);
      const predikat: PredikatOrganisasi | null = row?.predikat ?? usulan.predikat;
      const kurva = this.kurva(predikat, evaluasi, k);
      const override: OverrideKurva | null = row?.override_kurva ?? null;
      const tertutup = overrideMenutup(override, predikat as PredikatOrganisasi, kurva.pelanggaran);
      return { aktor, hak, opd, tanggal, kepala, k, row, evaluasi, usulan, predikat, kurva, override, tertutup };
    },

    /** GET /api/predikat-organisasi body. */
    async ambil(aktor: Aktor, p: PeriodeOpd) {
      const s = await this.keadaan(aktor, p);
      return this.dto(s, p);
    },

    dto(s: KeadaanPredikatOpd, p: PeriodeOpd) {
      const { row, k, usulan, kurva, hak, override, tertutup, predikat } = s;
      const final = row?.status === 'FINAL';
      return {
        opd: { kode_opd: s.opd.kode_opd, nama: s.opd.nama, singkatan: s.opd.singkatan ?? null },
        tahun: p.tahun,
        bulan: p.bulan,
        predikat: this.nama(predikat, k),
        sumber: row ? 'DITETAPKAN' : 'USULAN',
        usulan: this.nama(row?.usulan ?? usulan.predikat, k),
        capaian_opd: usulan.capaian ?? (row?.capaian_opd != null ? Number(row.capaian_opd) : null),
        status: row?.status ?? 'DRAFT',
        alasan: row?.alasan ?? null,
        ditetapkan_oleh: row
          ? { nip: row.ditetapkan_oleh_nip, nama: row.ditetapkan_oleh_nama, sebagai: row.ditetapkan_sebagai }
          : null,
        ditetapkan_pada: row?.ditetapkan_pada ?? null,
        final_oleh: row?.final_oleh ?? null,
        final_pada: row?.final_pada ?? null,
        override,
        kurva: {
          n: kurva.n,
          aturan: kurva.aturan,
          pelanggaran: kurva.pelanggaran.map((x) => ({ aturan: x.aturan, pesan: x.pesan })),
          hanya_peringatan: kurva.hanyaPeringatan,
          blokir: kurva.blokir && !tertutup,
          blokir_tanpa_override: kurva.blokir,
        },
        pilihan: PREDIKAT_ORGANISASI.map((x) => this.nama(x, k)),
        boleh: {
          tetapkan: hak.tetapkan && !final,
          finalkan: hak.tetapkan && !final && !!row && !(kurva.blokir && !tertutup),
          override: hak.override && !final && !!row && kurva.blokir && !tertutup,
        },
      };
    },

    /** Who acts, for the stored fields and the audit. */
    async penanda(aktor: Aktor, sebagai: string | null) {
      if (aktor.pegawaiId != null) {
        const pg = await q('plugin::inti.pegawai').findOne({
          where: { id: aktor.pegawaiId },
          select: ['nip', 'nama', 'gelar_depan', 'gelar_belakang'],
        });
        if (pg) return { nip: pg.nip, nama: namaLengkap(pg), sebagai };
      }
      return { nip: aktor.username ?? '-', nama: aktor.username ?? '-', sebagai };
    },

    /** PUT /api/predikat-organisasi: the Kepala OPD or BKPSDM sets the predikat with a reason. */
    async tetapkan(aktor: Aktor, p: PeriodeOpd & { predikat: PredikatOrganisasi; alasan: string }) {
      await inti('periode').wajibTerbuka(p.tahun, p.bulan);
      const s = await this.keadaan(aktor, p);
      pastikan(aturanTetapkanPredikat(s));
      const oleh = await this.penanda(s.aktor, s.hak.sebagai);
      const audit = inti('audit');
      await strapi.db.transaction(async () => {
        const data: Record<string, unknown> = {
          predikat: p.predikat,
          usulan: s.usulan.predikat,
          capaian_opd: s.usulan.capaian,
          alasan: p.alasan,
          ditetapkan_oleh_nip: oleh.nip,
          ditetapkan_oleh_nama: oleh.nama,
          ditetapkan_sebagai: oleh.sebagai,
          ditetapkan_pada: new Date(),
          // an override waived the violations of one predikat: a different predikat needs its own
          ...(s.row && s.row.predikat !== p.predikat ? { override_kurva: null } : {}),
        };
        if (s.row) await strapi.documents(UID_PREDIKAT_ORGANISASI).update({ documentId: s.row.documentId, data });
        else
          await strapi.documents(UID_PREDIKAT_ORGANISASI).create({
            data: {
              ...data,
              opd: s.opd.documentId,
              tahun: p.tahun,
              periode_jenis: 'BULANAN',
              periode: p.bulan,
              kunci_unik: kunciPredikatOrganisasi(s.opd.id, p.tahun, p.bulan),
              status: 'DRAFT',
            },
          });
        await audit.catat({
          ...audit.dariAktor(aktor),
          aksi: 'PREDIKAT_ORGANISASI_DITETAPKAN',
          objekTipe: 'predikat-organisasi',
          objekId: kunciPredikatOrganisasi(s.opd.id, p.tahun, p.bulan),
          sebelum: s.row ? { predikat: s.row.predikat, alasan: s.row.alasan } : null,
          sesudah: {
            kode_opd: p.kode_opd,
            tahun: p.tahun,
            bulan: p.bulan,
            predikat: p.predikat,
            usulan: s.usulan.predikat,
            capaian_opd: s.usulan.capaian,
          },
          keterangan: p.alasan,
          bertindakSebagai: oleh.sebagai,
        });
      });
      return this.ambil(aktor, p);
    },

    /** POST /api/predikat-organisasi/final: refused 409 KURVA_DILANGGAR while the quotas block and no override covers them. */
    async finalkan(aktor: Aktor, p: PeriodeOpd) {
      await inti('periode').wajibTerbuka(p.tahun, p.bulan);
      const s = await this.keadaan(aktor, p);
      pastikan(aturanFinalkanPredikat(s));
      const row = s.row!; // the rule refuses a period without a stored row
      const oleh = await this.penanda(s.aktor, s.hak.sebagai);
      const audit = inti('audit');
      await strapi.db.transaction(async () => {
        await strapi.documents(UID_PREDIKAT_ORGANISASI).update({
          documentId: row.documentId,
          data: { status: 'FINAL', final_oleh: oleh.nip, final_pada: new Date() } as Data,
        });
        await audit.catat({
          ...audit.dariAktor(aktor),
          aksi: 'PREDIKAT_ORGANISASI_FINAL',
          objekTipe: 'predikat-organisasi',
          objekId: row.kunci_unik,
          sebelum: { status: row.status },
          sesudah: {
            status: 'FINAL',
            predikat: row.predikat,
            n: s.kurva.n,
            pelanggaran: s.kurva.pelanggaran.map((x) => x.aturan),
            hanya_peringatan: s.kurva.hanyaPeringatan,
            override: s.tertutup && s.kurva.blokir,
          },
          bertindakSebagai: oleh.sebagai,
        });
      });
      return this.ambil(aktor, p);
    },

    /** POST /api/predikat-organisasi/override: Admin BKPSDM waives the standing violations with a written reason. */
    async override(aktor: Aktor, p: PeriodeOpd & { alasan: string }) {
      await inti('periode').wajibTerbuka(p.tahun, p.bulan);
      const s = await this.keadaan(aktor, p);
      pastikan(aturanOverridePredikat(s));
      const row = s.row!; // the rule refuses a period without a stored row
      const oleh = await this.penanda(s.aktor, 'ADMIN');
      const override: OverrideKurva = {
        alasan: p.alasan,
        oleh: `${oleh.nama} (${oleh.nip})`,
        waktu: new Date().toISOString(),
        predikat: row.predikat,
        pelanggaran: s.kurva.pelanggaran.map((x) => ({ aturan: x.aturan, pesan: x.pesan })),
      };
      const audit = inti('audit');
      await strapi.db.transaction(async () => {
        await strapi
          .documents(UID_PREDIKAT_ORGANISASI)
          .update({ documentId: row.documentId, data: { override_kurva: override } as Data });
        await audit.catat({
          ...audit.dariAktor(aktor),
          aksi: 'OVERRIDE_KURVA_PREDIKAT',
          objekTipe: 'predikat-organisasi',
          objekId: row.kunci_unik,
          sebelum: { override_kurva: row.override_kurva ?? null },
          sesudah: { kode_opd: p.kode_opd, tahun: p.tahun, bulan: p.bulan, ...override },
          keterangan: p.alasan,
          bertindakSebagai: 'ADMIN',
        });
      });
      return this.ambil(aktor, p);
    },
  };
};
