/**
 * The version in force of a revised RHK (issue 10 item 3: the approved version stays in force until the
 * revision is approved): which renaksi count while a revision is pending, and the penilai's old → new per
 * field.
 */
import {
  aturanSetujuiRevisi,
  barisBerlaku,
  bacaVersi,
  perubahanRhk,
  realisasiTertinggal,
  renaksiBerlaku,
  versiDariBaris,
  type VersiRhk,
} from '../versi';

const RHK = {
  jenis: 'UTAMA',
  uraian: 'Terkelolanya jaringan',
  urutan: 1,
  perspektif: null,
  rhk_atasan: { documentId: 'A1', uraian: 'RHK Kabid' },
  is_sasaran_prioritas: false,
};
const IKI = {
  id: 10,
  documentId: 'I10',
  uraian: 'Ketersediaan jaringan',
  aspek: 'KUALITAS',
  target_teks: '3',
  target_min: '3',
  target_max: '3',
  satuan: 'laporan',
  polaritas: 'NAIK',
  sifat_target: 'NON_KUMULATIF',
  urutan: 1,
};
const RENAKSI = {
  id: 20,
  documentId: 'R20',
  uraian: 'Memantau jaringan',
  urutan: 1,
  periode: 'BULANAN',
  satuan: 'laporan',
  polaritas: 'NAIK',
  target: [
    { bulan: 1, nilai: 3 },
    { bulan: 2, nilai: 3 },
  ],
  sebagai_rtp: false,
};

const lama = versiDariBaris(RHK, [IKI], [RENAKSI], '2026-03-01T00:00:00.000Z');
const ubah = (f: (v: VersiRhk) => void): VersiRhk => {
  const v = JSON.parse(JSON.stringify(lama));
  f(v);
  return v;
};

describe('versiDariBaris / bacaVersi', () => {
  test('freezes the fields that count, numbers as numbers, ordered', () => {
    expect(lama.iki[0]).toMatchObject({
      id: 10,
      target_teks: '3',
      target_min: 3,
      target_max: 3,
      disembunyikan: false,
      duplikat_dari: null,
    });
    expect(lama.renaksi[0].target).toEqual([
      { bulan: 1, nilai: 3 },
      { bulan: 2, nilai: 3 },
    ]);
    expect(lama.rhk.rhk_atasan).toEqual({ documentId: 'A1', uraian: 'RHK Kabid' });
  });
  test.each<[string, unknown, boolean]>([
    ['object', lama, true],
    ['JSON text', JSON.stringify(lama), true],
    ['null', null, false],
    ['an object without renaksi', { rhk: {} }, false],
  ])('bacaVersi(%s)', (_n, x, ada) => {
    expect(bacaVersi(x) != null).toBe(ada);
  });
});

describe('renaksiBerlaku: the renaksi in force for a live row', () => {
  const hidup = { id: 20, target: [{ bulan: 1, nilai: 4 }], polaritas: 'NAIK' };
  test.each<[string, { id: number }, VersiRhk | null, unknown]>([
    ['no revision: the live row', hidup, null, hidup],
    ['revision pending: the approved copy', hidup, lama, lama.renaksi[0]],
    ['added by the revision: not in force', { id: 99 }, lama, null],
  ])('%s', (_n, row, versi, hasil) => {
    expect(renaksiBerlaku(row, versi)).toEqual(hasil);
  });
});

describe('barisBerlaku: plan rows in force', () => {
  type Baris = { id: number; rhk: number; target: unknown; nilai: number | null };
  const dari = (x: any, rhk: number, _v: VersiRhk, h: Baris | undefined): Baris => ({
    id: x.id,
    rhk,
    target: x.target,
    nilai: h?.nilai ?? null,
  });
  const hidup: Baris[] = [
    { id: 20, rhk: 5, target: [{ bulan: 1, nilai: 4 }], nilai: 3 }, // changed by the revision
    { id: 21, rhk: 5, target: [{ bulan: 1, nilai: 1 }], nilai: null }, // added by the revision
    { id: 30, rhk: 6, target: [{ bulan: 1, nilai: 2 }], nilai: 2 }, // another RHK, not revised
  ];
  test.each<[string, Map<number, VersiRhk>, Baris[]]>([
    ['no revision: unchanged', new Map(), hidup],
    [
      'RHK 5 under revision: approved targets back, the added one dropped, realisasi kept',
      new Map([[5, lama]]),
      [
        { id: 30, rhk: 6, target: [{ bulan: 1, nilai: 2 }], nilai: 2 },
        { id: 20, rhk: 5, target: lama.renaksi[0].target, nilai: 3 },
      ],
    ],
    [
      'a renaksi deleted during the revision comes back (no realisasi)',
      new Map([[5, lama]]),
      [{ id: 20, rhk: 5, target: lama.renaksi[0].target, nilai: null }],
    ],
  ])('%s', (nama, versi, hasil) => {
    const masuk = nama.startsWith('a renaksi deleted') ? [] : hidup;
    expect(barisBerlaku(masuk, (b) => b.rhk, versi, dari)).toEqual(hasil);
  });
});

