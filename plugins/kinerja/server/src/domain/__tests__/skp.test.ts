/** SKP content rules: kind from the jabatan, period, RHK requirements per kind, BerAKHLAK reference data. */
import fs from 'fs';
import path from 'path';
import {
  jabatanPenilaianSkp,
  jenisSkpDari,
  periodeSkp,
  tanggalAcuan,
  periksaRhk,
  kunciUnikSkp,
  skemaBerakhlak,
  skemaKinerjaIki,
} from '../skp';
import {
  aturanDokumenSkp,
  aturanEkspektasi,
  aturanHapusRhk,
  aturanPenyusunSkp,
  aturanRhkAtasan,
  penolakanSkpSudahAda,
  pilihPenugasanSkp,
  type PenugasanSkp,
} from '../skp';
import { validasiBerkasKebijakan, versiPada } from '@m-skp/inti';

describe('jabatanPenilaianSkp: whose penilai decides on an SKP', () => {
  test.each([
    [{ jenis: 'UTAMA', jabatan: { id: 7 } }, undefined],
    [{ jenis: 'PLT', jabatan: { id: 7 } }, 7],
    [{ jenis: 'PLH', jabatan: { id: 8 } }, 8],
    [{ jenis: 'PJ', jabatan: { id: 9 } }, 9],
    [{ jenis: 'PLT', jabatan: null }, undefined],
    [{ jenis: null, jabatan: { id: 7 } }, undefined],
    [null, undefined],
  ])('%j → %s', (pen, hasil) => expect(jabatanPenilaianSkp(pen)).toBe(hasil));
});

describe('jenisSkpDari', () => {
  test.each([
    [{ jenis: 'JPT', jenjang: 'JPT_PRATAMA' }, 'JPT'],
    [{ jenis: 'JPT', jenjang: 'JPT_MADYA' }, 'JPT'],
    [{ jenis: 'JA', jenjang: 'JPT_UTAMA' }, 'JPT'],
    [{ jenis: 'JA', jenjang: 'ADMINISTRATOR' }, 'JA'],
    [{ jenis: 'JA', jenjang: 'PENGAWAS' }, 'JA'],
    [{ jenis: 'JA', jenjang: 'PELAKSANA' }, 'JA'],
    [{ jenis: 'JF', jenjang: 'AHLI_PERTAMA' }, 'JF'],
    [{ jenis: 'JF', jenjang: 'TERAMPIL' }, 'JF'],
    [{ jenis: null, jenjang: null }, 'JA'],
  ])('%j → %s', (j, hasil) => expect(jenisSkpDari(j)).toBe(hasil));
});

describe('periodeSkp and tanggalAcuan', () => {
  test.each([
    [2026, '2021-01-04', null, { mulai: '2026-01-01', akhir: '2026-12-31' }],
    [2026, '2026-03-01', null, { mulai: '2026-03-01', akhir: '2026-12-31' }],
    [2026, '2020-01-01', '2026-06-30', { mulai: '2026-01-01', akhir: '2026-06-30' }],
    [2026, '2026-02-01', '2026-02-28', { mulai: '2026-02-01', akhir: '2026-02-28' }],
    [2026, '2027-01-01', null, null],
    [2026, '2020-01-01', '2025-12-31', null],
  ] as const)('%d with TMT %s..%s → %j', (tahun, a, b, hasil) => expect(periodeSkp(tahun, a, b)).toEqual(hasil));

  test.each([
    ['2026-05-05', '2026-01-01', '2026-12-31', '2026-05-05'],
    ['2025-12-31', '2026-01-01', '2026-12-31', '2026-01-01'],
    ['2027-02-01', '2026-01-01', '2026-06-30', '2026-06-30'],
  ])('today %s in %s..%s → %s', (h, a, b, r) => expect(tanggalAcuan(h, a, b)).toBe(r));

  test('unique key', () => expect(kunciUnikSkp(4, 17, 2026)).toBe('4:17:2026'));
});

