import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { RenaksiMethods } from './renaksi';
import type { TokenApiMethods } from './tokenApi';
import type { TppMethods } from './tpp';
import type { DpaMethods } from './dpa';
import type { LaporanPredikatMethods } from './laporanPredikat';
import type { IntegrasiMethods } from './integrasi';

/** Records of the panel protocol (`/api/panel/<resource>`); ids are documentIds. */

export type JenisOpd =
  'SEKRETARIAT' | 'BADAN' | 'DINAS' | 'INSPEKTORAT' | 'SATPOL' | 'KECAMATAN' | 'KELURAHAN' | 'RSUD' | 'LAINNYA';

export interface Opd extends RaRecord<string> {
  kode_opd: string;
  nama: string;
  singkatan?: string | null;
  jenis: JenisOpd;
  induk_id?: string | null;
  aktif: boolean;
  jumlah_pegawai?: number;
}

export type JenisJabatan = 'JPT' | 'JA' | 'JF';
export type SebagaiPemangku = 'DEFINITIF' | 'PLT' | 'PLH' | 'PJ';

export interface Jabatan extends RaRecord<string> {
  kode: string;
  nama: string;
  unit_kerja?: string | null;
  opd_id?: string | null;
  opd_nama?: string | null;
  atasan_id?: string | null;
  atasan_nama?: string | null;
  jenis: JenisJabatan;
  jenjang: string;
  eselon?: string | null;
  kelas_jabatan?: number | null;
  nilai_jabatan?: number | null;
  kepala_opd?: boolean;
  aktif?: boolean;
  pemangku_nama?: string | null;
  pemangku_nip?: string | null;
  pemangku_sebagai?: SebagaiPemangku | null;
}

export type StatusPegawai = 'AKTIF' | 'CUTI' | 'PENSIUN' | 'BERHENTI' | 'MENINGGAL';

export interface Pegawai extends RaRecord<string> {
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
  nama_lengkap?: string;
  tanggal_lahir?: string | null;
  jenis_kelamin?: string | null;
  tmt_cpns?: string | null;
  jenis_asn: 'PNS' | 'PPPK';
  cpns?: boolean;
  golongan?: string | null;
  status: StatusPegawai;
  opd_id?: string | null;
  opd_nama?: string | null;
  jabatan_nama?: string | null;
  nik?: string | null;
  npwp?: string | null;
  alamat?: string | null;
  kode_bank?: string | null;
  nama_bank?: string | null;
  nomor_rekening?: string | null;
  user_id?: string | null;
  lastLoginAt?: string | null;
}

export type JenisPenugasan = 'UTAMA' | 'PLT' | 'PLH' | 'PJ';

export interface Penugasan extends RaRecord<string> {
  pegawai_id: string;
  pegawai_nip?: string;
  pegawai_nama?: string;
  jabatan_id: string;
  jabatan_nama?: string;
  opd_nama?: string | null;
  jenis: JenisPenugasan;
  tmt_mulai: string;
  tmt_akhir?: string | null;
  nomor_sk?: string | null;
  alasan_berakhir?: string | null;
  aktif?: boolean;
}

export interface Pengguna extends RaRecord<string> {
  username: string;
  email?: string | null;
  blocked?: boolean;
  role?: string | null;
  role_nama?: string | null;
  pegawai_id?: string | null;
  pegawai_nama?: string | null;
  opd_id?: string | null;
  opd_nama?: string | null;
  lastLoginAt?: string | null;
  lastLoginIp?: string | null;
  createdAt?: string;
  pegawai_nip?: string | null;
}

export interface RiwayatLogin extends RaRecord<string> {
  user_id?: string | null;
  identifier: string;
  berhasil: boolean;
  alasan?: string | null;
  ip?: string | null;
  user_agent?: string | null;
  waktu: string;
}

