import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { json, setup } from './bantu';
import { badanRealisasi, urlCetakSkpBulanan } from '../renaksi';

const isian = {
  bulan: 11,
  nilai: 12.5,
  faktor_penunjang: ' Tim lengkap ',
  faktor_penghambat: '',
  tautan: [],
  hapusBukti: [],
};

describe('realisasi body', () => {
  it('JSON without new files: typed values, links replace the stored list, blanks dropped', () => {
    expect(badanRealisasi({ ...isian, berkas: [], tautan: [' https://a.go.id/x ', ''], hapusBukti: [7] })).toEqual({
      bulan: 11,
      nilai: 12.5,
      faktor_penunjang: 'Tim lengkap',
      bukti_url: ['https://a.go.id/x'],
      hapus_bukti: [7],
    });
  });

  it('multipart with files: repeatable bukti, links and removals; an empty link value clears links', () => {
    const file = new File(['%PDF-1.4'], 'bukti.pdf', { type: 'application/pdf' });
    const form = badanRealisasi({ ...isian, berkas: [file, file], hapusBukti: [3, 4] }) as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.get('bulan')).toBe('11');
    expect(form.get('nilai')).toBe('12.5');
    expect(form.getAll('bukti')).toHaveLength(2);
    expect(form.getAll('hapus_bukti')).toEqual(['3', '4']);
    expect(form.getAll('bukti_url')).toEqual(['']);
    expect(form.has('faktor_penghambat')).toBe(false);
  });
});

describe('rencana aksi calls', () => {
  it('lists a month with nip, tahun, bulan and the bearer token', async () => {
    const { fetch, dataProvider } = setup(() => json({ data: [{ id: 'r1' }], meta: { total: 1 } }));
    const rows = await dataProvider.daftarRenaksiBulan({ nip: '199004042015031004', tahun: 2026, bulan: 11 });
    expect(rows).toEqual([{ id: 'r1' }]);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('http://api.test/api/rencana-aksi?nip=199004042015031004&tahun=2026&bulan=11&pageSize=500');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer jwt');
  });

  it('a refused realisasi (BUKTI_WAJIB) becomes an HttpError with the Indonesian message and the field', async () => {
    const pesan = 'Bukti dukung wajib dilampirkan: unggah sekurang-kurangnya satu berkas atau isi satu tautan.';
    const { dataProvider } = setup(() =>
      json(
        {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: pesan,
            details: { code: 'BUKTI_WAJIB', field: 'bukti' },
          },
        },
        400,
      ),
    );
    const file = new File(['x'], 'a.pdf');
    const galat = await dataProvider.isiRealisasi('r1', { ...isian, berkas: [file] }).catch((e) => e);
    expect(galat).toBeInstanceOf(HttpError);
    expect(galat.message).toBe(pesan);
    expect(galat.status).toBe(400);
    expect(galat.body.errors).toEqual({ bukti: pesan });
  });

  it('multipart upload (no XMLHttpRequest here) goes through authFetch with FormData', async () => {
    const { fetch, dataProvider } = setup(() => json({ data: { id: 'x1', status: 'UNCHECKED' } }, 201));
    const hasil = await dataProvider.isiRealisasi('r 1', { ...isian, berkas: [new File(['x'], 'a.pdf')] });
    expect(hasil).toEqual({ id: 'x1', status: 'UNCHECKED' });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('http://api.test/api/rencana-aksi/r%201/realisasi');
    expect(init.body).toBeInstanceOf(FormData);
  });

  it('bulk check sends ids and umpan balik; blank feedback is null', async () => {
    const { fetch, dataProvider } = setup(() => json({ data: [{ id: 'a' }, { id: 'b' }], meta: { jumlah: 2 } }));
    await dataProvider.periksaRealisasiMassal(['a', 'b'], '  ');
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('http://api.test/api/realisasi/periksa');
    expect(JSON.parse(String(init.body))).toEqual({ ids: ['a', 'b'], umpan_balik: null });
    await dataProvider.periksaRealisasi('a', 'Bukti lengkap');
    expect(JSON.parse(String((fetch.mock.calls[1] as [string, RequestInit])[1].body))).toEqual({
      umpan_balik: 'Bukti lengkap',
    });
  });

  it('evidence download: relative url on the API origin, bearer token, blob', async () => {
    const { fetch, dataProvider } = setup(
      () => new Response('%PDF', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    );
    const hasil = await dataProvider.unduhBukti({ id: 9, jenis: 'BERKAS', nama: 'bukti.pdf', url: '/api/bukti/9' });
    expect(String(fetch.mock.calls[0][0])).toBe('http://api.test/api/bukti/9');
    expect(hasil.namaBerkas).toBe('bukti.pdf');
    expect(await hasil.blob.text()).toBe('%PDF');
  });

  it('monthly SKP print URL', () => {
    expect(
      urlCetakSkpBulanan('http://api.test', {
        nip: '1',
        tahun: 2026,
        bulan: 3,
        tanggal: '2026-04-02',
        tempat: ' Madiun ',
      }),
    ).toBe('http://api.test/api/cetak/skp-bulanan?nip=1&tahun=2026&bulan=3&tanggal=2026-04-02&tempat=Madiun');
  });
});