describe('periksaRhk', () => {
  type Kasus = [string, 'JPT' | 'JA' | 'JF', 'UTAMA' | 'TAMBAHAN', string | null, string | null, true | string];
  const tabel: Kasus[] = [
    ['JA utama with atasan', 'JA', 'UTAMA', 'r1', null, true],
    ['JF utama with atasan', 'JF', 'UTAMA', 'r1', null, true],
    ['JA utama without atasan', 'JA', 'UTAMA', null, null, 'RHK_ATASAN_WAJIB'],
    ['JF utama without atasan', 'JF', 'UTAMA', null, null, 'RHK_ATASAN_WAJIB'],
    ['JA tambahan without atasan', 'JA', 'TAMBAHAN', null, null, true],
    ['JA tambahan with atasan', 'JA', 'TAMBAHAN', 'r1', null, 'RHK_ATASAN_TIDAK_BOLEH'],
    ['JF tambahan with atasan', 'JF', 'TAMBAHAN', 'r1', null, 'RHK_ATASAN_TIDAK_BOLEH'],
    ['JA with perspektif', 'JA', 'UTAMA', 'r1', 'PROSES_BISNIS', 'PERSPEKTIF_TIDAK_BOLEH'],
    ['JPT utama with perspektif', 'JPT', 'UTAMA', null, 'PENERIMA_LAYANAN', true],
    ['JPT utama with perspektif and atasan', 'JPT', 'UTAMA', 'r1', 'ANGGARAN', true],
    ['JPT utama without perspektif', 'JPT', 'UTAMA', null, null, 'PERSPEKTIF_WAJIB'],
    ['JPT tambahan without perspektif', 'JPT', 'TAMBAHAN', null, null, true],
    ['JPT tambahan with atasan', 'JPT', 'TAMBAHAN', 'r1', null, 'RHK_ATASAN_TIDAK_BOLEH'],
  ];
  test.each(tabel)('%s', (_n, jenisSkp, jenis, atasan, perspektif, hasil) => {
    const r = periksaRhk(jenisSkp, { jenis, rhkAtasan: atasan, perspektif: perspektif as any });
    if (hasil === true) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, kode: hasil });
  });
  test('RHK_ATASAN_WAJIB names the field rhk_atasan_id', () => {
    expect(periksaRhk('JA', { jenis: 'UTAMA' })).toMatchObject({ field: 'rhk_atasan_id' });
  });
});

