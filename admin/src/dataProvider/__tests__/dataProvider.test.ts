import { describe, expect, it, vi } from 'vitest';
import { createSession } from '../../auth/session';
import { createDataProvider, pickWritable } from '../index';
import { fieldErrorsOf, httpErrorFrom, messageOf } from '../errors';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const setup = (handler: (url: string, init?: RequestInit) => Response) => {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => handler(url, init));
  const session = createSession({ apiUrl: '', fetch, storage: null });
  session.setToken('jwt');
  return { fetch, dataProvider: createDataProvider(session) };
};

describe('dataProvider (ra-data-simple-rest over /api/panel)', () => {
  it('getList uses sort/range/filter and Content-Range', async () => {
    const { fetch, dataProvider } = setup(() =>
      json(200, [{ id: 'doc1', nama: 'Dinas Kominfo' }], { 'Content-Range': 'opd 0-24/319' }),
    );
    const result = await dataProvider.getList('opd', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'nama', order: 'ASC' },
      filter: { q: 'dinas', aktif: true },
    });
    expect(result.total).toBe(319);
    expect(result.data[0].id).toBe('doc1');
    const url = new URL(String(fetch.mock.calls[0][0]), 'http://x');
    expect(url.pathname).toBe('/api/panel/opd');
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual(['nama', 'ASC']);
    expect(JSON.parse(url.searchParams.get('range')!)).toEqual([0, 24]);
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ q: 'dinas', aktif: true });
    const init = fetch.mock.calls[0][1] as RequestInit;
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer jwt');
  });

  it('hitung reads the total with range=[0,0]', async () => {
    const { fetch, dataProvider } = setup(() => json(200, [{ id: 'u1' }], { 'Content-Range': 'users 0-0/42' }));
    expect(await dataProvider.hitung('users', { belum_pernah_login: true })).toBe(42);
    const url = new URL(String(fetch.mock.calls[0][0]), 'http://x');
    expect(JSON.parse(url.searchParams.get('range')!)).toEqual([0, 0]);
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ belum_pernah_login: true });
  });

  it('pohonJabatan reads the whole OPD sorted by kode', async () => {
    const { fetch, dataProvider } = setup(() => json(200, [], { 'Content-Range': 'jabatan 0-0/0' }));
    await dataProvider.pohonJabatan('opd-1');
    const url = new URL(String(fetch.mock.calls[0][0]), 'http://x');
    expect(url.pathname).toBe('/api/panel/jabatan');
    expect(JSON.parse(url.searchParams.get('range')!)).toEqual([0, 999]);
    expect(JSON.parse(url.searchParams.get('sort')!)).toEqual(['kode', 'ASC']);
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ opd_id: 'opd-1' });
  });

  it('statistikPegawai returns the plain array', async () => {
    const rows = [{ opd_id: 'o', opd_nama: 'Dinas', singkatan: 'D', jumlah: 3 }];
    const { fetch, dataProvider } = setup(() => json(200, rows));
    expect(await dataProvider.statistikPegawai()).toEqual(rows);
    expect(fetch.mock.calls[0][0]).toBe('/api/panel/statistik-pegawai');
  });

  it('update sends only writable fields', async () => {
    const { fetch, dataProvider } = setup((_url, init) => json(200, { id: 'p1', ...JSON.parse(String(init?.body)) }));
    await dataProvider.update('pegawai', {
      id: 'p1',
      data: {
        id: 'p1',
        nama: 'Andi',
        nama_lengkap: 'X',
        tanggal_lahir: '1990-04-04',
        opd_id: 'o1',
        opd_nama: 'Dinas',
        nik: '',
      },
      previousData: { id: 'p1', updatedAt: '2026-11-27T01:02:03.000Z' },
    });
    const init = fetch.mock.calls[0][1] as RequestInit;
    expect(init.method).toBe('PUT');
    expect(JSON.parse(String(init.body))).toEqual({
      nama: 'Andi',
      opd_id: 'o1',
      nik: null,
      updatedAt: '2026-11-27T01:02:03.000Z',
    });
  });

  it('users: edit may only change role and blocked', () => {
    expect(
      pickWritable('users', 'update', { id: 'u', role: 'admin_opd', blocked: true, username: 'x', password: 'p' }),
    ).toEqual({
      role: 'admin_opd',
      blocked: true,
    });
  });

  it('a Strapi error becomes an HttpError with message and field errors', async () => {
    const body = {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'NIP harus 18 digit',
        details: { code: 'NIP_TIDAK_VALID', field: 'nip' },
      },
    };
    const { dataProvider } = setup(() => json(400, body));
    await expect(dataProvider.create('pegawai', { data: { nip: '123', nama: 'A' } })).rejects.toMatchObject({
      message: 'NIP harus 18 digit',
      status: 400,
      body: { errors: { nip: 'NIP harus 18 digit' } },
    });
  });
});

describe('concurrency', () => {
  it('a 409 from a stale update surfaces the server message', async () => {
    const { dataProvider } = setup(() =>
      json(409, {
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: 'Data ini sudah diubah orang lain',
          details: { code: 'DATA_KEDALUWARSA' },
        },
      }),
    );
    await expect(
      dataProvider.update('opd', { id: 'o', data: { nama: 'X' }, previousData: { id: 'o', updatedAt: 'v1' } }),
    ).rejects.toMatchObject({ status: 409, message: 'Data ini sudah diubah orang lain' });
  });
});

describe('errors', () => {
  it('messageOf prefers the server message', () => {
    expect(messageOf(423, { data: null, error: { status: 423, name: 'Locked', message: 'Periode terkunci' } })).toBe(
      'Periode terkunci',
    );
    expect(messageOf(423, undefined)).toBe('mskp.error.terkunci');
    expect(messageOf(409, 'text')).toBe('mskp.error.konflik');
    expect(messageOf(502, {})).toBe('mskp.error.server');
  });

  it('fieldErrorsOf maps yup details too', () => {
    expect(
      fieldErrorsOf({
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: '2 errors',
          details: { errors: [{ path: ['email'], message: 'email tidak valid' }] },
        },
      }),
    ).toEqual({ email: 'email tidak valid' });
    expect(fieldErrorsOf({ message: 'x' })).toBeUndefined();
  });

  it('httpErrorFrom keeps the body', () => {
    const error = httpErrorFrom(403, {
      data: null,
      error: { status: 403, name: 'ForbiddenError', message: 'Di luar cakupan' },
    });
    expect(error.status).toBe(403);
    expect(error.message).toBe('Di luar cakupan');
    expect(error.body.error.name).toBe('ForbiddenError');
  });
});
