import { GalatMskp, barisToken, bolehKelolaToken, galat, hariIni } from '@m-skp/inti';
import { filterKolom, filterWaktu, type DefinisiSumber } from './tipe';

/**
 * API tokens of external systems (read side; create, rotate and revoke are the token-api routes of
 * this plugin). Admin BKPSDM only: everyone else gets 403. Rows never carry the secret or its hash.
 */
export const tokenApi: DefinisiSumber = {
  uid: 'plugin::inti.token-api',
  objek: 'token-api',
  urut: {
    nama: 'nama',
    dibuat_pada: 'createdAt',
    berlaku_sampai: 'berlaku_sampai',
    terakhir_dipakai: 'terakhir_dipakai',
    kode_opd: 'kode_opd',
    id: 'id',
  },
  urutBawaan: ['dibuat_pada', 'DESC'],
  cari: ['nama', 'kode_opd'],
  filter: {
    kode_opd: filterKolom('kode_opd'),
    berlaku_sampai: filterWaktu('berlaku_sampai'),
    status: (v) => {
      const hari = hariIni();
      switch (v) {
        case 'DICABUT':
          return { dicabut_pada: { $notNull: true } };
        case 'KEDALUWARSA':
          return { dicabut_pada: { $null: true }, berlaku_sampai: { $lt: hari } };
        case 'AKTIF':
          return {
            dicabut_pada: { $null: true },
            $or: [{ berlaku_sampai: { $null: true } }, { berlaku_sampai: { $gte: hari } }],
          };
        default:
          throw new GalatMskp(
            400,
            'FILTER_TIDAK_VALID',
            'Filter status harus AKTIF, KEDALUWARSA, atau DICABUT.',
            'filter',
          );
      }
    },
  },
  populate: {},
  async cakupan(k) {
    if (!bolehKelolaToken(k.aktor)) throw galat.dilarang('Hanya Admin BKPSDM yang boleh mengelola token API.');
    return {};
  },
  keBaris: (d) => barisToken(d),
};
