/** Pure formatting and validation helpers shared by the screens. */

/** "197005182005031005" → "19700518 200503 1 005"; anything else unchanged. */
export const formatNip = (nip: string | null | undefined): string => {
  if (nip == null) return '';
  const digits = String(nip).replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return String(nip);
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
};

const isValidDate = (year: number, month: number, day: number) => {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * Checks the structure of a NIP (domain.md §1): birth date YYYYMMDD, TMT CPNS
 * YYYYMM, sex 1/2, sequence NNN. Returns an i18n message key, or undefined
 * when valid. The server validates again.
 */
export const nipError = (value: unknown): string | undefined => {
  if (value == null || value === '') return undefined;
  const nip = String(value).replace(/\s+/g, '');
  if (!/^\d{18}$/.test(nip)) return 'mskp.error.nip_format';
  const year = Number(nip.slice(0, 4));
  if (year < 1900 || !isValidDate(year, Number(nip.slice(4, 6)), Number(nip.slice(6, 8)))) {
    return 'mskp.error.nip_tanggal_lahir';
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtYear < year || tmtMonth < 1 || tmtMonth > 12) return 'mskp.error.nip_tmt';
  if (!['1', '2'].includes(nip[14])) return 'mskp.error.nip_jenis_kelamin';
  return undefined;
};

const ROMAN = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

/** SIASN golongan codes of PNS: 11 I/a … 45 IV/e. */
export const GOLONGAN_PNS: ReadonlyArray<{ id: string; name: string }> = [
  ['11', 'I/a'],
  ['12', 'I/b'],
  ['13', 'I/c'],
  ['14', 'I/d'],
  ['21', 'II/a'],
  ['22', 'II/b'],
  ['23', 'II/c'],
  ['24', 'II/d'],
  ['31', 'III/a'],
  ['32', 'III/b'],
  ['33', 'III/c'],
  ['34', 'III/d'],
  ['41', 'IV/a'],
  ['42', 'IV/b'],
  ['43', 'IV/c'],
  ['44', 'IV/d'],
  ['45', 'IV/e'],
].map(([id, name]) => ({ id, name }));

/** PPPK golongan I … XVII. */
export const GOLONGAN_PPPK: ReadonlyArray<{ id: string; name: string }> = ROMAN.slice(1).map((name) => ({
  id: name,
  name,
}));

/**
 * Display form of a golongan: SIASN code "32" → "III/b"; a PPPK roman
 * numeral stays as it is; a PPPK number 1–17 becomes its roman numeral.
 */
export const golonganLabel = (code: string | number | null | undefined, jenisAsn?: string | null): string => {
  if (code == null || code === '') return '';
  const value = String(code).trim().toUpperCase();
  if (jenisAsn === 'PPPK' && /^\d{1,2}$/.test(value)) {
    const number = Number(value);
    if (number >= 1 && number <= 17) return ROMAN[number];
  }
  const pns = GOLONGAN_PNS.find((item) => item.id === value);
  if (pns) return pns.name;
  if (ROMAN.includes(value)) return value;
  return String(code);
};

export type RelativeTime =
  | { key: 'mskp.waktu.belum_pernah' }
  | { key: 'mskp.waktu.baru_saja' }
  | {
      key:
        | 'mskp.waktu.menit_lalu'
        | 'mskp.waktu.jam_lalu'
        | 'mskp.waktu.hari_lalu'
        | 'mskp.waktu.bulan_lalu'
        | 'mskp.waktu.tahun_lalu';
      count: number;
    };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "x hari lalu" as an i18n key and count (translate with smart_count). */
export const relativeTime = (
  value: string | number | Date | null | undefined,
  now: Date = new Date(),
): RelativeTime => {
  if (value == null || value === '') return { key: 'mskp.waktu.belum_pernah' };
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return { key: 'mskp.waktu.belum_pernah' };
  const elapsed = Math.max(0, now.getTime() - date.getTime());
  if (elapsed < MINUTE) return { key: 'mskp.waktu.baru_saja' };
  if (elapsed < HOUR) return { key: 'mskp.waktu.menit_lalu', count: Math.floor(elapsed / MINUTE) };
  if (elapsed < DAY) return { key: 'mskp.waktu.jam_lalu', count: Math.floor(elapsed / HOUR) };
  const days = Math.floor(elapsed / DAY);
  if (days < 31) return { key: 'mskp.waktu.hari_lalu', count: days };
  if (days < 365) return { key: 'mskp.waktu.bulan_lalu', count: Math.floor(days / 30) };
  return { key: 'mskp.waktu.tahun_lalu', count: Math.floor(days / 365) };
};

/** Whole days since a date (null = never). */
export const daysSince = (value: string | number | Date | null | undefined, now: Date = new Date()): number | null => {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return Math.floor(Math.max(0, now.getTime() - date.getTime()) / DAY);
};

/** Long Indonesian date, e.g. "27 November 2026". */
export const LONG_DATE: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** Long date with time, e.g. "27 November 2026 pukul 14.05". */
export const LONG_DATE_TIME: Intl.DateTimeFormatOptions = {
  ...LONG_DATE,
  hour: '2-digit',
  minute: '2-digit',
};

export const formatDate = (
  value: string | number | Date | null | undefined,
  locales = 'id-ID',
  options: Intl.DateTimeFormatOptions = LONG_DATE,
): string => {
  if (value == null || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(locales, options);
};

/** Gender from the stored value or, failing that, digit 15 of the NIP. */
export const jenisKelaminKey = (value: string | null | undefined, nip?: string | null): 'L' | 'P' | undefined => {
  const normalised = (value ?? '').toString().trim().toUpperCase();
  if (['L', '1', 'LAKI-LAKI', 'LAKI_LAKI', 'PRIA', 'M'].includes(normalised)) return 'L';
  if (['P', '2', 'PEREMPUAN', 'WANITA', 'F'].includes(normalised)) return 'P';
  const digits = (nip ?? '').replace(/\s+/g, '');
  if (/^\d{18}$/.test(digits)) return digits[14] === '1' ? 'L' : digits[14] === '2' ? 'P' : undefined;
  return undefined;
};

/**
 * Date filters on date-time columns: a picked day "2026-11-27" means from the
 * start of that local day (…_gte) up to its last millisecond (…_lte), sent
 * as UTC ISO strings.
 */
export const awalHari = (value: string | null | undefined): string | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? new Date(`${value}T00:00:00`).toISOString() : value || null;

export const akhirHari = (value: string | null | undefined): string | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? new Date(`${value}T23:59:59.999`).toISOString() : value || null;
