/**
 * PLT resolution and penilai at a date (domain.md §2: Pelaksana ← Pengawas ← Administrator ← Kepala OPD ←
 * Sekda ← Wali Kota; JF by the nearest structural superior; vacant posts passed over; a Plt rates in the
 * post's name).
 */
import {
  pemangkuPada,
  jabatanUtamaPada,
  penilaiPada,
  subpohon,
  sebagaiDari,
  URUTAN_PEMANGKU,
  type JabatanNode,
  type PemangkuData,
} from '../penilai';

const pm = (
  pegawaiId: number | string,
  jabatanId: number | string,
  jenis: PemangkuData['jenis'],
  tmtMulai: string,
  tmtAkhir: string | null = null,
): PemangkuData => ({
  pegawaiId,
  jabatanId,
  jenis,
  tmtMulai,
  tmtAkhir,
});

describe('sebagaiDari and precedence', () => {
  test.each([
    ['UTAMA', 'DEFINITIF'],
    ['PLT', 'PLT'],
    ['PLH', 'PLH'],
    ['PJ', 'PJ'],
  ] as const)('%s → %s', (jenis, sebagai) => expect(sebagaiDari(jenis)).toBe(sebagai));
  test('definitive before Pj before Plt before Plh', () =>
    expect(URUTAN_PEMANGKU).toEqual(['UTAMA', 'PJ', 'PLT', 'PLH']));
});

describe('pemangkuPada (who holds post J on date D)', () => {
  const J = 10;
  test('vacant post → null', () => {
    expect(pemangkuPada(J, [], '2025-01-01')).toBeNull();
    expect(pemangkuPada(J, [pm(1, 11, 'UTAMA', '2020-01-01')], '2025-01-01')).toBeNull();
  });
  test('ended and not-yet-started holdings are ignored', () => {
    const data = [pm(1, J, 'UTAMA', '2020-01-01', '2024-12-31'), pm(2, J, 'UTAMA', '2025-02-01')];
    expect(pemangkuPada(J, data, '2025-01-15')).toBeNull();
    expect(pemangkuPada(J, data, '2024-12-31')).toEqual({ pegawaiId: 1, jabatanId: J, sebagai: 'DEFINITIF' });
    expect(pemangkuPada(J, data, '2025-02-01')).toEqual({ pegawaiId: 2, jabatanId: J, sebagai: 'DEFINITIF' });
  });
  // every pair of kinds active at once: the higher precedence wins
  const pasangan: [PemangkuData['jenis'], PemangkuData['jenis'], string][] = [
    ['UTAMA', 'PJ', 'DEFINITIF'],
    ['UTAMA', 'PLT', 'DEFINITIF'],
    ['UTAMA', 'PLH', 'DEFINITIF'],
    ['PJ', 'PLT', 'PJ'],
    ['PJ', 'PLH', 'PJ'],
    ['PLT', 'PLH', 'PLT'],
  ];
  test.each(pasangan)('%s and %s at once → %s', (a, b, menang) => {
    const x = pm(1, J, a, '2025-01-01');
    const y = pm(2, J, b, '2025-01-01');
    const pemenang = menang === 'DEFINITIF' || menang === a ? 1 : 2;
    expect(pemangkuPada(J, [y, x], '2025-03-01')).toEqual({ pegawaiId: pemenang, jabatanId: J, sebagai: menang });
    expect(pemangkuPada(J, [x, y], '2025-03-01')).toEqual({ pegawaiId: pemenang, jabatanId: J, sebagai: menang });
  });
  test('two holders of the same kind: the most recent start wins', () => {
    const data = [pm(1, J, 'PLH', '2025-01-01', '2025-12-31'), pm(2, J, 'PLH', '2025-03-01', '2025-03-10')];
    expect(pemangkuPada(J, data, '2025-03-05')!.pegawaiId).toBe(2);
    expect(pemangkuPada(J, [...data].reverse(), '2025-03-05')!.pegawaiId).toBe(2);
    expect(pemangkuPada(J, data, '2025-03-11')!.pegawaiId).toBe(1);
  });
  test('ids compare as strings ("10" = 10)', () => {
    expect(pemangkuPada('10', [pm(1, 10, 'UTAMA', '2020-01-01')], '2025-01-01')!.pegawaiId).toBe(1);
    expect(pemangkuPada(10, [pm(1, '10', 'PLT', '2020-01-01')], '2025-01-01')).toEqual({
      pegawaiId: 1,
      jabatanId: '10',
      sebagai: 'PLT',
    });
  });
});

