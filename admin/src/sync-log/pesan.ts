/** Messages of the sync log screen (mskp.sync_log.*, resources.sync-log, mskp.empty.sync-log). */
export const syncLogId = {
  menu: 'Riwayat Sinkronisasi',
  status_integrasi: 'Status integrasi',
  aktif: 'Aktif',
  galat_run: 'Galat dan alasannya',
  tidak_ada_galat: 'Tidak ada galat.',
  seluruh_run: 'Seluruh proses',
  jumlah_galat: '%{smart_count} galat |||| %{smart_count} galat',
  sistem: { EKAK: 'eKAK', SIMPEG: 'SIMPEG', SIASN: 'BKN SIASN' },
  jenis: {
    TARIK_SASARAN: 'Tarik sasaran & renaksi',
    SINKRON_PEGAWAI: 'Sinkron pegawai',
    MONITOR: 'Monitor kesesuaian',
  },
  keadaan: {
    AKTIF: 'Aktif',
    TIDAK_DIKONFIGURASI: 'tidak dikonfigurasi',
    KONFIGURASI_SALAH: 'pengaturan salah',
  },
  status: { BERHASIL: 'Berhasil', SEBAGIAN: 'Sebagian', GAGAL: 'Gagal' },
  pemicu: { PENGGUNA: 'Pengguna', JADWAL: 'Terjadwal' },
  mode: { true: 'Dry-run', false: 'Terapkan' },
  hasil: { buat: 'dibuat', ubah: 'diubah', tetap: 'tetap', konflik: 'konflik', hapus: 'dihapus', gagal: 'gagal' },
};

export const syncLogEn: typeof syncLogId = {
  menu: 'Sync log',
  status_integrasi: 'Integration status',
  aktif: 'On',
  galat_run: 'Errors and their reasons',
  tidak_ada_galat: 'No errors.',
  seluruh_run: 'Whole run',
  jumlah_galat: '%{smart_count} error |||| %{smart_count} errors',
  sistem: { EKAK: 'eKAK', SIMPEG: 'SIMPEG', SIASN: 'BKN SIASN' },
  jenis: {
    TARIK_SASARAN: 'Pull targets & action plans',
    SINKRON_PEGAWAI: 'Sync personnel',
    MONITOR: 'Consistency monitor',
  },
  keadaan: {
    AKTIF: 'On',
    TIDAK_DIKONFIGURASI: 'not configured',
    KONFIGURASI_SALAH: 'setting malformed',
  },
  status: { BERHASIL: 'Succeeded', SEBAGIAN: 'Partly', GAGAL: 'Failed' },
  pemicu: { PENGGUNA: 'User', JADWAL: 'Scheduled' },
  mode: { true: 'Dry run', false: 'Apply' },
  hasil: {
    buat: 'created',
    ubah: 'updated',
    tetap: 'unchanged',
    konflik: 'conflicts',
    hapus: 'deleted',
    gagal: 'failed',
  },
};

export const syncLogResourcesId = {
  'sync-log': {
    name: 'Riwayat Sinkronisasi',
    fields: {
      mulai: 'Mulai',
      selesai: 'Selesai',
      sistem: 'Sistem',
      jenis: 'Proses',
      pemicu: 'Pemicu',
      oleh: 'Oleh',
      dry_run: 'Mode',
      jumlah: 'Jumlah per hasil',
      galat: 'Galat',
      durasi_ms: 'Durasi',
      status: 'Status',
      tahun: 'Tahun',
      opd_id: 'OPD',
      opd_nama: 'OPD',
      pesan: 'Pesan',
      rekaman: 'Rekaman',
      alasan: 'Alasan',
      mulai_gte: 'Sejak tanggal',
      mulai_lte: 'Sampai tanggal',
    },
  },
};

export const syncLogResourcesEn: typeof syncLogResourcesId = {
  'sync-log': {
    name: 'Sync log',
    fields: {
      mulai: 'Started',
      selesai: 'Finished',
      sistem: 'System',
      jenis: 'Run',
      pemicu: 'Trigger',
      oleh: 'By',
      dry_run: 'Mode',
      jumlah: 'Counts per outcome',
      galat: 'Errors',
      durasi_ms: 'Duration',
      status: 'Status',
      tahun: 'Year',
      opd_id: 'OPD',
      opd_nama: 'OPD',
      pesan: 'Message',
      rekaman: 'Record',
      alasan: 'Reason',
      mulai_gte: 'From date',
      mulai_lte: 'Until date',
    },
  },
};

export const syncLogEmptyId = {
  judul: 'Belum ada sinkronisasi',
  petunjuk:
    'Setiap tarik data eKAK dan sinkron SIMPEG (dry-run atau terapkan, manual atau terjadwal) dicatat di sini. Pastikan sistemnya aktif pada kartu "Status integrasi" di atas (atur EKAK_URL / SIMPEG_URL), lalu jalankan tarik atau sinkron pertama.',
};

export const syncLogEmptyEn: typeof syncLogEmptyId = {
  judul: 'No sync yet',
  petunjuk:
    'Every eKAK pull and SIMPEG sync (dry run or apply, by hand or scheduled) is recorded here. Make sure the system is on in the "Integration status" card above (set EKAK_URL / SIMPEG_URL), then run the first pull or sync.',
};
