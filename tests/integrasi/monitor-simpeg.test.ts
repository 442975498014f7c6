/**
 * The SIMPEG monitor's comparison on the demo city, read through the client from the mock SIMPEG: the city
 * against its own mock gives zero differences; the mock's data switches (a changed record, a moved pegawai, a
 * new pegawai) and one pegawai SIMPEG does not know give known counts for the city and per OPD.
 */
import fs from 'fs';
import path from 'path';
import { validasiBerkasKebijakan, versiPada, type VersiKebijakan } from '@m-skp/inti';
import {
  buatKlienSimpeg,
  ringkasanSelisih,
  saringSelisih,
  selisihSemua,
  skemaPemetaanSimpeg,
  type PegawaiMskp,
  type PegawaiSimpeg,
  type PemetaanSimpeg,
} from '@m-skp/integrasi';
import { konfigurasiUji, mock } from './bantu';

// the seed is plain Node (CommonJS); its plan is what `npm start` writes
const seed = require('../../database/seed');

const NIP_KADIS = '197001012000031001';
const NIP_KABID_APTIKA = '198003032005011003';
const NIP_PELAKSANA_APTIKA = '199004042015031004';
const NIP_BARU = '199501012020121099';
const NIP_HANYA_MSKP = '199602022021022098';

let m: any; // the mock pair of scripts/mock (plain JS)
let kota: any; // the seed's plan
let mskp: PegawaiMskp[];
let pemetaan: PemetaanSimpeg;

/** The repository's field mapping, validated as inti's bootstrap does, in force today. */
function pemetaanRepo(): PemetaanSimpeg {
  const berkas = path.resolve(__dirname, '../../config/kebijakan/pemetaan-simpeg.json');
  const r = validasiBerkasKebijakan(JSON.parse(fs.readFileSync(berkas, 'utf8')), berkas, {
    'pemetaan-simpeg': skemaPemetaanSimpeg,
  });
  if (!r.ok) throw new Error(r.masalah.join('\n'));
  return versiPada(r.berkas.versi as VersiKebijakan<PemetaanSimpeg>[], new Date().toISOString().slice(0, 10))!.nilai;
}

/** The demo city as M-SKP holds it after the seed: each planned pegawai with his OPD, post kind and penugasan. */
function mskpDariRencana(k: any): PegawaiMskp[] {
  const jabatan = new Map<string, any>(k.jabatan.map((j: any) => [j.kode, j]));
  return k.pegawai.map((p: any) => {
    const penugasan = k.penugasan.filter((x: any) => x.pegawai === p.nip);
    const utama = penugasan.find((x: any) => x.jenis === 'UTAMA' && x.tmt_akhir == null);
    return {
      nip: p.nip,
      nama: p.nama,
      gelar_depan: p.gelar_depan,
      gelar_belakang: p.gelar_belakang,
      jenis_asn: p.jenis_asn,
      cpns: p.cpns,
      golongan: p.golongan,
      status: p.status,
      kode_opd: p.opd,
      jenis_jabatan: utama ? jabatan.get(utama.jabatan).jenis : null,
      penugasan: penugasan.map((x: any) => ({
        kode_jabatan: x.jabatan,
        jenis: x.jenis,
        tmt_mulai: x.tmt_mulai,
        tmt_akhir: x.tmt_akhir,
      })),
    };
  });
}

const simpegSemua = (): Promise<PegawaiSimpeg[]> =>
  buatKlienSimpeg(konfigurasiUji('SIMPEG', m.url.simpeg)).semuaPegawai();

/** NIP → OPD: M-SKP's, or SIMPEG's for a pegawai M-SKP does not know. */
const opdPegawai = (simpeg: PegawaiSimpeg[], daftarMskp: PegawaiMskp[]) =>
  new Map<string, string | null>([
    ...simpeg.map((s) => [s.nipBaru, s.kodeOpd] as const),
    ...daftarMskp.map((p) => [p.nip, p.kode_opd] as const),
  ]);

beforeAll(async () => {
  const sekarang = new Date();
  kota = seed.rencanakanKota({ pegawai: 300, sekarang });
  m = await mock.mulaiMock({ data: mock.dataKotaDemo({ pegawai: 300, sekarang }) });
  mskp = mskpDariRencana(kota);
  pemetaan = pemetaanRepo();
}, 60_000);
afterAll(() => m?.berhenti());
beforeEach(() => m.simpeg.reset());

