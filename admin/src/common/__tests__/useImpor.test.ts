import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { BATAS_TAMPIL_PRATINJAU, keadaanImpor, opsiImpor, potongPratinjau, type PanggilanImpor } from '../useImpor';

describe('potongPratinjau (import previews of presensi and DPA)', () => {
  it.each([
    [[1, 2, 3], 5, { tampil: [1, 2, 3], total: 3, sisa: 0, terpotong: false }],
    [[1, 2, 3], 3, { tampil: [1, 2, 3], total: 3, sisa: 0, terpotong: false }],
    [[1, 2, 3, 4], 2, { tampil: [1, 2], total: 4, sisa: 2, terpotong: true }],
    [[], 2, { tampil: [], total: 0, sisa: 0, terpotong: false }],
  ])('%j cut at %i', (rows, n, hasil) => expect(potongPratinjau(rows, n)).toEqual(hasil));

  it('defaults to the screen limit', () => {
    const rows = Array.from({ length: BATAS_TAMPIL_PRATINJAU + 7 }, (_, i) => i);
    expect(potongPratinjau(rows)).toMatchObject({ total: BATAS_TAMPIL_PRATINJAU + 7, sisa: 7, terpotong: true });
    expect(potongPratinjau(rows).tampil).toHaveLength(BATAS_TAMPIL_PRATINJAU);
  });
});

describe('useImpor flow (preview → confirm → reset) on the mutations it is built from', () => {
  type P = { id: string; n: number };
  type H = { dibuat: number };
  const galat = (status: number, message: string) => Object.assign(new Error(message), { status });

  /** The hook's wiring without React: one observer per mutation, as useMutation makes. */
  const alur = (o: PanggilanImpor<P, H>) => {
    const client = new QueryClient();
    const jejak = { persen: [] as number[], berkasDikosongkan: 0 };
    const obs: {
      pratinjau?: MutationObserver<P, unknown, File, void>;
      terapkan?: MutationObserver<H, unknown, string, void>;
      samping?: MutationObserver<unknown, unknown, () => Promise<unknown>>;
    } = {};
    const opsi = opsiImpor(o, {
      setPersen: (p) => jejak.persen.push(p),
      buangPratinjau: () => obs.pratinjau?.reset(),
      buangSamping: () => obs.samping?.reset(),
      kosongkanBerkas: () => jejak.berkasDikosongkan++,
    });
    obs.pratinjau = new MutationObserver(client, opsi.pratinjau);
    obs.terapkan = new MutationObserver(client, opsi.terapkan);
    obs.samping = new MutationObserver(client, opsi.samping);
    const { pratinjau, terapkan, samping } = obs as Required<typeof obs>;
    const keadaan = () =>
      keadaanImpor({
        pratinjau: pratinjau.getCurrentResult(),
        terapkan: terapkan.getCurrentResult(),
        samping: samping.getCurrentResult(),
      });
    const diam = <T>(p: Promise<T>) => p.catch(() => undefined);
    return { pratinjau, terapkan, samping, keadaan, jejak, diam };
  };
  const berkas = new File(['x'], 'presensi.csv');

  it('uploads with progress, shows the preview, applies it, then reset clears the summary', async () => {
    let setelah = 0;
    const a = alur({
      unggah: async (_f, onPersen) => {
        onPersen(50);
        onPersen(100);
        return { id: 'p1', n: 3 };
      },
      terapkan: async (id) => ({ dibuat: id === 'p1' ? 3 : 0 }),
      setelahTerapkan: () => setelah++,
    });
    await a.pratinjau.mutate(berkas);
    expect(a.jejak.persen).toEqual([0, 50, 100]);
    expect(a.keadaan()).toEqual({ pratinjau: { id: 'p1', n: 3 }, hasil: null, galat: null, menerapkan: false });
    await a.terapkan.mutate('p1');
    expect(a.keadaan()).toEqual({ pratinjau: null, hasil: { dibuat: 3 }, galat: null, menerapkan: false });
    expect(a.jejak.berkasDikosongkan).toBe(1);
    expect(setelah).toBe(1);
    a.terapkan.reset();
    expect(a.keadaan()).toEqual({ pratinjau: null, hasil: null, galat: null, menerapkan: false });
  });

  it('an expired preview (404) is dropped and reported; a locked month (423) keeps it', async () => {
    let status = 404;
    const a = alur({
      unggah: async () => ({ id: 'p1', n: 1 }),
      terapkan: async () => {
        throw galat(status, 'Pratinjau tidak ditemukan');
      },
    });
    await a.pratinjau.mutate(berkas);
    await a.diam(a.terapkan.mutate('p1'));
    expect(a.keadaan()).toMatchObject({
      pratinjau: null,
      hasil: null,
      galat: { pesan: 'Pratinjau tidak ditemukan', kedaluwarsa: true, terkunci: false },
    });
    expect(a.jejak.berkasDikosongkan).toBe(0);

    status = 423;
    await a.pratinjau.mutate(berkas);
    a.terapkan.reset();
    await a.diam(a.terapkan.mutate('p1'));
    expect(a.keadaan()).toMatchObject({ pratinjau: { id: 'p1' }, galat: { terkunci: true, kedaluwarsa: false } });
  });

  it('a failed upload is the error and leaves no preview', async () => {
    const a = alur({
      unggah: async () => {
        throw galat(400, 'Kolom NIP tidak ada');
      },
      terapkan: async () => ({ dibuat: 0 }),
    });
    await a.diam(a.pratinjau.mutate(berkas));
    expect(a.keadaan()).toMatchObject({ pratinjau: null, galat: { pesan: 'Kolom NIP tidak ada' } });
  });

  it('a failed side call is reported; applying clears it', async () => {
    const a = alur({ unggah: async () => ({ id: 'p1', n: 1 }), terapkan: async () => ({ dibuat: 1 }) });
    await a.pratinjau.mutate(berkas);
    await a.diam(
      a.samping.mutate(async () => {
        throw galat(500, 'Templat gagal');
      }),
    );
    expect(a.keadaan()).toMatchObject({ pratinjau: { id: 'p1' }, galat: { pesan: 'Templat gagal' } });
    await a.terapkan.mutate('p1');
    expect(a.keadaan()).toMatchObject({ pratinjau: null, hasil: { dibuat: 1 }, galat: null });
  });
});
