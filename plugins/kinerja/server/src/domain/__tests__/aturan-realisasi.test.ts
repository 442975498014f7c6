/**
 * Refusals of a realisasi entry: every code reachable, and where two checks fail, the earlier one answers.
 */
import {
  aturanBukaInput,
  aturanIsianRealisasi,
  aturanPemeriksaRealisasi,
  aturanWaktuRealisasi,
  penolakanRealisasiBersamaan,
  uraiBulan,
  type FaktaIsianRealisasi,
  type FaktaWaktuRealisasi,
} from '../aturan-realisasi';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);

describe('uraiBulan', () => {
  test.each<[unknown, number | null]>([
    [1, 1],
    [12, 12],
    ['5', 5],
    [' 7 ', 7],
    ['05', 5],
    [0, null],
    [13, null],
    [2.5, null],
    ['5a', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%p → %p', (x, b) => expect(uraiBulan(x)).toBe(b));
});

describe('aturanIsianRealisasi: order BUKAN_PEMILIK → SKP_BELUM_DISETUJUI → BULAN_TIDAK_VALID → REVISI_BELUM_DISETUJUI → TANPA_TARGET → NILAI_TIDAK_VALID → links', () => {
  const dasar: FaktaIsianRealisasi = {
    pemilik: true,
    lewatToken: false,
    statusSkp: 'DISETUJUI',
    bulan: 5,
    berlaku: { target: [{ bulan: 5, nilai: 10 }] },
    nilai: '12,5',
    buktiUrl: undefined,
    maksTautan: 2,
  };
  const bukanPemilik = { pemilik: false, lewatToken: false };
  test.each<[string, Partial<FaktaIsianRealisasi>, string]>([
    ['the owner', {}, 'OK'],
    ['a token within its scope', { pemilik: false, lewatToken: true }, 'OK'],
    ['neither owner nor token', bukanPemilik, 'BUKAN_PEMILIK'],
    ['SKP not approved', { statusSkp: 'DIAJUKAN' }, 'SKP_BELUM_DISETUJUI'],
    ['month 13', { bulan: 13 }, 'BULAN_TIDAK_VALID'],
    ['renaksi added by a pending revision', { berlaku: null }, 'REVISI_BELUM_DISETUJUI'],
    ['no target in the month', { bulan: 6 }, 'TANPA_TARGET'],
    ['negative value', { nilai: -1 }, 'NILAI_TIDAK_VALID'],
    ['too many links', { buktiUrl: ['https://a.id', 'https://b.id', 'https://c.id'] }, 'BUKTI_TERLALU_BANYAK'],
    ['a link that is no web address', { buktiUrl: 'ftp://a.id' }, 'TAUTAN_TIDAK_VALID'],
    // two failing checks: the earlier wins
    ['not the owner and SKP not approved', { ...bukanPemilik, statusSkp: 'DRAFT' }, 'BUKAN_PEMILIK'],
    ['SKP not approved and month invalid', { statusSkp: 'DRAFT', bulan: 0 }, 'SKP_BELUM_DISETUJUI'],
    ['month invalid and pending revision', { bulan: 'x', berlaku: null }, 'BULAN_TIDAK_VALID'],
    ['pending revision and bad value', { berlaku: null, nilai: 'abc' }, 'REVISI_BELUM_DISETUJUI'],
    ['no target and bad value', { bulan: 6, nilai: 'abc' }, 'TANPA_TARGET'],
    ['bad value and bad link', { nilai: '', buktiUrl: 'bukan url' }, 'NILAI_TIDAK_VALID'],
  ])('%s', (_n, ubah, hasil) => expect(kode(aturanIsianRealisasi({ ...dasar, ...ubah }))).toBe(hasil));

  test('allowed: the month, its target, the value, the links', () => {
    expect(aturanIsianRealisasi({ ...dasar, bulan: '5', buktiUrl: 'https://a.id/x' })).toEqual({
      ok: true,
      bulan: 5,
      target: 10,
      nilai: 12.5,
      tautan: [{ url: 'https://a.id/x', nama: 'a.id' }],
    });
  });
  test('messages, statuses and fields', () => {
    expect(aturanIsianRealisasi({ ...dasar, ...bukanPemilik })).toEqual({
      ok: false,
      status: 403,
      kode: 'BUKAN_PEMILIK',
      pesan: 'Realisasi hanya dapat diisi oleh pemilik rencana aksi.',
    });
    expect(aturanIsianRealisasi({ ...dasar, statusSkp: null })).toEqual({
      ok: false,
      status: 409,
      kode: 'SKP_BELUM_DISETUJUI',
      pesan: 'Realisasi hanya dapat diisi untuk SKP yang sudah disetujui.',
      detail: { status_sekarang: null },
    });
    expect(aturanIsianRealisasi({ ...dasar, bulan: 0 })).toMatchObject({
      status: 400,
      pesan: 'Bulan harus angka 1 sampai 12.',
      field: 'bulan',
    });
    expect(aturanIsianRealisasi({ ...dasar, berlaku: null })).toMatchObject({ status: 409, field: 'rencana_aksi' });
    expect(aturanIsianRealisasi({ ...dasar, bulan: 8 })).toMatchObject({
      status: 400,
      pesan: 'Rencana aksi ini tidak memiliki target pada bulan Agustus.',
      field: 'bulan',
    });
    expect(aturanIsianRealisasi({ ...dasar, nilai: null })).toMatchObject({ status: 400, field: 'nilai' });
    expect(aturanIsianRealisasi({ ...dasar, buktiUrl: 'x' })).toMatchObject({ status: 400, field: 'bukti_url' });
  });
});

describe('aturanWaktuRealisasi: order BUKTI_WAJIB → PERIODE_TERKUNCI → BULAN_BELUM_BERJALAN → BATAS_INPUT_TERLEWATI → REALISASI_SUDAH_DIPERIKSA → BUKTI_TERLALU_BANYAK', () => {
  const dasar: FaktaWaktuRealisasi = {
    tahun: 2026,
    bulan: 5,
    hari: '2026-05-20',
    berkasBaru: 1,
    berkasTetap: 0,
    tautan: 0,
    maksBerkas: 5,
    terkunci: false,
    inputTerbuka: true,
    batasInputHari: 5,
    statusLama: null,
  };
  const tanpaBukti = { berkasBaru: 0, berkasTetap: 0, tautan: 0 };
  test.each<[string, Partial<FaktaWaktuRealisasi>, string]>([
    ['a new file', {}, 'OK'],
    ['only a kept file', { berkasBaru: 0, berkasTetap: 1 }, 'OK'],
    ['only a link', { berkasBaru: 0, tautan: 1 }, 'OK'],
    ['resubmitting an unchecked one', { statusLama: 'UNCHECKED' }, 'OK'],
    ['exactly the maximum', { berkasBaru: 3, berkasTetap: 2 }, 'OK'],
    ['no evidence', tanpaBukti, 'BUKTI_WAJIB'],
    ['quarter locked', { terkunci: true }, 'PERIODE_TERKUNCI'],
    ['month not begun', { hari: '2026-04-30' }, 'BULAN_BELUM_BERJALAN'],
    ['deadline past, not reopened', { inputTerbuka: false }, 'BATAS_INPUT_TERLEWATI'],
    ['already checked', { statusLama: 'CHECKED' }, 'REALISASI_SUDAH_DIPERIKSA'],
    ['one file over the maximum', { berkasBaru: 4, berkasTetap: 2 }, 'BUKTI_TERLALU_BANYAK'],
    // two failing checks: the earlier wins
    ['no evidence and locked', { ...tanpaBukti, terkunci: true }, 'BUKTI_WAJIB'],
    ['locked and not begun', { terkunci: true, hari: '2026-04-01' }, 'PERIODE_TERKUNCI'],
    ['not begun and closed', { hari: '2026-04-01', inputTerbuka: false }, 'BULAN_BELUM_BERJALAN'],
    ['closed and checked', { inputTerbuka: false, statusLama: 'CHECKED' }, 'BATAS_INPUT_TERLEWATI'],
    ['checked and too many files', { statusLama: 'CHECKED', berkasBaru: 9 }, 'REALISASI_SUDAH_DIPERIKSA'],
  ])('%s', (_n, ubah, hasil) => expect(kode(aturanWaktuRealisasi({ ...dasar, ...ubah }))).toBe(hasil));

  test('messages, statuses and fields', () => {
    expect(aturanWaktuRealisasi({ ...dasar, ...tanpaBukti })).toEqual({
      ok: false,
      status: 400,
      kode: 'BUKTI_WAJIB',
      pesan: 'Bukti dukung wajib dilampirkan: unggah sekurang-kurangnya satu berkas atau isi satu tautan.',
      field: 'bukti',
    });
    expect(aturanWaktuRealisasi({ ...dasar, terkunci: true })).toMatchObject({
      status: 423,
      detail: { tahun: 2026, bulan: 5, triwulan: 2 },
    });
    expect(aturanWaktuRealisasi({ ...dasar, hari: '2026-04-30' })).toMatchObject({
      status: 409,
      pesan: 'Realisasi bulan Mei 2026 baru dapat diisi mulai tanggal 1 bulan itu.',
      field: 'bulan',
    });
    expect(aturanWaktuRealisasi({ ...dasar, inputTerbuka: false })).toMatchObject({
      status: 409,
      pesan: 'Batas pengisian realisasi Mei 2026 adalah 2026-06-05. Minta pejabat penilai membuka kembali pengisian.',
      field: 'bulan',
    });
    expect(aturanWaktuRealisasi({ ...dasar, statusLama: 'CHECKED' })).toMatchObject({ status: 409, field: 'bulan' });
    expect(aturanWaktuRealisasi({ ...dasar, berkasBaru: 4, berkasTetap: 2 })).toMatchObject({
      status: 400,
      pesan: 'Paling banyak 5 berkas bukti per realisasi (sudah ada 2).',
      field: 'bukti',
    });
  });
});

describe('other realisasi refusals', () => {
  test.each([
    [true, false, 'OK'],
    [false, true, 'OK'],
    [false, false, 'BUKAN_PENILAI'],
  ])('pemeriksa: penilai %p, admin %p → %s', (penilai, admin, hasil) =>
    expect(kode(aturanPemeriksaRealisasi(penilai, admin))).toBe(hasil),
  );
  test.each([
    ['2026-05-20', '2026-05-20', 'OK'],
    ['2026-05-27', '2026-05-20', 'OK'],
    ['2026-05-19', '2026-05-20', 'TANGGAL_TIDAK_VALID'],
  ])('buka input sampai %s on %s → %s', (sampai, hari, hasil) =>
    expect(kode(aturanBukaInput(sampai, hari))).toBe(hasil),
  );
  test('REALISASI_BERSAMAAN', () => {
    expect(penolakanRealisasiBersamaan(3)).toEqual({
      ok: false,
      status: 409,
      kode: 'REALISASI_BERSAMAAN',
      pesan:
        'Realisasi bulan Maret untuk rencana aksi ini baru saja disimpan oleh permintaan lain. Muat ulang lalu ubah bila perlu.',
      field: 'bulan',
    });
  });
});
