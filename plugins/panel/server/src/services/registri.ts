import { SUMBER } from '../sumber';
import type { DefinisiSumber } from '../sumber/tipe';

/** Lets other engines add their panel resources (called in their register phase). */
export default () => ({
  daftarkan(nama: string, definisi: DefinisiSumber) {
    if (SUMBER[nama] && SUMBER[nama] !== definisi) throw new Error(`Sumber panel "${nama}" sudah terdaftar`);
    SUMBER[nama] = definisi;
  },
  nama(): string[] {
    return Object.keys(SUMBER);
  },
});
