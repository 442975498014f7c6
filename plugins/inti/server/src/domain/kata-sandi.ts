/**
 * The one password policy (ASVS V2.1): every server path that sets a password applies it (the Document
 * Service guard on users-permissions users: panel create/update, change-password, reset-password; the
 * Strapi super-admin created at bootstrap), and the panel's forms import it. Pure, no Node API.
 */
export const KATA_SANDI_MIN = 8;
/** bcrypt reads at most 72 bytes: a longer password would be cut silently. */
export const KATA_SANDI_MAKS_BYTE = 72;

export type KodeKataSandi = 'KATA_SANDI_WAJIB' | 'KATA_SANDI_PENDEK' | 'KATA_SANDI_PANJANG' | 'KATA_SANDI_LEMAH';

export interface KataSandiDitolak {
  kode: KodeKataSandi;
  pesan: string;
}

/** null when the password is acceptable, else the first rule it breaks (code + Indonesian message). */
export function periksaKataSandi(kataSandi: unknown): KataSandiDitolak | null {
  if (typeof kataSandi !== 'string' || kataSandi.length === 0)
    return { kode: 'KATA_SANDI_WAJIB', pesan: 'Kata sandi wajib diisi.' };
  if ([...kataSandi].length < KATA_SANDI_MIN)
    return { kode: 'KATA_SANDI_PENDEK', pesan: `Kata sandi minimal ${KATA_SANDI_MIN} karakter.` };
  if (new TextEncoder().encode(kataSandi).length > KATA_SANDI_MAKS_BYTE) {
    return {
      kode: 'KATA_SANDI_PANJANG',
      pesan: `Kata sandi maksimal ${KATA_SANDI_MAKS_BYTE} karakter (huruf non-Latin dihitung lebih dari satu).`,
    };
  }
  if (!/[A-Za-z]/.test(kataSandi) || !/\d/.test(kataSandi))
    return { kode: 'KATA_SANDI_LEMAH', pesan: 'Kata sandi harus memuat huruf dan angka.' };
  return null;
}
