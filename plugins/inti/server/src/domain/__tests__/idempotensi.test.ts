import { kunciIdempotensi } from '../idempotensi';

describe('kunciIdempotensi: <caller>:<rute>:<key>', () => {
  const panjang = 'k'.repeat(250);
  test.each<[string, { userId: number | null; tokenId?: number | null }, string | null | undefined, string | null]>([
    ['a user', { userId: 7 }, 'abc', 'u7:realisasi:R1:abc'],
    ['a user with a token id too: the user wins', { userId: 7, tokenId: 3 }, 'abc', 'u7:realisasi:R1:abc'],
    ['an API token', { userId: null, tokenId: 3 }, 'abc', 't3:realisasi:R1:abc'],
    ['no caller', { userId: null, tokenId: null }, 'abc', 'anon:realisasi:R1:abc'],
    ['the key is trimmed', { userId: 7 }, '  abc  ', 'u7:realisasi:R1:abc'],
    ['the key is cut at 200 characters', { userId: 7 }, panjang, `u7:realisasi:R1:${'k'.repeat(200)}`],
    ['no header', { userId: 7 }, undefined, null],
    ['an empty header', { userId: 7 }, '', null],
    ['a blank header', { userId: 7 }, '   ', null],
  ])('%s', (_n, aktor, header, hasil) => expect(kunciIdempotensi(aktor, header, 'realisasi:R1')).toBe(hasil));
});
