import type { InovasiRhk, JejakTarik } from '../jenis';
import { kanonik, normalUraian, rencanaTarik, SATUAN_RENAKSI_EKAK } from '../rencana';
import { data, iki, ikiEkak, lokal, NIP, renaksi, renaksiEkak, rhk, rhkEkak, skp, TAHUN } from './contoh';

const jejak = (nilai: Record<string, unknown>, dipertahankan?: Record<string, unknown>): JejakTarik => ({
  nilai,
  ...(dipertahankan ? { dipertahankan } : {}),
});
const satu = (r: ReturnType<typeof rencanaTarik>, kunci: string) => r.butir.find((b) => b.kunci === kunci)!;

describe('one field: M-SKP, eKAK and the value at the last pull', () => {
  // uraian of the RHK; eKAK always says "B"
  it.each([
    ['equal to eKAK', 'B', jejak({ uraian: 'A' }), undefined, 'TETAP', null],
    ['equal to eKAK, never pulled', 'B', null, undefined, 'TETAP', null],
    ['unchanged since the last pull, eKAK changed it', 'A', jejak({ uraian: 'A' }), undefined, 'UBAH', false],
    ['changed in M-SKP since the last pull', 'C', jejak({ uraian: 'A' }), undefined, 'KONFLIK', true],
    ['changed in M-SKP, eKAK unchanged', 'C', jejak({ uraian: 'B' }), undefined, 'KONFLIK', true],
    [
      'changed in M-SKP, this eKAK value already declined',
      'C',
      jejak({ uraian: 'B' }, { uraian: 'B' }),
      undefined,
      'TETAP',
      null,
    ],
    [
      'changed in M-SKP, another eKAK value declined before',
      'C',
      jejak({ uraian: 'A' }, { uraian: 'A' }),
      undefined,
      'KONFLIK',
      true,
    ],
    ['never pulled and different (default)', 'C', null, undefined, 'KONFLIK', true],
    ['never pulled and different, tanpaJejak UBAH', 'C', null, 'UBAH', 'UBAH', false],
    ['pulled before, but not this field', 'C', jejak({ satuan: 'x' }), undefined, 'KONFLIK', true],
  ] as const)('%s', (_n, nilaiLokal, jejakLama, tanpaJejak, aksi, konflik) => {
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({}, { uraian: 'B' })], iki: [], renaksi: [] }),
      lokal({ rhk: [rhk({ uraian: nilaiLokal, ekak_tarik: jejakLama })], iki: [], renaksi: [] }),
      tanpaJejak ? { tanpaJejak } : {},
    );
    const b = satu(r, 'sasaran:12');
    expect(b.aksi).toBe(aksi);
    expect(b.perubahan.map((p) => p.konflik)).toEqual(konflik === null ? [] : [konflik]);
    if (konflik !== null) expect(b.perubahan[0]).toMatchObject({ bidang: 'uraian', lama: nilaiLokal, baru: 'B' });
  });

  it('the value at the last pull is shown with a conflict', () => {
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({}, { uraian: 'B' })] }),
      lokal({ rhk: [rhk({ uraian: 'C', ekak_tarik: jejak({ uraian: 'A' }) })] }),
    );
    expect(satu(r, 'sasaran:12').perubahan).toEqual([
      { bidang: 'uraian', lama: 'C', baru: 'B', konflik: true, nilai_tarik_lalu: 'A' },
    ]);
  });
});

