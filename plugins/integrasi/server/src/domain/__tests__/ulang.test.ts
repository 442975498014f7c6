import {
  KEBIJAKAN_ULANG_BAWAAN,
  kegagalanSementara,
  keputusanUlang,
  tundaSebelum,
  type Kegagalan,
  type KebijakanUlang,
} from '../ulang';

const K: KebijakanUlang = { percobaanMaks: 4, tundaAwalMs: 100, faktor: 2, tundaMaksMs: 300 };

describe('kegagalanSementara: what is worth another attempt', () => {
  it.each<[Kegagalan, boolean]>([
    [{ jenis: 'JARINGAN', kode: 'ECONNREFUSED' }, true],
    [{ jenis: 'JARINGAN' }, true],
    [{ jenis: 'WAKTU_HABIS' }, true],
    [{ jenis: 'HTTP', status: 500 }, true],
    [{ jenis: 'HTTP', status: 503 }, true],
    [{ jenis: 'HTTP', status: 599 }, true],
    [{ jenis: 'HTTP', status: 400 }, false],
    [{ jenis: 'HTTP', status: 401 }, false],
    [{ jenis: 'HTTP', status: 404 }, false],
    [{ jenis: 'HTTP', status: 429 }, false],
    [{ jenis: 'HTTP', status: 302 }, false],
    [{ jenis: 'PAYLOAD' }, false],
  ])('%j → %s', (k, diharapkan) => {
    expect(kegagalanSementara(k)).toBe(diharapkan);
  });
});

describe('tundaSebelum: exponential backoff, capped', () => {
  it.each([
    [2, 100],
    [3, 200],
    [4, 300], // 400 capped at 300
    [5, 300],
    [1, 100], // no attempt before the first: never below the first wait
  ])('before attempt %i: %i ms', (n, ms) => {
    expect(tundaSebelum(K, n)).toBe(ms);
  });

  it('the default policy: 500 ms, then 1 s (3 attempts in all)', () => {
    expect(KEBIJAKAN_ULANG_BAWAAN.percobaanMaks).toBe(3);
    expect(tundaSebelum(KEBIJAKAN_ULANG_BAWAAN, 2)).toBe(500);
    expect(tundaSebelum(KEBIJAKAN_ULANG_BAWAAN, 3)).toBe(1000);
  });
});

describe('keputusanUlang: after attempt n failed', () => {
  const net: Kegagalan = { jenis: 'JARINGAN', kode: 'ECONNRESET' };
  it.each<[string, number, Kegagalan, ReturnType<typeof keputusanUlang>]>([
    ['network, first attempt', 1, net, { ulang: true, tundaMs: 100 }],
    ['timeout, second attempt', 2, { jenis: 'WAKTU_HABIS' }, { ulang: true, tundaMs: 200 }],
    ['5xx, third attempt', 3, { jenis: 'HTTP', status: 502 }, { ulang: true, tundaMs: 300 }],
    ['5xx, last attempt', 4, { jenis: 'HTTP', status: 502 }, { ulang: false, alasan: 'BATAS_PERCOBAAN' }],
    ['beyond the last (defensive)', 9, net, { ulang: false, alasan: 'BATAS_PERCOBAAN' }],
    ['4xx, first attempt', 1, { jenis: 'HTTP', status: 400 }, { ulang: false, alasan: 'BUKAN_SEMENTARA' }],
    ['404, first attempt', 1, { jenis: 'HTTP', status: 404 }, { ulang: false, alasan: 'BUKAN_SEMENTARA' }],
    ['malformed payload', 1, { jenis: 'PAYLOAD' }, { ulang: false, alasan: 'BUKAN_SEMENTARA' }],
  ])('%s', (_, n, k, diharapkan) => {
    expect(keputusanUlang(K, n, k)).toEqual(diharapkan);
  });

  it('one attempt in all: never retried', () => {
    expect(keputusanUlang({ ...K, percobaanMaks: 1 }, 1, net)).toEqual({ ulang: false, alasan: 'BATAS_PERCOBAAN' });
  });
});
