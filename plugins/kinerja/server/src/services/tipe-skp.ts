/**
 * The stored rows of the SKP plan as the skp, rencana and versi services read them (query engine rows with
 * the relations they populate), and the shapes they answer with. Kept in one file so services and prints
 * name the same row.
 */
import type { StatusRevisi, StatusSkp } from '../domain/alur';
import type { KonflikDiabaikan } from '../domain/konflik';
import type { JenisSkp } from '../domain/skp';

/** A pegawai as a relation populates it (identity and printed name). */
export interface PegawaiRingkas {
  id: number;
  documentId: string;
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
}

/** The prefixes of the snapshot columns of an SKP (pegawai, penilai, atasan penilai). */
export type AwalanSnapshot = 'pegawai' | 'penilai' | 'atasan_penilai';
type BidangSnapshot = 'nip' | 'nama' | 'jabatan' | 'unit' | 'golongan' | 'sebagai';
/** `<awalan>_<bidang>` snapshot columns, e.g. `penilai_nip`. */
export type KolomSnapshot = { [K in `${AwalanSnapshot}_${BidangSnapshot}`]?: string | null };

/** The lampiran of an SKP (free text lists per heading). */
export type LampiranSkp = Record<string, string[]>;

/** An SKP row as `skp.muat` loads it (POPULATE_SKP). */
export interface BarisSkp extends KolomSnapshot {
  id: number;
  documentId: string;
  tahun: number;
  periode_mulai: string;
  periode_akhir: string;
  jenis: JenisSkp;
  pendekatan: string;
  status: StatusSkp;
  /** the owner (set on creation, never removed) */
  pegawai: PegawaiRingkas;
  penugasan: {
    id: number;
    documentId: string;
    jenis: string;
    jabatan: { id: number; documentId: string; nama: string } | null;
  } | null;
  penilai_pegawai?: { id: number; documentId: string } | null;
  dokumen_ditandatangani?: {
    id: number;
    name: string;
    size?: number | string | null;
    provider_metadata?: { ukuran_byte?: number } | null;
  } | null;
  lampiran?: LampiranSkp | null;
  catatan_penolakan?: string | null;
  /** conflict groups (domain/duplikat peringatanDuplikat), read through domain/konflik kelompokKonflik */
  peringatan?: unknown;
  konflik_duplikat_diabaikan?: KonflikDiabaikan | null;
  updatedAt: string | Date;
}

/** An RHK row (its own columns; relations only when populated). */
export interface BarisRhk {
  id: number;
  documentId: string;
  /** enumeration column */
  jenis: 'UTAMA' | 'TAMBAHAN';
  uraian: string;
  urutan: number;
  perspektif?: string | null;
  status_revisi?: StatusRevisi;
  catatan_penolakan?: string | null;
  ekak_sasaran_id?: string | null;
  ekak_indikator_id?: string | null;
  is_sasaran_prioritas?: boolean | null;
  terdapat_inovasi?: boolean | null;
  inovasi?: unknown;
  is_perintah_walikota?: boolean | null;
  /** the frozen approved version while the RHK is under revision (domain/versi bacaVersi reads it) */
  versi_disetujui?: unknown;
  rhk_atasan?: { id?: number; documentId: string; uraian: string } | null;
  skp?: { id?: number; documentId: string } | null;
}

/** An IKI row. */
export interface BarisIki {
  id: number;
  documentId: string;
  uraian: string;
  aspek: string;
  target_teks: string;
  target_min: number | string | null;
  target_max: number | string | null;
  satuan: string;
  polaritas: string;
  sifat_target: string;
  urutan: number;
  disembunyikan?: boolean | null;
  duplikat_dari?: string | null;
  rhk?: { id?: number; documentId?: string } | null;
}

/** A history row (riwayat-validasi). */
export interface BarisRiwayat {
  documentId: string;
  objek_tipe: string;
  objek_id: string;
  aksi: string;
  dari: string | null;
  ke: string;
  aktor_nip: string | null;
  aktor_nama: string | null;
  bertindak_sebagai: string | null;
  catatan: string | null;
  waktu: string | Date;
}

/** A penilai's RHK offered by the cascading picker, with its SKP. */
export interface BarisRhkAtasan extends BarisRhk {
  skp: {
    documentId: string;
    status: string;
    pegawai_nip: string | null;
    pegawai_nama: string | null;
    pegawai_jabatan: string | null;
  };
}

/** A snapshot of a person on an SKP answer. */
export interface SnapshotOrang {
  nip: string | null;
  nama: string | null;
  jabatan: string | null;
  unit: string | null;
  golongan: string | null;
  sebagai?: string | null;
}
