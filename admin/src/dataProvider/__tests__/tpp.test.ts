import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { json, setup, panggilan } from './bantu';

describe('TPP calls', () => {
  it('runs a month: POST /api/tpp/hitung with the period and the bearer token, answers the run', async () => {
    const run = { tahun: 2026, bulan: 3, kode_opd: '1.01', jumlah_pegawai: 2, durasi_ms: 5 };
    const { fetch, dataProvider } = setup(() => json({ data: run }));
    expect(await dataProvider.hitungTpp({ tahun: 2026, bulan: 3, kode_opd: '1.01' })).toEqual(run);
    const c = panggilan(fetch);
    expect(c.url).toBe('http://api.test/api/tpp/hitung');
    expect(c.method).toBe('POST');
    expect(c.body).toEqual({ tahun: 2026, bulan: 3, kode_opd: '1.01' });
    expect(new Headers(c.init.headers).get('Authorization')).toBe('Bearer jwt');
  });

  it("reads one pegawai's lines and a year's quarter locks", async () => {
    const { fetch, dataProvider } = setup((url) =>
      json({ data: url.includes('kunci') ? [{ triwulan: 1 }] : [{ id: 't1' }] }),
    );
    expect(await dataProvider.tppPegawai('19900404 2015')).toEqual([{ id: 't1' }]);
    expect(await dataProvider.kunciTpp(2026)).toEqual([{ triwulan: 1 }]);
    expect(panggilan(fetch, 0).url).toBe('http://api.test/api/tpp?nip=19900404%202015&pageSize=200');
    expect(panggilan(fetch, 1).url).toBe('http://api.test/api/tpp/kunci?tahun=2026');
  });

  it('BKAD locks without a reason; the BKPSDM lock and the unlock send the trimmed reason', async () => {
    const { fetch, dataProvider } = setup(() => json({ data: { triwulan: 2, terkunci: true } }));
    await dataProvider.kunciTriwulanTpp(2026, 2);
    await dataProvider.kunciTriwulanTpp(2026, 2, '  tutup buku awal  ');
    await dataProvider.bukaTriwulanTpp(2026, 2, ' koreksi presensi ');
    expect(panggilan(fetch, 0)).toMatchObject({
      url: 'http://api.test/api/tpp/kunci',
      method: 'POST',
      body: { tahun: 2026, triwulan: 2 },
    });
    expect(panggilan(fetch, 1).body).toEqual({ tahun: 2026, triwulan: 2, alasan: 'tutup buku awal' });
    expect(panggilan(fetch, 2)).toMatchObject({
      url: 'http://api.test/api/tpp/buka',
      method: 'POST',
      body: { tahun: 2026, triwulan: 2, alasan: 'koreksi presensi' },
    });
  });

  it('sums the month over pages of 200 lines', async () => {
    const baris = (n: number) =>
      Array.from({ length: n }, () => ({ jumlah_tpp: 10, jumlah_potongan: 1, jumlah_ditransfer: 9 }));
    const { fetch, dataProvider } = setup((url) =>
      json({ data: url.includes('page=1') ? baris(200) : baris(50), meta: { total: 250 } }),
    );
    expect(await dataProvider.totalTpp({ tahun: 2026, bulan: 3, kode_opd: '1.01' })).toEqual({
      pegawai: 250,
      jumlah_tpp: 2500,
      jumlah_potongan: 250,
      jumlah_ditransfer: 2250,
    });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(panggilan(fetch, 0).url).toBe(
      'http://api.test/api/tpp?tahun=2026&bulan=3&pageSize=200&kode_opd=1.01&page=1',
    );
  });

  it('does not sum a month of more than 2000 lines (null after the first page)', async () => {
    const { fetch, dataProvider } = setup(() => json({ data: [{ jumlah_tpp: 1 }], meta: { total: 2001 } }));
    expect(await dataProvider.totalTpp({ tahun: 2026, bulan: 3 })).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a refused run on a locked quarter becomes an HttpError with the Indonesian message and status 423', async () => {
    const pesan = 'Triwulan I 2026 sudah dikunci: perhitungan TPP ditolak.';
    const { dataProvider } = setup(() =>
      json(
        {
          data: null,
          error: { status: 423, name: 'LockedError', message: pesan, details: { code: 'TRIWULAN_TERKUNCI' } },
        },
        423,
      ),
    );
    const galat = await dataProvider.hitungTpp({ tahun: 2026, bulan: 1 }).catch((e) => e);
    expect(galat).toBeInstanceOf(HttpError);
    expect(galat.message).toBe(pesan);
    expect(galat.status).toBe(423);
  });

  it('a refusal without a message falls back to the message key of its status', async () => {
    const { dataProvider } = setup(() => new Response('', { status: 409 }));
    const galat = await dataProvider.kunciTriwulanTpp(2026, 1).catch((e) => e);
    expect(galat.message).toBe('mskp.error.konflik');
  });

  it("exports, history and template are files fetched with the bearer token and the server's file name", async () => {
    const { fetch, dataProvider } = setup(
      () =>
        new Response('PK', {
          status: 200,
          headers: { 'Content-Disposition': 'attachment; filename="tpp-beban.xlsx"' },
        }),
    );
    const ekspor = await dataProvider.eksporTpp({
      tahun: 2026,
      bulan: 3,
      kode_opd: '1.01',
      jenis: 'beban',
      format: 'xlsx',
    });
    expect(ekspor.namaBerkas).toBe('tpp-beban.xlsx');
    await dataProvider.riwayatTpp({ tahun: 2026, kode_opd: '1.01' });
    await dataProvider.templatPresensi('csv');
    expect(panggilan(fetch, 0).url).toBe(
      'http://api.test/api/tpp/export?tahun=2026&bulan=3&kode_opd=1.01&jenis=beban&format=xlsx',
    );
    expect(panggilan(fetch, 1).url).toBe('http://api.test/api/tpp/riwayat?tahun=2026&kode_opd=1.01&format=xlsx');
    expect(panggilan(fetch, 2).url).toBe('http://api.test/api/tpp/presensi/template?format=csv');
    expect(new Headers(panggilan(fetch, 2).init.headers).get('Authorization')).toBe('Bearer jwt');
  });

  it('a refused export carries the server message', async () => {
    const pesan = 'OPD tidak ditemukan.';
    const { dataProvider } = setup(() =>
      json({ data: null, error: { status: 404, name: 'NotFoundError', message: pesan } }, 404),
    );
    const galat = await dataProvider
      .eksporTpp({ tahun: 2026, bulan: 3, kode_opd: 'X', jenis: 'prestasi', format: 'pdf' })
      .catch((e) => e);
    expect(galat).toBeInstanceOf(HttpError);
    expect(galat.message).toBe(pesan);
  });

  it('uploads the attendance file as multipart and applies the preview', async () => {
    const pratinjau = { id: 'p1', tahun: 2026, bulan: 3, jumlah: 1, diterima: [], ditolak: [] };
    const { fetch, dataProvider } = setup((url) =>
      json({ data: url.endsWith('/terapkan') ? { id: 'p1', dibuat: 1 } : pratinjau }),
    );
    const berkas = new File(['nip;hadir'], 'presensi.csv', { type: 'text/csv' });
    expect(await dataProvider.imporPresensi({ tahun: 2026, bulan: 3, berkas })).toEqual(pratinjau);
    const unggah = panggilan(fetch, 0);
    expect(unggah.url).toBe('http://api.test/api/tpp/presensi/impor');
    expect(unggah.method).toBe('POST');
    const form = unggah.init.body as FormData;
    expect(form.get('tahun')).toBe('2026');
    expect(form.get('bulan')).toBe('3');
    expect((form.get('berkas') as File).name).toBe('presensi.csv');
    expect(await dataProvider.terapkanPresensi('p/1')).toEqual({ id: 'p1', dibuat: 1 });
    expect(panggilan(fetch, 1)).toMatchObject({
      url: 'http://api.test/api/tpp/presensi/impor/p%2F1/terapkan',
      method: 'POST',
      body: {},
    });
  });
});
