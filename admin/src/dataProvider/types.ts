import type { DataProvider, Identifier, RaRecord } from 'react-admin';

/** Records of the panel protocol (`/api/panel/<resource>`); ids are documentIds. */

export type JenisOpd =
    | 'SEKRETARIAT'
    | 'BADAN'
    | 'DINAS'
    | 'INSPEKTORAT'
    | 'SATPOL'
    | 'KECAMATAN'
    | 'KELURAHAN'
    | 'RSUD'
    | 'LAINNYA';

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

/** ra-data-simple-rest plus the typed custom calls of M-SKP. */
export interface MskpDataProvider extends DataProvider {
    /** Total of a filtered list, read from Content-Range with range=[0,0]. */
    hitung(resource: string, filter?: Record<string, unknown>): Promise<number>;
    /** Pegawai per OPD: `GET /api/panel/statistik-pegawai`. */
    statistikPegawai(): Promise<StatistikPegawai[]>;
    /** Every jabatan of one OPD, sorted by kode (for the tree). */
    pohonJabatan(opdId: Identifier): Promise<Jabatan[]>;
    /** `POST /api/auth/change-password`. */
    gantiKataSandi(input: GantiKataSandiInput): Promise<void>;
}
