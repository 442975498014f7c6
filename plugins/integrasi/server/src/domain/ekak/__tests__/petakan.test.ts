import type { RencanaAksiPegawai, SasaranPohonKinerjaPegawai } from '../../skema-ekak';
import { petakanEkak, targetDariAksis } from '../petakan';

type Sasaran = SasaranPohonKinerjaPegawai['sasaran_asn'][number];
type Tahapan = RencanaAksiPegawai['rencana_aksi'][number];

const sasaran = (ubah: Partial<Sasaran> = {}): Sasaran => ({
  id_sasaran: '12',
  tahun_sasaran: '2026',
  nip_asn: '1',
  jenis_strategi: 'UTAMA',
  strategi: null,
  sasaran: 'Meningkatnya layanan aplikasi',
  is_perintah_walikota: false,
  is_sasaran_prioritas: false,
  terdapat_inovasi: false,
  inovasi_lolos: null,
  inovasi_sasaran: null,
  hasil_inovasi_sasaran: null,
  jenis_inovasi_sasaran: null,
  gambaran_inovasi_sasaran: null,
  jumlah_indikator: 2,
  indikator_sasaran: [
    {
      id_indikator: '40',
      id_sasaran: '12',
      tahun_indikator: '2026',
      indikator: 'Persentase aplikasi aktif',
      sumber_data: null,
      rumus_perhitungan: null,
      target: '90',
      satuan: 'persen',
    },
    {
      id_indikator: '41',
      id_sasaran: '12',
      tahun_indikator: '2026',
      indikator: 'Indeks kepuasan',
      sumber_data: null,
      rumus_perhitungan: null,
      target: '80-90',
      satuan: null,
    },
  ],
  id_sasaran_atasan: '3',
  sasaran_atasan: 'Sasaran Kepala Dinas',
  jumlah_rencana_aksi: 1,
  ...ubah,
});

const tahapan = (ubah: Partial<Tahapan> = {}): Tahapan => ({
  id_renaksi: '7',
  id_tahapan: '70',
  id_sasaran: '12',
  urutan: 2,
  tahapan_kerja: 'Audit aplikasi',
  sebagai_rtp: false,
  tahapan_rtp: null,
  anggaran_tahapan: 5000000,
  created_at: null,
  aksis: [
    { id_aksi: '2', id_tahapan: '70', bulan: 6, target: 50 },
    { id_aksi: '1', id_tahapan: '70', bulan: 3, target: 50 },
  ],
  ...ubah,
});

const jawaban = (s: Sasaran[], ra: Record<string, Tahapan[] | null> = {}) => ({
  nip: '1',
  sasaran: {
    nama_asn: 'A',
    nip: '1',
    tahun: '2026',
    kode_opd: 'x',
    opd: 'X',
    jumlah_sasaran: s.length,
    sasaran_asn: s,
  },
  rencanaAksi: Object.fromEntries(
    Object.entries(ra).map(([id, t]) => [
      id,
      t && {
        status_rencana_aksi: null,
        eselon: null,
        nama_asn: 'A',
        nip: '1',
        tahun: '2026',
        kode_opd: 'x',
        opd: 'X',
        id_sasaran: id,
        is_perintah_walikota: true, // the sasaran's own flags win
        is_sasaran_prioritas: true,
        terdapat_inovasi: true,
        sasaran: 'lain',
        anggaran: null,
        rencana_aksi: t,
      },
    ]),
  ),
});

