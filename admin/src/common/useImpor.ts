import { useMutation, type MutationObserverResult, type MutationOptions } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { HttpError } from 'react-admin';

/** A failed call of an import screen: the server's message; 404 = the preview expired, 423 = the month is locked. */
export type GalatImpor = { pesan: string; terkunci: boolean; kedaluwarsa: boolean };

export const galatImpor = (e: unknown): GalatImpor => {
  const status = e instanceof HttpError ? e.status : Number((e as { status?: number })?.status ?? 0);
  return { pesan: String((e as Error)?.message ?? e), terkunci: status === 423, kedaluwarsa: status === 404 };
};

/** How many rows of an import preview are rendered (20 000 rows would freeze the page). */
export const BATAS_TAMPIL_PRATINJAU = 300;

/** The first `n` rows of a long preview list, how many there are and how many were left out. */
export const potongPratinjau = <T>(
  rows: readonly T[],
  n: number = BATAS_TAMPIL_PRATINJAU,
): { tampil: T[]; total: number; sisa: number; terpotong: boolean } => ({
  tampil: rows.slice(0, n),
  total: rows.length,
  sisa: Math.max(0, rows.length - n),
  terpotong: rows.length > n,
});

/** The two calls a screen supplies, and what runs after a successful apply (e.g. reload the screen's data). */
export interface PanggilanImpor<P extends { id: string }, H> {
  unggah: (berkas: File, onPersen: (persen: number) => void) => Promise<P>;
  terapkan: (id: string) => Promise<H>;
  setelahTerapkan?: () => unknown;
}

/** What the three mutations need from their owner: progress, dropping another step's answer, clearing the file. */
export interface AlatImpor {
  setPersen: (persen: number) => void;
  buangPratinjau: () => void;
  buangSamping: () => void;
  kosongkanBerkas: () => void;
}

/**
 * The mutations of an import: the preview (upload, nothing written), the confirm (apply the preview) and a
 * side call (e.g. a template download). Kept apart from the hook so the flow is testable without a DOM.
 */
export const opsiImpor = <P extends { id: string }, H>(o: PanggilanImpor<P, H>, alat: AlatImpor) => ({
  pratinjau: {
    mutationFn: (berkas: File) => o.unggah(berkas, alat.setPersen),
    onMutate: () => alat.setPersen(0),
  } satisfies MutationOptions<P, unknown, File>,
  terapkan: {
    mutationFn: (id: string) => o.terapkan(id),
    onMutate: () => alat.buangSamping(),
    onSuccess: async () => {
      alat.buangPratinjau();
      alat.kosongkanBerkas();
      await o.setelahTerapkan?.();
    },
    // an expired preview (404) is dropped: the user uploads again
    onError: (e: unknown) => {
      if (galatImpor(e).kedaluwarsa) alat.buangPratinjau();
    },
  } satisfies MutationOptions<H, unknown, string>,
  samping: {
    mutationFn: (fn: () => Promise<unknown>) => fn(),
  } satisfies MutationOptions<unknown, unknown, () => Promise<unknown>>,
});

type Hasil<T, V> = Pick<MutationObserverResult<T, unknown, V>, 'data' | 'error' | 'isPending'>;

/** The screen's state from the three mutations: one error at a time (each step clears the others' first). */
export const keadaanImpor = <P, H>(m: {
  pratinjau: Hasil<P, File>;
  terapkan: Hasil<H, string>;
  samping: Hasil<unknown, () => Promise<unknown>>;
}) => {
  const gagal = m.pratinjau.error ?? m.terapkan.error ?? m.samping.error;
  return {
    pratinjau: m.pratinjau.data ?? null,
    hasil: m.terapkan.data ?? null,
    galat: gagal ? galatImpor(gagal) : null,
    menerapkan: m.terapkan.isPending,
  };
};

/**
 * The flow every import screen shares (presensi, DPA): pick a file → upload with progress → preview
 * (nothing written) → apply → summary; an expired preview (404) is dropped so the user uploads again.
 * The screen supplies the two calls and renders the state.
 */
export function useImpor<P extends { id: string }, H>(o: PanggilanImpor<P, H>) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [persen, setPersen] = useState(0);
  const opsi = opsiImpor(o, {
    setPersen,
    buangPratinjau: () => pratinjau.reset(),
    buangSamping: () => samping.reset(),
    kosongkanBerkas: () => {
      setBerkas(null);
      if (input.current) input.current.value = '';
    },
  });
  const pratinjau = useMutation(opsi.pratinjau);
  const terapkan = useMutation(opsi.terapkan);
  const samping = useMutation(opsi.samping);
  const keadaan = keadaanImpor({ pratinjau, terapkan, samping });
  const unggah = pratinjau.isPending ? persen : null;

  const reset = () => {
    pratinjau.reset();
    terapkan.reset();
    samping.reset();
  };
  /** Runs a side call (e.g. a template download) reporting its failure like the others. */
  const jalankan = async (fn: () => Promise<unknown>) => {
    if (pratinjau.isError) pratinjau.reset();
    if (terapkan.isError) terapkan.reset();
    await samping.mutateAsync(fn).catch(() => undefined);
  };
  const kirim = async () => {
    if (!berkas) return;
    reset();
    await pratinjau.mutateAsync(berkas).catch(() => undefined);
  };
  const terapkanPratinjau = async () => {
    if (!keadaan.pratinjau) return;
    await terapkan.mutateAsync(keadaan.pratinjau.id).catch(() => undefined);
  };
  return {
    berkas,
    setBerkas,
    input,
    unggah,
    ...keadaan,
    reset,
    jalankan,
    kirim,
    terapkan: terapkanPratinjau,
    sibuk: unggah !== null || keadaan.menerapkan,
  };
}
