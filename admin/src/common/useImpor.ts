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

/**
 * The flow every import screen shares (presensi, DPA): pick a file → upload with progress → preview
 * (nothing written) → apply → summary; an expired preview (404) is dropped so the user uploads again.
 * The screen supplies the two calls and renders the state.
 */
export function useImpor<P extends { id: string }, H>(o: {
  unggah: (berkas: File, onPersen: (persen: number) => void) => Promise<P>;
  terapkan: (id: string) => Promise<H>;
  setelahTerapkan?: () => unknown;
}) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [unggah, setUnggah] = useState<number | null>(null);
  const [menerapkan, setMenerapkan] = useState(false);
  const [galat, setGalat] = useState<GalatImpor | null>(null);
  const [pratinjau, setPratinjau] = useState<P | null>(null);
  const [hasil, setHasil] = useState<H | null>(null);

  const reset = () => {
    setPratinjau(null);
    setGalat(null);
    setHasil(null);
  };
  /** Runs a side call (e.g. a template download) reporting its failure like the others. */
  const jalankan = async (fn: () => Promise<unknown>) => {
    setGalat(null);
    try {
      await fn();
    } catch (e) {
      setGalat(galatImpor(e));
    }
  };
  const kirim = async () => {
    if (!berkas) return;
    reset();
    setUnggah(0);
    try {
      setPratinjau(await o.unggah(berkas, setUnggah));
    } catch (e) {
      setGalat(galatImpor(e));
    } finally {
      setUnggah(null);
    }
  };
  const terapkan = async () => {
    if (!pratinjau) return;
    setMenerapkan(true);
    setGalat(null);
    try {
      setHasil(await o.terapkan(pratinjau.id));
      setPratinjau(null);
      setBerkas(null);
      if (input.current) input.current.value = '';
      await o.setelahTerapkan?.();
    } catch (e) {
      const g = galatImpor(e);
      setGalat(g);
      if (g.kedaluwarsa) setPratinjau(null);
    } finally {
      setMenerapkan(false);
    }
  };
  return {
    berkas,
    setBerkas,
    input,
    unggah,
    menerapkan,
    galat,
    pratinjau,
    hasil,
    reset,
    jalankan,
    kirim,
    terapkan,
    sibuk: unggah !== null || menerapkan,
  };
}
