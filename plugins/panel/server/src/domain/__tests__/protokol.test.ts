/**
 * The ra-data-simple-rest protocol (architecture.md, api.md "Panel protocol"): sort=["field","ASC"],
 * range=[start,end], filter={...}; Content-Range "<resource> a-b/total". Every malformed input is a
 * GalatMskp 400 naming the parameter and the rule (never a 500).
 */
import { uraiPermintaan, uraiKunciFilter, contentRange, BATAS_HALAMAN } from '../protokol';
import { GalatMskp } from '@m-skp/inti';
import {
  bersarang,
  filterKolom,
  filterRelasi,
  filterBoolean,
  filterAngka,
  filterWaktu,
  TIDAK_ADA,
} from '../../sumber/tipe';

function galatDari(query: Record<string, unknown>): GalatMskp {
  try {
    uraiPermintaan(query);
  } catch (e) {
    if (e instanceof GalatMskp) return e;
    throw new Error(`not a GalatMskp: ${e}`, { cause: e });
  }
  throw new Error(`no error for ${JSON.stringify(query)}`);
}

describe('uraiPermintaan: accepted input', () => {
  test('no parameters → defaults (no sort, first 25 rows, no filter)', () => {
    expect(uraiPermintaan({})).toEqual({ sort: null, range: { start: 0, end: 24 }, filter: {} });
  });
  test('empty strings and null count as absent', () => {
    expect(uraiPermintaan({ sort: '', range: '', filter: '' })).toEqual({
      sort: null,
      range: { start: 0, end: 24 },
      filter: {},
    });
    expect(uraiPermintaan({ sort: null, range: undefined, filter: null })).toEqual({
      sort: null,
      range: { start: 0, end: 24 },
      filter: {},
    });
  });
  test.each([
    ['["nama","ASC"]', { field: 'nama', order: 'ASC' }],
    ['["nama","DESC"]', { field: 'nama', order: 'DESC' }],
    ['["nama","asc"]', { field: 'nama', order: 'ASC' }],
    ['["opd_nama","desc"]', { field: 'opd_nama', order: 'DESC' }],
    [JSON.stringify(['x'.repeat(60), 'ASC']), { field: 'x'.repeat(60), order: 'ASC' }],
  ])('sort %s', (sort, hasil) => {
    expect(uraiPermintaan({ sort }).sort).toEqual(hasil);
  });
  test.each([
    ['[0,24]', { start: 0, end: 24 }],
    ['[0,0]', { start: 0, end: 0 }],
    ['[25,49]', { start: 25, end: 49 }],
    ['[5,5]', { start: 5, end: 5 }],
    [`[0,${BATAS_HALAMAN - 1}]`, { start: 0, end: BATAS_HALAMAN - 1 }],
    [`[1000,${1000 + BATAS_HALAMAN - 1}]`, { start: 1000, end: 1999 }],
  ])('range %s', (range, hasil) => {
    expect(uraiPermintaan({ range }).range).toEqual(hasil);
  });
  test.each([
    ['{}', {}],
    ['{"q":"budi"}', { q: 'budi' }],
    ['{"id":["a","b"]}', { id: ['a', 'b'] }],
    ['{"waktu_gte":"2026-01-01","berhasil":false}', { waktu_gte: '2026-01-01', berhasil: false }],
    ['{"opd_id":{"nested":1}}', { opd_id: { nested: 1 } }],
  ])('filter %s', (filter, hasil) => {
    expect(uraiPermintaan({ filter }).filter).toEqual(hasil);
  });
  test('other query parameters are ignored', () => {
    expect(uraiPermintaan({ page: '2', _end: '10' })).toEqual({ sort: null, range: { start: 0, end: 24 }, filter: {} });
  });
  test('the page limit is 1000 rows', () => expect(BATAS_HALAMAN).toBe(1000));
});

