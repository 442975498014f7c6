/**
 * The eKAK client against the mock eKAK (scripts/mock) on the demo city: happy path of every call, 404 as
 * "none", 5xx retried with backoff (attempts counted on the mock), timeout, 4xx not retried, malformed JSON, a
 * field of the wrong type, connection refused, switched off.
 */
import { bacaKonfigurasi, buatKlienEkak, JALUR_EKAK } from '@m-skp/integrasi';
import { galatDari, konfigurasiUji, mock, portMati, tidurTercatat } from './bantu';

const NIP_KABID_APLIKASI = '198003032005011003';
const NIP_KADIS = '197001012000031001';

let m: any; // the mock pair of scripts/mock (plain JS)
let tahun: number;

beforeAll(async () => {
  m = await mock.mulaiMock({ token: { ekak: null } });
  tahun = m.data.tahun;
}, 60_000);
afterAll(() => m?.berhenti());
beforeEach(() => m.ekak.reset());

const klien = (lain: Record<string, string> = {}) => {
  const t = tidurTercatat();
  return { ...t, k: buatKlienEkak(konfigurasiUji('EKAK', m.url.ekak, lain), { tidur: t.tidur }) };
};

describe('happy path', () => {
  it('sasaran_kinerja_pegawai: the pegawai, his sasaran with their indikator, as the demo holds them', async () => {
    const { k } = klien();
    const d = await k.sasaranKinerjaPegawai({ nip: NIP_KABID_APLIKASI, tahun });
    expect(d).not.toBeNull();
    expect(d!.nip).toBe(NIP_KABID_APLIKASI);
    expect(d!.kode_opd).toBe('1.11.01');
    expect(d!.tahun).toBe(String(tahun));
    expect(d!.jumlah_sasaran).toBe(d!.sasaran_asn.length);
    expect(d!.sasaran_asn.length).toBeGreaterThan(0);
    const inovasi = d!.sasaran_asn.find((s) => s.terdapat_inovasi);
    expect(inovasi?.inovasi_sasaran).toMatch(/Sapa Madiun/);
    for (const s of d!.sasaran_asn) {
      expect(s.jumlah_indikator).toBe(s.indikator_sasaran.length);
      expect(s.indikator_sasaran.every((i) => i.id_sasaran === s.id_sasaran)).toBe(true);
    }
    expect(m.ekak.jumlah(`POST ${JALUR_EKAK.sasaran}`)).toBe(1);
  });

  it('sasaran_pohon_kinerja_pegawai: the RHK atasan and the number of rencana aksi', async () => {
    const { k } = klien();
    const kadis = await k.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun });
    const d = await k.sasaranPohonKinerjaPegawai({ nip: NIP_KABID_APLIKASI, tahun });
    const idKadis = new Set(kadis!.sasaran_asn.map((s) => s.id_sasaran));
    expect(d!.sasaran_asn.length).toBeGreaterThan(0);
    for (const s of d!.sasaran_asn) {
      expect(idKadis.has(s.id_sasaran_atasan!)).toBe(true);
      expect(s.sasaran_atasan).toEqual(expect.any(String));
      expect(s.jumlah_rencana_aksi).toBeGreaterThan(0);
    }
  });

  it('rencana_aksi_pegawai: tahapan with monthly targets (aksis), RTP marked', async () => {
    const { k } = klien();
    const pohon = await k.sasaranPohonKinerjaPegawai({ nip: NIP_KABID_APLIKASI, tahun });
    const s = pohon!.sasaran_asn[0];
    const d = await k.rencanaAksiPegawai({ nip: NIP_KABID_APLIKASI, tahun, id_sasaran: s.id_sasaran });
    expect(d!.id_sasaran).toBe(s.id_sasaran);
    expect(d!.rencana_aksi).toHaveLength(s.jumlah_rencana_aksi);
    for (const r of d!.rencana_aksi) {
      expect(r.aksis.length).toBeGreaterThan(0);
      expect(r.aksis.every((a) => a.bulan >= 1 && a.bulan <= 12 && typeof a.target === 'number')).toBe(true);
      expect(r.tahapan_rtp).toBe(r.sebagai_rtp ? r.tahapan_kerja : null);
    }
  });

  it('sasaran_opd: Diskominfo with its head and its three sasaran', async () => {
    const { k } = klien();
    const d = await k.sasaranOpd({ kode_opd: '1.11.01', tahun });
    expect(d).toMatchObject({ kode_opd: '1.11.01', nip_kepala_opd: NIP_KADIS, jumlah_sasaran_valid: 3 });
    expect(d!.sasaran_opds[0].indikator_sasaran.length).toBeGreaterThan(0);
  });

  it('cek_perubahan: nothing changed on a fresh demo; a changed sasaran is flagged', async () => {
    const { k } = klien();
    const awal = await k.cekPerubahan({ tahun });
    expect(awal.length).toBeGreaterThan(0);
    expect(awal.filter((x) => x.ada_perubahan)).toEqual([]);
    const contoh = m.ekak.contoh().sasaran;
    m.ekak.ubahSasaran(contoh.id_sasaran, { sasaran: 'Sasaran yang diubah di eKAK' });
    const lalu = await k.cekPerubahan({ tahun });
    const diubah = lalu.filter((x) => x.ada_perubahan);
    expect(new Set(diubah.map((x) => x.id_sasaran))).toEqual(new Set([String(contoh.id_sasaran)]));
    expect(diubah.some((x) => x.id_indikator === null)).toBe(true);
  });
});

