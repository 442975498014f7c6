/**
 * Refusals of an evaluation: every code reachable, and where two checks fail, the earlier one answers.
 */
import { aturanLihatEvaluasi } from '../aturan-evaluasi';
import {
  aturanPenilaiEvaluasi,
  aturanRealisasiSiap,
  aturanSimpanEvaluasi,
  aturanUmpanBalik,
  bulanAngkaKredit,
  konteksSkp,
  pilihSkpEvaluasi,
  type FaktaSimpanEvaluasi,
  type KeadaanRealisasiEvaluasi,
  type KonteksPenilai,
  type SkpEvaluasi,
} from '../aturan-evaluasi';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

const penilaiDef: KonteksPenilai = {
  jenis: 'DEFINITIF',
  jabatanId: 10,
  penilai: { pegawaiId: 7, jabatanId: 1, sebagai: 'DEFINITIF' },
  aktorPenilai: true,
};
const bukanDef: KonteksPenilai = { ...penilaiDef, aktorPenilai: false };
const penilaiPlt: KonteksPenilai = {
  jenis: 'PLT',
  jabatanId: 20,
  penilai: { pegawaiId: 7, jabatanId: 2, sebagai: 'PLT' },
  aktorPenilai: true,
};
const bukanPlt: KonteksPenilai = { ...penilaiPlt, aktorPenilai: false };

const skp = (documentId: string, status: string, plt?: number): SkpEvaluasi => ({
  documentId,
  status,
  penugasan: plt ? { jenis: 'PLT', jabatan: { id: plt } } : { jenis: 'UTAMA', jabatan: { id: 10 } },
});

describe('konteksSkp', () => {
  test.each([
    [{ penugasan: { jenis: 'UTAMA' } }, 'DEFINITIF'],
    [{ penugasan: { jenis: 'PLT' } }, 'PLT'],
    [{ penugasan: { jenis: 'PLH' } }, 'PLT'],
    [{ penugasan: null }, 'DEFINITIF'],
    [null, 'DEFINITIF'],
  ])('%j → %s', (s, k) => expect(konteksSkp(s as any)).toBe(k));
});

describe('aturanPenilaiEvaluasi (403 BUKAN_PENILAI on nip)', () => {
  test.each([
    ['penilai of the definitive post', [penilaiDef], false, 'OK'],
    ['penilai of a Plt post only', [bukanDef, penilaiPlt], false, 'OK'],
    ['no context rated', [bukanDef, bukanPlt], false, 'BUKAN_PENILAI'],
    ['no post at all', [], false, 'BUKAN_PENILAI'],
    ['Admin BKPSDM rates in no context', [bukanDef], true, 'OK'],
  ])('%s → %s', (_n, konteks, admin, hasil) => {
    const k = aturanPenilaiEvaluasi(konteks as KonteksPenilai[], admin as boolean);
    expect(kode(k)).toBe(hasil);
    if (!k.ok) expect(k).toMatchObject({ status: 403, field: 'nip' });
  });
});

