/**
 * Penugasan invariants (domain.md §1 Penugasan, §2): at most one active UTAMA and at most one active PLT
 * per pegawai; a structural post has one definitive holder at a time, a pelaksana/JF post many.
 */
import {
  aktifPada,
  bertumpuk,
  periksaPenugasan,
  JENIS_TUNGGAL,
  JENJANG_TUNGGAL,
  type PenugasanData,
} from '../penugasan';

const p = (
  id: number,
  jenis: PenugasanData['jenis'],
  tmtMulai: string,
  tmtAkhir: string | null = null,
  pegawaiId: number | string = 1,
  jabatanId: number | string = 10,
): PenugasanData => ({
  id,
  pegawaiId,
  jabatanId,
  jenis,
  tmtMulai,
  tmtAkhir,
});

describe('constants', () => {
  test('single kinds are UTAMA and PLT only (PLH and PJ may stack)', () => {
    expect([...JENIS_TUNGGAL].sort()).toEqual(['PLT', 'UTAMA']);
  });
  test('single-holder levels are the structural ones', () => {
    expect([...JENJANG_TUNGGAL]).toEqual(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS']);
    expect(JENJANG_TUNGGAL as readonly string[]).not.toContain('PELAKSANA');
    expect(JENJANG_TUNGGAL as readonly string[]).not.toContain('AHLI_PERTAMA');
  });
});

describe('aktifPada', () => {
  const ditutup = { tmtMulai: '2025-01-01', tmtAkhir: '2025-06-30' };
  const terbuka = { tmtMulai: '2025-01-01', tmtAkhir: null };
  test.each([
    ['the day before the start', ditutup, '2024-12-31', false],
    ['the start day', ditutup, '2025-01-01', true],
    ['in between', ditutup, '2025-03-15', true],
    ['the last day', ditutup, '2025-06-30', true],
    ['the day after the end', ditutup, '2025-07-01', false],
    ['open-ended, far future', terbuka, '2099-12-31', true],
    ['open-ended, before start', terbuka, '2024-12-31', false],
    ['tmtAkhir undefined = open', { tmtMulai: '2025-01-01' }, '2030-01-01', true],
  ])('%s', (_n, x, tanggal, hasil) => {
    expect(aktifPada(x as any, tanggal)).toBe(hasil);
  });
});

describe('bertumpuk (overlap of two date ranges, inclusive)', () => {
  const r = (a: string, b: string | null) => ({ tmtMulai: a, tmtAkhir: b });
  test.each([
    ['same start day', r('2025-01-01', '2025-01-31'), r('2025-01-01', '2025-01-01'), true],
    ['A ends the day B starts', r('2025-01-01', '2025-01-31'), r('2025-01-31', null), true],
    ['A ends the day before B starts (adjacent)', r('2025-01-01', '2025-01-30'), r('2025-01-31', null), false],
    ['B before A, adjacent', r('2025-02-01', null), r('2025-01-01', '2025-01-31'), false],
    ['both open-ended', r('2020-01-01', null), r('2025-01-01', null), true],
    ['open-ended A covers later closed B', r('2020-01-01', null), r('2025-01-01', '2025-02-01'), true],
    ['B inside A', r('2025-01-01', '2025-12-31'), r('2025-05-01', '2025-05-31'), true],
    ['disjoint', r('2020-01-01', '2020-12-31'), r('2022-01-01', '2022-12-31'), false],
    ['one-day ranges on the same day', r('2025-05-05', '2025-05-05'), r('2025-05-05', '2025-05-05'), true],
  ])('%s', (_n, a, b, hasil) => {
    expect(bertumpuk(a, b)).toBe(hasil);
    expect(bertumpuk(b, a)).toBe(hasil); // symmetric
  });
});

describe('periksaPenugasan: dates', () => {
  test('tmt_akhir before tmt_mulai → PENUGASAN_TANGGAL on tmt_akhir', () => {
    const h = periksaPenugasan(p(1, 'UTAMA', '2025-02-01', '2025-01-31'), []);
    expect(h).toMatchObject({ kode: 'PENUGASAN_TANGGAL', field: 'tmt_akhir' });
    expect(h!.pesan).toContain('2025-01-31');
    expect(h!.pesan).toContain('2025-02-01');
  });
  test('one-day penugasan (tmt_akhir = tmt_mulai) is fine', () => {
    expect(periksaPenugasan(p(1, 'PLH', '2025-02-01', '2025-02-01'), [])).toBeNull();
  });
  test('the date rule is checked before overlaps', () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2025-02-01', '2025-01-01'), [p(1, 'UTAMA', '2020-01-01')]);
    expect(h!.kode).toBe('PENUGASAN_TANGGAL');
  });
});

