/**
 * The pure core of the eKAK pull on the demo city: the mock eKAK (which serves what the seed writes) read through
 * the real client, mapped, and planned against the seed's own plan as M-SKP holds it after `npm start`. A fresh
 * demo has nothing to change; an apply only links eKAK ids and records the pulled values; a second plan is all
 * TETAP and writes nothing; eKAK's change is an update, or a revision proposal on an approved SKP; a local edit
 * survives as a conflict. No Strapi, no database.
 */
import {
  buatKlienEkak,
  petakanEkak,
  rencanaTarik,
  terapkanRencana,
  type DataEkak,
  type JawabanEkakPegawai,
  type KlienEkak,
  type LokalTarik,
  type RencanaTarik,
} from '@m-skp/integrasi';
import { konfigurasiUji, mock } from './bantu';

// the seed is plain Node (CommonJS); its plan is what `npm start` writes
const seed = require('../../database/seed');
const { rencanakanRenaksi } = require('../../database/seed/renaksi');
const { rencanakanSasaranOpd } = require('../../database/seed/sasaran-opd');

let m: any; // the mock pair of scripts/mock (plain JS)
let klien: KlienEkak;
let lokalAwal: LokalTarik;
let nipDiskominfo: string[];

/** M-SKP after the seed: the plan's SKP, RHK (with the eKAK flags the renaksi step sets), IKI and renaksi. */
function lokalDariSeed(sekarang: Date): LokalTarik {
  const kota = seed.rencanakanKota({ pegawai: 300, sekarang });
  const skp = seed.rencanakanSkp(kota, { sekarang });
  rencanakanSasaranOpd(kota, skp); // hides the Kepala OPD's IKI that duplicate the OPD's, as the seed does
  const ra = rencanakanRenaksi(kota, skp, { sekarang });
  const bendera = new Map<string, any>();
  for (const b of ra.benderaRhk) bendera.set(b.rhk, { ...bendera.get(b.rhk), ...b });
  return {
    pegawai: kota.pegawai.map((p: any) => p.nip),
    skp: skp.skp.map((s: any) => ({
      id: s.documentId,
      nip: s.pegawai,
      tahun: s.tahun,
      status: s.status,
      utama: kota.penugasan[s.penugasan].jenis === 'UTAMA',
    })),
    rhk: skp.rhk.map((x: any) => {
      const b = bendera.get(x.documentId) ?? {};
      return {
        id: x.documentId,
        skp: x.skp,
        jenis: x.jenis,
        urutan: x.urutan,
        uraian: x.uraian,
        rhk_atasan: x.rhk_atasan,
        is_sasaran_prioritas: x.is_sasaran_prioritas,
        terdapat_inovasi: b.terdapat_inovasi ?? x.terdapat_inovasi,
        inovasi: b.inovasi ?? x.inovasi,
        is_perintah_walikota: b.is_perintah_walikota ?? x.is_perintah_walikota,
        status_revisi: null,
        ekak_sasaran_id: null,
        ekak_indikator_id: null,
        ekak_tarik: null,
      };
    }),
    iki: skp.iki.map((i: any) => ({
      id: i.documentId,
      rhk: i.rhk,
      uraian: i.uraian,
      target_teks: i.target_teks,
      satuan: i.satuan,
      urutan: i.urutan,
      disembunyikan: i.disembunyikan,
      ekak_tarik: null,
    })),
    renaksi: ra.renaksi.map((r: any) => ({
      id: r.documentId,
      rhk: r.rhk,
      uraian: r.uraian,
      urutan: r.urutan,
      periode: r.periode,
      satuan: r.satuan,
      target: r.target,
      sebagai_rtp: r.sebagai_rtp,
      anggaran: r.anggaran,
      ekak_renaksi_id: r.ekak_renaksi_id,
      ekak_tahapan_id: r.ekak_tahapan_id,
      ekak_tarik: null,
    })),
  };
}

/** What the service will do: per pegawai the pohon answer, then rencana aksi per sasaran. */
async function tarik(nip: string[]): Promise<DataEkak> {
  const tahun = m.data.tahun;
  const jawaban: JawabanEkakPegawai[] = [];
  for (const n of nip) {
    const sasaran = await klien.sasaranPohonKinerjaPegawai({ nip: n, tahun });
    const rencanaAksi: JawabanEkakPegawai['rencanaAksi'] = {};
    for (const s of sasaran?.sasaran_asn ?? [])
      rencanaAksi[s.id_sasaran] = await klien.rencanaAksiPegawai({ nip: n, tahun, id_sasaran: s.id_sasaran });
    jawaban.push({ nip: n, sasaran, rencanaAksi });
  }
  return petakanEkak(tahun, jawaban);
}

const jenisAksi = (r: RencanaTarik) => [...new Set(r.butir.map((b) => b.aksi))];

beforeAll(async () => {
  const sekarang = new Date();
  m = await mock.mulaiMock({ data: mock.dataKotaDemo({ pegawai: 300, sekarang }), token: { ekak: null } });
  klien = buatKlienEkak(konfigurasiUji('EKAK', m.url.ekak, { EKAK_TIMEOUT_MS: '5000' }));
  lokalAwal = lokalDariSeed(sekarang);
  nipDiskominfo = [...m.data.ekak.perNip.entries()]
    .filter(([, d]: [string, any[]]) => d[0].opd.kode_opd === '1.11.01')
    .map(([nip]: [string, unknown]) => nip);
}, 120_000);
afterAll(() => m?.berhenti());
beforeEach(() => m.ekak.reset());

