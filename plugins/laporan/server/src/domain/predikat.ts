/**
 * Layout of the Laporan Predikat Kinerja (exports.md) over plain data: the Excel header rows, the rows
 * of the pegawai list, of the summary and of the city recap, and the formula-injection guard of every
 * Excel text cell. Pure (no Strapi, no exceljs, no jsPDF).
 */
import { NAMA_BULAN } from './tanggal';

/** Header of the sheet "Pegawai" (first row, exactly). */
export const HEADER_PEGAWAI = [
  'No',
  'NIP',
  'Nama',
  'Jabatan',
  'Rating Hasil Kerja',
  'Rating Perilaku Kerja',
  'Predikat',
  'Sumber Perilaku',
] as const;
/** Header of the sheet "Ringkasan" (first row, exactly). */
export const HEADER_RINGKASAN = ['Uraian', 'Nilai', 'Persen', 'Keterangan'] as const;
/** Header of the city recap (no kode_opd): fixed columns, then one per predikat (policy names), then these. */
export const HEADER_REKAP_AWAL = [
  'No',
  'Kode OPD',
  'OPD',
  'Predikat Organisasi',
  'Sumber',
  'Status',
  'Pegawai Dinilai',
] as const;
export const HEADER_REKAP_AKHIR = ['Belum Dinilai', 'Pelanggaran'] as const;

export const teksBulan = (tahun: number, bulan: number) => `${NAMA_BULAN[bulan - 1]} ${tahun}`;

export type NilaiSel = string | number | null;

/** Formula-injection guard: a text starting with = + - @ (or a tab/CR) must be written as text, never a formula. */
export const perluTeks = (v: unknown): boolean => typeof v === 'string' && /^[=+\-@\t\r]/.test(v);

export interface RatingNama {
  kode: number;
  nama: string;
}
export interface PegawaiLaporan {
  nip: string;
  nama: string;
  jabatan: string | null;
  rating_hasil: RatingNama;
  rating_perilaku: RatingNama;
  predikat: RatingNama;
  perilaku_source: string;
}

/** "Definitif" / "Plt (menggantikan)" for the perilaku source column. */
export const teksSumberPerilaku = (s: string) => (s === 'PLT' ? 'Plt' : 'Definitif');

/** Rows of the pegawai list (Excel sheet and PDF table share it). */
export function barisPegawai(pegawai: PegawaiLaporan[]): NilaiSel[][] {
  return pegawai.map((p, i) => [
    i + 1,
    p.nip,
    p.nama,
    p.jabatan ?? '',
    p.rating_hasil.nama,
    p.rating_perilaku.nama,
    p.predikat.nama,
    teksSumberPerilaku(p.perilaku_source),
  ]);
}

export interface Distribusi {
  kode: number;
  nama: string;
  jumlah: number;
  persen: number;
}
export interface Pelanggaran {
  aturan: string;
  pesan: string;
}
export interface LaporanOpd {
  opd: { kode_opd: string; nama: string };
  periode: { tahun: number; bulan: number };
  predikat_organisasi: {
    kode: string | null;
    nama: string | null;
    sumber: 'DITETAPKAN' | 'USULAN';
    status: string;
    alasan?: string | null;
    override: { alasan: string; oleh: string; waktu: string } | null;
  };
  capaian_opd: number | null;
  n: number;
  distribusi: Distribusi[];
  aturan: string[];
  pelanggaran: Pelanggaran[];
  hanya_peringatan: boolean;
  blokir: boolean;
  belum_dinilai: { nip: string; nama: string }[];
}

/** Kind of a summary row, so the renderers can colour violations red. */
export type JenisRingkasan = 'biasa' | 'pelanggaran';
export interface BarisRingkasan {
  sel: [string, NilaiSel, NilaiSel, string];
  jenis: JenisRingkasan;
}

export const teksSumber = (l: Pick<LaporanOpd, 'predikat_organisasi'>) =>
  l.predikat_organisasi.sumber === 'DITETAPKAN'
    ? `Ditetapkan (${l.predikat_organisasi.status === 'FINAL' ? 'final' : 'draf'})`
    : 'Usulan dari capaian OPD';

