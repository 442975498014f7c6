import { describe, expect, it } from 'vitest';
import {
  barisKeDaftar,
  bidangPerubahan,
  nilaiPerubahan,
  butuhRhkAtasan,
  kedudukan,
  pakaiAspek,
  pakaiPerspektif,
  persenDisetujui,
  pilihanTahun,
  rhkBolehDiubah,
  skpBolehDiubah,
  warnaStatus,
} from '../aturan';

describe('SKP screen rules', () => {
  it.each([
    ['DRAFT', true],
    ['DITOLAK', true],
    ['DIAJUKAN', false],
    ['DISETUJUI', false],
  ] as const)('SKP %s editable → %s', (status, ok) => {
    expect(skpBolehDiubah(status)).toBe(ok);
  });

  it('RHK editable with its SKP, or alone while reopened', () => {
    expect(rhkBolehDiubah('DRAFT', null)).toBe(true);
    expect(rhkBolehDiubah('DISETUJUI', null)).toBe(false);
    expect(rhkBolehDiubah('DISETUJUI', 'DRAFT')).toBe(true);
    expect(rhkBolehDiubah('DISETUJUI', 'DIAJUKAN')).toBe(false);
    expect(rhkBolehDiubah('DIAJUKAN', null)).toBe(false);
  });

  it('JPT vs JA/JF forms', () => {
    expect(butuhRhkAtasan('JA', 'UTAMA')).toBe(true);
    expect(butuhRhkAtasan('JF', 'UTAMA')).toBe(true);
    expect(butuhRhkAtasan('JA', 'TAMBAHAN')).toBe(false);
    expect(butuhRhkAtasan('JPT', 'UTAMA')).toBe(false);
    expect(pakaiPerspektif('JPT')).toBe(true);
    expect(pakaiPerspektif('JF')).toBe(false);
    expect(pakaiAspek('JA')).toBe(true);
    expect(pakaiAspek('JPT')).toBe(false);
  });

  it('years: last, this (default) and next', () => {
    expect(pilihanTahun(2026)).toEqual([2025, 2026, 2027]);
  });

  it('who may do what', () => {
    expect(kedudukan('pegawai', '1', '1')).toEqual({ pemilik: true, pemutus: false, sebagaiAdmin: false });
    expect(kedudukan('pegawai', '2', '1')).toEqual({ pemilik: false, pemutus: true, sebagaiAdmin: false });
    // the server says who the penilai is today: another pegawai who is not gets no buttons
    expect(kedudukan('pegawai', '2', '1', true).pemutus).toBe(true);
    expect(kedudukan('pegawai', '2', '1', false).pemutus).toBe(false);
    expect(kedudukan('pegawai', '1', '1', true).pemutus).toBe(false);
    expect(kedudukan('admin_bkpsdm', null, '1', false).pemutus).toBe(true);
    expect(kedudukan('admin_bkpsdm', null, '1')).toEqual({ pemilik: false, pemutus: true, sebagaiAdmin: true });
    expect(kedudukan('admin_opd', null, '1').pemutus).toBe(false);
    expect(kedudukan('bkad', null, '1').pemutus).toBe(false);
  });

  it('progress and colours', () => {
    expect(persenDisetujui({})).toBe(0);
    expect(persenDisetujui({ DRAFT: 1, DISETUJUI: 3 })).toBe(75);
    expect(warnaStatus('DITOLAK')).toBe('error');
    expect(warnaStatus('DISETUJUI')).toBe('success');
    expect(warnaStatus(undefined)).toBe('default');
  });

  it('attachment lines', () => {
    expect(barisKeDaftar(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
    expect(barisKeDaftar('')).toEqual([]);
  });
});

describe('old → new of a revised RHK (issue 10 item 3)', () => {
  it.each([
    ['target', { kunci: 'target' }],
    ['target_bulan_3', { kunci: 'target_bulan', bulan: 3 }],
    ['target_bulan_12', { kunci: 'target_bulan', bulan: 12 }],
    ['ada', { kunci: 'ada' }],
  ])('bidangPerubahan(%s)', (field, hasil) => {
    expect(bidangPerubahan(field)).toEqual(hasil);
  });
  it.each<[unknown, unknown]>([
    [null, { teks: '-' }],
    ['', { teks: '-' }],
    [3, { teks: '3' }],
    ['80-90', { teks: '80-90' }],
    [true, { kunci: 'ya' }],
    [false, { kunci: 'tidak' }],
  ])('nilaiPerubahan(%s)', (x, hasil) => {
    expect(nilaiPerubahan(x)).toEqual(hasil);
  });
});