export interface AuditLog extends RaRecord<string> {
  waktu: string;
  aktor?: string | null;
  bertindak_sebagai?: string | null;
  aksi: string;
  objek_tipe?: string | null;
  objek_id?: string | null;
  sebelum?: unknown;
  sesudah?: unknown;
  keterangan?: string | null;
  ip?: string | null;
}

export interface StatistikPegawai {
  opd_id: string;
  opd_nama: string;
  singkatan?: string | null;
  jumlah: number;
}

export interface GantiKataSandiInput {
  currentPassword: string;
  password: string;
  passwordConfirmation: string;
}

/* ---- SKP (kinerja plugin: /api/skp, /api/rhk, /api/iki; panel resources skp, rhk, iki) ---- */

export type StatusSkp = 'DRAFT' | 'DIAJUKAN' | 'DISETUJUI' | 'DITOLAK';
export type JenisSkp = 'JPT' | 'JA' | 'JF';
export type JenisRhk = 'UTAMA' | 'TAMBAHAN';
export type Perspektif = 'PENERIMA_LAYANAN' | 'PROSES_BISNIS' | 'PENGUATAN_INTERNAL' | 'ANGGARAN';
export type Aspek = 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';
export type StatusRevisi = null | 'DRAFT' | 'DIAJUKAN';

/** A row of the panel resource `skp`. */
export interface SkpBaris extends RaRecord<string> {
  tahun: number;
  jenis: JenisSkp;
  status: StatusSkp;
  pegawai_id?: string | null;
  pegawai_nip?: string | null;
  pegawai_nama?: string | null;
  pegawai_jabatan?: string | null;
  opd_id?: string | null;
  opd_nama?: string | null;
  penilai_nip?: string | null;
  penilai_nama?: string | null;
  penilai_sebagai?: string | null;
  penugasan_jenis?: string | null;
  catatan_penolakan?: string | null;
  updatedAt?: string;
}

/** A row of the panel resource `rhk` (used by the penilai's inbox of RHK revisions). */
export interface RhkBaris extends RaRecord<string> {
  skp_id: string | null;
  tahun?: number | null;
  pegawai_nama?: string | null;
  pegawai_nip?: string | null;
  /** the SKP's penilai (snapshot of its last submission) */
  penilai_nip?: string | null;
  jenis: JenisRhk;
  uraian: string;
  status_revisi: StatusRevisi;
}

export interface SnapshotPejabat {
  nip: string | null;
  nama: string | null;
  jabatan: string | null;
  unit: string | null;
  golongan: string | null;
  sebagai?: string | null;
}

export interface Iki {
  id: string;
  uraian: string;
  aspek?: Aspek | null;
  target: string | null;
  target_min?: number | null;
  target_max?: number | null;
  satuan: string;
  polaritas?: 'NAIK' | 'TURUN' | null;
  sifat_target?: 'KUMULATIF' | 'NON_KUMULATIF' | 'TERAKHIR' | null;
  urutan?: number | null;
  disembunyikan?: boolean;
  /** id of the first (shown) IKI this hidden duplicate repeats */
  duplikat_dari?: string | null;
}

export interface Rhk {
  id: string;
  jenis: JenisRhk;
  uraian: string;
  urutan?: number | null;
  rhk_atasan: { id: string; uraian: string } | null;
  perspektif: Perspektif | null;
  status_revisi: StatusRevisi;
  catatan_penolakan: string | null;
  iki: Iki[];
  /** while the RHK is under revision: old → new per changed field against the approved version in force */
  perubahan?: Perubahan[] | null;
}

/** One changed field of an RHK under revision (the server's domain/versi.ts `perubahanRhk`). */
export interface Perubahan {
  objek: 'RHK' | 'IKI' | 'RENAKSI';
  id: string;
  nama: string;
  /** the field; `ada` for an object added (lama null) or removed (baru null); `target_bulan_<n>` for a renaksi month */
  field: string;
  lama: unknown;
  baru: unknown;
}

