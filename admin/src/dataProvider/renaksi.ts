import type { Session } from '../auth/session';
import { ambilBerkas, kueri, type BerkasUnduhan } from './berkas';
import { kirimMultipart, type Progres } from './unggah';

export type { Progres };
import type { HttpClient } from './httpClient';

/* ---- Rencana aksi, realisasi, capaian (kinerja plugin: /api/rencana-aksi, /api/realisasi, /api/capaian) ---- */

export type PeriodeRenaksi = 'BULANAN' | 'TRIWULAN';
export type StatusRealisasi = 'UNCHECKED' | 'CHECKED';

export interface Bukti {
  /** upload file id (BERKAS); null for a link */
  id: number | null;
  jenis: 'BERKAS' | 'TAUTAN';
  nama: string;
  url: string;
  ukuran?: number | null;
  mime?: string | null;
}

export interface Realisasi {
  id: string;
  bulan: number;
  nilai: number | null;
  status: StatusRealisasi;
  bukti: Bukti[];
  faktor_penunjang: string | null;
  faktor_penghambat: string | null;
  umpan_balik: string | null;
  diperiksa_oleh: { nip: string; nama: string | null } | null;
  diperiksa_pada: string | null;
  diisi_pada: string | null;
  diisi_oleh?: unknown;
  target: number | null;
  capaian_mentah: number | null;
  capaian: number | null;
  formula: string | null;
}

/** A row of the panel resource `realisasi` (scoped to self and subordinates). */
export interface RealisasiBaris extends Realisasi {
  tahun: number;
  rencana_aksi_id: string | null;
  rencana_aksi_uraian: string | null;
  satuan: string | null;
  sebagai_rtp: boolean;
  rhk_id: string | null;
  rhk_uraian: string | null;
  pegawai_id: string | null;
  pegawai_nip: string | null;
  pegawai_nama: string | null;
  opd_id: string | null;
  opd_nama: string | null;
}

export interface TargetBulan {
  bulan: number;
  nilai: number;
  satuan?: string | null;
  triwulan?: number | null;
  terkunci?: boolean;
}

interface RenaksiDasar {
  id: string;
  nip: string;
  tahun: number;
  skp: { id: string; status: string } | null;
  rhk: {
    id: string;
    uraian: string;
    jenis: 'UTAMA' | 'TAMBAHAN';
    is_sasaran_prioritas?: boolean;
    terdapat_inovasi?: boolean;
    is_perintah_walikota?: boolean;
  };
  uraian: string;
  urutan: number;
  periode: PeriodeRenaksi;
  satuan: string;
  polaritas: 'NAIK' | 'TURUN' | null;
  sebagai_rtp: boolean;
  anggaran?: number | null;
}

/** `GET /api/rencana-aksi?...&bulan=`: that month's target, realisasi and lock. */
export interface RenaksiBulan extends RenaksiDasar {
  target: TargetBulan | null;
  realisasi: Realisasi | null;
  terkunci: boolean;
}

/** `GET /api/rencana-aksi` without `bulan`: every month. */
export interface RenaksiTahun extends RenaksiDasar {
  target: TargetBulan[];
  realisasi: Realisasi[];
}

export type StatusCapaianRenaksi = 'DIHITUNG' | 'NOL_LEWAT_BATAS' | 'MENUNGGU' | 'TANPA_TARGET';

export interface BawahanKepala {
  jabatan: { id: string | number; nama: string };
  pemegang: { nip: string | null; nama: string | null; sebagai: string } | null;
  capaian: number | null;
}

/** `GET /api/capaian?nip=&tahun=&bulan=`. */
export interface Capaian {
  nip: string;
  nama: string;
  tahun: number;
  bulan: number;
  capaian: number | null;
  sumber: 'RENCANA_AKSI' | 'BAWAHAN_LANGSUNG';
  /** why the figure is the subordinates' mean, or why a head under that rule falls back to his own; null otherwise */
  sumber_alasan: { kode: 'BAWAHAN_LANGSUNG' | 'BAWAHAN_SEMUA_KOSONG' | 'BAWAHAN_TANPA_CAPAIAN'; uraian: string } | null;
  capaian_sendiri: number | null;
  formula: string | null;
  sementara: boolean;
  batas_input: string;
  lewat_batas_input: boolean;
  /** the owner may enter realisasi now: month begun, before the deadline or reopened by the penilai */
  input_terbuka: boolean;
  rhk: Array<{
    id: string;
    uraian: string;
    jenis: string;
    capaian: number | null;
    dihitung: boolean;
    renaksi: Array<{
      id: string;
      uraian: string;
      satuan: string;
      sebagai_rtp: boolean;
      target: number | null;
      realisasi: number | null;
      capaian_mentah: number | null;
      capaian: number | null;
      status: StatusCapaianRenaksi;
      status_realisasi: StatusRealisasi | null;
    }>;
  }>;
  kepala_opd: null | {
    jabatan: { id: string | number; nama: string };
    capaian: number | null;
    dihitung?: number;
    kosong?: number;
    bawahan: BawahanKepala[];
  };
}