describe('pilihSkpEvaluasi', () => {
  const def = skp('def', 'DISETUJUI');
  const defDraf = skp('def-draf', 'DRAFT');
  const plt = skp('plt', 'DISETUJUI', 20);
  test.each([
    // [name, konteks, admin, daftar, diminta, code or chosen SKP, sebagai]
    ['default: the approved definitive SKP', [penilaiDef], false, [defDraf, def], undefined, 'def', 'DEFINITIF'],
    ['default for a Plt-only penilai: the Plt SKP', [bukanDef, penilaiPlt], false, [def, plt], undefined, 'plt', 'PLT'],
    [
      'default with only a draft: 409 with its status',
      [penilaiDef],
      false,
      [defDraf],
      undefined,
      'SKP_BELUM_DISETUJUI',
      null,
    ],
    ['default with no SKP: 409 without a status', [penilaiDef], false, [], undefined, 'SKP_BELUM_DISETUJUI', null],
    ['asked, unknown: 404', [penilaiDef], false, [def], 'lain', 'SKP_TIDAK_DITEMUKAN', null],
    [
      'asked, of a post the actor does not rate: 403 on skp',
      [penilaiDef, bukanPlt],
      false,
      [def, plt],
      'plt',
      'BUKAN_PENILAI',
      null,
    ],
    ['asked, rated, not approved: 409', [penilaiDef], false, [defDraf], 'def-draf', 'SKP_BELUM_DISETUJUI', null],
    ['asked by Admin BKPSDM: ADMIN', [bukanDef], true, [def], 'def', 'def', 'ADMIN'],
    // order: unknown wins over everything else
    [
      'asked, unknown and actor rates nothing: 404 first',
      [bukanDef],
      false,
      [def],
      'lain',
      'SKP_TIDAK_DITEMUKAN',
      null,
    ],
    // order: not his post wins over not approved
    [
      'asked, not his post and a draft: 403 before 409',
      [bukanDef],
      false,
      [defDraf],
      'def-draf',
      'BUKAN_PENILAI',
      null,
    ],
  ])('%s', (_n, konteks, admin, daftar, diminta, hasil, sebagai) => {
    const p = pilihSkpEvaluasi(
      konteks as KonteksPenilai[],
      admin as boolean,
      daftar as SkpEvaluasi[],
      2026,
      diminta as string | undefined,
    );
    if (p.ok) {
      expect(p.skp.documentId).toBe(hasil);
      expect(p.sebagai).toBe(sebagai);
    } else {
      expect(p.kode).toBe(hasil);
      expect(p.field).toBe('skp');
    }
  });

  test('messages and details', () => {
    expect(pilihSkpEvaluasi([penilaiDef], false, [], 2026)).toEqual({
      ok: false,
      status: 409,
      kode: 'SKP_BELUM_DISETUJUI',
      pesan: 'Pegawai ini belum memiliki SKP 2026 yang disetujui untuk periode tersebut.',
      field: 'skp',
      detail: { status_sekarang: null },
    });
    expect(pilihSkpEvaluasi([penilaiDef], false, [defDraf], 2026)).toMatchObject({
      status: 409,
      pesan: 'Evaluasi hanya dapat diberikan untuk SKP yang sudah disetujui.',
      detail: { status_sekarang: 'DRAFT' },
    });
    expect(pilihSkpEvaluasi([penilaiDef], false, [def], 2026, 'x')).toMatchObject({
      status: 404,
      pesan: 'SKP "x" bukan SKP pegawai ini yang berlaku pada periode tersebut.',
    });
    expect(pilihSkpEvaluasi([bukanDef], false, [def], 2026, 'def')).toMatchObject({
      status: 403,
      pesan: 'Anda bukan pejabat penilai untuk jabatan SKP ini pada periode tersebut.',
    });
  });
});

const kosong: KeadaanRealisasiEvaluasi = { belum_diperiksa: [], belum_diisi: [] };
const belumDiperiksa: KeadaanRealisasiEvaluasi = {
  belum_diperiksa: [{ renaksi: 'r1', uraian: 'Rapat', bulan: 4 }],
  belum_diisi: [],
};
const belumDiisi: KeadaanRealisasiEvaluasi = {
  belum_diperiksa: [],
  belum_diisi: [{ renaksi: 'r2', uraian: 'Laporan', bulan: 5, batas_input: '2026-06-05' }],
};
const keduanya: KeadaanRealisasiEvaluasi = {
  belum_diperiksa: belumDiperiksa.belum_diperiksa,
  belum_diisi: belumDiisi.belum_diisi,
};