export interface Ekspektasi {
  kode: string;
  nama: string;
  perilaku: string[];
  ekspektasi: string | null;
}

/** `GET /api/skp/:id`. */
export interface SkpDetail {
  id: string;
  tahun: number;
  periode_mulai: string;
  periode_akhir: string;
  jenis: JenisSkp;
  pendekatan: 'KUANTITATIF' | 'KUALITATIF';
  status: StatusSkp;
  pegawai: { id: string; nip: string; nama: string } | null;
  penugasan: { id: string; jenis: string; jabatan: string | null } | null;
  pegawai_snapshot: SnapshotPejabat | null;
  /** what the caller may decide on this SKP today, as the server sees it (GET /api/skp/:id) */
  kedudukan_saya?: { pemilik: boolean; penilai: boolean; sebagai_penilai: string | null; admin_bkpsdm: boolean };
  penilai: SnapshotPejabat | null;
  atasan_penilai: SnapshotPejabat | null;
  lampiran: Record<string, string[]>;
  catatan_penolakan: string | null;
  peringatan: unknown[];
  /** set once a Kepala OPD / Admin BKPSDM waived the conflicting duplicates */
  konflik_duplikat_diabaikan?: KonflikDiabaikan | null;
  /** false when the duplicate conflict was waived (absent on older servers: open when peringatan is not empty) */
  konflik_terbuka?: boolean;
  /** the uploaded signed SKP document (download through /api/bukti/<id>) */
  dokumen?: { id: number; nama: string; url: string; ukuran: number } | null;
  /** approved and signed: the SKP counts as final (domain.md §4) */
  final?: boolean;
  updatedAt: string;
  rhk: Rhk[];
  ekspektasi: Ekspektasi[];
}

/** Who waived the conflicting duplicate indicators, and why. */
export interface KonflikDiabaikan {
  alasan: string;
  oleh_nip: string | null;
  oleh_nama: string | null;
  sebagai: string | null;
  waktu: string;
  indikator?: unknown;
}

export type JenisCetakSkp = 'rencana-skp' | 'lampiran-skp';
export type Kertas = 'A4' | 'F4';

/** `GET /api/cetak/<jenis>?skp=&tanggal=&tempat=&kertas=` (laporan plugin). */
export interface CetakSkpInput {
  skp: string;
  jenis: JenisCetakSkp;
  /** YYYY-MM-DD, printed in the signature block */
  tanggal: string;
  tempat: string;
  kertas: Kertas;
}

export interface CetakSkpHasil {
  blob: Blob;
  namaBerkas: string;
}

/** A row of `GET /api/skp/:id/riwayat` (newest first). */
export interface RiwayatValidasi {
  id: string;
  objek_tipe: 'SKP' | 'RHK';
  objek_id: string;
  aksi: string;
  dari: string | null;
  ke: string;
  aktor_nip: string | null;
  aktor_nama: string | null;
  bertindak_sebagai: string | null;
  catatan: string | null;
  waktu: string;
}

/** A choice of `GET /api/skp/rhk-atasan?skp=`. */
export interface RhkAtasan {
  id: string;
  jenis: JenisRhk;
  uraian: string;
  urutan?: number | null;
  perspektif?: Perspektif | null;
  skp: { id: string; status: StatusSkp; nip: string | null; nama: string | null; jabatan: string | null };
}

export interface RhkInput {
  jenis?: JenisRhk;
  uraian?: string;
  rhk_atasan_id?: string | null;
  perspektif?: Perspektif | null;
}

export interface IkiInput {
  uraian?: string;
  aspek?: Aspek;
  target?: string;
  satuan?: string;
  polaritas?: 'NAIK' | 'TURUN';
  sifat_target?: 'KUMULATIF' | 'NON_KUMULATIF' | 'TERAKHIR';
}

