import type { StatusIntegrasi, SyncLog } from '../dataProvider';

/** Pure parts of the sync log screen (no React): what a row and the status card show. */

export const SISTEM = ['EKAK', 'SIMPEG', 'SIASN'] as const;
export const JENIS = ['TARIK_SASARAN', 'SINKRON_PEGAWAI', 'MONITOR'] as const;
export const STATUS = ['BERHASIL', 'SEBAGIAN', 'GAGAL'] as const;
export const PEMICU = ['PENGGUNA', 'JADWAL'] as const;

/** Outcomes in a fixed order (plan order of a pull), then any other the run counted, alphabetically. */
const URUTAN_HASIL = ['buat', 'ubah', 'tetap', 'konflik', 'hapus', 'gagal'];

export function jumlahTerurut(jumlah: Record<string, number> | null | undefined): Array<[string, number]> {
  const isi = Object.entries(jumlah ?? {}).filter(([, n]) => typeof n === 'number' && Number.isFinite(n));
  const peringkat = (k: string) => {
    const i = URUTAN_HASIL.indexOf(k);
    return i < 0 ? URUTAN_HASIL.length : i;
  };
  return isi.sort(([a], [b]) => peringkat(a) - peringkat(b) || a.localeCompare(b));
}

/** A duration for people: "850 ms", "12,4 s" / "12.4 s", "3 min 5 s", "1 j 2 min" ("h" in English). */
export function formatDurasi(ms: number | null | undefined, locale = 'id'): string {
  if (ms == null || !Number.isFinite(ms) || ms < 0) return '-';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const detik = ms / 1000;
  if (detik < 60)
    return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(detik)} s`;
  const total = Math.round(detik);
  const jam = Math.floor(total / 3600);
  const menit = Math.floor((total % 3600) / 60);
  const sisa = total % 60;
  if (jam > 0) return `${jam} ${locale === 'en' ? 'h' : 'j'} ${menit} min`;
  return sisa ? `${menit} min ${sisa} s` : `${menit} min`;
}

/** Who started a run: the user (a pegawai's NIP) or the scheduled job by its name. */
export function pemicuRun(r: Pick<SyncLog, 'pemicu' | 'oleh'>): { jenis: 'PENGGUNA' | 'JADWAL'; nama: string } {
  return { jenis: r.pemicu === 'JADWAL' ? 'JADWAL' : 'PENGGUNA', nama: r.oleh ?? '-' };
}

export type WarnaStatus = 'success' | 'warning' | 'error' | 'default';

export const warnaStatus = (status: string | null | undefined): WarnaStatus =>
  status === 'BERHASIL' ? 'success' : status === 'SEBAGIAN' ? 'warning' : status === 'GAGAL' ? 'error' : 'default';

/**
 * The "Status integrasi" card's lines: every system the screen knows, in a fixed order, on or off. A system the
 * server does not report is shown off (never an error).
 */
export function barisStatus(data: readonly StatusIntegrasi[] | null | undefined): Array<{
  kode: 'EKAK' | 'SIMPEG';
  aktif: boolean;
  keadaan: StatusIntegrasi['status'];
  url: string | null;
  pesan: string | null;
}> {
  return (['EKAK', 'SIMPEG'] as const).map((kode) => {
    const s = data?.find((x) => x.kode === kode);
    if (!s) return { kode, aktif: false, keadaan: 'TIDAK_DIKONFIGURASI', url: null, pesan: null };
    return { kode, aktif: s.aktif, keadaan: s.status, url: s.aktif ? s.url : null, pesan: s.aktif ? null : s.pesan };
  });
}

/**
 * The "until" date of the period filter: a date picked in the panel includes that whole day in Jakarta time
 * (the server compares `mulai` with an instant).
 */
export function akhirHari(tanggal: string | null | undefined): string | null | undefined {
  if (!tanggal || !/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) return tanggal;
  return `${tanggal}T23:59:59.999+07:00`;
}

/** The date part back for the date picker. */
export const tanggalSaja = (nilai: string | null | undefined): string => (nilai ? nilai.slice(0, 10) : '');