describe("the repository's kinerja policies", () => {
  const repo = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', 'config', 'kebijakan');
  const baca = (nama: string, skema: any) => {
    const r = validasiBerkasKebijakan(JSON.parse(fs.readFileSync(path.join(repo, `${nama}.json`), 'utf8')), nama, {
      [nama]: skema,
    });
    if (!r.ok) throw new Error(r.masalah.join('\n'));
    return versiPada(r.berkas.versi as any[], new Date().toISOString().slice(0, 10))!.nilai as any;
  };
  test('berakhlak: 7 core values in the official order, 3 behaviours each', () => {
    const b = baca('berakhlak', skemaBerakhlak);
    expect(b.nilai_dasar.map((n: any) => n.nama)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
    for (const n of b.nilai_dasar) expect(n.perilaku).toHaveLength(3);
    expect(b.nilai_dasar[0].perilaku[0]).toBe('Memahami dan memenuhi kebutuhan masyarakat');
    expect(b.nilai_dasar[2].perilaku[1]).toBe('Membantu orang lain belajar');
  });
  test('berakhlak schema refuses a value with two behaviours or six values', () => {
    const b = baca('berakhlak', skemaBerakhlak);
    expect(skemaBerakhlak.safeParse({ nilai_dasar: b.nilai_dasar.slice(0, 6) }).success).toBe(false);
    const rusak = structuredClone(b);
    rusak.nilai_dasar[3].perilaku.pop();
    expect(skemaBerakhlak.safeParse(rusak).success).toBe(false);
  });
  test('kinerja-iki: default sifat_target NON_KUMULATIF (domain.md §3)', () => {
    expect(baca('kinerja-iki', skemaKinerjaIki)).toEqual({ sifat_target_bawaan: 'NON_KUMULATIF' });
  });
});

describe('creating an SKP: who drafts it and for which penugasan', () => {
  const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);
  test.each([
    [12, 'OK'],
    [null, 'BUKAN_PEGAWAI'],
    [undefined, 'BUKAN_PEGAWAI'],
  ])('penyusun %p → %s', (id, hasil) => expect(kode(aturanPenyusunSkp(id))).toBe(hasil));

  const j = { id: 1 };
  const lama: PenugasanSkp = {
    documentId: 'lama',
    jenis: 'UTAMA',
    tmt_mulai: '2020-01-01',
    tmt_akhir: '2026-03-31',
    jabatan: j,
  };
  const baru: PenugasanSkp = {
    documentId: 'baru',
    jenis: 'UTAMA',
    tmt_mulai: '2026-04-01',
    tmt_akhir: null,
    jabatan: j,
  };
  const plt: PenugasanSkp = {
    documentId: 'plt',
    jenis: 'PLT',
    tmt_mulai: '2026-02-01',
    tmt_akhir: '2026-06-30',
    jabatan: j,
  };
  const tanpaJabatan: PenugasanSkp = { ...plt, documentId: 'kosong', jabatan: null };
  const diLuar: PenugasanSkp = { ...plt, documentId: 'luar', tmt_mulai: '2027-01-01', tmt_akhir: null };
  // rows newest first, as the service reads them
  test.each<[string, PenugasanSkp[], string, string | undefined, string]>([
    ['the UTAMA post active at the date', [baru, plt, lama], '2026-05-10', undefined, 'baru'],
    ['the UTAMA post active at an earlier date', [baru, plt, lama], '2026-02-10', undefined, 'lama'],
    ['no UTAMA post active: the latest UTAMA', [baru], '2026-01-15', undefined, 'baru'],
    ['a Plt post asked by id', [baru, plt, lama], '2026-05-10', 'plt', 'plt'],
    ['only a Plt post, none asked', [plt], '2026-05-10', undefined, 'PENUGASAN_TIDAK_ADA'],
    ['an id not his', [baru], '2026-05-10', 'lain', 'PENUGASAN_TIDAK_VALID'],
    ['a post without jabatan', [tanpaJabatan], '2026-05-10', 'kosong', 'PENUGASAN_TIDAK_VALID'],
    ['a post outside the year', [diLuar], '2026-05-10', 'luar', 'PENUGASAN_TIDAK_VALID'],
  ])('%s', (_n, rows, tanggal, id, hasil) => {
    const p = pilihPenugasanSkp(rows, 2026, tanggal, id);
    expect(p.ok ? p.pen.documentId : p.kode).toBe(hasil);
    if (!p.ok) expect(p).toMatchObject({ status: 400, field: 'penugasan_id' });
  });
  test('the period is clipped to the year and the post', () => {
    expect(pilihPenugasanSkp([plt], 2026, '2026-05-10', 'plt')).toMatchObject({
      ok: true,
      periode: { mulai: '2026-02-01', akhir: '2026-06-30' },
    });
  });
  test('messages', () => {
    expect(pilihPenugasanSkp([], 2026, '2026-05-10')).toMatchObject({
      pesan: 'Anda tidak memiliki jabatan definitif pada tahun 2026.',
    });
    expect(pilihPenugasanSkp([tanpaJabatan], 2026, '2026-05-10', 'kosong')).toMatchObject({
      pesan: 'Penugasan tidak memiliki jabatan.',
    });
    expect(pilihPenugasanSkp([diLuar], 2026, '2026-05-10', 'luar')).toMatchObject({
      pesan: 'Penugasan tidak berlaku pada tahun 2026.',
    });
  });
  test('SKP_SUDAH_ADA with and without the existing one', () => {
    expect(penolakanSkpSudahAda(2026, { documentId: 'x', status: 'DRAFT' })).toEqual({
      ok: false,
      status: 409,
      kode: 'SKP_SUDAH_ADA',
      pesan: 'SKP tahun 2026 untuk penugasan ini sudah ada.',
      detail: { id: 'x', status: 'DRAFT' },
    });
    expect(penolakanSkpSudahAda(2026)).toEqual({
      ok: false,
      status: 409,
      kode: 'SKP_SUDAH_ADA',
      pesan: 'SKP tahun 2026 untuk penugasan ini sudah ada.',
    });
  });
});

