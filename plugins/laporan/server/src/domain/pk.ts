/**
 * Layout of the Perjanjian Kinerja print (domain.md §7 "PK budget"): the sasaran table, the program
 * table whose budget comes only from the imported DPA, the source line, and the signature blocks.
 * Pure functions over plain data; money arrives as whole-rupiah digit strings and is never a float.
 */
import { tanggalIndonesia } from './tanggal';
import type { BlokTtd, Sel } from './skp';

export interface IndikatorPk {
  indikator: string;
  target: string | null;
  satuan: string | null;
}
export interface SasaranPk {
  sasaran: string;
  indikator: IndikatorPk[];
}
export interface ProgramPk {
  kode_program: string;
  nama_program: string | null;
  anggaran: string;
}
export interface SumberAnggaranPk {
  jenis: string;
  berkas: string | null;
  diimpor_pada: string | null;
  diimpor_oleh: string | null;
}

/** Text shown instead of a budget when the OPD has no imported DPA for the year. */
export const BELUM_ADA_DPA = 'belum ada DPA';

/** Whole rupiah digits (or a bigint/number) → "Rp 1.250.000.000" (Indonesian thousands), exact for any size. */
export function rupiahPk(n: string | number | bigint): string {
  const s = typeof n === 'bigint' ? n.toString() : typeof n === 'number' ? String(Math.round(n)) : String(n).trim();
  if (!/^-?\d+$/.test(s)) throw new Error(`Bukan rupiah penuh: ${JSON.stringify(n)}`);
  const neg = s.startsWith('-');
  const d = (neg ? s.slice(1) : s).replace(/^0+(?=\d)/, '');
  return `${neg ? '-' : ''}Rp ${d.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** An ISO instant → its calendar date in WIB (Asia/Jakarta, UTC+7), "YYYY-MM-DD". */
export function tanggalWib(iso: string): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) throw new Error(`Waktu tidak valid: ${JSON.stringify(iso)}`);
  return new Date(t + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** "Sumber anggaran: DPA SIPD (dpa-2026.xlsx), diimpor 3 Februari 2026" — or the missing-DPA text. */
export function teksSumberAnggaran(s: SumberAnggaranPk | null): string {
  if (!s) return `Sumber anggaran: ${BELUM_ADA_DPA} (impor DPA dari SIPD terlebih dahulu)`;
  const berkas = s.berkas ? ` (${s.berkas})` : '';
  const tgl = s.diimpor_pada ? `, diimpor ${tanggalIndonesia(tanggalWib(s.diimpor_pada))}` : '';
  return `Sumber anggaran: ${s.jenis}${berkas}${tgl}`;
}

/** Target with its unit: "95-100 persen"; empty parts left out; nothing → "-". */
export function targetPk(i: IndikatorPk): string {
  return (
    [i.target, i.satuan]
      .map((x) => String(x ?? '').trim())
      .filter(Boolean)
      .join(' ') || '-'
  );
}

/** Sasaran | Indikator Kinerja | Target: one row per indicator, the sasaran cell spanning its indicators. */
export function barisSasaranPk(sasaran: SasaranPk[]): Sel[][] {
  if (!sasaran.length) return [[{ content: 'Belum ada sasaran OPD untuk tahun ini.', colSpan: 4 }]];
  const hasil: Sel[][] = [];
  sasaran.forEach((s, n) => {
    const ind = s.indikator.length ? s.indikator : [{ indikator: '-', target: null, satuan: null }];
    ind.forEach((i, k) => {
      const kiri: Sel[] =
        k === 0
          ? [
              { content: String(n + 1), gaya: 'tengah', rowSpan: ind.length },
              { content: s.sasaran, rowSpan: ind.length },
            ]
          : [];
      hasil.push([...kiri, { content: i.indikator }, { content: targetPk(i), gaya: 'tengah' }]);
    });
  });
  return hasil;
}

/** No | Program | Anggaran with the JUMLAH row; without a DPA the budget cells say so (never a number). */
export function barisProgramPk(program: ProgramPk[], total: string | null): Sel[][] {
  if (total == null)
    return [
      [{ content: '-', gaya: 'tengah' }, { content: 'Program belum dapat ditampilkan' }, { content: BELUM_ADA_DPA }],
      [
        { content: 'JUMLAH', colSpan: 2, gaya: 'bagian' },
        { content: BELUM_ADA_DPA, gaya: 'bagian' },
      ],
    ];
  const baris: Sel[][] = program.map((p, n) => [
    { content: String(n + 1), gaya: 'tengah' },
    { content: [p.kode_program, p.nama_program].filter(Boolean).join(' ') },
    { content: rupiahPk(p.anggaran) },
  ]);
  baris.push([
    { content: 'JUMLAH', colSpan: 2, gaya: 'bagian' },
    { content: rupiahPk(total), gaya: 'bagian' },
  ]);
  return baris;
}

/** The kepala daerah of policy `daerah` (e.g. "Wali Kota Madiun"); nama/nip null until BKPSDM fills them. */
export interface KepalaDaerahPk {
  jabatan: string;
  nama: string | null;
  nip: string | null;
}

/**
 * Signature blocks: left the kepala daerah of policy `daerah` as Pihak Kedua (his name when the
 * policy has it, else dots to fill by hand; a NIP line only when the policy gives one), right the
 * Kepala OPD as Pihak Pertama under the place/date line (his post with Plt./Plh./Pj. already
 * applied). Missing names → dots.
 */
export function blokTtdPk(
  kepala: { nama: string | null; nip: string | null; jabatan: string | null } | null,
  tempatTanggal: string,
  nipTercetak: (n: string) => string,
  kepalaDaerah: KepalaDaerahPk,
): { kiri: BlokTtd; kanan: BlokTtd } {
  const titik = '....................................';
  const jabatanKd = kepalaDaerah.jabatan.trim();
  return {
    kiri: {
      atas: ['', 'Pihak Kedua,', jabatanKd ? `${jabatanKd},` : ''],
      nama: kepalaDaerah.nama?.trim() || titik,
      nip: kepalaDaerah.nip ? `NIP. ${nipTercetak(kepalaDaerah.nip)}` : '',
    },
    kanan: {
      atas: [tempatTanggal, 'Pihak Pertama,', kepala?.jabatan ? `${kepala.jabatan},` : ''],
      nama: kepala?.nama?.trim() || titik,
      nip: `NIP. ${kepala?.nip ? nipTercetak(kepala.nip) : titik}`,
    },
  };
}
