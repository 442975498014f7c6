/**
 * inti's public face: the one entry other plugins import (`@m-skp/inti`). Everything else under
 * server/src is private to inti; a deep import from another plugin fails the lint.
 */
export * from './domain/aktor';
export * from './domain/galat';
export * from './domain/keputusan';
export * from './domain/kata-sandi';
export * from './domain/kebijakan';
export * from './domain/login';
export * from './domain/nip';
export * from './domain/penilai';
export * from './domain/penugasan';
export * from './domain/peran';
export * from './domain/periode';
export * from './domain/sesi';
export * from './domain/tanggal';
export * from './domain/token-api';

export { layanan, type PetaLayanan, type LayananInti } from './layanan';
export { tabelTautan, namaKolom, type TabelTautan } from './strapi-tipe';
export { namaLengkap } from './services/pengguna';
export { PENUGASAN_BERUBAH } from './services/penjaga-dokumen';
export { pemilikAktor } from './services/pratinjau-impor';
export { barisToken } from './services/token-api';
export { MIDDLEWARE_MULTIPART } from './middlewares/multipart';
export { kebijakanRanah } from './policies/ranah';
export { rute, masukan, uraiMasukan, type Rute, type SkemaRute, type OpsiRute, type Metode } from './rute';
