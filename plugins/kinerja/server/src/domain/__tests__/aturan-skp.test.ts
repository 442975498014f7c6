/** The SKP edit's stale-copy rule and who may write an OPD-level sasaran: every answer each rule can give. */
import { aturanTulisSasaran, aturanVersiSkp, bolehTulisSasaran, type PenulisSasaran } from '../aturan-skp';

describe('aturanVersiSkp: an edit of a stale copy is refused', () => {
  const tersimpan = '2026-03-01T08:00:00.000Z';
  test.each([
    ['no updatedAt sent: not checked', undefined, tersimpan, null],
    ['null updatedAt: not checked', null, tersimpan, null],
    ['empty updatedAt: not checked', '', tersimpan, null],
    ['same instant', tersimpan, tersimpan, null],
    ['same instant, stored as a Date', tersimpan, new Date(tersimpan), null],
    ['same instant, other notation', '2026-03-01T15:00:00+07:00', tersimpan, null],
    ['older copy', '2026-02-28T08:00:00.000Z', tersimpan, 'DATA_KEDALUWARSA'],
    ['newer copy', '2026-03-02T08:00:00.000Z', tersimpan, 'DATA_KEDALUWARSA'],
    ['not a date', 'kemarin', tersimpan, 'DATA_KEDALUWARSA'],
  ])('%s', (_n, dikirim, simpan, kode) => {
    const k = aturanVersiSkp(dikirim, simpan);
    if (kode == null) expect(k.ok).toBe(true);
    else {
      expect(k).toMatchObject({ ok: false, status: 409, kode, detail: { updatedAt: simpan } });
      expect(k.ok || k.field).toBeUndefined();
    }
  });
});

describe('aturanTulisSasaran: Admin BKPSDM any OPD, Admin OPD his own, nobody else', () => {
  const a = (peran: string | null, opdId: number | null): PenulisSasaran => ({ peran, opdId });
  test.each([
    ['Admin BKPSDM, any OPD', a('admin_bkpsdm', null), 5, null, undefined],
    ['Admin BKPSDM, his own OPD', a('admin_bkpsdm', 5), 5, null, undefined],
    ['Admin OPD, his OPD', a('admin_opd', 5), 5, null, undefined],
    ['Admin OPD, another OPD', a('admin_opd', 5), 6, 'AKSES_DITOLAK', 'opd_id'],
    ['Admin OPD, no OPD given', a('admin_opd', 5), null, 'AKSES_DITOLAK', 'opd_id'],
    ['Admin OPD without an OPD', a('admin_opd', null), 5, 'AKSES_DITOLAK', undefined],
    ['pegawai', a('pegawai', 5), 5, 'AKSES_DITOLAK', undefined],
    ['no role', a(null, null), 5, 'AKSES_DITOLAK', undefined],
  ])('%s', (_n, penulis, opdId, kode, field) => {
    const k = aturanTulisSasaran(penulis, opdId);
    if (kode == null) expect(k.ok).toBe(true);
    else {
      expect(k).toMatchObject({ ok: false, status: 403, kode });
      expect(k.ok ? null : k.field).toBe(field);
    }
  });

  test.each([
    [a('admin_bkpsdm', null), true],
    [a('admin_opd', 3), true],
    [a('admin_opd', null), false],
    [a('bkad', 3), false],
    [a('token', null), false],
  ])('bolehTulisSasaran(%o) = %s', (penulis, boleh) => {
    expect(bolehTulisSasaran(penulis)).toBe(boleh);
  });
});