describe('aturanSimpanEvaluasi: order ALASAN_WAJIB → PERIODE_TERKUNCI → BULAN_BELUM_BERJALAN → REALISASI_BELUM_DIPERIKSA → BATAS_INPUT_BELUM_LEWAT', () => {
  const dasar: FaktaSimpanEvaluasi = {
    tahun: 2026,
    bulan: [4, 5, 6],
    hari: '2026-07-10',
    alasan: { sebagai: 'DEFINITIF', teks: null },
    bulanKunci: [4, 5, 6],
    terkunci: () => false,
    realisasi: kosong,
  };
  const admin = { sebagai: 'ADMIN', teks: '  ' };
  const kunci5 = (b: number) => b === 5;
  test.each<[string, Partial<FaktaSimpanEvaluasi>, string]>([
    ['all ready', {}, 'OK'],
    ['admin with a reason', { alasan: { sebagai: 'ADMIN', teks: 'Penilai cuti' } }, 'OK'],
    ['admin without a reason', { alasan: admin }, 'ALASAN_WAJIB'],
    ['no reason asked (preparation)', { alasan: undefined }, 'OK'],
    ['a locked month', { terkunci: kunci5 }, 'PERIODE_TERKUNCI'],
    ['a month not begun', { hari: '2026-05-20' }, 'BULAN_BELUM_BERJALAN'],
    ['an unchecked realisasi', { realisasi: belumDiperiksa }, 'REALISASI_BELUM_DIPERIKSA'],
    ['a missing realisasi before its deadline', { realisasi: belumDiisi }, 'BATAS_INPUT_BELUM_LEWAT'],
    ['annual: no realisasi check', { realisasi: undefined, bulanKunci: [12], hari: '2026-05-20' }, 'OK'],
    [
      'annual: December locked',
      { realisasi: undefined, bulanKunci: [12], terkunci: (b) => b === 12 },
      'PERIODE_TERKUNCI',
    ],
    // two failing checks: the earlier wins
    ['admin without a reason and locked', { alasan: admin, terkunci: kunci5 }, 'ALASAN_WAJIB'],
    ['locked and a month not begun', { terkunci: kunci5, hari: '2026-05-20' }, 'PERIODE_TERKUNCI'],
    ['locked and unchecked', { terkunci: kunci5, realisasi: belumDiperiksa }, 'PERIODE_TERKUNCI'],
    ['not begun and unchecked', { hari: '2026-05-20', realisasi: belumDiperiksa }, 'BULAN_BELUM_BERJALAN'],
    ['unchecked and missing', { realisasi: keduanya }, 'REALISASI_BELUM_DIPERIKSA'],
  ])('%s', (_n, ubah, hasil) => expect(kode(aturanSimpanEvaluasi({ ...dasar, ...ubah }))).toBe(hasil));

  test('the lock refusal names the first locked month', () => {
    expect(aturanSimpanEvaluasi({ ...dasar, terkunci: (b) => b >= 5 })).toMatchObject({
      status: 423,
      kode: 'PERIODE_TERKUNCI',
      field: 'bulan',
      detail: { tahun: 2026, bulan: 5, triwulan: 2 },
    });
  });
  test('ALASAN_WAJIB message', () => {
    expect(aturanSimpanEvaluasi({ ...dasar, alasan: admin })).toEqual({
      ok: false,
      status: 400,
      kode: 'ALASAN_WAJIB',
      pesan: 'Admin BKPSDM yang memberi evaluasi atas nama pejabat penilai wajib mengisi alasan.',
      field: 'alasan',
    });
  });
});