describe('petakanEkak: sasaran → RHK', () => {
  it.each([
    [
      'no flag',
      {},
      { is_sasaran_prioritas: false, terdapat_inovasi: false, inovasi: null, is_perintah_walikota: false },
    ],
    ['prioritas', { is_sasaran_prioritas: true }, { is_sasaran_prioritas: true }],
    ['perintah walikota', { is_perintah_walikota: true }, { is_perintah_walikota: true }],
    [
      'inovasi with its details',
      {
        terdapat_inovasi: true,
        inovasi_lolos: true,
        inovasi_sasaran: 'Sapa Madiun',
        hasil_inovasi_sasaran: 'Satu aplikasi',
        jenis_inovasi_sasaran: 'UJI_COBA',
        gambaran_inovasi_sasaran: 'Super app',
      },
      {
        terdapat_inovasi: true,
        inovasi: { judul: 'Sapa Madiun', manfaat: 'Satu aplikasi', tahap: 'UJI_COBA', deskripsi: 'Super app' },
      },
    ],
    ['inovasi details without the flag: none', { inovasi_sasaran: 'Sisa' }, { terdapat_inovasi: false, inovasi: null }],
  ])('%s', (_n, ubah, harap) => {
    const d = petakanEkak(2026, [jawaban([sasaran(ubah as Partial<Sasaran>)])]);
    expect(d.rhk[0].nilai).toMatchObject(harap);
  });

  it('ids, jenis, the RHK atasan; eKAK order kept', () => {
    const d = petakanEkak(2026, [
      jawaban([sasaran(), sasaran({ id_sasaran: '13', jenis_strategi: 'TAMBAHAN', id_sasaran_atasan: null })]),
    ]);
    expect(d.rhk.map((r) => [r.ekak_sasaran_id, r.ekak_indikator_id, r.jenis, r.id_sasaran_atasan])).toEqual([
      ['12', '40', 'UTAMA', '3'],
      ['13', '40', 'TAMBAHAN', null],
    ]);
    expect(d.nip).toEqual(['1']);
  });

  it('jenis_strategi other than UTAMA/TAMBAHAN: UTAMA; no indikator: no ekak_indikator_id', () => {
    const d = petakanEkak(2026, [jawaban([sasaran({ jenis_strategi: 'Strategi 1', indikator_sasaran: [] })])]);
    expect(d.rhk[0]).toMatchObject({ jenis: 'UTAMA', ekak_indikator_id: null });
    expect(d.iki).toEqual([]);
  });

  it('sasaran_kinerja_pegawai (no atasan in the answer): the link is left alone (undefined)', () => {
    const s = sasaran();
    const { id_sasaran_atasan: _a, sasaran_atasan: _b, jumlah_rencana_aksi: _c, ...tanpa } = s;
    const d = petakanEkak(2026, [jawaban([tanpa as Sasaran])]);
    expect(d.rhk[0].id_sasaran_atasan).toBeUndefined();
  });

  it('no sasaran in eKAK: the NIP is listed, nothing else', () => {
    expect(petakanEkak(2026, [{ nip: '9', sasaran: null, rencanaAksi: {} }])).toEqual({
      tahun: 2026,
      nip: ['9'],
      rhk: [],
      iki: [],
      renaksi: [],
    });
  });
});

describe('petakanEkak: indikator → IKI', () => {
  it('uraian, target as text, satuan (none → empty), position', () => {
    const d = petakanEkak(2026, [jawaban([sasaran()])]);
    expect(d.iki.map((i) => [i.ekak_indikator_id, i.urutan, i.nilai])).toEqual([
      ['40', 1, { uraian: 'Persentase aplikasi aktif', target_teks: '90', satuan: 'persen' }],
      ['41', 2, { uraian: 'Indeks kepuasan', target_teks: '80-90', satuan: '' }],
    ]);
  });
});

describe('petakanEkak: rencana aksi → renaksi', () => {
  it('monthly targets ordered by month, ids, anggaran, eKAK urutan', () => {
    const d = petakanEkak(2026, [jawaban([sasaran()], { '12': [tahapan()] })]);
    expect(d.renaksi).toEqual([
      {
        nip: '1',
        ekak_sasaran_id: '12',
        ekak_renaksi_id: '7',
        ekak_tahapan_id: '70',
        tahapan_rtp: null,
        bulan_rtp: [],
        nilai: {
          uraian: 'Audit aplikasi',
          urutan: 2,
          target: [
            { bulan: 3, nilai: 50 },
            { bulan: 6, nilai: 50 },
          ],
          sebagai_rtp: false,
          anggaran: 5000000,
        },
      },
    ]);
  });

  it('RTP: the flag, its wording, the months with a target', () => {
    const t = tahapan({
      sebagai_rtp: true,
      tahapan_rtp: 'Mitigasi risiko',
      aksis: [
        { id_aksi: '1', id_tahapan: '70', bulan: 2, target: 0 },
        { id_aksi: '2', id_tahapan: '70', bulan: 9, target: 40 },
        { id_aksi: '3', id_tahapan: '70', bulan: 4, target: 60 },
      ],
    });
    const [r] = petakanEkak(2026, [jawaban([sasaran()], { '12': [t] })]).renaksi;
    expect(r).toMatchObject({ tahapan_rtp: 'Mitigasi risiko', bulan_rtp: [4, 9], nilai: { sebagai_rtp: true } });
  });

  it('tahapan_rtp of a renaksi that is no RTP is dropped; no urutan → position', () => {
    const [r] = petakanEkak(2026, [
      jawaban([sasaran()], { '12': [tahapan({ tahapan_rtp: 'x', urutan: null })] }),
    ]).renaksi;
    expect(r).toMatchObject({ tahapan_rtp: null, bulan_rtp: [], nilai: { urutan: 1 } });
  });

  it('"Renaksi Tidak Ditemukan" (null) or absent: none', () => {
    expect(petakanEkak(2026, [jawaban([sasaran(), sasaran({ id_sasaran: '13' })], { '12': null })]).renaksi).toEqual(
      [],
    );
  });

  it('a month named twice keeps its last target', () => {
    expect(
      targetDariAksis([
        { id_aksi: '1', id_tahapan: '1', bulan: 5, target: 10 },
        { id_aksi: '2', id_tahapan: '1', bulan: 1, target: 5 },
        { id_aksi: '3', id_tahapan: '1', bulan: 5, target: 20 },
      ]),
    ).toEqual([
      { bulan: 1, nilai: 5 },
      { bulan: 5, nilai: 20 },
    ]);
  });
});