describe('every pulled field and flag', () => {
  const pulled = (ubah: Partial<Record<string, unknown>>) => jejak({ ...rhkEkak().nilai, rhk_atasan: null, ...ubah });
  it.each([
    ['RHK uraian', 'sasaran:12', { rhk: [rhkEkak({}, { uraian: 'Baru' })] }, 'uraian', 'Baru'],
    [
      'is_sasaran_prioritas',
      'sasaran:12',
      { rhk: [rhkEkak({}, { is_sasaran_prioritas: true })] },
      'is_sasaran_prioritas',
      true,
    ],
    [
      'is_perintah_walikota',
      'sasaran:12',
      { rhk: [rhkEkak({}, { is_perintah_walikota: true })] },
      'is_perintah_walikota',
      true,
    ],
    ['IKI uraian', 'indikator:40', { iki: [ikiEkak({}, { uraian: 'Baru' })] }, 'uraian', 'Baru'],
    ['IKI target', 'indikator:40', { iki: [ikiEkak({}, { target_teks: '80-90' })] }, 'target_teks', '80-90'],
    ['IKI satuan', 'indikator:40', { iki: [ikiEkak({}, { satuan: 'aplikasi' })] }, 'satuan', 'aplikasi'],
    ['renaksi uraian', 'renaksi:7', { renaksi: [renaksiEkak({}, { uraian: 'Baru' })] }, 'uraian', 'Baru'],
    ['renaksi urutan', 'renaksi:7', { renaksi: [renaksiEkak({}, { urutan: 3 })] }, 'urutan', 3],
    ['renaksi RTP marker', 'renaksi:7', { renaksi: [renaksiEkak({}, { sebagai_rtp: true })] }, 'sebagai_rtp', true],
    [
      'renaksi anggaran (information)',
      'renaksi:7',
      { renaksi: [renaksiEkak({}, { anggaran: 7000000 })] },
      'anggaran',
      7000000,
    ],
    [
      'renaksi monthly targets (aksis)',
      'renaksi:7',
      { renaksi: [renaksiEkak({}, { target: [{ bulan: 3, nilai: 100 }] })] },
      'target',
      [{ bulan: 3, nilai: 100 }],
    ],
  ] as const)('%s: changed in eKAK only → UBAH with old → new', (_n, kunci, ubah, bidang, baru) => {
    const awal = data();
    const l = lokal({
      rhk: [rhk({ ekak_tarik: pulled({}) })],
      iki: [iki({ ekak_tarik: jejak({ ...ikiEkak().nilai }) })],
      renaksi: [renaksi({ ekak_tarik: jejak({ ...renaksiEkak().nilai }) })],
    });
    expect(rencanaTarik(awal, l).jumlah).toEqual({ buat: 0, ubah: 0, tetap: 3, konflik: 0 });
    const r = rencanaTarik(data(ubah as object), l);
    const b = satu(r, kunci);
    expect(b.aksi).toBe('UBAH');
    expect(b.perubahan).toHaveLength(1);
    expect(b.perubahan[0]).toMatchObject({ bidang, baru, konflik: false });
    expect(b.tulis[bidang]).toEqual(baru);
    expect(r.jumlah).toEqual({ buat: 0, ubah: 1, tetap: 2, konflik: 0 });
  });

  it('terdapat_inovasi with its details', () => {
    const inovasi = { judul: 'Sapa Madiun', manfaat: 'Satu aplikasi', tahap: 'UJI_COBA', deskripsi: 'Super app' };
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({}, { terdapat_inovasi: true, inovasi })] }),
      lokal({ rhk: [rhk({ ekak_tarik: pulled({}) })] }),
    );
    expect(satu(r, 'sasaran:12').perubahan).toEqual([
      { bidang: 'terdapat_inovasi', lama: false, baru: true, konflik: false, nilai_tarik_lalu: false },
      { bidang: 'inovasi', lama: null, baru: inovasi, konflik: false, nilai_tarik_lalu: null },
    ]);
  });

  it("M-SKP's loose types compare equal: bigint anggaran as text, inovasi keys in any order or missing, target months unordered", () => {
    const inovasi = { judul: 'J', manfaat: null, tahap: 'UJI_COBA', deskripsi: 'D' };
    const r = rencanaTarik(
      data({
        rhk: [rhkEkak({}, { terdapat_inovasi: true, inovasi })],
        renaksi: [renaksiEkak({}, { anggaran: 5000000 })],
      }),
      lokal({
        rhk: [
          rhk({ terdapat_inovasi: true, inovasi: { deskripsi: 'D', tahap: 'UJI_COBA', judul: 'J' } as InovasiRhk }),
        ],
        renaksi: [
          renaksi({
            anggaran: '5000000' as unknown as number,
            target: [
              { bulan: 6, nilai: '50' as unknown as number },
              { bulan: 3, nilai: 50 },
            ],
          }),
        ],
      }),
    );
    expect(r.jumlah).toEqual({ buat: 0, ubah: 0, tetap: 3, konflik: 0 });
  });
});