describe('periksaPenugasan: one active UTAMA per pegawai', () => {
  const lama = p(1, 'UTAMA', '2020-01-01', '2024-12-31');
  const terbuka = p(1, 'UTAMA', '2020-01-01', null);
  test.each([
    ['same start day as an open one', p(2, 'UTAMA', '2020-01-01'), [terbuka], 'PENUGASAN_UTAMA_GANDA'],
    ['starts while an open-ended one runs', p(2, 'UTAMA', '2025-06-01'), [terbuka], 'PENUGASAN_UTAMA_GANDA'],
    ['starts on the last day of the previous one', p(2, 'UTAMA', '2024-12-31'), [lama], 'PENUGASAN_UTAMA_GANDA'],
    ['starts the day after the previous one ends (adjacent)', p(2, 'UTAMA', '2025-01-01'), [lama], null],
    ['ends the day before the other starts', p(2, 'UTAMA', '2018-01-01', '2019-12-31'), [terbuka], null],
    ['ends on the day the other starts', p(2, 'UTAMA', '2018-01-01', '2020-01-01'), [terbuka], 'PENUGASAN_UTAMA_GANDA'],
    ['open-ended new one before a closed later one', p(2, 'UTAMA', '2010-01-01'), [lama], 'PENUGASAN_UTAMA_GANDA'],
    ['no other penugasan', p(2, 'UTAMA', '2025-01-01'), [], null],
    ['updating itself (same id) is not a clash', p(1, 'UTAMA', '2020-01-01', '2030-01-01'), [terbuka], null],
    ['an overlapping PLT does not clash with UTAMA', p(2, 'UTAMA', '2025-01-01'), [p(1, 'PLT', '2024-01-01')], null],
    [
      'overlapping PLH/PJ do not clash with UTAMA',
      p(3, 'UTAMA', '2025-01-01'),
      [p(1, 'PLH', '2024-01-01'), p(2, 'PJ', '2024-01-01')],
      null,
    ],
  ] as [string, PenugasanData, PenugasanData[], string | null][])('%s', (_n, baru, milik, kode) => {
    const h = periksaPenugasan(baru, milik);
    expect(h ? h.kode : null).toBe(kode);
  });

  test('the clash names tmt_mulai, the other row, and "sekarang" for an open end', () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2025-06-01'), [p(7, 'UTAMA', '2020-01-01', null)]);
    expect(h).toMatchObject({ kode: 'PENUGASAN_UTAMA_GANDA', field: 'tmt_mulai', bentrokDengan: 7 });
    expect(h!.pesan).toContain('definitif (UTAMA)');
    expect(h!.pesan).toContain('2020-01-01 s.d. sekarang');
  });
  test('the clash quotes the closing date of a closed range', () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2024-06-01'), [p(7, 'UTAMA', '2020-01-01', '2024-12-31')]);
    expect(h!.pesan).toContain('2020-01-01 s.d. 2024-12-31');
  });
  test('a new row without id clashes with every overlapping row (first reported)', () => {
    const baru: PenugasanData = { pegawaiId: 1, jabatanId: 10, jenis: 'UTAMA', tmtMulai: '2025-01-01' };
    const h = periksaPenugasan(baru, [
      p(4, 'UTAMA', '2019-01-01', '2019-12-31'),
      p(5, 'UTAMA', '2024-01-01'),
      p(6, 'UTAMA', '2024-06-01'),
    ]);
    expect(h).toMatchObject({ kode: 'PENUGASAN_UTAMA_GANDA', bentrokDengan: 5 });
  });
});