describe('404: "none", not an error, and never retried', () => {
  it('rencana aksi of a sasaran without any: null ({message:"Renaksi Tidak Ditemukan"})', async () => {
    const { k, tunda } = klien();
    expect(await k.rencanaAksiPegawai({ nip: NIP_KABID_APLIKASI, tahun, id_sasaran: '999999' })).toBeNull();
    expect(m.ekak.jumlah(`POST ${JALUR_EKAK.renaksi}`)).toBe(1);
    expect(tunda).toEqual([]);
  });

  it('sasaran of a NIP eKAK does not know, an OPD it does not know: null', async () => {
    const { k } = klien();
    expect(await k.sasaranKinerjaPegawai({ nip: '199999999999999999', tahun })).toBeNull();
    expect(await k.sasaranOpd({ kode_opd: '9.99.99', tahun })).toBeNull();
  });
});

describe('5xx: retried with exponential backoff, bounded', () => {
  it('two 503 then an answer: three attempts, waits 500 and 1000 ms', async () => {
    const { k, tunda } = klien();
    m.ekak.setel({ galat5xx: 2 });
    const d = await k.sasaranKinerjaPegawai({ nip: NIP_KABID_APLIKASI, tahun });
    expect(d!.nip).toBe(NIP_KABID_APLIKASI);
    expect(m.ekak.jumlah(`POST ${JALUR_EKAK.sasaran}`)).toBe(3);
    expect(tunda).toEqual([500, 1000]);
  });

  it('down for good: EKAK_TIDAK_TERHUBUNG after 3 attempts, the reason in the message', async () => {
    const { k, tunda } = klien();
    m.ekak.setel({ galat5xx: 10, status5xx: 502 });
    const g = await galatDari(k.sasaranKinerjaPegawai({ nip: NIP_KABID_APLIKASI, tahun }));
    expect(g.status).toBe(502);
    expect(g.kode).toBe('EKAK_TIDAK_TERHUBUNG');
    expect(g.message).toBe(
      `eKAK tidak dapat dihubungi: galat server HTTP 502 (3 kali dicoba, POST ${JALUR_EKAK.sasaran}).`,
    );
    expect(m.ekak.jumlah(`POST ${JALUR_EKAK.sasaran}`)).toBe(3);
    expect(tunda).toEqual([500, 1000]);
  });

  it('EKAK_PERCOBAAN_MAKS=1: no retry at all', async () => {
    const { k, tunda } = klien({ EKAK_PERCOBAAN_MAKS: '1' });
    m.ekak.setel({ galat5xx: 1 });
    const g = await galatDari(k.cekPerubahan({ tahun }));
    expect(g.kode).toBe('EKAK_TIDAK_TERHUBUNG');
    expect(m.ekak.jumlah(`GET ${JALUR_EKAK.cekPerubahan}`)).toBe(1);
    expect(tunda).toEqual([]);
  });
});

