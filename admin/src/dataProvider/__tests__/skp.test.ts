import { describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { createSession } from '../../auth/session';
import { createDataProvider } from '../index';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const setup = (handler: (url: string, init?: RequestInit) => Response) => {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => handler(url, init));
  const session = createSession({ apiUrl: '', fetch, storage: null });
  session.setToken('jwt');
  return { fetch, dataProvider: createDataProvider(session) };
};

const call = (fetch: ReturnType<typeof vi.fn>, i = 0) => {
  const [url, init] = fetch.mock.calls[i] as [string, RequestInit | undefined];
  return {
    url,
    method: (init?.method ?? 'GET').toUpperCase(),
    body: init?.body ? JSON.parse(String(init.body)) : undefined,
  };
};

describe('SKP workflow methods (/api/skp, /api/rhk, /api/iki)', () => {
  it('buatSkp posts the chosen year and unwraps {data}', async () => {
    const { fetch, dataProvider } = setup(() => json(201, { data: { id: 'skp1', tahun: 2027, status: 'DRAFT' } }));
    const skp = await dataProvider.buatSkp({ tahun: 2027 });
    expect(skp.id).toBe('skp1');
    expect(call(fetch)).toEqual({ url: '/api/skp', method: 'POST', body: { tahun: 2027 } });
  });

  it.each([
    ['ajukanSkp', ['a b'], '/api/skp/a%20b/ajukan', {}],
    ['setujuiSkp', ['s1'], '/api/skp/s1/setujui', {}],
    ['tolakSkp', ['s1', { catatan: 'perbaiki' }], '/api/skp/s1/tolak', { catatan: 'perbaiki' }],
    ['setujuiSkp', ['s1', { alasan: 'penilai cuti', catatan: '' }], '/api/skp/s1/setujui', { alasan: 'penilai cuti' }],
    ['revisiRhk', ['r1'], '/api/rhk/r1/revisi', {}],
    ['ajukanRhk', ['r1'], '/api/rhk/r1/ajukan', {}],
    ['setujuiRhk', ['r1'], '/api/rhk/r1/setujui', {}],
    ['tolakRhk', ['r1', { catatan: 'x' }], '/api/rhk/r1/tolak', { catatan: 'x' }],
    [
      'tambahRhk',
      ['s1', { jenis: 'TAMBAHAN', uraian: 'u', rhk_atasan_id: null }],
      '/api/skp/s1/rhk',
      { jenis: 'TAMBAHAN', uraian: 'u', rhk_atasan_id: null },
    ],
    [
      'tambahIki',
      ['r1', { uraian: 'i', target: '80-90', satuan: '%' }],
      '/api/rhk/r1/iki',
      { uraian: 'i', target: '80-90', satuan: '%' },
    ],
  ] as const)('%s → POST %s', async (method, args, url, body) => {
    const { fetch, dataProvider } = setup(() => json(200, { data: {} }));
    await (dataProvider[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    expect(call(fetch)).toEqual({ url, method: 'POST', body });
  });

  it('PUT and DELETE of RHK, IKI and ekspektasi', async () => {
    const { fetch, dataProvider } = setup(() => json(200, { data: [] }));
    await dataProvider.ubahSkp('s1', { pendekatan: 'KUALITATIF', lampiran: { konsekuensi: ['a'] }, updatedAt: 't' });
    await dataProvider.ubahRhk('r1', { uraian: 'baru' });
    await dataProvider.ubahIki('i1', { target: '12' });
    await dataProvider.hapusRhk('r1');
    await dataProvider.hapusIki('i1');
    await dataProvider.simpanEkspektasi('s1', [{ kode: 'AKUNTABEL', ekspektasi: 'tepat waktu' }]);
    expect([0, 1, 2, 3, 4, 5].map((i) => call(fetch, i))).toEqual([
      {
        url: '/api/skp/s1',
        method: 'PUT',
        body: { pendekatan: 'KUALITATIF', lampiran: { konsekuensi: ['a'] }, updatedAt: 't' },
      },
      { url: '/api/rhk/r1', method: 'PUT', body: { uraian: 'baru' } },
      { url: '/api/iki/i1', method: 'PUT', body: { target: '12' } },
      { url: '/api/rhk/r1', method: 'DELETE', body: undefined },
      { url: '/api/iki/i1', method: 'DELETE', body: undefined },
      {
        url: '/api/skp/s1/ekspektasi',
        method: 'PUT',
        body: { ekspektasi: [{ kode: 'AKUNTABEL', ekspektasi: 'tepat waktu' }] },
      },
    ]);
  });

  it('history and the RHK atasan picker are GET lists', async () => {
    const { fetch, dataProvider } = setup((url) =>
      json(200, { data: url.includes('riwayat') ? [{ id: 'h1', aksi: 'AJUKAN' }] : [] }),
    );
    expect(await dataProvider.riwayatSkp('s1')).toEqual([{ id: 'h1', aksi: 'AJUKAN' }]);
    expect(await dataProvider.rhkAtasan('s1')).toEqual([]);
    expect(call(fetch, 0)).toMatchObject({ url: '/api/skp/s1/riwayat', method: 'GET' });
    expect(call(fetch, 1)).toMatchObject({ url: '/api/skp/rhk-atasan?skp=s1', method: 'GET' });
  });

  it('a refusal keeps the Indonesian message and details (code, existing id)', async () => {
    const { dataProvider } = setup(() =>
      json(409, {
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: 'SKP tahun 2027 untuk penugasan ini sudah ada.',
          details: { code: 'SKP_SUDAH_ADA', id: 'skp9' },
        },
      }),
    );
    const error = await dataProvider.buatSkp({ tahun: 2027 }).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(409);
    expect(error.message).toBe('SKP tahun 2027 untuk penugasan ini sudah ada.');
    expect(error.body.error.details).toEqual({ code: 'SKP_SUDAH_ADA', id: 'skp9' });
  });
});