describe('periksaPenugasan: one active PLT per pegawai, independent of UTAMA', () => {
  test.each([
    ['PLT while an UTAMA runs', p(2, 'PLT', '2025-01-01'), [p(1, 'UTAMA', '2020-01-01')], null],
    [
      'PLT overlapping another PLT',
      p(2, 'PLT', '2025-01-01', '2025-03-31'),
      [p(1, 'PLT', '2025-03-01', '2025-06-30')],
      'PENUGASAN_PLT_GANDA',
    ],
    ['PLT adjacent to the previous PLT', p(2, 'PLT', '2025-07-01'), [p(1, 'PLT', '2025-03-01', '2025-06-30')], null],
    ['PLT same day as an open PLT', p(2, 'PLT', '2025-03-01'), [p(1, 'PLT', '2025-03-01')], 'PENUGASAN_PLT_GANDA'],
    [
      'second PLH overlapping a PLH is allowed',
      p(2, 'PLH', '2025-01-01', '2025-01-05'),
      [p(1, 'PLH', '2025-01-01', '2025-01-10')],
      null,
    ],
    ['second PJ overlapping a PJ is allowed', p(2, 'PJ', '2025-01-01'), [p(1, 'PJ', '2024-01-01')], null],
  ] as [string, PenugasanData, PenugasanData[], string | null][])('%s', (_n, baru, milik, kode) => {
    const h = periksaPenugasan(baru, milik);
    expect(h ? h.kode : null).toBe(kode);
  });
  test('PLT clash message says Plt and names tmt_mulai', () => {
    const h = periksaPenugasan(p(2, 'PLT', '2025-05-01'), [p(9, 'PLT', '2025-03-01')]);
    expect(h).toMatchObject({ kode: 'PENUGASAN_PLT_GANDA', field: 'tmt_mulai', bentrokDengan: 9 });
    expect(h!.pesan).toContain('Plt');
  });
});

describe('periksaPenugasan: holders of the post', () => {
  const pemegangLain = p(50, 'UTAMA', '2020-01-01', null, 99, 10);
  test('structural (single-holder) post held by another pegawai → PENUGASAN_JABATAN_TERISI on jabatan', () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [], [pemegangLain], { jabatanTunggal: true });
    expect(h).toMatchObject({ kode: 'PENUGASAN_JABATAN_TERISI', field: 'jabatan', bentrokDengan: 50 });
    expect(h!.pesan).toContain('2020-01-01 s.d. sekarang');
  });
  test('pelaksana/JF post (multi-holder): many definitive holders are fine', () => {
    expect(periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [], [pemegangLain], { jabatanTunggal: false })).toBeNull();
    expect(periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [], [pemegangLain])).toBeNull();
  });
  test('structural post: the previous holder ended the day before → fine', () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [], [p(50, 'UTAMA', '2020-01-01', '2024-12-31', 99, 10)], {
      jabatanTunggal: true,
    });
    expect(h).toBeNull();
  });
  test('structural post: the previous holder ends on the new start day → clash', () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [], [p(50, 'UTAMA', '2020-01-01', '2025-01-01', 99, 10)], {
      jabatanTunggal: true,
    });
    expect(h!.kode).toBe('PENUGASAN_JABATAN_TERISI');
  });
  test('a PLT on a held structural post is allowed (acting besides the definitive holder)', () => {
    expect(periksaPenugasan(p(2, 'PLT', '2025-01-01'), [], [pemegangLain], { jabatanTunggal: true })).toBeNull();
  });
  test('a PLT holder of the post does not block a definitive appointment', () => {
    const plt = p(51, 'PLT', '2024-01-01', null, 98, 10);
    expect(periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [], [plt], { jabatanTunggal: true })).toBeNull();
  });
  test('the same pegawai (ids as string vs number) is not "another holder"', () => {
    const sendiri = p(50, 'UTAMA', '2010-01-01', '2010-12-31', '1', 10);
    expect(
      periksaPenugasan(p(2, 'UTAMA', '2010-06-01', null, 1, 10), [], [sendiri], { jabatanTunggal: true }),
    ).toBeNull();
  });
  test('the row being updated is skipped in the holders list', () => {
    const diri = p(2, 'UTAMA', '2020-01-01', null, 99, 10);
    expect(periksaPenugasan(p(2, 'UTAMA', '2020-01-01', null, 1, 10), [], [diri], { jabatanTunggal: true })).toBeNull();
  });
  test("the pegawai's own UTAMA clash is reported before the post's holder", () => {
    const h = periksaPenugasan(p(2, 'UTAMA', '2025-01-01'), [p(1, 'UTAMA', '2020-01-01')], [pemegangLain], {
      jabatanTunggal: true,
    });
    expect(h!.kode).toBe('PENUGASAN_UTAMA_GANDA');
  });
});