describe('pairing eKAK records with M-SKP', () => {
  it('RHK by eKAK id, else by its text (case, spacing, punctuation folded), else new', () => {
    const r = rencanaTarik(
      data({
        rhk: [
          rhkEkak({ ekak_sasaran_id: '12' }, { uraian: 'Satu' }),
          rhkEkak({ ekak_sasaran_id: '13' }, { uraian: 'Dua, lagi' }),
          rhkEkak({ ekak_sasaran_id: '14' }, { uraian: 'Tiga' }),
        ],
        iki: [],
        renaksi: [],
      }),
      lokal({
        rhk: [
          rhk({ id: 'a', uraian: 'Satu', ekak_sasaran_id: '12' }),
          rhk({ id: 'b', uraian: '  dua   LAGI ', ekak_sasaran_id: null, urutan: 2 }),
          rhk({ id: 'c', uraian: 'Tiga', ekak_sasaran_id: '99', urutan: 3 }), // another eKAK record
        ],
        iki: [],
        renaksi: [],
      }),
      { tanpaJejak: 'UBAH' },
    );
    expect(r.butir.map((b) => [b.kunci, b.aksi, b.id])).toEqual([
      ['sasaran:12', 'TETAP', 'a'],
      ['sasaran:13', 'UBAH', 'b'],
      ['sasaran:14', 'BUAT', 'baru:sasaran:14'],
    ]);
    expect(satu(r, 'sasaran:13').tulis).toMatchObject({ uraian: 'Dua, lagi', ekak_sasaran_id: '13' });
    expect(normalUraian(' Dua,  lagi! ')).toBe('dua lagi');
  });

  it('IKI by eKAK id, else by position among the visible IKI without one (a hidden duplicate is skipped)', () => {
    const r = rencanaTarik(
      data({
        iki: [
          ikiEkak({ ekak_indikator_id: '41', urutan: 1 }, { uraian: 'Kedua' }),
          ikiEkak({ ekak_indikator_id: '40', urutan: 2 }, { uraian: 'Pertama' }),
        ],
        renaksi: [],
      }),
      lokal({
        iki: [
          iki({ id: 'i0', uraian: 'Duplikat', urutan: 1, disembunyikan: true, ekak_indikator_id: null }),
          iki({ id: 'i1', uraian: 'Pertama', urutan: 2, ekak_indikator_id: null }),
          iki({ id: 'i2', uraian: 'Kedua', urutan: 3, ekak_indikator_id: '41' }),
        ],
        renaksi: [],
      }),
    );
    expect(r.butir.filter((b) => b.jenis === 'IKI').map((b) => [b.kunci, b.id, b.aksi])).toEqual([
      ['indikator:41', 'i2', 'TETAP'],
      ['indikator:40', 'i1', 'TETAP'],
    ]);
    expect(satu(r, 'indikator:40').tulis).toMatchObject({ ekak_indikator_id: '40' });
  });

  it('renaksi by eKAK id, else by position in their RHK (the mock numbers those itself); one deleted in a revision is not revived', () => {
    const r = rencanaTarik(
      data({
        iki: [],
        renaksi: [
          renaksiEkak({ ekak_renaksi_id: 'RA-1', ekak_tahapan_id: 'TH-1' }, { uraian: 'A', urutan: 1 }),
          renaksiEkak({ ekak_renaksi_id: '2', ekak_tahapan_id: '2' }, { uraian: 'B', urutan: 2 }),
          renaksiEkak({ ekak_renaksi_id: '3', ekak_tahapan_id: '3' }, { uraian: 'C', urutan: 3 }),
        ],
      }),
      lokal({
        iki: [],
        renaksi: [
          renaksi({ id: 'rx', uraian: 'X', urutan: 1, ekak_renaksi_id: null, dihapus_dalam_revisi: '2026-02-01' }),
          renaksi({ id: 'rb', uraian: 'B', urutan: 2, ekak_renaksi_id: null, ekak_tahapan_id: null }),
          renaksi({ id: 'ra', uraian: 'A', urutan: 1, ekak_renaksi_id: 'RA-1', ekak_tahapan_id: 'TH-1' }),
        ],
      }),
    );
    expect(r.butir.filter((b) => b.jenis === 'RENAKSI').map((b) => [b.kunci, b.id, b.aksi])).toEqual([
      ['renaksi:RA-1', 'ra', 'TETAP'],
      ['renaksi:2', 'rb', 'TETAP'],
      ['renaksi:3', 'baru:renaksi:3', 'BUAT'],
    ]);
    expect(satu(r, 'renaksi:2').tulis).toMatchObject({ ekak_renaksi_id: '2', ekak_tahapan_id: '2' });
  });
});

