/** Messages of the Token API screen (mskp.token_api.*, resources.token-api, mskp.empty.token-api). */
export const tokenApiId = {
  menu: 'Token API',
  buat: 'Buat token',
  buat_judul: 'Buat token API untuk sistem eksternal',
  nama_bantuan: 'Nama sistem pemakai, mis. "ekak-bappeda"; dicatat pada jejak audit sebagai token:<nama>.',
  opd_bantuan: 'Kosongkan agar token menjangkau semua OPD; isi untuk membatasi pada satu OPD.',
  berlaku_bantuan: 'Kosongkan bila tanpa batas; token berlaku sampai akhir tanggal ini.',
  rahasia_judul: 'Token "%{nama}"',
  rahasia_peringatan:
    'Salin token ini sekarang dan simpan di sistem pemakai. Token tidak akan ditampilkan lagi: M-SKP hanya menyimpan sidiknya. Bila hilang, buat ulang token.',
  salin: 'Salin token',
  tersalin: 'Token disalin ke papan klip.',
  gagal_salin: 'Gagal menyalin; pilih teks token lalu salin secara manual.',
  sudah_disalin: 'Sudah saya salin',
  putar: 'Buat ulang token',
  putar_judul: 'Buat ulang token "%{nama}"?',
  putar_konfirmasi:
    'Token lama langsung tidak berlaku lagi. Sistem pemakai harus diperbarui dengan token baru yang akan ditampilkan sekali.',
  cabut: 'Cabut token',
  cabut_judul: 'Cabut token "%{nama}"?',
  cabut_konfirmasi:
    'Sistem yang memakai token ini akan ditolak mulai permintaan berikutnya. Pencabutan tidak dapat dibatalkan.',
  dicabut: 'Token "%{nama}" telah dicabut.',
  semua_opd: 'Semua OPD',
  tanpa_batas: 'Tanpa batas',
  belum_dipakai: 'Belum pernah dipakai',
  status: { AKTIF: 'Aktif', KEDALUWARSA: 'Kedaluwarsa', DICABUT: 'Dicabut' },
  cakupan: {
    rencana_aksi_read: 'rencana-aksi:read: membaca rencana aksi dan realisasi (GET /api/rencana-aksi)',
    rencana_aksi_write: 'rencana-aksi:write: mengirim realisasi dengan bukti (POST /api/rencana-aksi/{id}/realisasi)',
    presensi_write: 'presensi:write: mengirim rekap presensi (POST /api/tpp/presensi)',
    spip_read: 'spip:read: membaca data kinerja untuk SPIP (Inspektorat)',
    legacy_read: 'legacy:read: layanan lama M-SKP untuk eKAK',
  },
};

export const tokenApiEn: typeof tokenApiId = {
  menu: 'API tokens',
  buat: 'Create token',
  buat_judul: 'Create an API token for an external system',
  nama_bantuan: 'Name of the consuming system, e.g. "ekak-bappeda"; audited as token:<name>.',
  opd_bantuan: 'Leave empty to reach every agency; choose one to limit the token to it.',
  berlaku_bantuan: 'Leave empty for no expiry; the token is valid through the end of this date.',
  rahasia_judul: 'Token "%{nama}"',
  rahasia_peringatan:
    'Copy this token now and store it in the consuming system. It will not be shown again: M-SKP keeps only its fingerprint. If it is lost, regenerate the token.',
  salin: 'Copy token',
  tersalin: 'Token copied to the clipboard.',
  gagal_salin: 'Copy failed; select the token text and copy it by hand.',
  sudah_disalin: 'I have copied it',
  putar: 'Regenerate token',
  putar_judul: 'Regenerate token "%{nama}"?',
  putar_konfirmasi:
    'The old token stops working at once. Update the consuming system with the new token, which is shown once.',
  cabut: 'Revoke token',
  cabut_judul: 'Revoke token "%{nama}"?',
  cabut_konfirmasi: 'Systems using this token are refused from their next request on. Revocation cannot be undone.',
  dicabut: 'Token "%{nama}" revoked.',
  semua_opd: 'All agencies',
  tanpa_batas: 'No expiry',
  belum_dipakai: 'Never used',
  status: { AKTIF: 'Active', KEDALUWARSA: 'Expired', DICABUT: 'Revoked' },
  cakupan: {
    rencana_aksi_read: 'rencana-aksi:read: read action plans and realisations (GET /api/rencana-aksi)',
    rencana_aksi_write: 'rencana-aksi:write: submit realisations with evidence (POST /api/rencana-aksi/{id}/realisasi)',
    presensi_write: 'presensi:write: push attendance summaries (POST /api/tpp/presensi)',
    spip_read: 'spip:read: read performance data for SPIP (Inspectorate)',
    legacy_read: 'legacy:read: the old M-SKP endpoints for eKAK',
  },
};

export const tokenApiResourcesId = {
  'token-api': {
    name: 'Token API |||| Token API',
    fields: {
      id: 'ID',
      q: 'Cari nama token atau kode OPD',
      nama: 'Nama token',
      cakupan: 'Cakupan',
      kode_opd: 'OPD',
      berlaku_sampai: 'Berlaku sampai',
      dibuat_oleh: 'Dibuat oleh',
      dibuat_pada: 'Dibuat pada',
      terakhir_dipakai: 'Terakhir dipakai',
      status: 'Status',
    },
  },
};

export const tokenApiResourcesEn: typeof tokenApiResourcesId = {
  'token-api': {
    name: 'API token |||| API tokens',
    fields: {
      id: 'ID',
      q: 'Search token name or agency code',
      nama: 'Token name',
      cakupan: 'Scopes',
      kode_opd: 'Agency',
      berlaku_sampai: 'Valid until',
      dibuat_oleh: 'Created by',
      dibuat_pada: 'Created at',
      terakhir_dipakai: 'Last used',
      status: 'Status',
    },
  },
};

export const tokenApiEmptyId = {
  judul: 'Belum ada token API',
  petunjuk: 'Buat token untuk sistem eksternal (eKAK, presensi, SPIP) dengan cakupan sesempit mungkin.',
};
export const tokenApiEmptyEn: typeof tokenApiEmptyId = {
  judul: 'No API tokens yet',
  petunjuk: 'Create a token for an external system (eKAK, attendance, SPIP) with the narrowest scopes.',
};
