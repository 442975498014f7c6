import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { json, setup, panggilan } from './bantu';

describe('DPA and Perjanjian Kinerja calls', () => {
  it('reads the PK of an OPD and year', async () => {
    const pk = { tahun: 2026, opd: { kode_opd: '1.11.01' }, total_anggaran: '1250000000' };
    const { fetch, dataProvider } = setup(() => json({ data: pk }));
    expect(await dataProvider.perjanjianKinerja(2026, '1.11.01')).toEqual(pk);
    expect(panggilan(fetch)).toMatchObject({
      url: 'http://api.test/api/pk?tahun=2026&kode_opd=1.11.01',
      method: 'GET',
    });
  });

  it('uploads the DPA workbook as multipart (tahun, kode_opd, berkas) and applies the preview', async () => {
    const { fetch, dataProvider } = setup((url) =>
      json({
        data: url.endsWith('/terapkan') ? { id: 'd1', jumlah: 3, diganti: 2 } : { id: 'd1', diterima: [], ditolak: [] },
      }),
    );
    const berkas = new File(['PK'], 'dpa.xlsx');
    expect(await dataProvider.imporDpa({ tahun: 2026, kode_opd: '1.11.01', berkas })).toEqual({
      id: 'd1',
      diterima: [],
      ditolak: [],
    });
    const unggah = panggilan(fetch, 0);
    expect(unggah).toMatchObject({ url: 'http://api.test/api/dpa/impor', method: 'POST' });
    const form = unggah.init.body as FormData;
    expect(form.get('tahun')).toBe('2026');
    expect(form.get('kode_opd')).toBe('1.11.01');
    expect((form.get('berkas') as File).name).toBe('dpa.xlsx');
    expect(await dataProvider.terapkanDpa('d1')).toEqual({ id: 'd1', jumlah: 3, diganti: 2 });
    expect(panggilan(fetch, 1)).toMatchObject({
      url: 'http://api.test/api/dpa/impor/d1/terapkan',
      method: 'POST',
      body: {},
    });
  });

  it('a refused upload keeps the Indonesian message; an expired preview answers 404', async () => {
    const pesan = 'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa.';
    const { dataProvider } = setup(() =>
      json(
        {
          data: null,
          error: { status: 404, name: 'NotFoundError', message: pesan, details: { code: 'PRATINJAU_TIDAK_ADA' } },
        },
        404,
      ),
    );
    const galat = await dataProvider.terapkanDpa('lama').catch((e) => e);
    expect(galat).toBeInstanceOf(HttpError);
    expect(galat.message).toBe(pesan);
    expect(galat.status).toBe(404);
  });

  it('template and PK print are files with the bearer token; the print falls back to its own file name', async () => {
    const { fetch, dataProvider } = setup(() => new Response('%PDF', { status: 200 }));
    expect((await dataProvider.templatDpa()).namaBerkas).toBe('templat-dpa.xlsx');
    const cetak = await dataProvider.cetakPk({
      tahun: 2026,
      kode_opd: '1.11.01',
      tanggal: '2026-01-05',
      tempat: 'Madiun',
    });
    expect(cetak.namaBerkas).toBe('perjanjian-kinerja_1-11-01_2026.pdf');
    expect(panggilan(fetch, 0).url).toBe('http://api.test/api/dpa/template');
    expect(panggilan(fetch, 1).url).toBe(
      'http://api.test/api/cetak/perjanjian-kinerja?tahun=2026&kode_opd=1.11.01&tanggal=2026-01-05&tempat=Madiun',
    );
    expect(new Headers(panggilan(fetch, 1).init.headers).get('Authorization')).toBe('Bearer jwt');
  });
});