describe('jabatanUtamaPada', () => {
  const data = [
    pm(1, 10, 'UTAMA', '2020-01-01', '2024-12-31'),
    pm(1, 20, 'UTAMA', '2025-01-01'),
    pm(1, 30, 'PLT', '2025-01-01'),
    pm(2, 40, 'UTAMA', '2020-01-01'),
  ];
  test.each([
    ['2019-12-31', null],
    ['2024-06-01', 10],
    ['2025-01-01', 20],
    ['2030-01-01', 20],
  ])('pegawai 1 on %s → %p', (tanggal, jabatan) => expect(jabatanUtamaPada(1, data, tanggal)).toBe(jabatan));
  test('a Plt is not the definitive post', () =>
    expect(jabatanUtamaPada(1, [pm(1, 30, 'PLT', '2025-01-01')], '2025-06-01')).toBeNull());
  test('string id', () => expect(jabatanUtamaPada('2', data, '2025-06-01')).toBe(40));
});

/*
 * The tree of the tests (Kota Madiun-like):
 *   1 Sekda (JPT) ← Wali Kota (not a post)
 *   └ 2 Kepala Dinas (JPT)
 *     ├ 3 Kabid Aplikasi (JA Administrator)
 *     │ ├ 4 Kasi (JA Pengawas)
 *     │ │ └ 5 Pelaksana (JA)
 *     │ ├ 6 Pranata Komputer Ahli Muda (JF)
 *     │ │ └ 7 Pranata Komputer Ahli Pertama (JF)   (atasan is a JF post: skipped)
 *     │ └ 12 Pelaksana directly under the Kabid (JA)
 *     └ 8 Kabid Persandian (JA Administrator, vacant)
 *       └ 9 Pelaksana Persandian (JA)
 */
const node = (id: number, atasanId: number | null, jenis: JabatanNode['jenis'], nama = ''): JabatanNode => ({
  id,
  atasanId,
  jenis,
  nama,
});
const POHON = [
  node(1, null, 'JPT', 'Sekda'),
  node(2, 1, 'JPT', 'Kepala Dinas'),
  node(3, 2, 'JA', 'Kabid Aplikasi'),
  node(4, 3, 'JA', 'Kasi'),
  node(5, 4, 'JA', 'Pelaksana'),
  node(6, 3, 'JF', 'Ahli Muda'),
  node(7, 6, 'JF', 'Ahli Pertama'),
  node(8, 2, 'JA', 'Kabid Persandian'),
  node(9, 8, 'JA', 'Pelaksana Persandian'),
  node(12, 3, 'JA', 'Pelaksana Aplikasi'),
];
const peta = (nodes: JabatanNode[]) => new Map(nodes.map((n) => [String(n.id), n]));
const PETA = peta(POHON);

// pegawai ids: 101 Sekda, 102 Kadis, 103 Kabid Aplikasi, 104 Kasi, 105 Pelaksana, 106 JF Muda,
// 107 JF Pertama, 106 also Plt Kabid Persandian from 2025-03-01 to 2025-12-31, 109 Pelaksana Persandian
const PENUGASAN: PemangkuData[] = [
  pm(101, 1, 'UTAMA', '2018-01-01'),
  pm(102, 2, 'UTAMA', '2019-01-01'),
  pm(103, 3, 'UTAMA', '2020-01-01'),
  pm(104, 4, 'UTAMA', '2020-01-01', '2025-04-30'),
  pm(105, 5, 'UTAMA', '2021-01-01'),
  pm(106, 6, 'UTAMA', '2021-01-01'),
  pm(107, 7, 'UTAMA', '2022-01-01'),
  pm(109, 9, 'UTAMA', '2021-01-01'),
  pm(110, 12, 'UTAMA', '2021-01-01'),
  pm(111, 3, 'PLT', '2025-03-01', '2025-12-31'),
  pm(103, 8, 'PLT', '2025-03-01', '2025-12-31'),
];