export interface BarisStatistikRhk {
  pegawai: number;
  skp: number;
  skp_disetujui: number;
  rhk: number;
  rhk_prioritas: number;
  rhk_inovasi: number;
  rhk_perintah_walikota: number;
  renaksi: number;
  renaksi_rtp: number;
}

/** `GET /api/statistik/rhk?tahun=`. */
export interface StatistikRhk {
  tahun: number;
  opd: Array<
    BarisStatistikRhk & { opd: { id: string | number; kode_opd: string; nama: string; singkatan?: string | null } }
  >;
  total: BarisStatistikRhk;
}

export interface RealisasiInput {
  bulan: number;
  nilai: number;
  faktor_penunjang?: string;
  faktor_penghambat?: string;
  /** new evidence files */
  berkas: File[];
  /** every link to keep (replaces the stored list) */
  tautan: string[];
  /** ids of stored files to remove */
  hapusBukti: number[];
}

export interface RenaksiInput {
  uraian?: string;
  satuan?: string;
  periode?: PeriodeRenaksi;
  polaritas?: 'NAIK' | 'TURUN';
  sebagai_rtp?: boolean;
  target?: Array<{ bulan: number; nilai: number }>;
}

export interface CetakBulananInput {
  nip: string;
  tahun: number;
  bulan: number;
  /** YYYY-MM-DD */
  tanggal: string;
  tempat: string;
}

export type { BerkasUnduhan };

/** Upload progress: bytes sent of total (total 0 when unknown). */

export interface RenaksiMethods {
  daftarRenaksiBulan(input: { nip: string; tahun: number; bulan: number }): Promise<RenaksiBulan[]>;
  daftarRenaksiTahun(input: { nip: string; tahun: number; rhk?: string }): Promise<RenaksiTahun[]>;
  capaian(input: { nip?: string; tahun: number; bulan: number }): Promise<Capaian>;
  /** `POST /api/rencana-aksi/:id/realisasi` (multipart with files, JSON without) with upload progress. */
  isiRealisasi(renaksiId: string, input: RealisasiInput, onProgres?: Progres): Promise<Realisasi>;
  periksaRealisasi(id: string, umpanBalik?: string): Promise<Realisasi>;
  periksaRealisasiMassal(ids: string[], umpanBalik?: string): Promise<Realisasi[]>;
  bukaInputRealisasi(input: { nip: string; tahun: number; bulan: number; alasan: string }): Promise<unknown>;
  tambahRenaksi(rhkId: string, input: RenaksiInput): Promise<unknown>;
  ubahRenaksi(id: string, input: RenaksiInput): Promise<unknown>;
  hapusRenaksi(id: string): Promise<void>;
  /** `POST /api/rencana-aksi/:id/pulihkan`: undo a deletion made during the RHK's revision. */
  pulihkanRenaksi(id: string): Promise<unknown>;
  statistikRhk(input: { tahun: number }): Promise<StatistikRhk>;
  /** An evidence file (`/api/bukti/<id>`) with the bearer token. */
  unduhBukti(bukti: Bukti): Promise<BerkasUnduhan>;
  /** `GET /api/cetak/skp-bulanan?...` as a PDF. */
  cetakSkpBulanan(input: CetakBulananInput): Promise<BerkasUnduhan>;
  /** `POST /api/skp/:id/dokumen`: the signed SKP document (one PDF/JPEG/PNG), with upload progress. */
  unggahDokumenSkp(skpId: string, berkas: File, onProgres?: Progres): Promise<unknown>;
}

/** The monthly SKP print URL (laporan plugin). */
export const urlCetakSkpBulanan = (apiUrl: string, input: CetakBulananInput): string => {
  const query = new URLSearchParams({
    nip: input.nip,
    tahun: String(input.tahun),
    bulan: String(input.bulan),
    tanggal: input.tanggal,
    tempat: input.tempat.trim(),
  });
  return `${apiUrl}/api/cetak/skp-bulanan?${query.toString()}`;
};