describe('the demo against itself', () => {
  let semua: DataEkak;
  beforeAll(async () => {
    semua = await tarik([...m.data.ekak.perNip.keys()]);
  }, 120_000);

  it('every record TETAP, counts = records of each kind, nothing created', () => {
    const r = rencanaTarik(semua, lokalAwal);
    expect(r.butir.length).toBe(semua.rhk.length + semua.iki.length + semua.renaksi.length);
    expect(jenisAksi(r)).toEqual(['TETAP']);
    expect(r.jumlah).toEqual({ buat: 0, ubah: 0, tetap: r.butir.length, konflik: 0 });
    expect(r.usulan_revisi).toEqual([]);
    // an RHK atasan on a draft SKP is not in eKAK: its link is left alone and named
    expect(r.masalah.filter((x) => x.jenis !== 'RHK_ATASAN_TIDAK_DITEMUKAN')).toEqual([]);
    for (const x of r.masalah) {
      const rhk = lokalAwal.rhk.find((y) => y.id === r.butir.find((b) => b.kunci === x.kunci)!.id)!;
      const atasan = lokalAwal.rhk.find((y) => y.id === rhk.rhk_atasan)!;
      expect(['DRAFT', 'DITOLAK']).toContain(lokalAwal.skp.find((y) => y.id === atasan.skp)!.status);
    }
  });

  it('apply links the eKAK ids and records the pulled values only; planning again is TETAP and writes nothing', () => {
    const r1 = rencanaTarik(semua, lokalAwal);
    const h1 = terapkanRencana(lokalAwal, r1);
    const kolomIsi = new Set(h1.tulisan.flatMap((t) => Object.keys(t.data)));
    for (const k of kolomIsi) expect(k).toMatch(/^ekak_/);
    expect(h1.tulisan.every((t) => t.aksi === 'UBAH')).toBe(true);
    const r2 = rencanaTarik(semua, h1.lokal);
    expect(r2.jumlah).toEqual(r1.jumlah);
    expect(r2.butir.every((b) => Object.keys(b.tulis).length === 0)).toBe(true);
    const h2 = terapkanRencana(h1.lokal, r2);
    expect(h2.tulisan).toEqual([]);
    expect(h2.lokal).toEqual(h1.lokal);
  });
});

describe('Diskominfo after a first pull', () => {
  let dasar: LokalTarik;
  beforeAll(async () => {
    dasar = terapkanRencana(lokalAwal, rencanaTarik(await tarik(nipDiskominfo), lokalAwal)).lokal;
  }, 60_000);

  it("eKAK's change is an update (a revision proposal on an approved SKP); apply then plan again is TETAP", async () => {
    const s = [...m.data.ekak.perNip.values()].flat().find((x: any) => x.opd.kode_opd === '1.11.01' && x.sasaran.length)
      .sasaran[0];
    m.ekak.ubahSasaran(s.id_sasaran, {
      sasaran: `${s.sasaran} (revisi eKAK)`,
      is_perintah_walikota: !s.is_perintah_walikota,
    });
    const data = await tarik(nipDiskominfo);
    const r = rencanaTarik(data, dasar);
    const b = r.butir.find((x) => x.kunci === `sasaran:${s.id_sasaran}`)!;
    expect(b.aksi).toBe('UBAH');
    expect(b.perubahan.map((p) => [p.bidang, p.konflik])).toEqual([
      ['uraian', false],
      ['is_perintah_walikota', false],
    ]);
    expect(r.jumlah).toEqual({ buat: 0, ubah: 1, tetap: r.butir.length - 1, konflik: 0 });
    const disetujui = dasar.skp.find((x) => x.id === b.skp)!.status === 'DISETUJUI';
    expect(b.usulan_revisi).toBe(disetujui);
    expect(r.usulan_revisi).toEqual(disetujui ? [b.id] : []);
    const h = terapkanRencana(dasar, r);
    expect(h.tulisan.find((t) => t.id === b.id)!.data).toMatchObject({ uraian: `${s.sasaran} (revisi eKAK)` });
    const lagi = rencanaTarik(data, h.lokal);
    expect(lagi.jumlah).toEqual({ buat: 0, ubah: 0, tetap: r.butir.length, konflik: 0 });
    expect(terapkanRencana(h.lokal, lagi).tulisan).toEqual([]);
  });

  it('a local edit survives as a conflict when eKAK changes the same field', async () => {
    const target = dasar.renaksi.find(
      (x) => x.ekak_renaksi_id && dasar.rhk.some((r) => r.id === x.rhk && r.ekak_sasaran_id),
    )!;
    const diubah: LokalTarik = {
      ...dasar,
      renaksi: dasar.renaksi.map((x) => (x.id === target.id ? { ...x, uraian: 'Diketik di M-SKP' } : x)),
    };
    // the same field changed in eKAK too
    const data = await tarik(nipDiskominfo);
    const ra = data.renaksi.find((x) => x.ekak_renaksi_id === target.ekak_renaksi_id)!;
    ra.nilai.uraian = 'Diubah di eKAK';
    const r = rencanaTarik(data, diubah);
    const b = r.butir.find((x) => x.id === target.id)!;
    expect(b.aksi).toBe('KONFLIK');
    expect(b.perubahan).toEqual([
      {
        bidang: 'uraian',
        lama: 'Diketik di M-SKP',
        baru: 'Diubah di eKAK',
        konflik: true,
        nilai_tarik_lalu: target.uraian,
      },
    ]);
    expect(r.jumlah.konflik).toBe(1);
    const h = terapkanRencana(diubah, r);
    expect(h.lokal.renaksi.find((x) => x.id === target.id)!.uraian).toBe('Diketik di M-SKP');
    expect(h.tulisan).toEqual([]);
  });
});
