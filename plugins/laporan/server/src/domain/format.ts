/**
 * Small text builders shared by every print: NIP lines, pangkat/golongan, signer titles, file names.
 * Pure functions over plain data (no Strapi, no jsPDF).
 */
import { formatNip } from '@m-skp/inti';

/** "197005182005031005" → "19700518 200503 1 005" (inti's formatNip); null → "". */
export function nipTercetak(nip: string | null | undefined): string {
  return formatNip(String(nip ?? '')).trim();
}

export interface Golongan {
  kode: string;
  label: string;
  pangkat: string;
}

/**
 * Pangkat/gol. ruang from the SIASN code with the policy table `golongan`: "31" → "Penata Muda, III/a".
 * A PPPK golongan (roman numeral) prints as "Golongan IX"; an unknown code is printed as stored; empty → "-".
 */
export function pangkatGolongan(kode: string | null | undefined, tabel: Golongan[] = []): string {
  const k = String(kode ?? '').trim();
  if (!k) return '-';
  const g = tabel.find((x) => x.kode === k);
  if (g) return `${g.pangkat}, ${g.label}`;
  if (/^[IVX]+$/.test(k)) return `Golongan ${k}`;
  return k;
}

/** Prefix of an acting signer's post: PLT → "Plt.", PLH → "Plh.", PJ → "Pj."; definitive → none. */
export function awalanBertindak(sebagai: string | null | undefined): string {
  switch (sebagai) {
    case 'PLT':
      return 'Plt.';
    case 'PLH':
      return 'Plh.';
    case 'PJ':
      return 'Pj.';
    default:
      return '';
  }
}

/**
 * The post of a signer as printed: exactly one acting prefix, chosen by `sebagai` (a snapshot may
 * already carry one: it is replaced, never doubled). "Kepala Bidang Persandian", PLT → "Plt. Kepala Bidang Persandian".
 */
export function jabatanPenandatangan(jabatan: string | null | undefined, sebagai: string | null | undefined): string {
  const polos = String(jabatan ?? '')
    .trim()
    .replace(/^(?:Plt|Plh|Pj)\.\s*/i, '');
  const awal = awalanBertindak(sebagai);
  if (!polos) return awal;
  return awal ? `${awal} ${polos}` : polos;
}

/** A safe download name: "rencana-skp_199004042015031004_2027.pdf" (letters, digits, - and _ only). */
export function namaBerkas(jenis: string, nip: string | null | undefined, tahun: number | string, ext = 'pdf'): string {
  const bersih = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  const bagian = [bersih(jenis), bersih(String(nip ?? '')), bersih(String(tahun))].filter(Boolean);
  return `${bagian.join('_')}.${ext}`;
}

/** Characters of WinAnsiEncoding beyond Latin-1 (what jsPDF's standard fonts can show). */
const WINANSI_EKSTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const GANTI: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '→': '->',
  '←': '<-',
  '\u00a0': ' ',
  '\t': ' ',
  '\r': '',
};

/**
 * Text as the standard PDF fonts can print it: NFC, common symbols spelled out ("≥" → ">="),
 * anything else outside WinAnsi (emoji, CJK, control characters) → "?". Newlines are kept.
 */
export function teksCetak(s: unknown): string {
  return [...String(s ?? '').normalize('NFC')]
    .map((c) => {
      if (c in GANTI) return GANTI[c];
      if (c === '\n') return c;
      const k = c.codePointAt(0)!;
      if ((k >= 0x20 && k < 0x7f) || (k >= 0xa0 && k <= 0xff) || WINANSI_EKSTRA.includes(c)) return c;
      return '?';
    })
    .join('');
}