/** Text of the quota state: blocking, only a warning (under the minimum of evaluated pegawai), or fulfilled. */
export function teksStatusKurva(
  l: Pick<LaporanOpd, 'pelanggaran' | 'hanya_peringatan' | 'blokir' | 'predikat_organisasi'>,
  minimal = 5,
): string {
  if (!l.predikat_organisasi.kode) return 'Predikat organisasi belum ada: kurva belum dapat diperiksa';
  if (!l.pelanggaran.length) return 'Kurva distribusi terpenuhi';
  if (l.hanya_peringatan)
    return `Peringatan: kurang dari ${minimal} pegawai dinilai, pelanggaran tidak memblokir finalisasi`;
  if (!l.blokir) return 'Pelanggaran di-override oleh Admin BKPSDM';
  return 'Finalisasi periode diblokir sampai pelanggaran diperbaiki atau di-override Admin BKPSDM';
}

/** Rows of the sheet "Ringkasan" (and the PDF's summary table). */
export function barisRingkasan(l: LaporanOpd, minimal = 5): BarisRingkasan[] {
  const b = (sel: BarisRingkasan['sel'], jenis: JenisRingkasan = 'biasa'): BarisRingkasan => ({ sel, jenis });
  const rows: BarisRingkasan[] = [
    b(['OPD', l.opd.nama, null, l.opd.kode_opd]),
    b(['Periode', teksBulan(l.periode.tahun, l.periode.bulan), null, '']),
    b(['Predikat Organisasi', l.predikat_organisasi.nama ?? '-', null, teksSumber(l)]),
    b([
      'Capaian OPD',
      l.capaian_opd,
      null,
      l.capaian_opd == null
        ? 'tidak ada Kepala OPD atau capaian belum ada'
        : 'rerata capaian bawahan langsung Kepala OPD',
    ]),
    b(['Pegawai Dinilai', l.n, null, '']),
    ...l.distribusi.map((d) => b([d.nama, d.jumlah, d.persen, ''])),
    b(['Belum Dinilai', l.belum_dinilai.length, null, 'pegawai dengan SKP disetujui tanpa evaluasi bulan ini']),
    ...l.aturan.map((a) => b(['Aturan Kurva', a, null, ''])),
    ...l.pelanggaran.map((p) => b(['Pelanggaran', p.aturan, null, p.pesan], 'pelanggaran')),
    b(['Status Kurva', teksStatusKurva(l, minimal), null, '']),
  ];
  const o = l.predikat_organisasi.override;
  if (o) rows.push(b(['Override', o.alasan, null, `${o.oleh}, ${o.waktu}`]));
  return rows;
}

export interface RekapOpd {
  opd: { kode_opd: string; nama: string };
  predikat_organisasi: { nama: string | null; sumber: 'DITETAPKAN' | 'USULAN'; status: string };
  n: number;
  jumlah: Record<string, number>;
  belum_dinilai: number;
  pelanggaran: Pelanggaran[];
  hanya_peringatan: boolean;
}

/** Header of the city recap with the predikat names of the policy. */
export const headerRekap = (predikat: { kode: number; nama: string }[]) => [
  ...HEADER_REKAP_AWAL,
  ...predikat.map((p) => p.nama),
  ...HEADER_REKAP_AKHIR,
];

/** Rows of the city recap, one per OPD. */
export function barisRekap(rekap: RekapOpd[], predikat: { kode: number; nama: string }[]): NilaiSel[][] {
  return rekap.map((r, i) => [
    i + 1,
    r.opd.kode_opd,
    r.opd.nama,
    r.predikat_organisasi.nama ?? '-',
    r.predikat_organisasi.sumber === 'DITETAPKAN' ? 'Ditetapkan' : 'Usulan',
    r.predikat_organisasi.status,
    r.n,
    ...predikat.map((p) => r.jumlah[String(p.kode)] ?? 0),
    r.belum_dinilai,
    r.pelanggaran.map((p) => p.aturan).join('; ') + (r.pelanggaran.length && r.hanya_peringatan ? ' (peringatan)' : ''),
  ]);
}

/** Download name: "laporan-predikat_<kode_opd or semua-opd>_<tahun>-<MM>.<ext>". */
export function namaBerkasPredikat(kodeOpd: string | null, tahun: number, bulan: number, ext: 'xlsx' | 'pdf'): string {
  const bersih = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `laporan-predikat_${bersih(kodeOpd ?? 'semua-opd')}_${tahun}-${String(bulan).padStart(2, '0')}.${ext}`;
}
