/**
 * The SIMPEG client against the mock SIMPEG (scripts/mock) on the demo city: paging, one record, 404, 5xx with
 * retries, timeout, malformed JSON, a field of the wrong type, switched off; and the data switches the monitor
 * tests will use (a new pegawai, a moved pegawai, a changed record).
 */
import { bacaKonfigurasi, buatKlienSimpeg } from '@m-skp/integrasi';
import { galatDari, konfigurasiUji, mock, tidurTercatat } from './bantu';

const NIP_KADIS = '197001012000031001';
const NIP_KABID_STATISTIK = '198506062010011006';

let m: any; // the mock pair of scripts/mock (plain JS)

beforeAll(async () => {
  m = await mock.mulaiMock();
}, 60_000);
afterAll(() => m?.berhenti());
beforeEach(() => m.simpeg.reset());

const klien = (lain: Record<string, string> = {}) => {
  const t = tidurTercatat();
  return { ...t, k: buatKlienSimpeg(konfigurasiUji('SIMPEG', m.url.simpeg, lain), { tidur: t.tidur }) };
};

describe('happy path', () => {
  it('GET /pegawai pages through the city; meta carries page, per_page and total', async () => {
    const { k } = klien();
    const h1 = await k.halamanPegawai({ page: 1, per_page: 120 });
    const h3 = await k.halamanPegawai({ page: 3, per_page: 120 });
    expect(h1.meta).toEqual({ page: 1, per_page: 120, total: m.data.simpeg.size });
    expect(h1.data).toHaveLength(120);
    expect(h3.data).toHaveLength(m.data.simpeg.size - 240);
  });

  it('semuaPegawai of one OPD: every page (SIMPEG_PER_HALAMAN), the same records as the demo', async () => {
    const { k } = klien({ SIMPEG_PER_HALAMAN: '4' });
    const semua = await k.semuaPegawai({ kode_opd: '1.11.01' });
    const diharapkan = [...m.data.simpeg.values()].filter((p: { kodeOpd: string }) => p.kodeOpd === '1.11.01');
    expect(semua).toEqual(diharapkan);
    expect(m.simpeg.jumlah('GET /pegawai')).toBe(Math.ceil(diharapkan.length / 4));
  });

  it('GET /pegawai/{nip}: one record, with every penugasan (the Plt one included)', async () => {
    const { k } = klien();
    const p = await k.pegawai(NIP_KABID_STATISTIK);
    expect(p).toMatchObject({
      nipBaru: NIP_KABID_STATISTIK,
      kodeOpd: '1.11.01',
      jabatanNama: 'Kepala Bidang Statistik',
    });
    expect(p!.penugasan.map((x) => x.jenis).sort()).toEqual(['PLT', 'UTAMA']);
  });

  it('unknown NIP: null (404), not retried', async () => {
    const { k, tunda } = klien();
    expect(await k.pegawai('199999999999999999')).toBeNull();
    expect(m.simpeg.jumlah('GET /pegawai/199999999999999999')).toBe(1);
    expect(tunda).toEqual([]);
  });
});

describe('faults', () => {
  it('5xx twice then an answer: three attempts; always 5xx: SIMPEG_TIDAK_TERHUBUNG', async () => {
    const { k, tunda } = klien();
    m.simpeg.setel({ galat5xx: 2 });
    expect((await k.pegawai(NIP_KADIS))!.nipBaru).toBe(NIP_KADIS);
    expect(m.simpeg.jumlah(`GET /pegawai/${NIP_KADIS}`)).toBe(3);
    expect(tunda).toEqual([500, 1000]);

    m.simpeg.setel({ galat5xx: 99 });
    const g = await galatDari(k.halamanPegawai({ page: 1 }));
    expect(g.kode).toBe('SIMPEG_TIDAK_TERHUBUNG');
    expect(g.message).toBe('SIMPEG tidak dapat dihubungi: galat server HTTP 503 (3 kali dicoba, GET /pegawai).');
    expect(m.simpeg.jumlah('GET /pegawai')).toBe(3);
  });

  it('timeout: given up per attempt, SIMPEG_TIDAK_TERHUBUNG after 3', async () => {
    const { k } = klien({ SIMPEG_TIMEOUT_MS: '100' });
    m.simpeg.setel({ tundaMs: 800 });
    const g = await galatDari(k.pegawai(NIP_KADIS));
    expect(g.message).toBe(
      `SIMPEG tidak dapat dihubungi: tidak menjawab dalam 100 ms (3 kali dicoba, GET /pegawai/${NIP_KADIS}).`,
    );
    expect(m.simpeg.jumlah(`GET /pegawai/${NIP_KADIS}`)).toBe(3);
  });

  it('a 4xx (bad per_page): SIMPEG_MENOLAK at once', async () => {
    const { k } = klien();
    const g = await galatDari(k.halamanPegawai({ page: 1, per_page: 5000 }));
    expect(g.kode).toBe('SIMPEG_MENOLAK');
    expect(g.message).toBe('SIMPEG menolak permintaan GET /pegawai: HTTP 400 — per_page harus 1–1000.');
    expect(m.simpeg.jumlah('GET /pegawai')).toBe(1);
  });

  it('malformed JSON: SIMPEG_PAYLOAD_RUSAK, not retried', async () => {
    const { k } = klien();
    m.simpeg.setel({ jsonRusak: true });
    const g = await galatDari(k.halamanPegawai({ page: 1 }));
    expect([g.status, g.kode]).toEqual([502, 'SIMPEG_PAYLOAD_RUSAK']);
    expect(m.simpeg.jumlah('GET /pegawai')).toBe(1);
  });

  it('a field of the wrong type: SIMPEG_PAYLOAD_SALAH naming the pegawai and the field (page named)', async () => {
    const { k } = klien({ SIMPEG_PER_HALAMAN: '5' });
    m.simpeg.ubahPegawai(NIP_KADIS, { tglLahir: '01-01-1970' });
    const g = await galatDari(k.semuaPegawai({ kode_opd: '1.11.01' }));
    expect(g.kode).toBe('SIMPEG_PAYLOAD_SALAH');
    expect(g.message).toBe(
      `Data SIMPEG tidak sah (GET /pegawai (halaman 1)) pada nipBaru ${NIP_KADIS}: kolom data[0].tglLahir harus tanggal YYYY-MM-DD, bukan "01-01-1970".`,
    );
  });

  it('switched off: "tidak dikonfigurasi", 503, nothing sent', async () => {
    const k = buatKlienSimpeg(bacaKonfigurasi('SIMPEG', { SIMPEG_URL: '' }));
    expect(k.status()).toMatchObject({ aktif: false, pesan: 'SIMPEG tidak dikonfigurasi (SIMPEG_URL kosong).' });
    const g = await galatDari(k.semuaPegawai());
    expect([g.status, g.kode]).toEqual([503, 'SIMPEG_TIDAK_DIKONFIGURASI']);
    expect(Object.keys(m.simpeg.hitungan)).toEqual([]);
  });
});

