/**
 * How the two sides write the same thing differently: M-SKP and SIMPEG agree when these forms agree. Each
 * function gives a comparable form (never shown) and returns null for "nothing written".
 */

/** Empty, blank and the placeholder "-" all mean nothing written. */
export function teksIsi(x: unknown): string | null {
  if (typeof x !== 'string') return null;
  const t = x.replace(/\s+/g, ' ').trim();
  return t === '' || t === '-' ? null : t;
}

/** Names: case and runs of spaces do not matter ("AGUS  purwanto" = "Agus Purwanto"). */
export function normalisasiNama(x: unknown): string | null {
  const t = teksIsi(x);
  return t == null ? null : t.normalize('NFC').toLocaleUpperCase('id-ID');
}

/**
 * Gelar: only letters and digits count, in their order, so "S.Kom., M.T." = "S.Kom, M.T" = "S. Kom. MT". Case
 * does not count either, except the medical "dr." which is not the doctorate "Dr." (Indonesian usage).
 */
export function normalisasiGelar(x: unknown): string | null {
  const t = teksIsi(x);
  if (t == null) return null;
  const hasil = t
    .normalize('NFC')
    .split(/(?<!\p{L})dr(?!\p{L})/u)
    .map((s) => s.replace(/[^\p{L}\p{N}]/gu, '').toLocaleUpperCase('id-ID'))
    .join('dr');
  return hasil === '' ? null : hasil;
}

const ROMAWI_PNS = ['I', 'II', 'III', 'IV'];
const KODE_PNS = /^(?:[1-3][1-4]|4[1-5])$/;
// PPPK golongan I–XVII (Perpres 98/2020)
const ROMAWI_PPPK = new Set('I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII'.split(' '));

/**
 * Golongan as its SIASN code: "42", "IV/b", "iv/B", "IV - b" → "42"; PPPK golongan (roman numerals I–XVII) →
 * upper case ("ix" → "IX"). Anything else is kept as written (upper case) so that it shows as a difference.
 */
export function normalisasiGolongan(x: unknown): string | null {
  const t = teksIsi(typeof x === 'number' ? String(x) : x);
  if (t == null) return null;
  const s = t.replace(/\s+/g, '').toUpperCase();
  if (KODE_PNS.test(s)) return s;
  const m = /^(I{1,3}|IV)[/-]?([A-E])$/.exec(s);
  if (m) {
    const kode = `${ROMAWI_PNS.indexOf(m[1]) + 1}${'ABCDE'.indexOf(m[2]) + 1}`;
    if (KODE_PNS.test(kode)) return kode;
  }
  return s;
}

/** True for a PPPK golongan (I–XVII), false for a PNS code, null when the form says neither. */
export function golonganPppk(kode: string | null): boolean | null {
  if (kode == null) return null;
  if (KODE_PNS.test(kode)) return false;
  return ROMAWI_PPPK.has(kode) ? true : null;
}

/** The printed form of a golongan code: "42" → "IV/b"; others as they are. */
export function labelGolongan(kode: string | null): string | null {
  if (kode == null || !KODE_PNS.test(kode)) return kode;
  return `${ROMAWI_PNS[Number(kode[0]) - 1]}/${'abcde'[Number(kode[1]) - 1]}`;
}

/**
 * Dates as YYYY-MM-DD from what a database or a spreadsheet hands over: a Date, "2024-01-02",
 * "2024-01-02T00:00:00.000Z", "02-01-2024" or "02/01/2024" (day first, Indonesian usage). An impossible date or
 * an unknown form is null (the caller shows the raw value).
 */
export function normalisasiTanggal(x: unknown): string | null {
  if (x instanceof Date) {
    if (Number.isNaN(x.getTime())) return null;
    // a driver hands a DATE column over as local midnight (node-postgres) or UTC midnight: take that day
    const lokal = x.getHours() === 0 && x.getMinutes() === 0 && x.getSeconds() === 0 && x.getUTCHours() !== 0;
    if (!lokal) return x.toISOString().slice(0, 10);
    const dua = (n: number) => String(n).padStart(2, '0');
    return `${x.getFullYear()}-${dua(x.getMonth() + 1)}-${dua(x.getDate())}`;
  }
  const t = teksIsi(x);
  if (t == null) return null;
  let y: string, m: string, d: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  const lokal = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (iso) [, y, m, d] = iso;
  else if (lokal) [, d, m, y] = lokal;
  else return null;
  const hasil = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const dt = new Date(hasil + 'T00:00:00Z');
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === hasil ? hasil : null;
}

/** Codes (OPD, jabatan, status): case and spaces around do not count. */
export function normalisasiKode(x: unknown): string | null {
  const t = teksIsi(typeof x === 'number' ? String(x) : x);
  return t == null ? null : t.toUpperCase();
}
