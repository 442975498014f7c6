/**
 * API tokens for external systems (api.md "API tokens for external systems"): the scopes, which route
 * each scope opens, the token's format and status, and the validation of what BKPSDM types in the panel.
 * Pure functions; hashing and storage are the `token-api` service's.
 */
import { GalatMskp } from './galat';
import { hariIni, tanggalValid } from './tanggal';
import { PERAN } from './peran';

export const CAKUPAN_TOKEN = [
  'rencana-aksi:read',
  'rencana-aksi:write',
  'presensi:write',
  'spip:read',
  'legacy:read',
] as const;
export type CakupanToken = (typeof CAKUPAN_TOKEN)[number];

/**
 * THE table of what a token may call: route action (`plugin::<plugin>.<controller>.<action>`, Strapi's
 * route scope) → the token scope that opens it. A route missing here is closed to every token (403),
 * whatever its scopes. Adding an external route is one line here.
 */
export const RUTE_TOKEN: Readonly<Record<string, CakupanToken>> = Object.freeze({
  'plugin::kinerja.rencana-aksi.daftar': 'rencana-aksi:read', // GET /api/rencana-aksi
  'plugin::kinerja.bukti.unduh': 'rencana-aksi:read', // GET /api/bukti/:id (the evidence files the renaksi list links to)
  'plugin::kinerja.rencana-aksi.isiRealisasi': 'rencana-aksi:write', // POST /api/rencana-aksi/:id/realisasi
  'plugin::tpp.presensi.dorong': 'presensi:write', // POST /api/tpp/presensi (push)
});

/** Whether a token holding `cakupan` may call a route whose Strapi scope list is `aksiRute` (fails closed). */
export function tokenBolehAkses(
  cakupan: readonly string[] | null | undefined,
  aksiRute: readonly string[] | string | null | undefined,
): boolean {
  const aksi = aksiRute == null ? [] : Array.isArray(aksiRute) ? aksiRute : [aksiRute as string];
  if (!Array.isArray(cakupan) || aksi.length === 0) return false;
  return aksi.every((a) => {
    const perlu = Object.prototype.hasOwnProperty.call(RUTE_TOKEN, a) ? RUTE_TOKEN[a] : undefined;
    return perlu != null && cakupan.includes(perlu);
  });
}

/** Our tokens start with this prefix, so the auth strategy ignores JWTs and other bearers without a query. */
export const AWALAN_TOKEN = 'mskp_';
export const adalahTokenMskp = (s: unknown): s is string =>
  typeof s === 'string' && s.startsWith(AWALAN_TOKEN) && s.length > AWALAN_TOKEN.length + 20 && s.length <= 200;

/** Only Admin BKPSDM manages tokens (a token never manages tokens). */
export const bolehKelolaToken = (a: { peran: string | null; token: string | null }): boolean =>
  a.token == null && a.peran === PERAN.ADMIN_BKPSDM;

export type StatusToken = 'AKTIF' | 'KEDALUWARSA' | 'DICABUT';

/** A token is valid through the whole city day of `berlaku_sampai`; revocation wins over expiry. */
export function statusToken(
  t: { dicabut_pada?: unknown; berlaku_sampai?: string | null },
  hari: string = hariIni(),
): StatusToken {
  if (t.dicabut_pada) return 'DICABUT';
  if (t.berlaku_sampai && hari > t.berlaku_sampai) return 'KEDALUWARSA';
  return 'AKTIF';
}

export interface IsianToken {
  nama: string;
  cakupan: CakupanToken[];
  kode_opd: string | null;
  berlaku_sampai: string | null;
}

/** Validates a new token's input; each refusal names its field. */
export function validasiIsianToken(body: unknown, hari: string = hariIni()): IsianToken {
  const b = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const nama = typeof b.nama === 'string' ? b.nama.trim() : '';
  if (!nama) throw new GalatMskp(400, 'NAMA_WAJIB', 'Nama token wajib diisi.', 'nama');
  if (nama.length > 100 || !/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(nama)) {
    throw new GalatMskp(
      400,
      'NAMA_TIDAK_VALID',
      'Nama token hanya boleh huruf, angka, spasi, titik, garis bawah, dan tanda hubung (maksimal 100 karakter).',
      'nama',
    );
  }
  if (!Array.isArray(b.cakupan) || b.cakupan.length === 0)
    throw new GalatMskp(400, 'CAKUPAN_WAJIB', 'Pilih minimal satu cakupan token.', 'cakupan');
  const asing = b.cakupan.find((c) => !(CAKUPAN_TOKEN as readonly unknown[]).includes(c));
  if (asing !== undefined) {
    throw new GalatMskp(
      400,
      'CAKUPAN_TIDAK_DIKENAL',
      `Cakupan "${String(asing)}" tidak dikenal. Pilihan: ${CAKUPAN_TOKEN.join(', ')}.`,
      'cakupan',
    );
  }
  const cakupan = CAKUPAN_TOKEN.filter((c) => (b.cakupan as unknown[]).includes(c));
  let kode_opd: string | null = null;
  if (b.kode_opd != null && b.kode_opd !== '') {
    if (typeof b.kode_opd !== 'string' || !b.kode_opd.trim())
      throw new GalatMskp(400, 'OPD_TIDAK_VALID', 'kode_opd harus teks.', 'kode_opd');
    kode_opd = b.kode_opd.trim();
  }
  let berlaku_sampai: string | null = null;
  if (b.berlaku_sampai != null && b.berlaku_sampai !== '') {
    if (!tanggalValid(b.berlaku_sampai))
      throw new GalatMskp(400, 'TANGGAL_TIDAK_VALID', 'berlaku_sampai harus tanggal YYYY-MM-DD.', 'berlaku_sampai');
    if (b.berlaku_sampai < hari)
      throw new GalatMskp(400, 'TANGGAL_LAMPAU', 'Masa berlaku token tidak boleh sebelum hari ini.', 'berlaku_sampai');
    berlaku_sampai = b.berlaku_sampai;
  }
  return { nama, cakupan, kode_opd, berlaku_sampai };
}
