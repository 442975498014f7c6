/**
 * The records of the eKAK → M-SKP pull as plain data: what eKAK wants (`DataEkak`, from `petakanEkak`), what M-SKP
 * holds (`LokalTarik`, loaded by the service) and the plan between them (`RencanaTarik`, from `rencanaTarik`).
 * Field names are kinerja's columns (rhk, iki, rencana-aksi), so that a plan's fields are what the service writes.
 */

export type JenisRhk = 'UTAMA' | 'TAMBAHAN';
export type StatusSkp = 'DRAFT' | 'DIAJUKAN' | 'DISETUJUI' | 'DITOLAK';

/** `rhk.inovasi` as the demo stores it; eKAK's inovasi_sasaran / hasil_ / jenis_ / gambaran_inovasi_sasaran. */
export interface InovasiRhk {
  judul: string | null;
  manfaat: string | null;
  tahap: string | null;
  deskripsi: string | null;
}

export interface TargetBulan {
  bulan: number;
  nilai: number;
}

/**
 * The value of each pulled field at the last pull (`nilai`, in M-SKP's representation) and the eKAK values an
 * admin declined when resolving a conflict (`dipertahankan`: M-SKP's value kept against exactly that eKAK value).
 * Stored per record in the column `ekak_tarik` (json) of rhk, iki and rencana_aksi.
 */
export interface JejakTarik {
  nilai: Record<string, unknown>;
  dipertahankan?: Record<string, unknown>;
}

// ---- what eKAK wants -------------------------------------------------------------------------------------

export interface NilaiRhkEkak {
  uraian: string;
  is_sasaran_prioritas: boolean;
  terdapat_inovasi: boolean;
  inovasi: InovasiRhk | null;
  is_perintah_walikota: boolean;
}

export interface RhkEkak {
  nip: string;
  ekak_sasaran_id: string;
  /** the first indikator's id (kinerja's `rhk.ekak_indikator_id`), null without indikator */
  ekak_indikator_id: string | null;
  /** for a new RHK only (eKAK's jenis_strategi when it is UTAMA/TAMBAHAN, else UTAMA) */
  jenis: JenisRhk;
  /** eKAK id of the RHK atasan; null: none; undefined: not in the answer (the non-pohon endpoint): left alone */
  id_sasaran_atasan: string | null | undefined;
  nilai: NilaiRhkEkak;
}

export interface NilaiIkiEkak {
  uraian: string;
  target_teks: string;
  satuan: string;
}

export interface IkiEkak {
  nip: string;
  ekak_sasaran_id: string;
  ekak_indikator_id: string;
  /** position in the sasaran's indikator list, from 1 */
  urutan: number;
  nilai: NilaiIkiEkak;
}

export interface NilaiRenaksiEkak {
  uraian: string;
  urutan: number;
  /** [{bulan, nilai}] ordered by month, from `aksis` */
  target: TargetBulan[];
  sebagai_rtp: boolean;
  /** informational (the PK budget comes from the DPA) */
  anggaran: number | null;
}

export interface RenaksiEkak {
  nip: string;
  ekak_sasaran_id: string;
  ekak_renaksi_id: string;
  ekak_tahapan_id: string;
  /** eKAK's RTP wording (information; M-SKP keeps the flag) */
  tahapan_rtp: string | null;
  /** the months the RTP marker shows in: every month with a target of an RTP renaksi */
  bulan_rtp: number[];
  nilai: NilaiRenaksiEkak;
}

export interface DataEkak {
  tahun: number;
  /** every NIP pulled (one with no sasaran in eKAK included) */
  nip: string[];
  rhk: RhkEkak[];
  iki: IkiEkak[];
  renaksi: RenaksiEkak[];
}

// ---- what M-SKP holds ------------------------------------------------------------------------------------

export interface SkpLokal {
  id: string;
  nip: string;
  tahun: number;
  status: StatusSkp;
  /** the SKP of the pegawai's UTAMA penugasan: new RHK go there (a Plt's second SKP does not take them) */
  utama?: boolean;
}