describe('BUAT', () => {
  it('a new sasaran: the RHK in the UTAMA SKP (next urutan of its jenis), its IKI and renaksi under its placeholder', () => {
    const r = rencanaTarik(
      data({
        rhk: [rhkEkak({ ekak_sasaran_id: '20', ekak_indikator_id: '50', jenis: 'TAMBAHAN' }, { uraian: 'Baru' })],
        iki: [ikiEkak({ ekak_sasaran_id: '20', ekak_indikator_id: '50' })],
        renaksi: [renaksiEkak({ ekak_sasaran_id: '20', ekak_renaksi_id: '9', ekak_tahapan_id: '90' })],
      }),
      lokal({
        skp: [skp({ id: 'plt', utama: false }), skp({ id: 'skp-1' })],
        rhk: [rhk({ jenis: 'TAMBAHAN', urutan: 4 }), rhk({ id: 'u', urutan: 9 })],
      }),
    );
    expect(r.jumlah).toEqual({ buat: 3, ubah: 0, tetap: 0, konflik: 0 });
    const [b, i, a] = r.butir;
    expect(b).toMatchObject({ id: 'baru:sasaran:20', rhk: 'baru:sasaran:20', skp: 'skp-1', usulan_revisi: false });
    expect(b.tulis).toMatchObject({
      skp: 'skp-1',
      jenis: 'TAMBAHAN',
      urutan: 5,
      uraian: 'Baru',
      rhk_atasan: null,
      ekak_sasaran_id: '20',
      ekak_indikator_id: '50',
    });
    expect(b.perubahan.every((p) => p.lama === null && !p.konflik)).toBe(true);
    expect(i.tulis).toMatchObject({
      rhk: 'baru:sasaran:20',
      urutan: 1,
      uraian: 'Persentase aplikasi aktif',
      ekak_indikator_id: '50',
    });
    expect(a.tulis).toMatchObject({
      rhk: 'baru:sasaran:20',
      tahun: TAHUN,
      periode: 'BULANAN',
      satuan: SATUAN_RENAKSI_EKAK,
      ekak_renaksi_id: '9',
      ekak_tahapan_id: '90',
    });
    expect(a.tulis.ekak_tarik).toEqual({ nilai: renaksiEkak().nilai });
  });

  it('the RHK atasan: an M-SKP RHK found by eKAK id, or a sasaran created by the same pull (placeholder)', () => {
    const r = rencanaTarik(
      data({
        nip: [NIP, 'ATASAN'],
        rhk: [
          rhkEkak({ id_sasaran_atasan: '3' }),
          rhkEkak({ ekak_sasaran_id: '21', id_sasaran_atasan: '30' }, { uraian: 'Lain' }),
          rhkEkak({ nip: 'ATASAN', ekak_sasaran_id: '30' }, { uraian: 'Sasaran atasan' }),
        ],
        iki: [],
        renaksi: [],
      }),
      lokal({
        pegawai: [NIP, 'ATASAN'],
        skp: [skp(), skp({ id: 'skp-atasan', nip: 'ATASAN' })],
        rhk: [rhk({ rhk_atasan: 'lama' }), rhk({ id: 'x3', skp: 'skp-lain', ekak_sasaran_id: '3' })],
        iki: [],
        renaksi: [],
      }),
      { tanpaJejak: 'UBAH' },
    );
    expect(satu(r, 'sasaran:12').perubahan).toEqual([
      { bidang: 'rhk_atasan', lama: 'lama', baru: 'x3', konflik: false },
    ]);
    expect(satu(r, 'sasaran:21').tulis.rhk_atasan).toBe('baru:sasaran:30');
    expect(r.masalah).toEqual([]);
  });
});