describe('aturanRealisasiSiap: messages and details', () => {
  test('BULAN_BELUM_BERJALAN names the first month not begun', () => {
    expect(aturanRealisasiSiap(2026, [4, 5, 6], '2026-04-30', kosong)).toEqual({
      ok: false,
      status: 409,
      kode: 'BULAN_BELUM_BERJALAN',
      pesan: 'Bulan Mei 2026 belum berjalan: evaluasi belum dapat diberikan.',
      field: 'bulan',
    });
  });
  test('the first day of the month has begun', () =>
    expect(aturanRealisasiSiap(2026, [5], '2026-05-01', kosong)).toEqual({ ok: true }));
  test('REALISASI_BELUM_DIPERIKSA lists renaksi, uraian and month', () => {
    const r = {
      belum_diperiksa: [{ renaksi: 'r1', uraian: 'Rapat', bulan: 4, realisasi: 'x1' } as any],
      belum_diisi: [],
    };
    expect(aturanRealisasiSiap(2026, [4], '2026-05-10', r)).toEqual({
      ok: false,
      status: 409,
      kode: 'REALISASI_BELUM_DIPERIKSA',
      pesan: 'Masih ada 1 realisasi yang belum diperiksa. Periksa realisasi terlebih dahulu, lalu beri evaluasi.',
      field: 'bulan',
      detail: { belum_diperiksa: [{ renaksi: 'r1', uraian: 'Rapat', bulan: 4 }] },
    });
  });
  test('BATAS_INPUT_BELUM_LEWAT cites the first deadline', () => {
    expect(aturanRealisasiSiap(2026, [5], '2026-06-01', belumDiisi)).toEqual({
      ok: false,
      status: 409,
      kode: 'BATAS_INPUT_BELUM_LEWAT',
      pesan:
        'Masih ada 1 rencana aksi tanpa realisasi dan batas pengisiannya (2026-06-05) belum lewat. Evaluasi dapat diberikan ' +
        'setelah semua realisasi diisi dan diperiksa, atau setelah batas pengisian lewat.',
      field: 'bulan',
      detail: { belum_diisi: belumDiisi.belum_diisi },
    });
  });
});

describe('bulanAngkaKredit (months of a JF annual evaluation)', () => {
  test.each([
    ['full year', '2026-01-01', '2026-12-31', 12, 12],
    ['from July', '2026-07-01', '2026-12-31', 6, 6],
    ['January to March', '2026-01-02', '2026-03-31', 3, 3],
    ['one month', '2026-05-01', '2026-05-31', 1, 1],
    ['no month begun yet: a full year', '2026-07-01', '2026-12-31', 0, 12],
  ])('%s', (_n, mulai, akhir, berjalan, hasil) => expect(bulanAngkaKredit(mulai, akhir, berjalan)).toBe(hasil));
});

describe('aturanUmpanBalik', () => {
  const rhk = new Set(['a', 'b']);
  const nilai = new Set(['BERORIENTASI_PELAYANAN', 'AKUNTABEL']);
  test.each<[string, { rhk_id: string }[], { kode: string }[], string, string | undefined]>([
    ['none', [], [], 'OK', undefined],
    ['known RHK and value', [{ rhk_id: 'a' }], [{ kode: 'AKUNTABEL' }], 'OK', undefined],
    ['an RHK outside the SKP', [{ rhk_id: 'a' }, { rhk_id: 'z' }], [], 'RHK_TIDAK_VALID', 'umpan_balik_rhk[1].rhk_id'],
    [
      'an unknown value',
      [],
      [{ kode: 'AKUNTABEL' }, { kode: 'X' }],
      'KODE_PERILAKU_TIDAK_DIKENAL',
      'umpan_balik_perilaku[1].kode',
    ],
    ['both: the RHK first', [{ rhk_id: 'z' }], [{ kode: 'X' }], 'RHK_TIDAK_VALID', 'umpan_balik_rhk[0].rhk_id'],
  ])('%s → %s', (_n, r, p, hasil, field) => {
    const k = aturanUmpanBalik(r, rhk, p, nilai);
    expect(kode(k)).toBe(hasil);
    if (!k.ok) expect(k).toMatchObject({ status: 400, field });
  });
  test('message names the code', () => {
    expect(aturanUmpanBalik([], rhk, [{ kode: 'X' }], nilai)).toMatchObject({
      pesan: 'Nilai dasar "X" tidak dikenal; gunakan kode BerAKHLAK.',
    });
  });
});

describe('aturanLihatEvaluasi', () => {
  test.each<[string, boolean, string | null]>([
    ['related to or rating the pegawai', true, null],
    ['neither', false, 'AKSES_DITOLAK'],
  ])('%s', (_n, terlihat, kode) => {
    const k = aturanLihatEvaluasi(terlihat);
    expect(k.ok ? null : k.kode).toBe(kode);
    if (!k.ok) expect([k.status, k.field]).toEqual([403, 'nip']);
  });
});
