/**
 * NIP (Nomor Induk Pegawai): 18 digits.
 *  PNS : tanggal lahir YYYYMMDD · TMT CPNS YYYYMM · jenis kelamin 1/2 · nomor urut NNN
 *  PPPK: tanggal lahir YYYYMMDD · tahun pengangkatan YYYY + kode "21" · jenis kelamin · nomor urut
 * Printed grouped as "19700518 200503 1 005". Source: BKN NIP layout (Peraturan Kepala BKN 22/2007
 * for PNS; the PPPK variant replaces the TMT month with the code 21).
 */

export type JenisAsn = 'PNS' | 'PPPK';

export type KodeKesalahanNip =
  | 'NIP_WAJIB'
  | 'NIP_BUKAN_ANGKA'
  | 'NIP_PANJANG'
  | 'NIP_TANGGAL_LAHIR'
  | 'NIP_TMT'
  | 'NIP_USIA_TMT'
  | 'NIP_JENIS_KELAMIN'
  | 'NIP_NOMOR_URUT';

export interface NipTerurai {
  nip: string;
  tanggalLahir: string; // YYYY-MM-DD
  tmt: string; // YYYY-MM (PNS) or YYYY (PPPK)
  jenisKelamin: 'L' | 'P';
  nomorUrut: number;
  jenisAsn: JenisAsn;
}

export type HasilNip = { ok: true; data: NipTerurai } | { ok: false; kode: KodeKesalahanNip; pesan: string };

/** Minimum age at CPNS/PPPK appointment (UU ASN). */
export const USIA_MINIMAL_PENGANGKATAN = 18;
export const KODE_PPPK = '21';

const gagal = (kode: KodeKesalahanNip, pesan: string): HasilNip => ({ ok: false, kode, pesan });

function tanggalValid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Removes the spaces of the printed form; anything else is kept so that it can be reported. */
export function normalisasiNip(input: unknown): string {
  return typeof input === 'string' || typeof input === 'number' ? String(input).replace(/\s+/g, '') : '';
}

/**
 * Validates a NIP. `hariIni` (YYYY-MM-DD) bounds birth dates and appointment dates to the past.
 * When jenisAsn is not given, the month digits decide: "21" means PPPK.
 */
export function validasiNip(input: unknown, opsi: { jenisAsn?: JenisAsn; hariIni?: string } = {}): HasilNip {
  const nip = normalisasiNip(input);
  if (nip === '') return gagal('NIP_WAJIB', 'NIP wajib diisi.');
  if (!/^\d+$/.test(nip)) return gagal('NIP_BUKAN_ANGKA', 'NIP hanya boleh berisi angka.');
  if (nip.length !== 18) return gagal('NIP_PANJANG', `NIP harus 18 digit, bukan ${nip.length} digit.`);

  const hariIni = opsi.hariIni ?? new Date().toISOString().slice(0, 10);
  const [hy, hm, hd] = hariIni.split('-').map(Number);
  const ly = Number(nip.slice(0, 4));
  const lm = Number(nip.slice(4, 6));
  const ld = Number(nip.slice(6, 8));
  if (ly < 1900 || !tanggalValid(ly, lm, ld)) {
    return gagal(
      'NIP_TANGGAL_LAHIR',
      `Digit 1–8 NIP (${nip.slice(0, 8)}) bukan tanggal lahir yang valid (format TTTTBBHH).`,
    );
  }
  const lahir = nip.slice(0, 4) + '-' + nip.slice(4, 6) + '-' + nip.slice(6, 8);
  if (lahir > hariIni) {
    return gagal('NIP_TANGGAL_LAHIR', `Tanggal lahir pada NIP (${lahir}) tidak boleh setelah hari ini.`);
  }

  const ty = Number(nip.slice(8, 12));
  const kodeBulan = nip.slice(12, 14);
  const pppk = opsi.jenisAsn ? opsi.jenisAsn === 'PPPK' : kodeBulan === KODE_PPPK;
  let tmt: string;
  if (pppk) {
    if (kodeBulan !== KODE_PPPK) {
      return gagal('NIP_TMT', `Digit 13–14 NIP PPPK harus "${KODE_PPPK}", bukan "${kodeBulan}".`);
    }
    tmt = nip.slice(8, 12);
  } else {
    const tm = Number(kodeBulan);
    if (tm < 1 || tm > 12) {
      return gagal(
        'NIP_TMT',
        `Digit 9–14 NIP (${nip.slice(8, 14)}) bukan TMT CPNS yang valid (format TTTTBB, bulan 01–12).`,
      );
    }
    tmt = nip.slice(8, 12) + '-' + kodeBulan;
  }
  if (ty > hy || (!pppk && ty === hy && Number(kodeBulan) > hm)) {
    return gagal('NIP_TMT', `TMT pengangkatan pada NIP (${tmt}) tidak boleh setelah hari ini.`);
  }
  const usia = ty - ly - (!pppk && Number(kodeBulan) < lm ? 1 : 0);
  if (usia < USIA_MINIMAL_PENGANGKATAN) {
    return gagal(
      'NIP_USIA_TMT',
      `TMT pengangkatan pada NIP (${tmt}) berarti usia ${usia} tahun, di bawah usia minimal ${USIA_MINIMAL_PENGANGKATAN} tahun.`,
    );
  }

  const jk = nip[14];
  if (jk !== '1' && jk !== '2') {
    return gagal(
      'NIP_JENIS_KELAMIN',
      `Digit ke-15 NIP adalah jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan), bukan ${jk}.`,
    );
  }
  const urut = Number(nip.slice(15, 18));
  if (urut === 0) return gagal('NIP_NOMOR_URUT', 'Digit 16–18 NIP (nomor urut) tidak boleh 000.');
  void hd;
  return {
    ok: true,
    data: {
      nip,
      tanggalLahir: lahir,
      tmt,
      jenisKelamin: jk === '1' ? 'L' : 'P',
      nomorUrut: urut,
      jenisAsn: pppk ? 'PPPK' : 'PNS',
    },
  };
}

/** "197005182005031005" → "19700518 200503 1 005" (the printed form). */
export function formatNip(nip: string): string {
  const n = normalisasiNip(nip);
  if (n.length !== 18) return n;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n[14]} ${n.slice(15)}`;
}
