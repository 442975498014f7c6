import type { CakupanToken, StatusToken, TokenApiInput } from '../dataProvider/tokenApi';

/** The five API-token scopes (as inti domain/token-api.ts `CAKUPAN_TOKEN`), in the order the server lists them; labels are `mskp.token_api.cakupan.<id>`. */
export const CAKUPAN_TOKEN: readonly CakupanToken[] = [
  'rencana-aksi:read',
  'rencana-aksi:write',
  'presensi:write',
  'spip:read',
  'legacy:read',
];

export const pilihanCakupan = () =>
  CAKUPAN_TOKEN.map((id) => ({ id, name: `mskp.token_api.cakupan.${id.replace(':', '_').replace('-', '_')}` }));

export const WARNA_STATUS: Record<StatusToken, 'success' | 'warning' | 'error'> = {
  AKTIF: 'success',
  KEDALUWARSA: 'warning',
  DICABUT: 'error',
};

/** The create dialog's values → the request body: trimmed name, known scopes only, empty optionals left out. */
export function isianTokenApi(nilai: Record<string, unknown>): TokenApiInput {
  const cakupan = Array.isArray(nilai.cakupan)
    ? CAKUPAN_TOKEN.filter((c) => (nilai.cakupan as unknown[]).includes(c))
    : [];
  const isian: TokenApiInput = { nama: typeof nilai.nama === 'string' ? nilai.nama.trim() : '', cakupan };
  if (typeof nilai.kode_opd === 'string' && nilai.kode_opd.trim()) isian.kode_opd = nilai.kode_opd.trim();
  if (typeof nilai.berlaku_sampai === 'string' && nilai.berlaku_sampai)
    isian.berlaku_sampai = nilai.berlaku_sampai.slice(0, 10);
  return isian;
}

/** Rotation gives an active token a new secret; revocation applies to any token not yet revoked. */
export const bolehPutar = (status: StatusToken | undefined) => status === 'AKTIF';
export const bolehCabut = (status: StatusToken | undefined) => status === 'AKTIF' || status === 'KEDALUWARSA';
