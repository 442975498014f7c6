/**
 * What the prints and exports read of stored rows and of kinerja's answers: only the fields used here, so a
 * service says what it depends on instead of passing untyped values around. Rows come from `strapi.db.query` (untyped);
 * these interfaces are the shape the populate/select of each query asks for.
 */
import type {
  BarisEvaluasi as BarisEvaluasiKinerja,
  BarisSkp,
  HasilRenaksi,
  HasilRhk,
  LayananKinerja,
  OverrideKurva,
  PredikatOrganisasi,
} from '@m-skp/kinerja';
import type { JenisSkp, Lampiran, OrangCetak, RhkCetak } from '../domain/skp';
import type { RenaksiEvaluasi } from '../domain/evaluasi';
import type { LaporanOpd, PegawaiLaporan, RekapOpd } from '../domain/predikat';

/** An SKP row as kinerja's skp service `muat` loads it (post with its kind and jabatan). */
export type SkpMentah = BarisSkp;

/** An RHK of kinerja's SKP detail (its documentId as `id`). */
export interface RhkDetail extends RhkCetak {
  id: string;
}

/** The SKP as kinerja's skp service shows it (`detail` / `isiDetail`): snapshots, RHK/IKI, ekspektasi, lampiran. */
export interface SkpDetail {
  id: string;
  tahun: number;
  jenis: JenisSkp;
  pendekatan?: string | null;
  periode_mulai: string;
  periode_akhir: string;
  pegawai_snapshot?: OrangCetak | null;
  pegawai?: { id?: string; nama: string; nip: string } | null;
  penugasan?: { id?: string; jabatan?: string | null } | null;
  penilai: OrangCetak | null;
  atasan_penilai?: OrangCetak | null;
  rhk: RhkDetail[];
  ekspektasi?: { kode: string; ekspektasi?: string | null }[] | null;
  lampiran?: Lampiran | null;
}

/** A stored `plugin::kinerja.evaluasi` row (kinerja's shape) with the populate of the evaluation prints. */
export interface BarisEvaluasi extends BarisEvaluasiKinerja {
  skp_dinilai?: unknown;
  skp: {
    id: number;
    documentId: string;
    status: string;
    penugasan?: {
      id: number;
      jenis: string;
      jabatan?: { id: number; opd?: { id: number; nama: string } | null } | null;
    } | null;
  };
  pegawai?: { id: number; documentId: string; nip: string } | null;
  penilai_pegawai?: { id: number } | null;
}

/** One month of an RHK in a month figure: kinerja's capaian answer or the `skp_dinilai` stored with an evaluation. */
export interface RhkBulanDinilai {
  id: string;
  capaian: number | null;
  renaksi: RenaksiEvaluasi[];
}
/** A month figure as the evaluation print reads it. */
export interface BulanDinilai {
  bulan?: number;
  rhk: RhkBulanDinilai[];
}
/** `skp_dinilai` of an evaluation: the SKP as evaluated (RHK/IKI and month figures). */
export interface SkpDinilai {
  rhk: RhkDetail[];
  bulan: BulanDinilai[];
}

/** A stored `plugin::kinerja.predikat-organisasi` row (the fields the reports read). */
export interface BarisPredikatOrganisasi {
  id: number;
  predikat: PredikatOrganisasi | null;
  usulan?: PredikatOrganisasi | null;
  status: string;
  periode_jenis?: string;
  capaian_opd?: number | string | null;
  alasan?: string | null;
  override_kurva?: OverrideKurva | null;
  opd?: { id: number } | null;
}

/** A pegawai's name parts and NIP (signature blocks). */
export interface NamaPegawai {
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
}

/** kinerja's month figure of a pegawai (capaian service `pegawai`). */
export type CapaianPegawai = Awaited<ReturnType<LayananKinerja['capaian']['pegawai']>>;
/** A renaksi of the month figure with what the capaian service adds to the rule's result (its text and RTP flag). */
export interface RenaksiCapaian extends HasilRenaksi {
  uraian: string;
  satuan: string;
  sebagai_rtp: boolean;
}
/** An RHK of the month figure with its renaksi as above. */
export interface RhkCapaian extends HasilRhk {
  renaksi: RenaksiCapaian[];
}
/** The RHK of a month figure with the fields the capaian service adds (its declared type is the rule's `HasilRhk`). */
export const rhkCapaian = (c: CapaianPegawai): RhkCapaian[] => c.rhk as RhkCapaian[];
/** One counted evaluation of a month (kinerja's predikat-organisasi `evaluasiBulan`). */
export type EvaluasiBulan = Awaited<ReturnType<LayananKinerja['predikat-organisasi']['evaluasiBulan']>>[number];
/** The holder of an OPD's kepala post (kinerja's predikat-organisasi `kepalaOpd`). */
export interface KepalaOpd {
  pegawaiId: number;
  jenis: string;
  jabatan: string;
}

/** The Laporan Predikat of one OPD as its files read it (the JSON body `data`). */
export interface DataLaporanOpd extends LaporanOpd {
  periode: { tahun: number; bulan: number; teks: string };
  pegawai: PegawaiLaporan[];
  kurva_minimal_pegawai: number;
}
/** The city recap as its files read it (the JSON body `data` without kode_opd). */
export interface DataRekap {
  periode: { tahun: number; bulan: number; teks: string };
  predikat: { kode: number; nama: string }[];
  opd: RekapOpd[];
}