describe('an approved SKP: a revision proposal, never a silent change', () => {
  const disetujui = (ubah = {}) => lokal({ skp: [skp({ status: 'DISETUJUI' })], ...ubah });

  it.each([
    ['the RHK itself changed in eKAK', data({ rhk: [rhkEkak({}, { uraian: 'Baru' })] }), 'sasaran:12'],
    ['one of its IKI changed in eKAK', data({ iki: [ikiEkak({}, { target_teks: '95' })] }), 'indikator:40'],
    ['one of its renaksi changed in eKAK', data({ renaksi: [renaksiEkak({}, { sebagai_rtp: true })] }), 'renaksi:7'],
    ['a new renaksi in eKAK', data({ renaksi: [renaksiEkak(), renaksiEkak({ ekak_renaksi_id: '8' })] }), 'renaksi:8'],
  ])('%s: the RHK is proposed for revision', (_n, d, kunci) => {
    const r = rencanaTarik(d, disetujui(), { tanpaJejak: 'UBAH' });
    expect(satu(r, kunci).usulan_revisi).toBe(true);
    expect(r.usulan_revisi).toEqual(['rhk-1']);
  });

  it('nothing changed: no proposal', () => {
    const r = rencanaTarik(data(), disetujui());
    expect(r.usulan_revisi).toEqual([]);
    expect(r.butir.some((b) => b.usulan_revisi)).toBe(false);
  });

  it('an RHK already reopened: changed in its working copy, no second proposal', () => {
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({}, { uraian: 'Baru' })] }),
      disetujui({ rhk: [rhk({ status_revisi: 'DRAFT' })] }),
      {
        tanpaJejak: 'UBAH',
      },
    );
    expect(satu(r, 'sasaran:12').usulan_revisi).toBe(true);
    expect(r.usulan_revisi).toEqual([]);
  });

  it('a new sasaran on an approved SKP is created as submitted (DIAJUKAN), not in force', () => {
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({ ekak_sasaran_id: '20' })], iki: [], renaksi: [] }),
      disetujui({ rhk: [] }),
    );
    expect(satu(r, 'sasaran:20')).toMatchObject({
      aksi: 'BUAT',
      usulan_revisi: true,
      tulis: { status_revisi: 'DIAJUKAN' },
    });
  });

  it('a conflict stays a conflict (nothing proposed)', () => {
    const r = rencanaTarik(data({ rhk: [rhkEkak({}, { uraian: 'Baru' })] }), disetujui());
    expect(satu(r, 'sasaran:12')).toMatchObject({ aksi: 'KONFLIK', usulan_revisi: false, tulis: {} });
    expect(r.usulan_revisi).toEqual([]);
  });
});

