/** SKP content rules: kind from the jabatan, period, RHK requirements per kind, BerAKHLAK reference data. */
import fs from 'fs';
import path from 'path';
import { jabatanPenilaianSkp, jenisSkpDari, periodeSkp, tanggalAcuan, periksaRhk, kunciUnikSkp, skemaBerakhlak, skemaKinerjaIki } from '../skp';
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
    const r = validasiBerkasKebijakan(JSON.parse(fs.readFileSync(path.join(repo, `${nama}.json`), 'utf8')), nama, { [nama]: skema });
    if (!r.ok) throw new Error(r.masalah.join('\n'));
    return versiPada(r.berkas.versi as any[], new Date().toISOString().slice(0, 10))!.nilai as any;
  };
  test('berakhlak: 7 core values in the official order, 3 behaviours each', () => {
    const b = baca('berakhlak', skemaBerakhlak);
    expect(b.nilai_dasar.map((n: any) => n.nama)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
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
