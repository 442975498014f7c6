/**
 * The server's password policy (plugins/inti domain/kata-sandi.ts, imported as is: one rule for the
 * panel and the server) with its codes mapped to the panel's i18n keys.
 */
import {
  KATA_SANDI_MIN,
  periksaKataSandi,
  type KodeKataSandi,
} from '../../../plugins/inti/server/src/domain/kata-sandi';

export { KATA_SANDI_MIN };

const KUNCI: Record<KodeKataSandi, string> = {
  KATA_SANDI_WAJIB: 'ra.validation.required',
  KATA_SANDI_PENDEK: 'mskp.error.sandi_pendek',
  KATA_SANDI_PANJANG: 'mskp.error.sandi_panjang',
  KATA_SANDI_LEMAH: 'mskp.error.sandi_lemah',
};

/** The i18n key of the first rule the password breaks, or null when it is acceptable. */
export const galatKataSandi = (value: unknown): string | null => {
  const salah = periksaKataSandi(value);
  return salah ? KUNCI[salah.kode] : null;
};

/** react-admin input validator. */
export const validasiKataSandi = (value: unknown) => {
  const kunci = galatKataSandi(value);
  return kunci ? { message: kunci, args: { min: KATA_SANDI_MIN } } : undefined;
};