describe('problems: listed, never created', () => {
  it('a pegawai unknown to M-SKP', () => {
    const r = rencanaTarik(
      data({ nip: [NIP, '199001012020011001'], rhk: [rhkEkak({ nip: '199001012020011001' })] }),
      lokal(),
    );
    expect(r.masalah).toEqual([
      {
        jenis: 'PEGAWAI_TIDAK_DIKENAL',
        nip: '199001012020011001',
        pesan: 'Pegawai NIP 199001012020011001 tidak dikenal di M-SKP: 1 sasaran eKAK-nya tidak ditarik.',
      },
    ]);
    expect(r.butir).toEqual([]);
  });

  it('a pegawai with no SKP of the year (one of another year does not count)', () => {
    const r = rencanaTarik(data(), lokal({ skp: [skp({ tahun: TAHUN - 1 })] }));
    expect(r.masalah).toEqual([
      {
        jenis: 'SKP_TIDAK_ADA',
        nip: NIP,
        pesan: `Pegawai NIP ${NIP} belum punya SKP tahun ${TAHUN} di M-SKP: 1 sasaran eKAK tidak ditarik.`,
      },
    ]);
    expect(r.butir).toEqual([]);
  });

  it('an RHK atasan M-SKP does not hold: the link is left alone and named', () => {
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({ id_sasaran_atasan: '77' })] }),
      lokal({ rhk: [rhk({ rhk_atasan: 'lama' })] }),
    );
    expect(satu(r, 'sasaran:12').aksi).toBe('TETAP');
    expect(r.masalah).toEqual([
      {
        jenis: 'RHK_ATASAN_TIDAK_DITEMUKAN',
        nip: NIP,
        kunci: 'sasaran:12',
        pesan: 'RHK atasan (sasaran eKAK 77) dari sasaran 12 tidak ada di M-SKP: tautannya tidak diubah.',
      },
    ]);
  });

  it('no atasan in the answer (non-pohon endpoint): the link is not compared', () => {
    const r = rencanaTarik(
      data({ rhk: [rhkEkak({ id_sasaran_atasan: undefined })] }),
      lokal({ rhk: [rhk({ rhk_atasan: 'x' })] }),
    );
    expect(satu(r, 'sasaran:12').aksi).toBe('TETAP');
    expect(satu(r, 'sasaran:12').tulis.ekak_tarik).toEqual({ nilai: rhkEkak().nilai });
  });
});

describe('bookkeeping and counts', () => {
  it('TETAP links missing eKAK ids and records the pulled values; nothing when both are there', () => {
    const r1 = rencanaTarik(data(), lokal({ rhk: [rhk({ ekak_sasaran_id: null, ekak_indikator_id: null })] }));
    expect(satu(r1, 'sasaran:12')).toMatchObject({
      aksi: 'TETAP',
      tulis: {
        ekak_sasaran_id: '12',
        ekak_indikator_id: '40',
        ekak_tarik: { nilai: { ...rhkEkak().nilai, rhk_atasan: null } },
      },
    });
    const l = lokal({ rhk: [rhk({ ekak_tarik: jejak({ ...rhkEkak().nilai, rhk_atasan: null }) })] });
    expect(satu(rencanaTarik(data(), l), 'sasaran:12').tulis).toEqual({});
  });

  it('{buat, ubah, tetap, konflik} are the records of each kind', () => {
    const r = rencanaTarik(
      data({
        rhk: [rhkEkak({}, { uraian: 'Beda' }), rhkEkak({ ekak_sasaran_id: '20' }, { uraian: 'Lain' })],
        iki: [ikiEkak({}, { target_teks: '99' })],
      }),
      lokal({ iki: [iki({ ekak_tarik: jejak({ ...ikiEkak().nilai }) })] }),
    );
    const hitung = (a: string) => r.butir.filter((b) => b.aksi === a).length;
    expect(r.jumlah).toEqual({
      buat: hitung('BUAT'),
      ubah: hitung('UBAH'),
      tetap: hitung('TETAP'),
      konflik: hitung('KONFLIK'),
    });
    expect(r.jumlah).toEqual({ buat: 1, ubah: 1, tetap: 1, konflik: 1 });
  });

  it('kanonik folds key order and undefined', () => {
    expect(kanonik({ b: 1, a: [{ d: undefined, c: 2 }] })).toBe(kanonik({ a: [{ c: 2, d: null }], b: 1 }));
  });
});
