/**
 * Per-identifier login lockout (quality.md: lockout for 15 minutes after 5 failures). Pure: decides
 * from the latest attempts of one identifier, newest first.
 */
export interface Percobaan {
  berhasil: boolean;
  waktu: Date;
}

export interface AturanKunci {
  maks_gagal_per_identitas: number;
  kunci_menit: number;
}

/** Locked until the returned time, or null when the identifier may try. */
export function terkunciSampai(terbaruDulu: Percobaan[], aturan: AturanKunci, sekarang: Date): Date | null {
  const n = aturan.maks_gagal_per_identitas;
  const deret = terbaruDulu.slice(0, n);
  if (deret.length < n || deret.some((p) => p.berhasil)) return null;
  const sampai = new Date(deret[0].waktu.getTime() + aturan.kunci_menit * 60_000);
  return sampai > sekarang ? sampai : null;
}

/** NIPs may be typed in their printed, spaced form; service accounts are case-insensitive. */
export function normalisasiIdentitas(identifier: unknown): string {
  if (typeof identifier !== 'string') return '';
  const t = identifier.trim();
  return /^[\d\s]+$/.test(t) ? t.replace(/\s+/g, '') : t.toLowerCase();
}

/** Longest value of riwayat_login.identifier. */
export const PANJANG_IDENTITAS = 100;

/**
 * The lockout bucket of a login attempt (issue 10 item 3): the account the identifier logs into, named by
 * its username (the NIP of a pegawai), whatever form was typed (spaced NIP, e-mail in any case); an
 * identifier that reaches no account is its own bucket under its normalised text, so probing unknown
 * names is limited too. `identifier` is already normalised (normalisasiIdentitas).
 */
export function kunciPercobaan(identifier: string, usernameAkun: string | null | undefined): string {
  return (usernameAkun ?? identifier).slice(0, PANJANG_IDENTITAS);
}