export interface UbahSkpInput {
  pendekatan?: 'KUANTITATIF' | 'KUALITATIF';
  lampiran?: Partial<Record<'dukungan_sumber_daya' | 'skema_pertanggungjawaban' | 'konsekuensi', string[]>>;
  updatedAt?: string;
}

/** approval input: `alasan` only when an Admin BKPSDM acts instead of the penilai */
export interface KeputusanInput {
  catatan?: string;
  alasan?: string;
}

/** ra-data-simple-rest plus the typed custom calls of M-SKP. */
export interface MskpDataProvider
  extends
    DataProvider,
    RenaksiMethods,
    TokenApiMethods,
    TppMethods,
    DpaMethods,
    LaporanPredikatMethods,
    IntegrasiMethods {
  /** Total of a filtered list, read from Content-Range with range=[0,0]. */
  hitung(resource: string, filter?: Record<string, unknown>): Promise<number>;
  /** Pegawai per OPD: `GET /api/panel/statistik-pegawai`. */
  statistikPegawai(): Promise<StatistikPegawai[]>;
  /** Every jabatan of one OPD, sorted by kode (for the tree). */
  pohonJabatan(opdId: Identifier): Promise<Jabatan[]>;
  /** `POST /api/auth/change-password`. */
  gantiKataSandi(input: GantiKataSandiInput): Promise<void>;

  /** `POST /api/skp` `{tahun}`: my SKP for my current UTAMA penugasan. */
  buatSkp(input: { tahun?: number; penugasan_id?: string }): Promise<SkpDetail>;
  /** `GET /api/skp/:id` (SKP + RHK + IKI + ekspektasi). */
  ambilSkp(id: string): Promise<SkpDetail>;
  /** `PUT /api/skp/:id` (owner, DRAFT/DITOLAK); `updatedAt` guards against stale edits (409). */
  ubahSkp(id: string, input: UbahSkpInput): Promise<SkpDetail>;
  ajukanSkp(id: string): Promise<SkpDetail>;
  setujuiSkp(id: string, input?: KeputusanInput): Promise<SkpDetail>;
  tolakSkp(id: string, input: KeputusanInput): Promise<SkpDetail>;
  /** `GET /api/skp/:id/riwayat`, newest first. */
  riwayatSkp(id: string): Promise<RiwayatValidasi[]>;
  /** `GET /api/skp/rhk-atasan?skp=`: the penilai's RHK this SKP may intervene. */
  rhkAtasan(skpId: string): Promise<RhkAtasan[]>;
  /** `PUT /api/skp/:id/ekspektasi` (the penilai). */
  simpanEkspektasi(skpId: string, ekspektasi: Array<{ kode: string; ekspektasi: string }>): Promise<Ekspektasi[]>;
  tambahRhk(skpId: string, input: RhkInput): Promise<unknown>;
  ubahRhk(rhkId: string, input: RhkInput): Promise<unknown>;
  hapusRhk(rhkId: string): Promise<void>;
  tambahIki(rhkId: string, input: IkiInput): Promise<unknown>;
  ubahIki(ikiId: string, input: IkiInput): Promise<unknown>;
  hapusIki(ikiId: string): Promise<void>;
  /** Per-RHK revision after approval: reopen, submit, approve, reject one RHK. */
  revisiRhk(rhkId: string): Promise<unknown>;
  ajukanRhk(rhkId: string): Promise<unknown>;
  setujuiRhk(rhkId: string, input?: KeputusanInput): Promise<unknown>;
  tolakRhk(rhkId: string, input: KeputusanInput): Promise<unknown>;
  /** The Rencana / Lampiran SKP as a PDF (bearer token, refresh on 401); errors as HttpError. */
  cetakSkp(input: CetakSkpInput): Promise<CetakSkpHasil>;
  /** `POST /api/skp/:id/abaikan-konflik-duplikat {alasan}` (Kepala OPD / Admin BKPSDM). */
  abaikanKonflikDuplikat(skpId: string, alasan: string): Promise<SkpDetail>;
}
