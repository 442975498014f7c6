import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { opsiAksi, type Aksi } from '../kueri';

/** A workflow call of the SKP screen on the mutation useAksi builds (no React needed). */
const siapkan = () => {
  const notify = vi.fn();
  const muatUlang = vi.fn();
  const observer = new MutationObserver<unknown, unknown, Aksi, unknown>(
    new QueryClient(),
    opsiAksi(notify, muatUlang),
  );
  return { notify, muatUlang, observer };
};

describe('opsiAksi (workflow calls of the SKP screen)', () => {
  it('success: the message, then the SKP is read again', async () => {
    const { notify, muatUlang, observer } = siapkan();
    await observer.mutate({ kerja: async () => ({ id: 's1' }), pesan: 'mskp.skp.diajukan' });
    expect(notify).toHaveBeenCalledWith('mskp.skp.diajukan', { type: 'success' });
    expect(muatUlang).toHaveBeenCalledTimes(1);
    expect(observer.getCurrentResult().isPending).toBe(false);
  });

  it.each([
    [new Error('SKP belum memiliki RHK utama'), 'SKP belum memiliki RHK utama'],
    [new Error(''), 'ra.notification.http_error'],
    [null, 'ra.notification.http_error'],
  ])('failure %#: the server message, no reload', async (galat, pesan) => {
    const { notify, muatUlang, observer } = siapkan();
    await expect(
      observer.mutate({
        kerja: () => Promise.reject(galat),
        pesan: 'mskp.skp.diajukan',
      }),
    ).rejects.toBe(galat);
    expect(notify).toHaveBeenCalledWith(pesan, { type: 'error' });
    expect(muatUlang).not.toHaveBeenCalled();
  });
});
