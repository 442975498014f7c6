/** Refusals of the organisation predikat's period actions: every code reachable, the earlier check wins. */
import {
  aturanBacaPredikat,
  aturanUbahPanelPredikat,
  aturanFinalkanPredikat,
  aturanOverridePredikat,
  aturanTetapkanPredikat,
  type KeadaanPeriodeOpd,
} from '../predikat-organisasi';

const kode = (k: { ok: boolean; kode?: string }) => (k.ok ? 'OK' : k.kode);
const langgar = [{ aturan: 'A1', pesan: 'Kuota terlampaui' }];
const dasar: KeadaanPeriodeOpd = {
  hak: { tetapkan: true, override: true },
  row: { status: 'DRAFT', predikat: 'BAIK' as any },
  kurva: { blokir: false, pelanggaran: [] },
  override: null,
};
const tanpaHak = { hak: { tetapkan: false, override: false } };
const final = { row: { status: 'FINAL', predikat: 'BAIK' as any } };
const blokir = { kurva: { blokir: true, pelanggaran: langgar as any } };

describe('aturanTetapkanPredikat', () => {
  test.each<[string, Partial<KeadaanPeriodeOpd>, string]>([
    ['Kepala OPD on a draft', {}, 'OK'],
    ['first setting (no row)', { row: null }, 'OK'],
    ['no right', tanpaHak, 'AKSES_DITOLAK'],
    ['final period', final, 'PERIODE_SUDAH_FINAL'],
    ['no right and final: 403 first', { ...tanpaHak, ...final }, 'AKSES_DITOLAK'],
  ])('%s', (_n, ubah, hasil) => expect(kode(aturanTetapkanPredikat({ ...dasar, ...ubah }))).toBe(hasil));
  test('final: message and field', () => {
    expect(aturanTetapkanPredikat({ ...dasar, ...final })).toEqual({
      ok: false,
      status: 409,
      kode: 'PERIODE_SUDAH_FINAL',
      pesan: 'Predikat organisasi periode ini sudah difinalkan dan tidak dapat diubah.',
      field: 'predikat',
    });
  });
});

describe('aturanFinalkanPredikat: AKSES_DITOLAK → PREDIKAT_BELUM_DITETAPKAN → PERIODE_SUDAH_FINAL → KURVA_DILANGGAR', () => {
  const menutup = {
    override: { alasan: 'x', oleh: 'y', waktu: 'z', predikat: 'BAIK' as any, pelanggaran: [{ aturan: 'A1' }] },
  };
  test.each<[string, Partial<KeadaanPeriodeOpd>, string]>([
    ['set, quotas kept', {}, 'OK'],
    ['violations as warnings only (no block)', { kurva: { blokir: false, pelanggaran: langgar as any } }, 'OK'],
    ['blocked but covered by an override', { ...blokir, ...menutup }, 'OK'],
    ['no right', tanpaHak, 'AKSES_DITOLAK'],
    ['not set', { row: null }, 'PREDIKAT_BELUM_DITETAPKAN'],
    ['already final', final, 'PERIODE_SUDAH_FINAL'],
    ['blocked', blokir, 'KURVA_DILANGGAR'],
    ['no right and not set', { ...tanpaHak, row: null }, 'AKSES_DITOLAK'],
    ['final and blocked', { ...final, ...blokir }, 'PERIODE_SUDAH_FINAL'],
  ])('%s', (_n, ubah, hasil) => expect(kode(aturanFinalkanPredikat({ ...dasar, ...ubah }))).toBe(hasil));
  test('KURVA_DILANGGAR lists the violations', () => {
    expect(aturanFinalkanPredikat({ ...dasar, ...blokir })).toMatchObject({
      status: 409,
      detail: { pelanggaran: [{ aturan: 'A1', pesan: 'Kuota terlampaui' }] },
    });
    expect(aturanFinalkanPredikat({ ...dasar, row: null })).toMatchObject({ status: 409, field: 'predikat' });
    expect(aturanFinalkanPredikat({ ...dasar, ...final })).toEqual({
      ok: false,
      status: 409,
      kode: 'PERIODE_SUDAH_FINAL',
      pesan: 'Periode ini sudah difinalkan.',
    });
  });
});

describe('aturanOverridePredikat: AKSES_DITOLAK → PREDIKAT_BELUM_DITETAPKAN → PERIODE_SUDAH_FINAL → TANPA_PELANGGARAN', () => {
  const ada = { kurva: { blokir: true, pelanggaran: langgar as any } };
  test.each<[string, Partial<KeadaanPeriodeOpd>, string]>([
    ['BKPSDM with violations', ada, 'OK'],
    ['not BKPSDM (Kepala OPD)', { ...ada, hak: { tetapkan: true, override: false } }, 'AKSES_DITOLAK'],
    ['not set', { ...ada, row: null }, 'PREDIKAT_BELUM_DITETAPKAN'],
    ['final', { ...ada, ...final }, 'PERIODE_SUDAH_FINAL'],
    ['nothing to waive', {}, 'TANPA_PELANGGARAN'],
    ['not set and nothing to waive', { row: null }, 'PREDIKAT_BELUM_DITETAPKAN'],
    ['final and nothing to waive', final, 'PERIODE_SUDAH_FINAL'],
  ])('%s', (_n, ubah, hasil) => expect(kode(aturanOverridePredikat({ ...dasar, ...ubah }))).toBe(hasil));
});

describe('aturanBacaPredikat', () => {
  test.each<[string, boolean, string]>([
    ['within reach', true, 'OK'],
    ['outside reach', false, 'AKSES_DITOLAK'],
  ])('%s', (_n, baca, hasil) => expect(kode(aturanBacaPredikat({ baca }))).toBe(hasil));
  test('refusal: 403 naming kode_opd', () => {
    expect(aturanBacaPredikat({ baca: false })).toMatchObject({ status: 403, field: 'kode_opd' });
  });
});

describe('aturanUbahPanelPredikat: ISIAN_TIDAK_VALID → ALASAN_WAJIB', () => {
  const alasan = 'alasan yang cukup panjang';
  test.each<[string, Parameters<typeof aturanUbahPanelPredikat>[0], string, number | null, string | null]>([
    ['nothing asked', {}, 'ISIAN_TIDAK_VALID', 400, 'predikat'],
    ['nothing asked, a reason alone', { alasan }, 'ISIAN_TIDAK_VALID', 400, 'predikat'],
    ['predikat without a reason', { predikat: 'BAIK' }, 'ALASAN_WAJIB', 400, 'alasan'],
    ['override without a reason', { override: true }, 'ALASAN_WAJIB', 400, 'alasan'],
    ['predikat with a reason', { predikat: 'BAIK', alasan }, 'OK', null, null],
    ['override with a reason', { override: true, alasan }, 'OK', null, null],
    ['finalise alone (no reason needed)', { status: 'FINAL' }, 'OK', null, null],
  ])('%s', (_n, isian, hasil, status, field) => {
    const k = aturanUbahPanelPredikat(isian);
    expect(kode(k)).toBe(hasil);
    if (!k.ok) expect([k.status, k.field]).toEqual([status, field]);
  });
});