describe('penilaiPada (rule table)', () => {
  test.each([
    // [case, jabatan, tanggal, rated pegawai, expected pegawai, expected sebagai]
    ['pelaksana ← pengawas', 5, '2025-01-15', 105, 104, 'DEFINITIF'],
    ['pelaksana ← administrator when the pengawas post is vacant', 5, '2025-05-01', 105, 103, 'DEFINITIF'],
    ['pengawas ← administrator', 4, '2025-01-15', 104, 103, 'DEFINITIF'],
    ['pelaksana directly under an administrator', 12, '2025-01-15', 110, 103, 'DEFINITIF'],
    ['administrator ← Kepala OPD', 3, '2025-01-15', 103, 102, 'DEFINITIF'],
    ['Kepala OPD ← Sekda', 2, '2025-01-15', 102, 101, 'DEFINITIF'],
    ['JF ← nearest structural superior', 6, '2025-01-15', 106, 103, 'DEFINITIF'],
    ['JF whose atasan is a JF post: the JF post is skipped', 7, '2025-01-15', 107, 103, 'DEFINITIF'],
    ['pelaksana under a vacant post, before the Plt → Kepala OPD', 9, '2025-02-28', 109, 102, 'DEFINITIF'],
    ['pelaksana under a vacant post, the Plt start day → the Plt holder', 9, '2025-03-01', 109, 103, 'PLT'],
    ['pelaksana under a vacant post, during the Plt', 9, '2025-06-01', 109, 103, 'PLT'],
    ['pelaksana under a vacant post, last Plt day', 9, '2025-12-31', 109, 103, 'PLT'],
    ['pelaksana under a vacant post, after the Plt → Kepala OPD', 9, '2026-01-01', 109, 102, 'DEFINITIF'],
    ['a definitive holder beats a Plt on the same post', 12, '2025-06-01', 110, 103, 'DEFINITIF'],
  ] as [string, number, string, number, number, string][])('%s', (_n, jabatan, tanggal, dinilai, penilai, sebagai) => {
    expect(penilaiPada(jabatan, PETA, PENUGASAN, tanggal, dinilai)).toEqual({
      pegawaiId: penilai,
      jabatanId: expect.anything(),
      sebagai,
    });
  });

  test('the post of the returned penilai is the one he holds', () => {
    expect(penilaiPada(9, PETA, PENUGASAN, '2025-06-01', 109)).toEqual({
      pegawaiId: 103,
      jabatanId: 8,
      sebagai: 'PLT',
    });
    expect(penilaiPada(5, PETA, PENUGASAN, '2025-06-01', 105)).toEqual({
      pegawaiId: 103,
      jabatanId: 3,
      sebagai: 'DEFINITIF',
    });
  });

  test('the top of the tree (Sekda, rated by the Wali Kota) → null', () => {
    expect(penilaiPada(1, PETA, PENUGASAN, '2025-01-15', 101)).toBeNull();
  });

  test('everything above vacant → null', () => {
    expect(penilaiPada(5, PETA, [], '2025-01-15', 105)).toBeNull();
  });

  test('before anyone held anything → null', () => {
    expect(penilaiPada(5, PETA, PENUGASAN, '2017-01-01', 105)).toBeNull();
  });

  test('rated for the post he holds as Plt, the chain starts at that post', () => {
    // Kabid Aplikasi (103) is Plt of Kabid Persandian (8); rated for that Plt post, the chain is 8 → 2.
    expect(penilaiPada(8, PETA, PENUGASAN, '2025-06-01', 103)).toEqual({
      pegawaiId: 102,
      jabatanId: 2,
      sebagai: 'DEFINITIF',
    });
  });

  test('the rated pegawai himself is skipped (he also acts in the post above his own)', () => {
    // 104 (Kasi) is also Plh of the Kabid post in January, the definitive Kabid and the other Plt removed
    const data = [...PENUGASAN, pm(104, 3, 'PLH', '2025-01-01', '2025-01-31')];
    const tanpaDefinitif = data.filter((x) => !(x.pegawaiId === 103 && x.jabatanId === 3) && x.pegawaiId !== 111);
    expect(penilaiPada(4, PETA, tanpaDefinitif, '2025-01-15', 104)).toEqual({
      pegawaiId: 102,
      jabatanId: 2,
      sebagai: 'DEFINITIF',
    });
  });

  test('without the rated pegawai id, the holder is returned even if it is the same person', () => {
    const data = [pm(104, 4, 'UTAMA', '2020-01-01'), pm(104, 3, 'PLT', '2025-01-01')];
    expect(penilaiPada(4, PETA, data, '2025-06-01')).toEqual({ pegawaiId: 104, jabatanId: 3, sebagai: 'PLT' });
    expect(penilaiPada(4, PETA, data, '2025-06-01', 104)).toBeNull();
  });

  test('the rated id compares as a string', () => {
    const data = [
      pm(104, 4, 'UTAMA', '2020-01-01'),
      pm('104', 3, 'PLT', '2025-01-01'),
      pm(102, 2, 'UTAMA', '2019-01-01'),
    ];
    expect(penilaiPada(4, PETA, data, '2025-06-01', 104)!.pegawaiId).toBe(102);
  });

  test('a JF holder above is never the penilai, even when the post is held', () => {
    // 7's atasan 6 is held by 106 (JF): the penilai is 103, not 106
    expect(penilaiPada(7, PETA, PENUGASAN, '2025-01-15', 107)!.pegawaiId).toBe(103);
  });

  test('Plh and Pj rate in the post name too', () => {
    const data = [pm(1, 4, 'PLH', '2025-01-01', '2025-01-31'), pm(2, 4, 'PJ', '2025-02-01', '2025-02-28')];
    expect(penilaiPada(5, PETA, data, '2025-01-15', 105)).toEqual({ pegawaiId: 1, jabatanId: 4, sebagai: 'PLH' });
    expect(penilaiPada(5, PETA, data, '2025-02-15', 105)).toEqual({ pegawaiId: 2, jabatanId: 4, sebagai: 'PJ' });
  });

  test('a cycle in the tree → null (refuses to guess)', () => {
    const siklus = peta([node(20, 21, 'JA'), node(21, 22, 'JA'), node(22, 20, 'JA')]);
    expect(penilaiPada(20, siklus, [], '2025-01-01', 1)).toBeNull();
    // only the rated pegawai holds posts in the loop: still null, and it terminates
    expect(
      penilaiPada(20, siklus, [pm(1, 21, 'UTAMA', '2020-01-01'), pm(1, 22, 'PLT', '2020-01-01')], '2025-01-01', 1),
    ).toBeNull();
  });

  test('a post that is its own atasan → null', () => {
    expect(penilaiPada(30, peta([node(30, 30, 'JA')]), [pm(5, 30, 'UTAMA', '2020-01-01')], '2025-01-01', 6)).toBeNull();
  });

  test('a cycle above a held post still finds the holder below the loop', () => {
    const m = peta([node(40, 41, 'JA'), node(41, 42, 'JA'), node(42, 41, 'JA')]);
    expect(penilaiPada(40, m, [pm(9, 41, 'UTAMA', '2020-01-01')], '2025-01-01', 1)).toEqual({
      pegawaiId: 9,
      jabatanId: 41,
      sebagai: 'DEFINITIF',
    });
  });

  test('an atasan missing from the map → null', () => {
    expect(penilaiPada(50, peta([node(50, 999, 'JA')]), [], '2025-01-01', 1)).toBeNull();
  });

  test('an unknown starting post → null', () => {
    expect(penilaiPada(12345, PETA, PENUGASAN, '2025-01-01', 1)).toBeNull();
  });

  test('string ids in the map and the data work like numbers', () => {
    const m = new Map<string, JabatanNode>([
      ['a', { id: 'a', atasanId: 'b', jenis: 'JA' }],
      ['b', { id: 'b', atasanId: null, jenis: 'JPT' }],
    ]);
    expect(penilaiPada('a', m, [pm('p2', 'b', 'UTAMA', '2020-01-01')], '2025-01-01', 'p1')).toEqual({
      pegawaiId: 'p2',
      jabatanId: 'b',
      sebagai: 'DEFINITIF',
    });
  });
});

