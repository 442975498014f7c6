'use strict';
/**
 * The three kecamatan of Kota Madiun and their 27 kelurahan (in the order used for the OPD codes
 * `<kode kecamatan>.<nn>`), the Kemendagri area codes used in NIK (35.77.xx) and street names for
 * addresses.
 */

const KECAMATAN = [
  {
    singkatan: 'KEC-KARTOHARJO',
    nama: 'Kartoharjo',
    kodeWilayah: '357703',
    kelurahan: [
      'Kartoharjo',
      'Kanigoro',
      'Kelun',
      'Klegen',
      'Oro-oro Ombo',
      'Pilangbango',
      'Rejomulyo',
      'Sukosari',
      'Tawangrejo',
    ],
  },
  {
    singkatan: 'KEC-MANGUHARJO',
    nama: 'Manguharjo',
    kodeWilayah: '357701',
    kelurahan: [
      'Manguharjo',
      'Madiun Lor',
      'Nambangan Kidul',
      'Nambangan Lor',
      'Ngegong',
      'Pangongangan',
      'Patihan',
      'Sogaten',
      'Winongo',
    ],
  },
  {
    singkatan: 'KEC-TAMAN',
    nama: 'Taman',
    kodeWilayah: '357702',
    kelurahan: ['Taman', 'Banjarejo', 'Demangan', 'Josenan', 'Kejuron', 'Kuncen', 'Manisrejo', 'Mojorejo', 'Pandean'],
  },
];

// prettier-ignore
const JALAN = [
  'Jl. Pahlawan', 'Jl. Diponegoro', 'Jl. HOS Cokroaminoto', 'Jl. Ahmad Yani', 'Jl. Serayu', 'Jl. Kalimantan',
  'Jl. Sulawesi', 'Jl. Salak', 'Jl. Mayjend Panjaitan', 'Jl. MH Thamrin', 'Jl. Urip Sumoharjo', 'Jl. Kartini',
  'Jl. Agus Salim', 'Jl. Bali', 'Jl. Trunojoyo', 'Jl. Tanjung Raya', 'Jl. Setia Budi', 'Jl. Sumatera',
  'Jl. Kapten Tendean', 'Jl. Mastrip', 'Jl. Yos Sudarso', 'Jl. Hayam Wuruk', 'Jl. Letjen Suprapto', 'Jl. MT Haryono',
  'Jl. Ciliwung', 'Jl. Citandui', 'Jl. Musi', 'Jl. Cokrobasonto', 'Jl. Ring Road Barat', 'Jl. Perintis Kemerdekaan',
  'Jl. Sikatan', 'Jl. Merak', 'Jl. Kenari', 'Jl. Parikesit', 'Jl. Puntadewa', 'Jl. Gajah Mada', 'Jl. Hasanudin',
];

/** Every kelurahan with its kecamatan, for addresses: [{kelurahan, kecamatan, kodeWilayah}]. */
const SEMUA_KELURAHAN = KECAMATAN.flatMap((k) =>
  k.kelurahan.map((kel) => ({ kelurahan: kel, kecamatan: k.nama, kodeWilayah: k.kodeWilayah })),
);

module.exports = { KECAMATAN, JALAN, SEMUA_KELURAHAN };