describe('data switches of the mock (for the monitor and sync tests)', () => {
  it('a new pegawai, a moved pegawai, a changed record; reset restores the demo', async () => {
    const { k } = klien();
    const total = m.data.simpeg.size;
    const baru = {
      ...m.data.simpeg.get(NIP_KADIS),
      nipBaru: '199901012024011001',
      nama: 'Pegawai Baru',
      penugasan: [],
    };
    m.simpeg.tambahPegawai(baru);
    m.simpeg.pindahkanPegawai(NIP_KABID_STATISTIK, {
      kodeOpd: '1.16.01',
      jabatanId: '1.16.01-04',
      jabatanNama: 'Asisten Administrasi Umum',
      tmtMulai: `${m.data.tahun}-07-01`,
    });
    m.simpeg.ubahPegawai(NIP_KADIS, { golRuangAkhirId: '43', golRuangAkhir: 'IV/c' });

    expect((await k.halamanPegawai({ page: 1 })).meta.total).toBe(total + 1);
    expect((await k.pegawai('199901012024011001'))!.nama).toBe('Pegawai Baru');
    const pindah = await k.pegawai(NIP_KABID_STATISTIK);
    expect(pindah!.kodeOpd).toBe('1.16.01');
    expect(pindah!.penugasan.filter((x) => x.jenis === 'UTAMA')).toEqual([
      { jabatanId: '1.11.01-04', jenis: 'UTAMA', tmtMulai: '2023-10-01', tmtAkhir: `${m.data.tahun}-06-30` },
      { jabatanId: '1.16.01-04', jenis: 'UTAMA', tmtMulai: `${m.data.tahun}-07-01`, tmtAkhir: null },
    ]);
    expect((await k.pegawai(NIP_KADIS))!.golRuangAkhir).toBe('IV/c');
    // the switches never touch the shared data: another server, or a reset, sees the demo again
    expect(m.data.simpeg.get(NIP_KADIS).golRuangAkhir).toBe('IV/b');
    m.simpeg.reset();
    expect((await k.halamanPegawai({ page: 1 })).meta.total).toBe(total);
  });

  it('the same switches over HTTP (for demos): POST /__mock/skenario and /__mock/mode', async () => {
    const axios = (await import('axios')).default;
    const r = await axios.post(`${m.url.simpeg}/__mock/skenario`, {
      jenis: 'UBAH_PEGAWAI',
      nip: NIP_KADIS,
      perubahan: { nama: 'Agus P.' },
    });
    expect(r.data.hasil.nama).toBe('Agus P.');
    await axios.post(`${m.url.simpeg}/__mock/mode`, { galat5xx: 1 });
    const { k } = klien();
    expect((await k.pegawai(NIP_KADIS))!.nama).toBe('Agus P.');
    expect(m.simpeg.jumlah(`GET /pegawai/${NIP_KADIS}`)).toBe(2);
    const salah = await axios.post(`${m.url.simpeg}/__mock/skenario`, { jenis: 'X' }, { validateStatus: () => true });
    expect(salah.status).toBe(400);
  });
});
