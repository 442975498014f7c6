import { GalatMskp } from '@m-skp/inti';
import { namaRekaman, tulisJalur, uraiPayload } from '../payload';
import { skemaSasaranKinerjaPegawai } from '../skema-ekak';
import { skemaDaftarPegawai } from '../skema-simpeg';

const sasaran = (ubah: Record<string, unknown> = {}, indikator: Record<string, unknown> = {}) => ({
  message: 'Berhasil',
  data: {
    nama_asn: 'Bambang',
    nip: '198003032005011003',
    tahun: '2026',
    kode_opd: '1.11.01',
    opd: 'Diskominfo',
    jumlah_sasaran: 1,
    sasaran_asn: [
      {
        id_sasaran: 12,
        tahun_sasaran: 2026,
        nip_asn: '198003032005011003',
        jenis_strategi: 'UTAMA',
        strategi: null,
        sasaran: 'Meningkatnya layanan',
        is_perintah_walikota: false,
        is_sasaran_prioritas: true,
        terdapat_inovasi: false,
        inovasi_lolos: null,
        inovasi_sasaran: null,
        hasil_inovasi_sasaran: null,
        jenis_inovasi_sasaran: null,
        gambaran_inovasi_sasaran: null,
        jumlah_indikator: 1,
        indikator_sasaran: [
          {
            id_indikator: 40,
            id_sasaran: 12,
            tahun_indikator: '2026',
            indikator: 'Persentase layanan',
            sumber_data: null,
            rumus_perhitungan: null,
            target: 100,
            satuan: 'persen',
            ...indikator,
          },
        ],
        ...ubah,
      },
    ],
  },
});

function galatDari(f: () => unknown): GalatMskp {
  try {
    f();
  } catch (e) {
    if (e instanceof GalatMskp) return e;
    throw e;
  }
  throw new Error('tidak gagal');
}

describe('uraiPayload: a valid answer is read and normalised', () => {
  it('ids, years and targets as text', () => {
    const d = uraiPayload(skemaSasaranKinerjaPegawai, sasaran(), 'EKAK', 'POST /x').data;
    expect(d.sasaran_asn[0]).toMatchObject({ id_sasaran: '12', tahun_sasaran: '2026' });
    expect(d.sasaran_asn[0].indikator_sasaran[0]).toMatchObject({ id_indikator: '40', target: '100' });
  });
});

describe('uraiPayload: a bad field names the record, the field and the rule', () => {
  it.each([
    [
      'wrong type on an indikator',
      sasaran({}, { indikator: 7 }),
      'data.sasaran_asn[0].indikator_sasaran[0].indikator',
      'nip 198003032005011003 › id_sasaran 12 › id_indikator 40',
      'harus teks, bukan angka',
    ],
    [
      'missing flag on a sasaran',
      sasaran({ is_sasaran_prioritas: undefined }),
      'data.sasaran_asn[0].is_sasaran_prioritas',
      'nip 198003032005011003 › id_sasaran 12',
      'wajib ada',
    ],
    [
      'a list that is not one',
      sasaran({ indikator_sasaran: 'x' }),
      'data.sasaran_asn[0].indikator_sasaran',
      'nip 198003032005011003 › id_sasaran 12',
      'harus daftar, bukan teks',
    ],
    ['no data at all', {}, 'data', 'jawaban', 'wajib ada'],
  ])('%s', (_, data, field, rekaman, aturan) => {
    const g = galatDari(() =>
      uraiPayload(skemaSasaranKinerjaPegawai, data, 'EKAK', 'POST /api/skp/sasaran_kinerja_pegawai'),
    );
    expect(g.status).toBe(502);
    expect(g.kode).toBe('EKAK_PAYLOAD_SALAH');
    expect(g.field).toBe(field);
    expect(g.message).toBe(
      `Data eKAK tidak sah (POST /api/skp/sasaran_kinerja_pegawai) pada ${rekaman}: kolom ${field} ${aturan}.`,
    );
  });

  it('SIMPEG: a bad NIP and a bad penugasan kind name the pegawai', () => {
    const p = {
      nipBaru: '197001012000031001',
      nama: 'Agus',
      tglLahir: '1970-01-01',
      jenisKelamin: 'L',
      kodeOpd: '1.11.01',
      statusPegawai: 'AKTIF',
      penugasan: [{ jabatanId: '1.11.01-01', jenis: 'DEFINITIF', tmtMulai: '2023-01-01', tmtAkhir: null }],
    };
    const g = galatDari(() =>
      uraiPayload(
        skemaDaftarPegawai,
        { data: [p], meta: { page: 1, per_page: 1, total: 1 } },
        'SIMPEG',
        'GET /pegawai',
      ),
    );
    expect(g.kode).toBe('SIMPEG_PAYLOAD_SALAH');
    expect(g.message).toBe(
      'Data SIMPEG tidak sah (GET /pegawai) pada nipBaru 197001012000031001 › jabatanId 1.11.01-01: kolom data[0].penugasan[0].jenis harus salah satu dari "UTAMA", "PLT", "PLH", bukan "DEFINITIF".',
    );
    const g2 = galatDari(() =>
      uraiPayload(
        skemaDaftarPegawai,
        { data: [{ ...p, nipBaru: '1970', penugasan: [] }], meta: { page: 1, per_page: 1, total: 1 } },
        'SIMPEG',
        'GET /pegawai',
      ),
    );
    expect(g2.message).toBe(
      'Data SIMPEG tidak sah (GET /pegawai) pada jawaban: kolom data[0].nipBaru harus 18 digit, bukan "1970".',
    );
  });
});

describe('helpers', () => {
  it('tulisJalur', () => {
    expect(tulisJalur(['data', 'sasaran_asn', 2, 'target'])).toBe('data.sasaran_asn[2].target');
    expect(tulisJalur([0, 'x'])).toBe('[0].x');
  });
  it('namaRekaman skips the field itself', () => {
    expect(namaRekaman({ data: [{ nip: '1' }] }, ['data', 0, 'nip'])).toBe('jawaban');
  });
});
