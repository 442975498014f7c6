import { z } from 'zod';
import { GalatMskp } from '../domain/galat';
import { masukan, middlewareMasukan, rute, uraiMasukan } from '../rute';

const skema = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100),
  nama: z.string().trim().min(1).optional(),
});

/** Runs the route middleware of `skemaRute` on a fake request; answers what the controller saw or the refusal. */
async function jalankan(
  skemaRute: Parameters<typeof middlewareMasukan>[0],
  req: { body?: unknown; query?: unknown },
  tunda = false,
) {
  const ctx: any = { request: { body: req.body }, query: req.query ?? {}, params: {}, state: {} };
  const urutan: string[] = [];
  try {
    await middlewareMasukan(skemaRute, tunda)(ctx, async () => {
      urutan.push('pengendali');
      urutan.push(JSON.stringify(masukan(ctx).body ?? masukan(ctx).query));
    });
  } catch (e) {
    if (!(e instanceof GalatMskp)) throw e;
    urutan.push(`${e.status} ${e.kode} ${e.field ?? '-'}: ${e.message}`);
  }
  return urutan;
}

describe('uraiMasukan', () => {
  test.each([
    ['unknown keys stripped', { tahun: 2026, status: 'FINAL' }, { tahun: 2026 }],
    ['numbers coerced, text trimmed', { tahun: '2026', nama: '  Budi ' }, { tahun: 2026, nama: 'Budi' }],
  ])('%s', (_n, isi, hasil) => {
    expect(uraiMasukan(skema, isi)).toEqual(hasil);
  });

  test.each([
    ['missing required field', {}, 'tahun', 'tahun wajib diisi.'],
    ['wrong type', { tahun: 2026, nama: 5 }, 'nama', 'nama wajib diisi.'],
    ['out of range', { tahun: 1990 }, 'tahun', 'tahun: Too small: expected number to be >=2000'],
    [
      'empty after trim',
      { tahun: 2026, nama: '   ' },
      'nama',
      'nama: Too small: expected string to have >=1 characters',
    ],
  ])('%s → 400 ISIAN_TIDAK_VALID naming the field', (_n, isi, field, pesan) => {
    let galat: unknown;
    try {
      uraiMasukan(skema, isi);
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(GalatMskp);
    expect((galat as GalatMskp).body).toEqual({
      data: null,
      error: { status: 400, name: 'ValidationError', message: pesan, details: { code: 'ISIAN_TIDAK_VALID', field } },
    });
  });

  test('a body that is not an object → 400 without a field', () => {
    expect(() => uraiMasukan(skema, [1])).toThrow(
      expect.objectContaining({ status: 400, kode: 'ISIAN_TIDAK_VALID', field: undefined }),
    );
  });

  test('no body at all counts as an empty object', () => {
    expect(uraiMasukan(z.object({ a: z.string().optional() }), undefined)).toEqual({});
  });
});

describe('middlewareMasukan', () => {
  test('parses before the controller and hands it the parsed body', async () => {
    expect(await jalankan({ body: skema }, { body: { tahun: '2027', x: 1 } })).toEqual([
      'pengendali',
      '{"tahun":2027}',
    ]);
  });

  test('a refused body never reaches the controller', async () => {
    expect(await jalankan({ body: skema }, { body: {} })).toEqual(['400 ISIAN_TIDAK_VALID tahun: tahun wajib diisi.']);
  });

  test('query parts are read from the query string', async () => {
    expect(await jalankan({ query: skema }, { query: { tahun: '2030' } })).toEqual(['pengendali', '{"tahun":2030}']);
  });

  test('tunda: the controller runs first, the refusal comes at its first read', async () => {
    expect(await jalankan({ body: skema }, { body: { tahun: 'x' } }, true)).toEqual([
      'pengendali',
      '400 ISIAN_TIDAK_VALID tahun: tahun wajib diisi.',
    ]);
  });

  test('each part is parsed once', async () => {
    let kali = 0;
    const hitung = z.object({}).transform(() => ++kali);
    const ctx: any = { request: { body: {} }, query: {}, params: {}, state: {} };
    await middlewareMasukan({ body: hitung })(ctx, async () => {
      expect(masukan(ctx).body).toBe(1);
      expect(masukan(ctx).body).toBe(1);
    });
    expect(kali).toBe(1);
  });
});

describe('rute', () => {
  test.each([
    ['kinerja', {}, { policies: [{ name: 'plugin::inti.ranah', config: { ranah: 'kinerja' } }] }],
    [null, {}, { policies: [] }],
    [null, { publik: true }, { auth: false, policies: [] }],
    [
      'tpp',
      { berkas: true },
      { policies: [{ name: 'plugin::inti.ranah', config: { ranah: 'tpp' } }], middlewares: ['plugin::inti.multipart'] },
    ],
  ] as const)('area %s, options %j → config', (ranah, opsi, config) => {
    expect(rute(ranah)('GET', '/x', 'x.y', opsi)).toEqual({ method: 'GET', path: '/x', handler: 'x.y', config });
  });

  test('a route with schemas parses after the multipart body is read', () => {
    const r = rute('kinerja')('POST', '/x', 'x.y', { berkas: true, skema: { body: skema } });
    expect(r.config.middlewares).toHaveLength(2);
    expect(r.config.middlewares?.[0]).toBe('plugin::inti.multipart');
    expect(typeof r.config.middlewares?.[1]).toBe('function');
  });
});
