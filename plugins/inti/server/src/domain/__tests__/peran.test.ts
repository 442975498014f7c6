/**
 * Roles and their reach (BKPSDM, BKAD, Inspektorat: every pegawai; Admin OPD: its OPD; a pegawai: himself and his
 * subordinates at the date); unknown roles read nothing (fail closed).
 */
import { jangkauanPeran, bolehKelolaDataInduk, bolehRanahPeran, RANAH, RANAH_PERAN, PERAN, NAMA_PERAN } from '../peran';

describe('jangkauanPeran', () => {
  test.each([
    ['admin_bkpsdm', 'SEMUA'],
    ['bkad', 'SEMUA'],
    ['inspektorat', 'SEMUA'],
    ['admin_opd', 'OPD'],
    ['pegawai', 'BAWAHAN'],
    // unknown or stock roles: nothing
    ['authenticated', 'TIDAK_ADA'],
    ['public', 'TIDAK_ADA'],
    ['ADMIN_BKPSDM', 'TIDAK_ADA'],
    ['Pegawai', 'TIDAK_ADA'],
    [' pegawai', 'TIDAK_ADA'],
    ['', 'TIDAK_ADA'],
    [null, 'TIDAK_ADA'],
    [undefined, 'TIDAK_ADA'],
    ['superadmin', 'TIDAK_ADA'],
  ])('%p → %s', (peran, jangkauan) => {
    expect(jangkauanPeran(peran as any)).toBe(jangkauan);
  });
  test('every declared role has a reach other than TIDAK_ADA', () => {
    for (const p of Object.values(PERAN)) expect(jangkauanPeran(p)).not.toBe('TIDAK_ADA');
  });
});

describe('bolehKelolaDataInduk (master data writes: BKPSDM only)', () => {
  test.each([
    ['admin_bkpsdm', true],
    ['bkad', false],
    ['inspektorat', false],
    ['admin_opd', false],
    ['pegawai', false],
    ['authenticated', false],
    [null, false],
    [undefined, false],
  ])('%p → %p', (peran, boleh) => {
    expect(bolehKelolaDataInduk(peran as any)).toBe(boleh);
  });
});

describe('NAMA_PERAN', () => {
  test('every role has an Indonesian name and description', () => {
    expect(Object.keys(NAMA_PERAN).sort()).toEqual(Object.values(PERAN).sort());
    for (const v of Object.values(NAMA_PERAN)) {
      expect(v.nama.length).toBeGreaterThan(2);
      expect(v.keterangan.length).toBeGreaterThan(10);
    }
  });
  test('role types are the stable strings of the API', () => {
    expect(PERAN).toEqual({
      PEGAWAI: 'pegawai',
      ADMIN_OPD: 'admin_opd',
      ADMIN_BKPSDM: 'admin_bkpsdm',
      BKAD: 'bkad',
      INSPEKTORAT: 'inspektorat',
    });
  });
});

/**
 * Issue 10 item 6 (BKAD sees everything): the data areas of each role, every role × area cell (domain.md §9).
 * BKAD: TPP, presensi, DPA and the master data a TPP line needs, never the performance records behind it;
 * Inspektorat: reads every area (its writes are refused by each action's own role check).
 */
describe('bolehRanahPeran: every role × data area', () => {
  const TABEL: Record<string, Record<string, boolean>> = {
    pegawai: { kinerja: true, tpp: true, dpa: true, induk: true },
    admin_opd: { kinerja: true, tpp: true, dpa: true, induk: true },
    admin_bkpsdm: { kinerja: true, tpp: true, dpa: true, induk: true },
    bkad: { kinerja: false, tpp: true, dpa: true, induk: true },
    inspektorat: { kinerja: true, tpp: true, dpa: true, induk: true },
  };
  const SEL = Object.entries(TABEL).flatMap(([peran, baris]) =>
    Object.entries(baris).map(([ranah, boleh]) => [peran, ranah, boleh] as const),
  );
  test.each(SEL)('%s × %s → %p', (peran, ranah, boleh) => {
    expect(bolehRanahPeran(peran, ranah)).toBe(boleh);
  });
  test('the table covers every role and every area, nothing more', () => {
    expect(Object.keys(RANAH_PERAN).sort()).toEqual(Object.values(PERAN).sort());
    for (const baris of Object.values(RANAH_PERAN)) expect(Object.keys(baris).sort()).toEqual([...RANAH].sort());
    expect(SEL.length).toBe(Object.values(PERAN).length * RANAH.length);
  });
  test.each([
    ['authenticated', 'kinerja'],
    ['public', 'tpp'],
    [null, 'induk'],
    [undefined, 'dpa'],
    ['BKAD', 'tpp'],
    ['bkad', 'keuangan'],
    ['bkad', 'toString'],
    ['constructor', 'kinerja'],
    ['__proto__', 'tpp'],
  ])('fails closed: %p × %p → false', (peran, ranah) => {
    expect(bolehRanahPeran(peran as any, ranah)).toBe(false);
  });
});
