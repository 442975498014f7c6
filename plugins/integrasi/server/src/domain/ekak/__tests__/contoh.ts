/** Small hand-built fixtures of the eKAK pull: one pegawai, one SKP, one sasaran with an IKI and a renaksi. */
import type {
  DataEkak,
  IkiEkak,
  IkiLokal,
  LokalTarik,
  RenaksiEkak,
  RenaksiLokal,
  RhkEkak,
  RhkLokal,
  SkpLokal,
} from '../jenis';

export const NIP = '198003032005011003';
export const TAHUN = 2026;

export const rhkEkak = (ubah: Partial<RhkEkak> = {}, nilai: Partial<RhkEkak['nilai']> = {}): RhkEkak => ({
  nip: NIP,
  ekak_sasaran_id: '12',
  ekak_indikator_id: '40',
  jenis: 'UTAMA',
  id_sasaran_atasan: null,
  ...ubah,
  nilai: {
    uraian: 'Meningkatnya layanan aplikasi',
    is_sasaran_prioritas: false,
    terdapat_inovasi: false,
    inovasi: null,
    is_perintah_walikota: false,
    ...nilai,
  },
});

export const ikiEkak = (ubah: Partial<IkiEkak> = {}, nilai: Partial<IkiEkak['nilai']> = {}): IkiEkak => ({
  nip: NIP,
  ekak_sasaran_id: '12',
  ekak_indikator_id: '40',
  urutan: 1,
  ...ubah,
  nilai: { uraian: 'Persentase aplikasi aktif', target_teks: '90', satuan: 'persen', ...nilai },
});

export const renaksiEkak = (
  ubah: Partial<RenaksiEkak> = {},
  nilai: Partial<RenaksiEkak['nilai']> = {},
): RenaksiEkak => ({
  nip: NIP,
  ekak_sasaran_id: '12',
  ekak_renaksi_id: '7',
  ekak_tahapan_id: '70',
  tahapan_rtp: null,
  bulan_rtp: [],
  ...ubah,
  nilai: {
    uraian: 'Audit aplikasi',
    urutan: 1,
    target: [
      { bulan: 3, nilai: 50 },
      { bulan: 6, nilai: 50 },
    ],
    sebagai_rtp: false,
    anggaran: null,
    ...nilai,
  },
});

export const data = (ubah: Partial<DataEkak> = {}): DataEkak => ({
  tahun: TAHUN,
  nip: [NIP],
  rhk: [rhkEkak()],
  iki: [ikiEkak()],
  renaksi: [renaksiEkak()],
  ...ubah,
});

export const skp = (ubah: Partial<SkpLokal> = {}): SkpLokal => ({
  id: 'skp-1',
  nip: NIP,
  tahun: TAHUN,
  status: 'DIAJUKAN',
  utama: true,
  ...ubah,
});

export const rhk = (ubah: Partial<RhkLokal> = {}): RhkLokal => ({
  id: 'rhk-1',
  skp: 'skp-1',
  jenis: 'UTAMA',
  urutan: 1,
  rhk_atasan: null,
  status_revisi: null,
  uraian: 'Meningkatnya layanan aplikasi',
  is_sasaran_prioritas: false,
  terdapat_inovasi: false,
  inovasi: null,
  is_perintah_walikota: false,
  ekak_sasaran_id: '12',
  ekak_indikator_id: '40',
  ekak_tarik: null,
  ...ubah,
});

export const iki = (ubah: Partial<IkiLokal> = {}): IkiLokal => ({
  id: 'iki-1',
  rhk: 'rhk-1',
  uraian: 'Persentase aplikasi aktif',
  target_teks: '90',
  satuan: 'persen',
  urutan: 1,
  disembunyikan: false,
  ekak_indikator_id: '40',
  ekak_tarik: null,
  ...ubah,
});

export const renaksi = (ubah: Partial<RenaksiLokal> = {}): RenaksiLokal => ({
  id: 'ra-1',
  rhk: 'rhk-1',
  uraian: 'Audit aplikasi',
  urutan: 1,
  periode: 'BULANAN',
  satuan: 'poin progres',
  target: [
    { bulan: 3, nilai: 50 },
    { bulan: 6, nilai: 50 },
  ],
  sebagai_rtp: false,
  anggaran: null,
  ekak_renaksi_id: '7',
  ekak_tahapan_id: '70',
  ekak_tarik: null,
  ...ubah,
});

export const lokal = (ubah: Partial<LokalTarik> = {}): LokalTarik => ({
  pegawai: [NIP],
  skp: [skp()],
  rhk: [rhk()],
  iki: [iki()],
  renaksi: [renaksi()],
  ...ubah,
});