it('the demo city against its own mock: zero differences', async () => {
  const simpeg = await simpegSemua();
  expect(simpeg).toHaveLength(mskp.length);
  expect(selisihSemua(mskp, simpeg, pemetaan)).toEqual([]);
});

it('known changes on the mock → the known counts for the city and per OPD', async () => {
  const statusBerubah = kota.pegawai.find(
    (p: any) => p.opd === '1.18.01' && p.status === 'AKTIF' && !p.penugasan.some((x: any) => x.jenis !== 'UTAMA'),
  );
  m.simpeg.ubahPegawai(NIP_KADIS, { golRuangAkhirId: '43', golRuangAkhir: 'IV/c' });
  m.simpeg.ubahPegawai(NIP_KABID_APTIKA, { gelarBelakang: 'S.Kom., M.Kom.' });
  m.simpeg.ubahPegawai(statusBerubah.nip, { statusPegawai: 'CUTI' });
  m.simpeg.pindahkanPegawai(NIP_PELAKSANA_APTIKA, { kodeOpd: '1.18.01', jabatanId: '1.18.01-08' });
  m.simpeg.tambahPegawai({ ...structuredClone(m.simpeg.record(NIP_KADIS)), nipBaru: NIP_BARU, kodeOpd: '1.18.01' });
  const daftarMskp = [
    ...mskp,
    { ...mskp[0], nip: NIP_HANYA_MSKP, nama: 'Pegawai Tanpa SIMPEG', kode_opd: '1.16.01', penugasan: [] },
  ];

  const simpeg = await simpegSemua();
  const selisih = selisihSemua(daftarMskp, simpeg, pemetaan);
  const r = ringkasanSelisih(selisih, opdPegawai(simpeg, daftarMskp));
  expect(r.ringkasan).toEqual({
    TIDAK_ADA_DI_MSKP: 1,
    TIDAK_ADA_DI_SIMPEG: 1,
    NAMA_GELAR: 1,
    GOLONGAN: 1,
    JENIS_ASN_STATUS: 1,
    JABATAN: 1,
    OPD: 1,
    PENUGASAN: 2, // the old post ended the day before the move; the new one M-SKP lacks
  });
  expect([r.jumlah, r.pegawai]).toEqual([9, 6]);
  expect(r.per_opd.map((o) => [o.kode_opd, o.jumlah, o.pegawai])).toEqual([
    ['1.11.01', 6, 3],
    ['1.16.01', 1, 1],
    ['1.18.01', 2, 2],
  ]);
  expect(selisih.filter((s) => s.nip === NIP_PELAKSANA_APTIKA)).toEqual([
    {
      nip: NIP_PELAKSANA_APTIKA,
      jenis: 'JABATAN',
      nilai_mskp: expect.stringMatching(/^1\.11\.01-/),
      nilai_simpeg: expect.stringMatching(/^1\.18\.01-08/),
    },
    { nip: NIP_PELAKSANA_APTIKA, jenis: 'OPD', nilai_mskp: '1.11.01', nilai_simpeg: '1.18.01' },
    {
      nip: NIP_PELAKSANA_APTIKA,
      jenis: 'PENUGASAN',
      nilai_mskp: expect.stringMatching(/s\.d\. sekarang$/),
      nilai_simpeg: expect.stringMatching(/s\.d\. \d{4}-06-30$/),
    },
    {
      nip: NIP_PELAKSANA_APTIKA,
      jenis: 'PENUGASAN',
      nilai_mskp: null,
      nilai_simpeg: expect.stringMatching(/^UTAMA 1\.18\.01-08, TMT \d{4}-07-01 s\.d\. sekarang$/),
    },
  ]);
  expect(
    saringSelisih(selisih, opdPegawai(simpeg, daftarMskp), { kode_opd: '1.18.01' }).map((s) => [s.nip, s.jenis]),
  ).toEqual([
    [statusBerubah.nip, 'JENIS_ASN_STATUS'],
    [NIP_BARU, 'TIDAK_ADA_DI_MSKP'],
  ]);
});
