/**
 * The mocks serve the demo city: the same pegawai (a sample of the documented accounts, the Plt, the counts) and
 * the same SKP plan as `npm start` seeds, so that a pull or a sync on a fresh demo has nothing to change.
 */
import { mock } from './bantu';

// the seed is plain Node (CommonJS); its plan is what `npm start` writes
const seed = require('../../database/seed');

let data: any; // scripts/mock's plain-JS data
let kota: any; // the seed's plan
let skp: any;

beforeAll(() => {
  const sekarang = new Date();
  data = mock.dataKotaDemo({ pegawai: 300, sekarang });
  kota = seed.rencanakanKota({ pegawai: 300, sekarang });
  skp = seed.rencanakanSkp(kota, { sekarang });
}, 60_000);

describe('SIMPEG data = the demo city', () => {
  it('every pegawai of the plan, once, with his OPD', () => {
    expect(data.simpeg.size).toBe(kota.pegawai.length);
    for (const p of kota.pegawai) expect(data.simpeg.get(p.nip)?.kodeOpd).toBe(p.opd);
  });

  it.each(seed.PEGAWAI_TETAP.map((t: { nip: string }) => [t.nip, t]))(
    'documented account %s: name, gelar, golongan as the seed writes them',
    (nip: string, t: any) => {
      const r = data.simpeg.get(nip);
      expect({
        nama: r.nama,
        gelarDepan: r.gelarDepan,
        gelarBelakang: r.gelarBelakang,
        gol: r.golRuangAkhirId,
      }).toEqual({
        nama: t.nama,
        gelarDepan: t.gelar_depan ?? null,
        gelarBelakang: t.gelar_belakang ?? null,
        gol: t.golongan,
      });
    },
  );

  it('Kepala Dinas Kominfo: post, eselon and penugasan; Kabid Statistik also Plt Kabid Persandian', () => {
    expect(data.simpeg.get('197001012000031001')).toMatchObject({
      jabatanNama: 'Kepala Dinas Komunikasi dan Informatika',
      eselonId: 'II.b',
      jenisJabatanId: 'JPT',
      golRuangAkhir: 'IV/b',
      pangkatAkhir: 'Pembina Tingkat I',
      statusPegawai: 'AKTIF',
      penugasan: [{ jabatanId: '1.11.01-01', jenis: 'UTAMA', tmtMulai: '2023-01-01', tmtAkhir: null }],
    });
    const plt = kota.plt.find((x: { pegawai: string }) => x.pegawai === '198506062010011006');
    expect(data.simpeg.get('198506062010011006').penugasan).toContainEqual({
      jabatanId: plt.jabatan,
      jenis: 'PLT',
      tmtMulai: plt.tmt_mulai,
      tmtAkhir: null,
    });
  });

  it('every penugasan of the plan is in its pegawai record (ended ones too)', () => {
    const jumlah = [...data.simpeg.values()].reduce((n: number, r: any) => n + r.penugasan.length, 0);
    expect(jumlah).toBe(kota.penugasan.length);
  });
});

describe('eKAK data = the demo SKP plan', () => {
  it('a sasaran per RHK of every submitted or approved SKP, an indikator per visible IKI', () => {
    const aktif = new Set(
      skp.skp.filter((s: any) => s.status === 'DISETUJUI' || s.status === 'DIAJUKAN').map((s: any) => s.documentId),
    );
    const rhk = skp.rhk.filter((x: any) => aktif.has(x.skp));
    const sasaran = [...data.ekak.perNip.values()].flat().flatMap((d: any) => d.sasaran);
    expect(sasaran).toHaveLength(rhk.length);
    expect(sasaran.map((s: any) => s.sasaran).sort()).toEqual(rhk.map((x: any) => x.uraian).sort());
  });

  it("Kabid Aplikasi's sasaran: his RHK, in order, cascading to the Kepala Dinas's", () => {
    const [d] = data.ekak.perNip.get('198003032005011003');
    const rhk = skp.rhk.filter((x: any) => x.skp === d.skp.documentId);
    expect(d.sasaran.map((s: any) => s.sasaran)).toEqual(rhk.map((x: any) => x.uraian));
    const kadis = new Set(data.ekak.perNip.get('197001012000031001')[0].sasaran.map((s: any) => s.id_sasaran));
    expect(d.sasaran.every((s: any) => kadis.has(s.id_sasaran_atasan))).toBe(true);
  });
});
