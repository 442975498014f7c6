import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { setup as setupDasar } from './bantu';
import { namaBerkasDari, urlCetakSkp } from '../skp';

const PDF = '%PDF-1.3\n%%EOF\n';

const setup = (handler: (url: string, init?: RequestInit) => Response) => setupDasar(handler, 'jwt-lama');

const pdf = (disposition?: string) =>
  new Response(PDF, {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', ...(disposition ? { 'Content-Disposition': disposition } : {}) },
  });

describe('cetakSkp (GET /api/cetak/rencana-skp | lampiran-skp)', () => {
  it('builds the URL with skp, tanggal, tempat and kertas, sends the bearer token, returns blob and file name', async () => {
    const { fetch, dataProvider } = setup(() => pdf('attachment; filename="rencana-skp_199004042015031004_2027.pdf"'));
    const hasil = await dataProvider.cetakSkp({
      skp: 'abc 1',
      jenis: 'rencana-skp',
      tanggal: '2027-03-09',
      tempat: ' Surabaya ',
      kertas: 'F4',
    });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('http://api.test/api/cetak/rencana-skp');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      skp: 'abc 1',
      tanggal: '2027-03-09',
      tempat: 'Surabaya',
      kertas: 'F4',
    });
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer jwt-lama');
    expect(hasil.namaBerkas).toBe('rencana-skp_199004042015031004_2027.pdf');
    expect(await hasil.blob.text()).toBe(PDF);
  });

  it('lampiran-skp path; file name falls back when the header is missing', async () => {
    const { fetch, dataProvider } = setup(() => pdf());
    const hasil = await dataProvider.cetakSkp({
      skp: 's1',
      jenis: 'lampiran-skp',
      tanggal: '2026-11-27',
      tempat: 'Madiun',
      kertas: 'A4',
    });
    expect(String(fetch.mock.calls[0][0])).toBe(
      'http://api.test/api/cetak/lampiran-skp?skp=s1&tanggal=2026-11-27&tempat=Madiun&kertas=A4',
    );
    expect(hasil.namaBerkas).toBe('lampiran-skp.pdf');
  });

  it('refreshes on 401 and retries with the new token', async () => {
    let n = 0;
    const { fetch, dataProvider } = setup((url) => {
      if (url.endsWith('/api/auth/refresh')) return new Response(JSON.stringify({ jwt: 'jwt-baru' }), { status: 200 });
      n++;
      return n === 1 ? new Response('{}', { status: 401 }) : pdf('attachment; filename="a.pdf"');
    });
    const hasil = await dataProvider.cetakSkp({
      skp: 's1',
      jenis: 'rencana-skp',
      tanggal: '2027-01-02',
      tempat: 'Madiun',
      kertas: 'A4',
    });
    expect(hasil.namaBerkas).toBe('a.pdf');
    const last = fetch.mock.calls[fetch.mock.calls.length - 1] as [string, RequestInit];
    expect(new Headers(last[1].headers).get('Authorization')).toBe('Bearer jwt-baru');
  });

  it('a 400 becomes an HttpError with the Indonesian message and the field error', async () => {
    const { dataProvider } = setup(
      () =>
        new Response(
          JSON.stringify({
            data: null,
            error: {
              status: 400,
              name: 'ValidationError',
              message: 'Tempat hanya boleh berisi huruf, angka dan spasi.',
              details: { code: 'ISIAN_TIDAK_VALID', field: 'tempat' },
            },
          }),
          { status: 400, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const error = await dataProvider
      .cetakSkp({ skp: 's1', jenis: 'rencana-skp', tanggal: '2027-03-09', tempat: 'Madiun<>', kertas: 'A4' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Tempat hanya boleh berisi huruf, angka dan spasi.');
    expect(error.body.errors).toEqual({ tempat: 'Tempat hanya boleh berisi huruf, angka dan spasi.' });
  });

  it('a network failure becomes the offline message', async () => {
    const { dataProvider } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await dataProvider
      .cetakSkp({ skp: 's1', jenis: 'rencana-skp', tanggal: '2027-03-09', tempat: 'Madiun', kertas: 'A4' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe('ra.notification.offline');
  });
});

describe('helpers', () => {
  it('urlCetakSkp encodes the place', () => {
    expect(
      urlCetakSkp('', {
        skp: 'x',
        jenis: 'rencana-skp',
        tanggal: '2027-03-09',
        tempat: 'Kab. Madiun (Caruban)',
        kertas: 'A4',
      }),
    ).toBe('/api/cetak/rencana-skp?skp=x&tanggal=2027-03-09&tempat=Kab.+Madiun+%28Caruban%29&kertas=A4');
  });

  it.each([
    ['attachment; filename="rencana-skp_1_2027.pdf"', 'rencana-skp_1_2027.pdf'],
    ['attachment; filename=lampiran.pdf', 'lampiran.pdf'],
    ['attachment; filename="a.pdf"; filename*=UTF-8\'\'rencana%20skp.pdf', 'rencana skp.pdf'],
    ['attachment', 'cadangan.pdf'],
    [null, 'cadangan.pdf'],
  ])('namaBerkasDari(%s) → %s', (header, nama) => {
    expect(namaBerkasDari(header, 'cadangan.pdf')).toBe(nama);
  });
});

describe('abaikanKonflikDuplikat', () => {
  it('posts the trimmed reason and unwraps {data}', async () => {
    const { fetch, dataProvider } = setup(
      () =>
        new Response(JSON.stringify({ data: { id: 's1', konflik_terbuka: false } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const skp = await dataProvider.abaikanKonflikDuplikat('s1', '  target berbeda disengaja  ');
    expect(skp.konflik_terbuka).toBe(false);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('http://api.test/api/skp/s1/abaikan-konflik-duplikat');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ alasan: 'target berbeda disengaja' });
  });

  it('403 keeps the server message', async () => {
    const { dataProvider } = setup(
      () =>
        new Response(
          JSON.stringify({
            data: null,
            error: {
              status: 403,
              name: 'ForbiddenError',
              message: 'Hanya Kepala OPD yang dapat mengabaikan konflik.',
              details: { code: 'BUKAN_KEPALA_OPD' },
            },
          }),
          {
            status: 403,
          },
        ),
    );
    const error = await dataProvider.abaikanKonflikDuplikat('s1', 'alasan yang cukup panjang').catch((e) => e);
    expect(error.status).toBe(403);
    expect(error.message).toBe('Hanya Kepala OPD yang dapat mengabaikan konflik.');
  });
});
