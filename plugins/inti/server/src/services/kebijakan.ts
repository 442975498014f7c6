import fs from 'fs';
import path from 'path';
import { validasiBerkasKebijakan, versiPada, type PetaKebijakan, type VersiKebijakan } from '../domain/kebijakan';
import { hariIni } from '../domain/tanggal';
import type { ZodTypeAny } from 'zod';

/** Default policy folder: <repo>/config/kebijakan (MSKP_CONFIG_DIR overrides the <repo>/config part). */
export function folderKebijakan(): string {
  const akar = process.env.MSKP_CONFIG_DIR || path.resolve(__dirname, '..', '..', '..', '..', '..', 'config');
  return path.join(akar, 'kebijakan');
}

/** Reads and validates every policy file; throws one error listing every problem (start-up fails). */
export function muatKebijakan(
  folder = folderKebijakan(),
  skemaTambahan: Record<string, ZodTypeAny> = {},
): Map<string, VersiKebijakan<unknown>[]> {
  if (!fs.existsSync(folder)) throw new Error(`Folder kebijakan tidak ditemukan: ${folder}`);
  const peta = new Map<string, VersiKebijakan<unknown>[]>();
  const masalah: string[] = [];
  for (const f of fs
    .readdirSync(folder)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const sumber = path.join(folder, f);
    let isi: unknown;
    try {
      isi = JSON.parse(fs.readFileSync(sumber, 'utf8'));
    } catch (e) {
      masalah.push(`${sumber}: bukan JSON yang valid (${(e as Error).message})`);
      continue;
    }
    const r = validasiBerkasKebijakan(isi, sumber, skemaTambahan);
    if (!r.ok) masalah.push(...r.masalah);
    else if (peta.has(r.berkas.nama))
      masalah.push(`${sumber}: kebijakan "${r.berkas.nama}" sudah didefinisikan di berkas lain`);
    else peta.set(r.berkas.nama, r.berkas.versi as VersiKebijakan<unknown>[]);
  }
  if (masalah.length) throw new Error('Konfigurasi kebijakan tidak valid:\n- ' + masalah.join('\n- '));
  return peta;
}

export default () => {
  let peta: Map<string, VersiKebijakan<unknown>[]> | null = null;
  const skemaTambahan: Record<string, ZodTypeAny> = {};
  const semua = () => (peta ??= muatKebijakan(folderKebijakan(), skemaTambahan));
  return {
    /** Other engines declare the value schema of their policies in their register phase. */
    daftarkanSkema(nama: string, skema: ZodTypeAny) {
      skemaTambahan[nama] = skema;
      peta = null;
    },
    /** Reads and validates every policy file (called at bootstrap: start-up fails on a bad table). */
    muat() {
      peta = muatKebijakan(folderKebijakan(), skemaTambahan);
      return peta;
    },
    /** The policy version in force on a date (default today); throws when none is in force. */
    versi<N extends keyof PetaKebijakan & string>(
      nama: N,
      tanggal: string = hariIni(),
    ): VersiKebijakan<PetaKebijakan[N]> {
      const v = versiPada(semua().get(nama) ?? [], tanggal);
      if (!v) throw new Error(`Tidak ada versi kebijakan "${nama}" yang berlaku pada ${tanggal}`);
      return v as VersiKebijakan<PetaKebijakan[N]>;
    },
    /** The value of the policy in force on a date, typed by its name (PetaKebijakan). */
    nilai<N extends keyof PetaKebijakan & string>(nama: N, tanggal?: string): PetaKebijakan[N] {
      return this.versi(nama, tanggal).nilai;
    },
  };
};