describe('signed SKP document, RHK atasan, RHK deletion', () => {
  const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);
  test.each<[string, { pemilik: boolean; status: string | null; berkas?: number }, string]>([
    ['owner, approved, a file', { pemilik: true, status: 'DISETUJUI', berkas: 1 }, 'OK'],
    ['owner, approved, before reading the files', { pemilik: true, status: 'DISETUJUI' }, 'OK'],
    ['not the owner', { pemilik: false, status: 'DISETUJUI', berkas: 1 }, 'BUKAN_PEMILIK'],
    ['not approved', { pemilik: true, status: 'DIAJUKAN', berkas: 1 }, 'SKP_STATUS_TIDAK_SESUAI'],
    ['no file', { pemilik: true, status: 'DISETUJUI', berkas: 0 }, 'DOKUMEN_WAJIB'],
    ['not the owner and not approved: 403 first', { pemilik: false, status: 'DRAFT', berkas: 0 }, 'BUKAN_PEMILIK'],
    ['not approved and no file: 409 first', { pemilik: true, status: 'DRAFT', berkas: 0 }, 'SKP_STATUS_TIDAK_SESUAI'],
  ])('dokumen: %s', (_n, f, hasil) => expect(kode(aturanDokumenSkp(f))).toBe(hasil));
  test('dokumen: status detail and fields', () => {
    expect(aturanDokumenSkp({ pemilik: true, status: 'DRAFT' })).toMatchObject({
      status: 409,
      detail: { status_sekarang: 'DRAFT' },
    });
    expect(aturanDokumenSkp({ pemilik: true, status: 'DISETUJUI', berkas: 0 })).toMatchObject({
      status: 400,
      field: 'dokumen',
    });
    expect(aturanDokumenSkp({ pemilik: false, status: 'DISETUJUI' })).toMatchObject({ status: 403 });
  });
  test.each([
    ['a', ['a', 'b'], 'OK'],
    ['c', ['a', 'b'], 'RHK_ATASAN_TIDAK_VALID'],
    ['a', [], 'RHK_ATASAN_TIDAK_VALID'],
  ])('RHK atasan %s among %j → %s', (d, p, hasil) => expect(kode(aturanRhkAtasan(d, p))).toBe(hasil));
  test.each([
    [0, 'OK'],
    [3, 'RHK_DIPAKAI_BAWAHAN'],
  ])('hapus RHK used by %d → %s', (n, hasil) => expect(kode(aturanHapusRhk(n))).toBe(hasil));
  test('RHK_DIPAKAI_BAWAHAN names the count', () => {
    expect(aturanHapusRhk(3)).toMatchObject({
      status: 409,
      pesan: 'RHK ini diintervensi oleh 3 RHK bawahan; hapus atau ganti RHK atasan mereka dulu.',
    });
  });
});

describe('aturanEkspektasi (ekspektasi khusus pimpinan per core value)', () => {
  const kode = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL'];
  test('known codes pass', () => expect(aturanEkspektasi([{ kode: 'AKUNTABEL' }], kode)).toEqual({ ok: true }));
  test('empty list passes', () => expect(aturanEkspektasi([], kode)).toEqual({ ok: true }));
  test('the first unknown code is named with the choices', () => {
    expect(aturanEkspektasi([{ kode: 'AKUNTABEL' }, { kode: 'X' }, { kode: 'Y' }], kode)).toEqual({
      ok: false,
      status: 400,
      kode: 'KODE_PERILAKU_TIDAK_DIKENAL',
      pesan: 'Kode nilai dasar "X" tidak dikenal. Pilihan: BERORIENTASI_PELAYANAN, AKUNTABEL.',
      field: 'ekspektasi.1.kode',
    });
  });
});
