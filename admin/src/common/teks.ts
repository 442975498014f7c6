/** One attachment item per line; blank lines dropped. */
export const barisKeDaftar = (teks: string): string[] =>
  teks
    .split(/\r?\n/)
    .map((baris) => baris.trim())
    .filter((baris) => baris !== '');