describe('subpohon (posts below the roots)', () => {
  const ids = (s: Set<string>) => [...s].sort((a, b) => Number(a) - Number(b));
  test.each([
    ['Kepala Dinas: everything below, not itself', [2], ['3', '4', '5', '6', '7', '8', '9', '12']],
    ['Kabid Aplikasi', [3], ['4', '5', '6', '7', '12']],
    ['Kasi', [4], ['5']],
    ['a leaf', [5], []],
    ['Sekda: the whole tree but itself', [1], ['2', '3', '4', '5', '6', '7', '8', '9', '12']],
    ['two roots (one of them Plt)', [4, 8], ['5', '9']],
    ['a root inside another root: roots excluded', [3, 4], ['5', '6', '7', '12']],
    ['an unknown root', [999], []],
    ['no roots', [], []],
    ['string roots', ['8'], ['9']],
  ] as [string, (number | string)[], string[]][])('%s', (_n, akar, hasil) => {
    expect(ids(subpohon(akar, POHON))).toEqual(hasil);
  });
  test('cycles terminate', () => {
    const siklus = [node(20, 21, 'JA'), node(21, 22, 'JA'), node(22, 20, 'JA'), node(23, 22, 'JA')];
    const hasil = subpohon([20], siklus);
    expect(hasil.has('20')).toBe(false);
    expect([...hasil].sort()).toEqual(['21', '22', '23']);
  });
  test('accepts any iterable of posts', () => {
    expect(ids(subpohon([8], new Set(POHON)))).toEqual(['9']);
  });
});