export interface RhkLokal extends NilaiRhkEkak {
  id: string;
  skp: string;
  jenis: JenisRhk;
  urutan: number;
  rhk_atasan: string | null;
  status_revisi: 'DRAFT' | 'DIAJUKAN' | null;
  ekak_sasaran_id: string | null;
  ekak_indikator_id: string | null;
  ekak_tarik: JejakTarik | null;
}

export interface IkiLokal extends NilaiIkiEkak {
  id: string;
  rhk: string;
  urutan: number;
  disembunyikan: boolean;
  /** proposed column (kinerja's iki has none yet): without it IKI are matched by RHK + order */
  ekak_indikator_id?: string | null;
  ekak_tarik: JejakTarik | null;
}

export interface RenaksiLokal extends NilaiRenaksiEkak {
  id: string;
  rhk: string;
  periode: 'BULANAN' | 'TRIWULAN';
  satuan: string;
  ekak_renaksi_id: string | null;
  ekak_tahapan_id: string | null;
  /** deleted in a pending revision: not matched, never revived */
  dihapus_dalam_revisi?: string | null;
  ekak_tarik: JejakTarik | null;
}

export interface LokalTarik {
  /** every NIP M-SKP knows (at least those pulled) */
  pegawai: string[];
  /** the pulled pegawai's SKP of the year */
  skp: SkpLokal[];
  /** their RHK, plus any RHK carrying an ekak_sasaran_id that a pulled sasaran names as atasan */
  rhk: RhkLokal[];
  iki: IkiLokal[];
  renaksi: RenaksiLokal[];
}

// ---- the plan --------------------------------------------------------------------------------------------

export type AksiTarik = 'BUAT' | 'UBAH' | 'TETAP' | 'KONFLIK';
export type JenisButir = 'RHK' | 'IKI' | 'RENAKSI';

export interface PerubahanBidang {
  bidang: string;
  lama: unknown;
  baru: unknown;
  /** changed in M-SKP since the last pull (or never pulled) and different in eKAK: kept, listed */
  konflik: boolean;
  /** the value at the last pull (undefined: never pulled) */
  nilai_tarik_lalu?: unknown;
}

export interface ButirRencana {
  jenis: JenisButir;
  /** stable key of the eKAK record: `sasaran:<id>`, `indikator:<id>`, `renaksi:<id>` */
  kunci: string;
  nip: string;
  aksi: AksiTarik;
  /** the local record (for BUAT the placeholder `baru:<kunci>` the service replaces by the created id) */
  id: string;
  /** the RHK it belongs to (local id or placeholder); an RHK's own id for RHK */
  rhk: string;
  skp: string;
  ekak: { id_sasaran: string; id_indikator?: string; id_renaksi?: string; id_tahapan?: string };
  /** the pulled fields that differ (all for BUAT), old → new */
  perubahan: PerubahanBidang[];
  /** on an approved SKP: written as a revision proposal of its RHK (per-RHK revision), not in force until approved */
  usulan_revisi: boolean;
  /** what the service writes (fields, eKAK ids, `ekak_tarik`); empty when nothing; nothing is written for KONFLIK */
  tulis: Record<string, unknown>;
}

export type JenisMasalahTarik = 'PEGAWAI_TIDAK_DIKENAL' | 'SKP_TIDAK_ADA' | 'RHK_ATASAN_TIDAK_DITEMUKAN';

export interface MasalahTarik {
  jenis: JenisMasalahTarik;
  nip: string;
  kunci?: string;
  pesan: string;
}

export interface JumlahRencana {
  buat: number;
  ubah: number;
  tetap: number;
  konflik: number;
}

export interface RencanaTarik {
  butir: ButirRencana[];
  jumlah: JumlahRencana;
  masalah: MasalahTarik[];
  /** RHK (ids) that the apply reopens as a revision proposal */
  usulan_revisi: string[];
}