describe('uraiPermintaan: every malformed input → 400 with code and field', () => {
  test.each([
    // not JSON at all
    ['sort not JSON', { sort: '["nama","ASC"' }, 'PARAMETER_TIDAK_VALID', 'sort'],
    ['sort bare word', { sort: 'nama' }, 'PARAMETER_TIDAK_VALID', 'sort'],
    ['range not JSON', { range: '0-24' }, 'PARAMETER_TIDAK_VALID', 'range'],
    ['filter not JSON', { filter: '{q:budi}' }, 'PARAMETER_TIDAK_VALID', 'filter'],
    ['filter single quotes', { filter: "{'q':'x'}" }, 'PARAMETER_TIDAK_VALID', 'filter'],
    // a parameter repeated or bracketed (koa parses it into an array/object)
    ['sort given twice', { sort: ['["nama","ASC"]', '["nip","ASC"]'] }, 'PARAMETER_TIDAK_VALID', 'sort'],
    ['range as an object', { range: { 0: '1' } }, 'PARAMETER_TIDAK_VALID', 'range'],
    ['filter as an array', { filter: ['{}'] }, 'PARAMETER_TIDAK_VALID', 'filter'],
    ['range as a number', { range: 5 }, 'PARAMETER_TIDAK_VALID', 'range'],
    // JSON of the wrong shape
    ['sort a string', { sort: '"nama"' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort one element', { sort: '["nama"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort three elements', { sort: '["nama","ASC","x"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort bad order', { sort: '["nama","UP"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort mixed-case order', { sort: '["nama","Asc"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort numeric field', { sort: '[1,"ASC"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort empty field', { sort: '["","ASC"]' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort field of 61 characters', { sort: JSON.stringify(['x'.repeat(61), 'ASC']) }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort object', { sort: '{"field":"nama","order":"ASC"}' }, 'SORT_TIDAK_VALID', 'sort'],
    ['sort null JSON', { sort: 'null' }, 'SORT_TIDAK_VALID', 'sort'],
    ['range end before start', { range: '[10,5]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range negative start', { range: '[-1,5]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range fractional', { range: '[0.5,3]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range strings', { range: '["0","24"]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range one number', { range: '[0]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range three numbers', { range: '[0,1,2]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range object', { range: '{"start":0,"end":9}' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range huge number', { range: '[0,1e400]' }, 'RANGE_TIDAK_VALID', 'range'],
    ['range 1001 rows', { range: `[0,${BATAS_HALAMAN}]` }, 'RANGE_TERLALU_BESAR', 'range'],
    ['range 100000 rows', { range: '[0,99999]' }, 'RANGE_TERLALU_BESAR', 'range'],
    ['filter an array', { filter: '[]' }, 'FILTER_TIDAK_VALID', 'filter'],
    ['filter an array of objects', { filter: '[{"q":"x"}]' }, 'FILTER_TIDAK_VALID', 'filter'],
    ['filter a string', { filter: '"budi"' }, 'FILTER_TIDAK_VALID', 'filter'],
    ['filter a number', { filter: '5' }, 'FILTER_TIDAK_VALID', 'filter'],
    ['filter null JSON', { filter: 'null' }, 'FILTER_TIDAK_VALID', 'filter'],
  ] as [string, Record<string, unknown>, string, string][])('%s', (_n, query, kode, field) => {
    const e = galatDari(query);
    expect(e.status).toBe(400);
    expect(e.kode).toBe(kode);
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
    expect(e.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { code: kode, field } });
  });

  test('sort is checked before range, range before filter', () => {
    expect(galatDari({ sort: 'x', range: 'x', filter: 'x' }).field).toBe('sort');
    expect(galatDari({ range: 'x', filter: 'x' }).field).toBe('range');
  });

  test('messages explain the expected form (Indonesian)', () => {
    expect(galatDari({ sort: '"x"' }).message).toBe('Parameter sort harus berbentuk ["nama_kolom","ASC"|"DESC"].');
    expect(galatDari({ range: '[3,1]' }).message).toContain('0 ≤ awal ≤ akhir');
    expect(galatDari({ range: '[0,5000]' }).message).toBe('Parameter range: satu halaman paling banyak 1000 baris.');
    expect(galatDari({ filter: '[]' }).message).toBe('Parameter filter harus berupa objek JSON.');
    expect(galatDari({ filter: '{' }).message).toBe('Parameter filter bukan JSON yang valid.');
    expect(galatDari({ sort: ['a'] }).message).toBe('Parameter sort harus berupa JSON.');
  });
});

describe('uraiKunciFilter', () => {
  test.each([
    ['nama', 'nama', '$eq'],
    ['waktu_gte', 'waktu', '$gte'],
    ['waktu_lte', 'waktu', '$lte'],
    ['status_neq', 'status', '$ne'],
    ['tmt_mulai', 'tmt_mulai', '$eq'],
    ['tmt_akhir_gte', 'tmt_akhir', '$gte'],
    ['lastLoginAt_lte', 'lastLoginAt', '$lte'],
    ['a_b_c_neq', 'a_b_c', '$ne'],
    ['waktu_gt', 'waktu_gt', '$eq'],
    ['waktu_lt', 'waktu_lt', '$eq'],
    ['waktu_GTE', 'waktu_GTE', '$eq'],
    ['gte', 'gte', '$eq'],
    ['_gte', '', '$gte'],
    ['q', 'q', '$eq'],
    ['', '', '$eq'],
  ])('%p → field %p, op %s', (kunci, field, op) => {
    expect(uraiKunciFilter(kunci)).toEqual({ field, op });
  });
});

describe('contentRange', () => {
  test.each([
    ['pegawai', 0, 25, 319, 'pegawai 0-24/319'],
    ['pegawai', 25, 25, 319, 'pegawai 25-49/319'],
    ['pegawai', 300, 19, 319, 'pegawai 300-318/319'],
    ['opd', 0, 1, 1, 'opd 0-0/1'],
    ['audit-log', 0, 0, 0, 'audit-log 0-0/0'],
    ['riwayat-login', 50, 0, 40, 'riwayat-login 50-50/40'],
  ] as [string, number, number, number, string][])('%s start %d, %d rows of %d → %s', (res, start, n, total, hasil) => {
    expect(contentRange(res, start, n, total)).toBe(hasil);
  });
  test('the format is "<resource> a-b/total"', () => {
    expect(contentRange('users', 10, 5, 99)).toMatch(/^users \d+-\d+\/\d+$/);
  });
});

describe('filter builders of the resource definitions (sumber/tipe)', () => {
  test('bersarang nests a dotted path', () => {
    expect(bersarang('pegawai.opd.documentId', { $eq: 'x' })).toEqual({
      pegawai: { opd: { documentId: { $eq: 'x' } } },
    });
    expect(bersarang('nip', { $eq: '1' })).toEqual({ nip: { $eq: '1' } });
  });
  test.each([
    ['scalar', 'AKTIF', '$eq', { status: { $eq: 'AKTIF' } }],
    ['array = in', ['AKTIF', 'CUTI'], '$eq', { status: { $in: ['AKTIF', 'CUTI'] } }],
    ['gte', '2026-01-01', '$gte', { status: { $gte: '2026-01-01' } }],
    ['ne', 'PENSIUN', '$ne', { status: { $ne: 'PENSIUN' } }],
  ] as [string, unknown, any, unknown][])('filterKolom %s', (_n, nilai, op, hasil) => {
    expect(filterKolom('status')(nilai, op)).toEqual(hasil);
  });
  test('filterRelasi compares documentIds as strings (arrays = in)', () => {
    expect(filterRelasi('opd')('abc', '$eq')).toEqual({ opd: { documentId: { $eq: 'abc' } } });
    expect(filterRelasi('pegawai.opd')([1, 'b'], '$eq')).toEqual({
      pegawai: { opd: { documentId: { $in: ['1', 'b'] } } },
    });
  });
  test.each([
    [true, { aktif: { $eq: true } }],
    ['true', { aktif: { $eq: true } }],
    [1, { aktif: { $eq: true } }],
    ['1', { aktif: { $eq: true } }],
    [false, { $or: [{ aktif: { $eq: false } }, { aktif: { $null: true } }] }],
    ['false', { $or: [{ aktif: { $eq: false } }, { aktif: { $null: true } }] }],
    ['', null],
    [null, null],
    [undefined, null],
  ])('filterBoolean(%p)', (nilai, hasil) => {
    expect(filterBoolean('aktif')(nilai, '$eq')).toEqual(hasil);
  });
  test('TIDAK_ADA matches nothing', () => expect(TIDAK_ADA).toEqual({ id: { $in: [] } }));

  test.each([
    [10, '$eq', { kelas: { $eq: 10 } }],
    ['10', '$gte', { kelas: { $gte: 10 } }],
    [' 7 ', '$lte', { kelas: { $lte: 7 } }],
    [[1, '2'], '$eq', { kelas: { $in: [1, 2] } }],
    [-3, '$ne', { kelas: { $ne: -3 } }],
  ] as [unknown, any, unknown][])('filterAngka(%p, %s)', (nilai, op, hasil) => {
    expect(filterAngka('kelas')(nilai, op)).toEqual(hasil);
  });
  test.each([['abc'], ['1.5'], [1.5], [''], ['  '], [true], [[1, 'x']], [{}]])(
    'filterAngka(%p) → 400 FILTER_TIDAK_VALID',
    (nilai) => {
      let e: any;
      try {
        filterAngka('kelas')(nilai, '$eq');
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(GalatMskp);
      expect(e).toMatchObject({ status: 400, kode: 'FILTER_TIDAK_VALID', field: 'filter' });
      expect(e.message).toContain('kelas');
    },
  );
  test.each([
    ['2026-01-31', '$gte'],
    ['2026-01-31T23:59:59.999Z', '$lte'],
    ['2026-01-31T10:00:00+07:00', '$eq'],
    ['2024-02-29', '$eq'],
  ] as [string, any][])('filterWaktu(%p, %s) passes the value through', (nilai, op) => {
    expect(filterWaktu('waktu')(nilai, op)).toEqual({ waktu: { [op]: nilai } });
  });
  test.each([
    ['kemarin'],
    ['2026-02-30'],
    ['2026-13-01'],
    ['31-01-2026'],
    ['2026-01-31T25:00:00Z'],
    [20260131],
    [null],
    [['2026-01-01']],
  ])('filterWaktu(%p) → 400 FILTER_TIDAK_VALID', (nilai) => {
    expect(() => filterWaktu('waktu')(nilai, '$gte')).toThrow(GalatMskp);
    try {
      filterWaktu('waktu')(nilai, '$gte');
    } catch (e: any) {
      expect(e).toMatchObject({ status: 400, kode: 'FILTER_TIDAK_VALID', field: 'filter' });
    }
  });
});
