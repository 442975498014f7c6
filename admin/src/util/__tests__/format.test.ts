import { describe, expect, it } from 'vitest';
import {
  akhirHari,
  awalHari,
  daysSince,
  formatDate,
  formatNip,
  golonganLabel,
  jenisKelaminKey,
  LONG_DATE,
  nipError,
  relativeTime,
} from '../format';

describe('formatNip', () => {
  it.each([
    ['197005182005031005', '19700518 200503 1 005'],
    ['199004042015031004', '19900404 201503 1 004'],
    ['19700518 200503 1 005', '19700518 200503 1 005'],
    ['admin', 'admin'],
    ['12345', '12345'],
    [null, ''],
    [undefined, ''],
  ])('%s → %s', (input, expected) => {
    expect(formatNip(input)).toBe(expected);
  });
});

describe('nipError', () => {
  it.each([
    ['197005182005031005', undefined],
    ['199207072020122007', undefined],
    ['', undefined],
    ['1970051820050310', 'mskp.error.nip_format'],
    ['19700518200503100A', 'mskp.error.nip_format'],
    ['197013182005031005', 'mskp.error.nip_tanggal_lahir'],
    ['197002302005031005', 'mskp.error.nip_tanggal_lahir'],
    ['197005182005131005', 'mskp.error.nip_tmt'],
    ['197005181960031005', 'mskp.error.nip_tmt'],
    ['197005182005033005', 'mskp.error.nip_jenis_kelamin'],
  ])('%s → %s', (input, expected) => {
    expect(nipError(input)).toBe(expected);
  });
});

describe('golonganLabel', () => {
  it.each([
    ['11', undefined, 'I/a'],
    ['14', undefined, 'I/d'],
    ['21', 'PNS', 'II/a'],
    ['24', 'PNS', 'II/d'],
    ['31', 'PNS', 'III/a'],
    ['34', 'PNS', 'III/d'],
    ['41', 'PNS', 'IV/a'],
    ['45', 'PNS', 'IV/e'],
    [32, 'PNS', 'III/b'],
    ['IX', 'PPPK', 'IX'],
    ['xvii', 'PPPK', 'XVII'],
    ['9', 'PPPK', 'IX'],
    ['17', 'PPPK', 'XVII'],
    ['99', 'PNS', '99'],
    [null, 'PNS', ''],
  ])('%s (%s) → %s', (code, jenis, expected) => {
    expect(golonganLabel(code, jenis)).toBe(expected);
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  it.each([
    [null, { key: 'mskp.waktu.belum_pernah' }],
    ['not a date', { key: 'mskp.waktu.belum_pernah' }],
    ['2026-11-27T09:59:30Z', { key: 'mskp.waktu.baru_saja' }],
    ['2026-11-27T09:15:00Z', { key: 'mskp.waktu.menit_lalu', count: 45 }],
    ['2026-11-27T03:00:00Z', { key: 'mskp.waktu.jam_lalu', count: 7 }],
    ['2026-11-24T10:00:00Z', { key: 'mskp.waktu.hari_lalu', count: 3 }],
    ['2026-09-28T10:00:00Z', { key: 'mskp.waktu.bulan_lalu', count: 2 }],
    ['2024-11-01T10:00:00Z', { key: 'mskp.waktu.tahun_lalu', count: 2 }],
    ['2026-11-28T10:00:00Z', { key: 'mskp.waktu.baru_saja' }],
  ])('%s', (value, expected) => {
    expect(relativeTime(value, now)).toEqual(expected);
  });

  it('daysSince', () => {
    expect(daysSince(null, now)).toBeNull();
    expect(daysSince('2026-10-27T10:00:00Z', now)).toBe(31);
  });
});

describe('dates', () => {
  it('long Indonesian date', () => {
    expect(formatDate('2026-11-27', 'id-ID', LONG_DATE)).toBe('27 November 2026');
    expect(formatDate('2026-08-17T03:00:00Z', 'id-ID', LONG_DATE)).toBe('17 Agustus 2026');
    expect(formatDate(null)).toBe('');
  });
});

describe('jenisKelaminKey', () => {
  it.each([
    ['L', null, 'L'],
    ['P', null, 'P'],
    ['2', null, 'P'],
    [null, '197005182005031005', 'L'],
    [null, '199207072020122007', 'P'],
    [null, 'admin', undefined],
  ])('%s / %s → %s', (value, nip, expected) => {
    expect(jenisKelaminKey(value, nip)).toBe(expected);
  });
});

describe('day bounds for date-time filters', () => {
  it('local start and end of the picked day, as UTC ISO', () => {
    const awal = awalHari('2026-11-27')!;
    const akhir = akhirHari('2026-11-27')!;
    expect(new Date(awal).getTime()).toBe(new Date(2026, 10, 27, 0, 0, 0, 0).getTime());
    expect(new Date(akhir).getTime()).toBe(new Date(2026, 10, 27, 23, 59, 59, 999).getTime());
    expect(awal.endsWith('Z')).toBe(true);
  });

  it('leaves empty and already-complete values alone', () => {
    expect(awalHari('')).toBeNull();
    expect(akhirHari(null)).toBeNull();
    expect(akhirHari('2026-11-27T10:00:00.000Z')).toBe('2026-11-27T10:00:00.000Z');
  });
});
