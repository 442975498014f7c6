import { describe, expect, it, vi } from 'vitest';
import type { TokenApi } from '../../dataProvider/tokenApi';
import { jalankanAksiToken, pesanGalat } from '../useTokenApi';

const record = { id: 't1', nama: 'eKAK', status: 'AKTIF' } as TokenApi;
const penyedia = () => ({
  putarTokenApi: vi.fn(async () => ({ ...record, token: 'rahasia' })),
  delete: vi.fn(async () => ({ data: record })),
});

describe('jalankanAksiToken (row actions of /token-api)', () => {
  it('rotation answers the new secret', async () => {
    const dp = penyedia();
    await expect(jalankanAksiToken(dp, 'putar', record)).resolves.toMatchObject({ token: 'rahasia' });
    expect(dp.putarTokenApi).toHaveBeenCalledWith('t1');
    expect(dp.delete).not.toHaveBeenCalled();
  });

  it('revocation is the resource delete and has no secret', async () => {
    const dp = penyedia();
    await expect(jalankanAksiToken(dp, 'cabut', record)).resolves.toBeNull();
    expect(dp.delete).toHaveBeenCalledWith('token-api', { id: 't1', previousData: record });
  });

  it.each([
    [new Error('Token sudah dicabut'), 'Token sudah dicabut'],
    [new Error(''), 'ra.notification.http_error'],
    [null, 'ra.notification.http_error'],
  ])('message of %o', (e, pesan) => expect(pesanGalat(e)).toBe(pesan));
});
