/**
 * Rows the tpp services read and write, typed by what they use: the TPP run's inputs (read over the link
 * tables by hitung.ts), the line it writes (tulis-tpp.ts) and the pegawai it computes.
 */
import type { KolomUangTpp } from '../domain/riwayat';
import type { AlasanTpp } from '../domain/tpp';

/** The jabatan of a post as the run reads it. */
export interface JabatanRun {
  id: number;
  kode: string | null;
  nama: string;
  jenis: string;
  jenjang: string | null;
  eselon: string | null;
  kelas_jabatan: number | null;
  kepala_opd: boolean | null;
}

/** A UTAMA or PLT post (penugasan) active at the run's date, newest first. */
export interface PosRun {
  id: number;
  jenis: string;
  tmt_mulai: unknown;
  pegawai: { id: number };
  jabatan: JabatanRun | null;
}

/** The month's presensi row of a pegawai: its attributes by name (the engine reads the counts it knows). */
export interface PresensiRun extends Record<string, unknown> {
  id: number;
  pegawai: { id: number };
}

/** A BULANAN evaluation of the month, with the jenis of its SKP's penugasan. */
export interface EvaluasiRun {
  id: number;
  predikat_kode: number;
  pegawai: { id: number };
  skp: { id: number; penugasan: { jenis: string } | null } | null;
}

/** An existing TPP line of the month (rewritten in place by the run). */
export interface TppLama {
  id: number;
  documentId: string;
  kunci_unik: string;
}

/** An active pegawai the run computes. */
export interface PegawaiRun {
  id: number;
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
  golongan: string | null;
  cpns: boolean | null;
  jenis_asn: string | null;
  gaji_bpjs: number | string | null;
  opd?: { id: number } | null;
}

/** A TPP line as the run writes it: attribute names, the pegawai and opd links as ids. */
export type BarisTppBaru = {
  pegawai: number;
  opd: number | null;
  tahun: number;
  bulan: number;
  kunci_unik: string;
  nip: string;
  nama: string;
  nama_jabatan: string;
  tipe_jabatan: string;
  eselon: string | null;
  golongan: string;
  pns_pppk: string | null;
  kelas: number;
  sumber_kelas: 'DEFINITIF' | 'PLT';
  capaian: number | null;
  predikat_kode: number | null;
  persen_potongan_disiplin: number;
  alasan: AlasanTpp[];
  versi_kebijakan: string;
  dihitung_pada: Date;
  dihitung_oleh: string | null;
} & Record<'tpp_max' | KolomUangTpp, number>;
