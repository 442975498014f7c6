/** Messages of the PLT sync log screen (mskp.plt.*, resources.sinkron-plt, mskp.empty.sinkron-plt). */
export const pltId = {
  menu: 'Sinkron PLT',
  perubahan: 'Evaluasi yang diubah',
  ditahan: 'Ditahan (triwulan terkunci)',
  tidak_ada_perubahan: 'Tidak ada evaluasi yang diubah.',
  sistem: 'Sistem',
  rating: '%{dari} → %{ke}',
  pemicu: {
    MANUAL: 'Manual',
    JADWAL: 'Terjadwal',
    PENUGASAN: 'Perubahan penugasan',
    EVALUASI: 'Penyimpanan evaluasi',
  },
  status: { SELESAI: 'Selesai', GAGAL: 'Gagal' },
  aksi: { TERAPKAN: 'Rating Plt diterapkan', KEMBALIKAN: 'Rating definitif dikembalikan' },
};

export const pltEn: typeof pltId = {
  menu: 'PLT sync',
  perubahan: 'Evaluations changed',
  ditahan: 'Withheld (quarter locked)',
  tidak_ada_perubahan: 'No evaluation was changed.',
  sistem: 'System',
  rating: '%{dari} → %{ke}',
  pemicu: { MANUAL: 'Manual', JADWAL: 'Scheduled', PENUGASAN: 'Assignment change', EVALUASI: 'Evaluation saved' },
  status: { SELESAI: 'Done', GAGAL: 'Failed' },
  aksi: { TERAPKAN: 'Acting rating applied', KEMBALIKAN: 'Definitive rating restored' },
};

export const pltResourcesId = {
  'sinkron-plt': {
    name: 'Sinkron PLT',
    fields: {
      mulai: 'Mulai',
      selesai: 'Selesai',
      pemicu: 'Pemicu',
      tahun: 'Tahun',
      bulan: 'Bulan',
      oleh: 'Oleh',
      diperiksa: 'Diperiksa',
      jumlah_diterapkan: 'Diterapkan',
      jumlah_dikembalikan: 'Dikembalikan',
      jumlah_ditahan: 'Ditahan',
      status: 'Status',
      galat: 'Galat',
      nip: 'NIP',
      periode: 'Periode',
      aksi: 'Aksi',
      perilaku: 'Rating perilaku',
      predikat: 'Predikat',
    },
  },
};

export const pltResourcesEn: typeof pltResourcesId = {
  'sinkron-plt': {
    name: 'PLT sync',
    fields: {
      mulai: 'Started',
      selesai: 'Finished',
      pemicu: 'Trigger',
      tahun: 'Year',
      bulan: 'Month',
      oleh: 'By',
      diperiksa: 'Checked',
      jumlah_diterapkan: 'Applied',
      jumlah_dikembalikan: 'Restored',
      jumlah_ditahan: 'Withheld',
      status: 'Status',
      galat: 'Error',
      nip: 'NIP',
      periode: 'Period',
      aksi: 'Action',
      perilaku: 'Behaviour rating',
      predikat: 'Predicate',
    },
  },
};

export const pltEmptyId = {
  judul: 'Belum ada sinkron PLT',
  petunjuk:
    'Sinkron PLT berjalan setiap malam, setelah perubahan penugasan, dan dari tombol "Sinkron PLT" di daftar evaluasi.',
};

export const pltEmptyEn: typeof pltEmptyId = {
  judul: 'No PLT sync yet',
  petunjuk:
    'The PLT sync runs nightly, after assignment changes, and from the "Sync acting posts" button of the evaluation list.',
};