describe('timeout, refusal, malformed answers, connection refused', () => {
  it('an answer later than the timeout: each attempt given up, retried, then EKAK_TIDAK_TERHUBUNG', async () => {
    const { k, tunda } = klien({ EKAK_TIMEOUT_MS: '150' });
    m.ekak.setel({ tundaMs: 1000 });
    const g = await galatDari(k.sasaranOpd({ kode_opd: '1.11.01', tahun }));
    expect(g.kode).toBe('EKAK_TIDAK_TERHUBUNG');
    expect(g.message).toBe(
      `eKAK tidak dapat dihubungi: tidak menjawab dalam 150 ms (3 kali dicoba, POST ${JALUR_EKAK.sasaranOpd}).`,
    );
    expect(m.ekak.jumlah(`POST ${JALUR_EKAK.sasaranOpd}`)).toBe(3);
    expect(tunda).toHaveLength(2);
  });

  it('a 4xx (401 without the token eKAK wants): EKAK_MENOLAK at once, the remote message kept', async () => {
    const dijaga = mock.buatMockEkak(m.data, { token: 'rahasia' });
    const url = await dijaga.mulai(0);
    try {
      const t = tidurTercatat();
      const tanpa = buatKlienEkak(konfigurasiUji('EKAK', url), { tidur: t.tidur });
      const g = await galatDari(tanpa.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun }));
      expect(g.kode).toBe('EKAK_MENOLAK');
      expect(g.message).toBe(`eKAK menolak permintaan POST ${JALUR_EKAK.sasaran}: HTTP 401 — Unauthorized.`);
      expect(dijaga.jumlah(`POST ${JALUR_EKAK.sasaran}`)).toBe(1);
      expect(t.tunda).toEqual([]);
      const dengan = buatKlienEkak(konfigurasiUji('EKAK', url, { EKAK_TOKEN: 'rahasia' }));
      expect((await dengan.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun }))!.nip).toBe(NIP_KADIS);
    } finally {
      await dijaga.berhenti();
    }
  });

  it('a body that is not JSON: EKAK_PAYLOAD_RUSAK, not retried', async () => {
    const { k, tunda } = klien();
    m.ekak.setel({ jsonRusak: true });
    const g = await galatDari(k.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun }));
    expect(g.status).toBe(502);
    expect(g.kode).toBe('EKAK_PAYLOAD_RUSAK');
    expect(g.message).toBe(`Jawaban eKAK pada POST ${JALUR_EKAK.sasaran} bukan JSON yang sah.`);
    expect(m.ekak.jumlah(`POST ${JALUR_EKAK.sasaran}`)).toBe(1);
    expect(tunda).toEqual([]);
  });

  it('a field of the wrong type: EKAK_PAYLOAD_SALAH naming the record and the field', async () => {
    const { k } = klien();
    const d = await k.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun });
    const id = d!.sasaran_asn[1].id_sasaran;
    m.ekak.ubahSasaran(id, { is_sasaran_prioritas: 'ya' });
    const g = await galatDari(k.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun }));
    expect(g.kode).toBe('EKAK_PAYLOAD_SALAH');
    expect(g.field).toBe('data.sasaran_asn[1].is_sasaran_prioritas');
    expect(g.message).toBe(
      `Data eKAK tidak sah (POST ${JALUR_EKAK.sasaran}) pada nip ${NIP_KADIS} › id_sasaran ${id}: kolom data.sasaran_asn[1].is_sasaran_prioritas harus boolean, bukan teks.`,
    );
  });

  it('nothing listens: connection refused, retried, then EKAK_TIDAK_TERHUBUNG (ECONNREFUSED)', async () => {
    const port = await portMati();
    const t = tidurTercatat();
    const k = buatKlienEkak(konfigurasiUji('EKAK', `http://127.0.0.1:${port}`), { tidur: t.tidur });
    const g = await galatDari(k.cekPerubahan({ tahun }));
    expect(g.kode).toBe('EKAK_TIDAK_TERHUBUNG');
    expect(g.message).toBe(
      `eKAK tidak dapat dihubungi: koneksi ditolak (ECONNREFUSED) (3 kali dicoba, GET ${JALUR_EKAK.cekPerubahan}).`,
    );
    expect(t.tunda).toEqual([500, 1000]);
  });
});

describe('switched off', () => {
  it('no EKAK_URL: the status says "tidak dikonfigurasi", every call is refused with 503 and nothing is sent', async () => {
    const k = buatKlienEkak(bacaKonfigurasi('EKAK', {}));
    expect(k.status()).toEqual({
      sistem: 'eKAK',
      aktif: false,
      status: 'TIDAK_DIKONFIGURASI',
      url: null,
      pesan: 'eKAK tidak dikonfigurasi (EKAK_URL kosong).',
    });
    const g = await galatDari(k.sasaranKinerjaPegawai({ nip: NIP_KADIS, tahun }));
    expect([g.status, g.kode, g.message]).toEqual([
      503,
      'EKAK_TIDAK_DIKONFIGURASI',
      'eKAK tidak dikonfigurasi (EKAK_URL kosong).',
    ]);
    expect(Object.keys(m.ekak.hitungan)).toEqual([]);
  });

  it('a malformed setting: off too, naming the variable', async () => {
    const k = buatKlienEkak(bacaKonfigurasi('EKAK', { EKAK_URL: m.url.ekak, EKAK_TIMEOUT_MS: 'lama' }));
    expect(k.status()).toMatchObject({ aktif: false, status: 'KONFIGURASI_SALAH' });
    const g = await galatDari(k.cekPerubahan({ tahun }));
    expect([g.status, g.kode]).toEqual([503, 'EKAK_KONFIGURASI_SALAH']);
    expect(g.message).toBe('EKAK_TIMEOUT_MS harus bilangan bulat 1–600000, bukan "lama".');
  });

  it('an active client says so, with its URL', () => {
    expect(klien().k.status()).toEqual({
      sistem: 'eKAK',
      aktif: true,
      status: 'AKTIF',
      url: m.url.ekak,
      pesan: 'eKAK aktif.',
    });
  });
});