/** The realisasi body: JSON without new files, multipart (field `bukti`, repeatable) with them. */
export const badanRealisasi = (input: RealisasiInput): FormData | Record<string, unknown> => {
  const teks = (value?: string) => (value && value.trim() !== '' ? value.trim() : undefined);
  const tautan = input.tautan.map((t) => t.trim()).filter(Boolean);
  if (input.berkas.length === 0) {
    const body: Record<string, unknown> = { bulan: input.bulan, nilai: input.nilai, bukti_url: tautan };
    if (teks(input.faktor_penunjang)) body.faktor_penunjang = teks(input.faktor_penunjang);
    if (teks(input.faktor_penghambat)) body.faktor_penghambat = teks(input.faktor_penghambat);
    if (input.hapusBukti.length) body.hapus_bukti = input.hapusBukti;
    return body;
  }
  const form = new FormData();
  form.append('bulan', String(input.bulan));
  form.append('nilai', String(input.nilai));
  if (teks(input.faktor_penunjang)) form.append('faktor_penunjang', teks(input.faktor_penunjang)!);
  if (teks(input.faktor_penghambat)) form.append('faktor_penghambat', teks(input.faktor_penghambat)!);
  // an empty value clears the stored links (a multipart form cannot send an empty list)
  if (tautan.length === 0) form.append('bukti_url', '');
  for (const url of tautan) form.append('bukti_url', url);
  for (const id of input.hapusBukti) form.append('hapus_bukti', String(id));
  for (const file of input.berkas) form.append('bukti', file, file.name);
  return form;
};

/**
 * The rencana aksi calls. Multipart uploads go through XMLHttpRequest when the browser has it (for the
 * progress bar), with the session's token and one refresh on 401; elsewhere through authFetch.
 */
export const renaksiMethods = (session: Session, httpClient: HttpClient): RenaksiMethods => {
  const apiUrl = session.apiUrl;
  const url = (path: string) => `${apiUrl}/api${path}`;
  const id = (value: string) => encodeURIComponent(value);
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const { json } = await httpClient(url(path), {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return json;
  };
  const query = kueri;
  const teks = (value?: string) => (value && value.trim() !== '' ? value.trim() : undefined);

  return {
    daftarRenaksiBulan: async (input) =>
      ((await call(`/rencana-aksi?${query({ ...input, pageSize: 500 })}`))?.data ?? []) as RenaksiBulan[],
    daftarRenaksiTahun: async (input) =>
      ((await call(`/rencana-aksi?${query({ ...input, pageSize: 500 })}`))?.data ?? []) as RenaksiTahun[],
    capaian: async (input) => (await call(`/capaian?${query(input)}`))?.data as Capaian,
    isiRealisasi: async (renaksiId, input, onProgres) => {
      const target = url(`/rencana-aksi/${id(renaksiId)}/realisasi`);
      const body = badanRealisasi(input);
      if (!(body instanceof FormData)) {
        const { json } = await httpClient(target, { method: 'POST', body: JSON.stringify(body) });
        return json?.data as Realisasi;
      }
      return kirimMultipart<Realisasi>(session, target, body, onProgres);
    },
    periksaRealisasi: async (realisasiId, umpanBalik) =>
      (await call(`/realisasi/${id(realisasiId)}/periksa`, 'POST', { umpan_balik: teks(umpanBalik) ?? null }))?.data,
    periksaRealisasiMassal: async (ids, umpanBalik) =>
      (await call('/realisasi/periksa', 'POST', { ids, umpan_balik: teks(umpanBalik) ?? null }))?.data ?? [],
    bukaInputRealisasi: async (input) =>
      (await call('/realisasi/buka-input', 'POST', { ...input, alasan: input.alasan.trim() }))?.data,
    tambahRenaksi: async (rhkId, input) => (await call(`/rhk/${id(rhkId)}/rencana-aksi`, 'POST', input))?.data,
    ubahRenaksi: async (renaksiId, input) => (await call(`/rencana-aksi/${id(renaksiId)}`, 'PUT', input))?.data,
    hapusRenaksi: async (renaksiId) => {
      await call(`/rencana-aksi/${id(renaksiId)}`, 'DELETE');
    },
    pulihkanRenaksi: async (renaksiId) => (await call(`/rencana-aksi/${id(renaksiId)}/pulihkan`, 'POST', {}))?.data,
    statistikRhk: async (input) => (await call(`/statistik/rhk?${query(input)}`))?.data as StatistikRhk,
    unduhBukti: (bukti) =>
      ambilBerkas(
        session.authFetch,
        /^https?:\/\//.test(bukti.url) ? bukti.url : `${apiUrl}${bukti.url}`,
        bukti.nama || 'bukti',
        '*/*',
      ),
    cetakSkpBulanan: (input) =>
      ambilBerkas(
        session.authFetch,
        urlCetakSkpBulanan(apiUrl, input),
        `skp-bulanan_${input.nip}_${input.tahun}-${String(input.bulan).padStart(2, '0')}.pdf`,
      ),
    unggahDokumenSkp: async (skpId, berkas, onProgres) => {
      const form = new FormData();
      form.append('dokumen', berkas, berkas.name);
      return kirimMultipart<unknown>(session, url(`/skp/${id(skpId)}/dokumen`), form, onProgres);
    },
  };
};