describe('perubahanRhk: old → new per field', () => {
  test.each<[string, VersiRhk, unknown[]]>([
    ['nothing changed', lama, []],
    [
      'IKI target 3 → 4',
      ubah((v) => (v.iki[0].target_teks = '4')),
      [{ objek: 'IKI', id: 'I10', nama: 'Ketersediaan jaringan', field: 'target', lama: '3', baru: '4' }],
    ],
    [
      'renaksi target of one month, and a month added',
      ubah(
        (v) =>
          (v.renaksi[0].target = [
            { bulan: 1, nilai: 3 },
            { bulan: 2, nilai: 5 },
            { bulan: 3, nilai: 1 },
          ]),
      ),
      [
        { objek: 'RENAKSI', id: 'R20', nama: 'Memantau jaringan', field: 'target_bulan_2', lama: 3, baru: 5 },
        { objek: 'RENAKSI', id: 'R20', nama: 'Memantau jaringan', field: 'target_bulan_3', lama: null, baru: 1 },
      ],
    ],
    [
      'RHK text and RHK atasan',
      ubah((v) => {
        v.rhk.uraian = 'Terkelolanya jaringan kota';
        v.rhk.rhk_atasan = { documentId: 'A2', uraian: 'RHK lain' };
      }),
      [
        {
          objek: 'RHK',
          id: 'H1',
          nama: 'Terkelolanya jaringan kota',
          field: 'uraian',
          lama: 'Terkelolanya jaringan',
          baru: 'Terkelolanya jaringan kota',
        },
        {
          objek: 'RHK',
          id: 'H1',
          nama: 'Terkelolanya jaringan kota',
          field: 'rhk_atasan',
          lama: 'RHK Kabid',
          baru: 'RHK lain',
        },
      ],
    ],
    [
      'renaksi added, IKI removed',
      ubah((v) => {
        v.iki = [];
        v.renaksi.push({ ...v.renaksi[0], id: 21, documentId: 'R21', uraian: 'Kajian baru' });
      }),
      [
        {
          objek: 'IKI',
          id: 'I10',
          nama: 'Ketersediaan jaringan',
          field: 'ada',
          lama: 'Ketersediaan jaringan',
          baru: null,
        },
        { objek: 'RENAKSI', id: 'R21', nama: 'Kajian baru', field: 'ada', lama: null, baru: 'Kajian baru' },
      ],
    ],
    [
      'renaksi polaritas',
      ubah((v) => (v.renaksi[0].polaritas = 'TURUN')),
      [{ objek: 'RENAKSI', id: 'R20', nama: 'Memantau jaringan', field: 'polaritas', lama: 'NAIK', baru: 'TURUN' }],
    ],
  ])('%s', (_n, baru, hasil) => {
    expect(perubahanRhk(lama, baru, 'H1')).toEqual(hasil);
  });
});

describe('realisasiTertinggal: approval never orphans a stored realisasi (issue 10 item 3)', () => {
  const A = {
    id: 1,
    documentId: 'RA',
    uraian: 'A',
    target: [
      { bulan: 3, nilai: 2 },
      { bulan: 4, nilai: 2 },
    ],
  };
  const B = {
    id: 2,
    documentId: 'RB',
    uraian: 'B',
    target: JSON.stringify([{ bulan: 4, nilai: 1 }]),
    dihapus_dalam_revisi: '2026-04-02T00:00:00.000Z',
  };
  const C = { id: 3, documentId: 'RC', uraian: 'C', target: [{ bulan: 4, nilai: 1 }], dihapus_dalam_revisi: null };
  test.each([
    ['no realisasi', [], []],
    [
      'realisasi of months kept',
      [
        { renaksiId: 1, bulan: 3 },
        { renaksiId: 3, bulan: 4 },
      ],
      [],
    ],
    [
      'a month whose target the revision removed',
      [{ renaksiId: 1, bulan: 5 }],
      [{ renaksi: 'RA', uraian: 'A', bulan: 5, sebab: 'BULAN_DIHAPUS' }],
    ],
    [
      'a renaksi deleted in the revision (its months still planned)',
      [{ renaksiId: 2, bulan: 4 }],
      [{ renaksi: 'RB', uraian: 'B', bulan: 4, sebab: 'RENAKSI_DIHAPUS' }],
    ],
    ['realisasi of another RHK ignored', [{ renaksiId: 9, bulan: 1 }], []],
    [
      'ordered by renaksi then month',
      [
        { renaksiId: 2, bulan: 4 },
        { renaksiId: 1, bulan: 7 },
        { renaksiId: 1, bulan: 5 },
      ],
      [
        { renaksi: 'RA', uraian: 'A', bulan: 5, sebab: 'BULAN_DIHAPUS' },
        { renaksi: 'RA', uraian: 'A', bulan: 7, sebab: 'BULAN_DIHAPUS' },
        { renaksi: 'RB', uraian: 'B', bulan: 4, sebab: 'RENAKSI_DIHAPUS' },
      ],
    ],
  ])('%s', (_n, realisasi, hasil) => {
    expect(realisasiTertinggal([A, B, C], realisasi as any)).toEqual(hasil);
  });
});

describe('aturanSetujuiRevisi (approval never orphans a realisasi)', () => {
  test('nothing left behind: allowed', () => expect(aturanSetujuiRevisi([])).toEqual({ ok: true }));
  test('409 REVISI_MENINGGALKAN_REALISASI naming each realisasi and why', () => {
    const tertinggal = [
      { renaksi: 'a', uraian: 'Rapat', bulan: 2, sebab: 'RENAKSI_DIHAPUS' as const },
      { renaksi: 'b', uraian: 'Laporan', bulan: 11, sebab: 'BULAN_DIHAPUS' as const },
    ];
    expect(aturanSetujuiRevisi(tertinggal)).toEqual({
      ok: false,
      status: 409,
      kode: 'REVISI_MENINGGALKAN_REALISASI',
      pesan:
        'Revisi belum dapat disetujui karena realisasi berikut sudah diisi tetapi tidak lagi mempunyai rencana dalam revisi: ' +
        '"Rapat" bulan Februari (rencana aksinya dihapus); "Laporan" bulan November (target bulannya dihapus). ' +
        'Pemilik SKP perlu memulihkan rencana aksi atau target bulan tersebut lebih dulu.',
      detail: { realisasi: tertinggal },
    });
  });
});
