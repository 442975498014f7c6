import { describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { createSession } from '../../auth/session';
import { createDataProvider } from '../index';
import { json, setup, panggilan } from './bantu';

const periode = { kode_opd: '1.01', tahun: 2026, bulan: 3 };

describe('Laporan Predikat calls', () => {
  it('reads the report and the organisation predikat of a period', async () => {
    const { fetch, dataProvider } = setup((url) =>
      json({ data: { dari: url.includes('laporan') ? 'laporan' : 'predikat' } }),
    );
    expect(await dataProvider.laporanPredikat(periode)).toEqual({ dari: 'laporan' });
    expect(await dataProvider.predikatOrganisasi(periode)).toEqual({ dari: 'predikat' });
    expect(panggilan(fetch, 0)).toMatchObject({
      url: 'http://api.test/api/laporan/predikat?kode_opd=1.01&tahun=2026&bulan=3',
      method: 'GET',
    });
    expect(panggilan(fetch, 1).url).toBe('http://api.test/api/predikat-organisasi?kode_opd=1.01&tahun=2026&bulan=3');
  });

  it('sets, finalises and overrides with the period in the body', async () => {
    const { fetch, dataProvider } = setup(() => json({ data: { status: 'DRAFT' } }));
    await dataProvider.tetapkanPredikatOrganisasi({ ...periode, predikat: 'BAIK', alasan: 'Capaian sesuai target.' });
    await dataProvider.finalkanPredikatOrganisasi(periode);
    await dataProvider.overridePredikatOrganisasi({ ...periode, alasan: 'Kurva tidak dapat dipenuhi.' });
    expect(panggilan(fetch, 0)).toMatchObject({
      url: 'http://api.test/api/predikat-organisasi',
      method: 'PUT',
      body: { ...periode, predikat: 'BAIK', alasan: 'Capaian sesuai target.' },
    });
    expect(panggilan(fetch, 1)).toMatchObject({
      url: 'http://api.test/api/predikat-organisasi/final',
      method: 'POST',
      body: periode,
    });
    expect(panggilan(fetch, 2)).toMatchObject({
      url: 'http://api.test/api/predikat-organisasi/override',
      method: 'POST',
      body: { ...periode, alasan: 'Kurva tidak dapat dipenuhi.' },
    });
  });

  it('a refused finalisation becomes an HttpError with the Indonesian message', async () => {
    const pesan = 'Distribusi predikat melanggar kuota kurva: periode tidak dapat difinalkan.';
    const { dataProvider } = setup(() =>
      json(
        {
          data: null,
          error: { status: 422, name: 'ValidationError', message: pesan, details: { code: 'KURVA_DILANGGAR' } },
        },
        422,
      ),
    );
    const galat = await dataProvider.finalkanPredikatOrganisasi(periode).catch((e) => e);
    expect(galat).toBeInstanceOf(HttpError);
    expect(galat.message).toBe(pesan);
    expect(galat.status).toBe(422);
  });

  it('a network failure becomes the offline message', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const session = createSession({ apiUrl: 'http://api.test', fetch, storage: null, hintStorage: null });
    session.setToken('jwt');
    const galat = await createDataProvider(session)
      .laporanPredikat(periode)
      .catch((e) => e);
    expect(galat).toBeInstanceOf(HttpError);
    expect(galat.message).toBe('ra.notification.offline');
  });

  it('downloads Excel and PDF with the format in the URL, the right Accept and the fallback file name', async () => {
    const { fetch, dataProvider } = setup(() => new Response('PK', { status: 200 }));
    expect((await dataProvider.unduhLaporanPredikat(periode, 'xlsx')).namaBerkas).toBe(
      'laporan-predikat_1.01_2026-03.xlsx',
    );
    expect((await dataProvider.unduhLaporanPredikat(periode, 'pdf')).namaBerkas).toBe(
      'laporan-predikat_1.01_2026-03.pdf',
    );
    expect(panggilan(fetch, 0).url).toBe(
      'http://api.test/api/laporan/predikat?kode_opd=1.01&tahun=2026&bulan=3&format=xlsx',
    );
    expect(new Headers(panggilan(fetch, 0).init.headers).get('Accept')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json',
    );
    expect(new Headers(panggilan(fetch, 1).init.headers).get('Accept')).toBe('application/pdf, application/json');
  });
});
