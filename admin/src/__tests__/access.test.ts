import { describe, expect, it } from 'vitest';
import { ACCESS_RULES, canAccess, menuFor, MENU_ENTRIES, ROLE_TYPES, usesPortal } from '../access';

type Row = [role: string, resource: string, action: string, allowed: boolean];

// role × resource × action, named by cell
const table: Row[] = [
  // Admin BKPSDM: everything of the back office
  ['admin_bkpsdm', 'opd', 'list', true],
  ['admin_bkpsdm', 'opd', 'create', true],
  ['admin_bkpsdm', 'opd', 'delete', false],
  ['admin_bkpsdm', 'jabatan', 'delete', false],
  ['admin_bkpsdm', 'pegawai', 'delete', false],
  ['admin_bkpsdm', 'penugasan', 'create', true],
  ['admin_bkpsdm', 'jabatan', 'edit', true],
  ['admin_bkpsdm', 'jabatan-pohon', 'menu', true],
  ['admin_bkpsdm', 'pegawai', 'create', true],
  ['admin_bkpsdm', 'penugasan', 'delete', true],
  ['admin_bkpsdm', 'users', 'create', true],
  ['admin_bkpsdm', 'users', 'edit', true],
  ['admin_bkpsdm', 'users', 'delete', false],
  ['admin_bkpsdm', 'aktivitas-pengguna', 'menu', true],
  ['admin_bkpsdm', 'riwayat-login', 'list', true],
  ['admin_bkpsdm', 'riwayat-login', 'edit', false],
  ['admin_bkpsdm', 'riwayat-login', 'delete', false],
  ['admin_bkpsdm', 'audit-log', 'show', true],
  ['admin_bkpsdm', 'audit-log', 'edit', false],
  ['admin_bkpsdm', 'audit-log', 'delete', false],
  ['admin_bkpsdm', 'beranda', 'menu', false],
  // API tokens (issue 10 item 10): BKPSDM only; tokens are never edited (rotate instead)
  ['admin_bkpsdm', 'token-api', 'menu', true],
  ['admin_bkpsdm', 'token-api', 'create', true],
  ['admin_bkpsdm', 'token-api', 'delete', true],
  ['admin_bkpsdm', 'token-api', 'edit', false],
  ['admin_opd', 'token-api', 'list', false],
  ['bkad', 'token-api', 'menu', false],
  ['inspektorat', 'token-api', 'list', false],
  ['pegawai', 'token-api', 'list', false],
  // Admin OPD: its OPD's people and assignments
  ['admin_opd', 'pegawai', 'list', true],
  ['admin_opd', 'pegawai', 'edit', false],
  ['admin_opd', 'pegawai', 'create', false],
  ['admin_opd', 'pegawai', 'delete', false],
  ['admin_opd', 'penugasan', 'list', true],
  ['admin_opd', 'penugasan', 'create', false],
  ['admin_opd', 'penugasan', 'edit', false],
  ['admin_opd', 'penugasan', 'delete', false],
  ['admin_opd', 'jabatan', 'menu', false],
  ['admin_opd', 'jabatan', 'edit', false],
  ['admin_opd', 'jabatan-pohon', 'menu', true],
  ['admin_opd', 'opd', 'menu', false],
  ['admin_opd', 'opd', 'edit', false],
  ['admin_opd', 'users', 'menu', false],
  ['admin_opd', 'users', 'list', true],
  ['admin_opd', 'users', 'edit', false],
  ['admin_opd', 'aktivitas-pengguna', 'menu', true],
  ['admin_opd', 'riwayat-login', 'list', true],
  ['admin_opd', 'riwayat-login', 'menu', false],
  ['admin_opd', 'audit-log', 'list', false],
  // BKAD and Inspektorat: read-only lists
  ['bkad', 'opd', 'list', true],
  ['bkad', 'opd', 'edit', false],
  ['bkad', 'pegawai', 'show', true],
  ['bkad', 'pegawai', 'edit', false],
  ['bkad', 'penugasan', 'list', false],
  ['bkad', 'users', 'list', false],
  ['bkad', 'audit-log', 'list', false],
  ['inspektorat', 'opd', 'menu', true],
  ['inspektorat', 'pegawai', 'create', false],
  ['inspektorat', 'jabatan', 'list', false],
  ['inspektorat', 'aktivitas-pengguna', 'menu', false],
  // Pegawai: the ASN portal only
  ['pegawai', 'beranda', 'menu', true],
  ['pegawai', 'profil', 'menu', true],
  ['pegawai', 'penugasan-saya', 'menu', true],
  ['pegawai', 'pegawai', 'list', false],
  ['pegawai', 'pegawai', 'show', true],
  ['pegawai', 'pegawai', 'edit', false],
  ['pegawai', 'opd', 'list', false],
  ['pegawai', 'users', 'list', false],
  ['pegawai', 'audit-log', 'list', false],
  ['pegawai', 'riwayat-login', 'list', false],
  ['pegawai', 'dashboard', 'menu', false],
  // SKP: the portal pages for pegawai, the review list for BKPSDM and Admin OPD
  ['pegawai', 'skp-saya', 'menu', true],
  ['pegawai', 'persetujuan-skp', 'menu', true],
  ['pegawai', 'skp', 'show', true],
  ['pegawai', 'skp', 'list', false],
  ['pegawai', 'skp', 'menu', false],
  ['pegawai', 'skp', 'edit', false],
  ['admin_bkpsdm', 'skp', 'menu', true],
  ['admin_bkpsdm', 'skp', 'show', true],
  ['admin_bkpsdm', 'skp', 'create', false],
  ['admin_bkpsdm', 'skp', 'edit', false],
  ['admin_bkpsdm', 'skp', 'delete', false],
  ['admin_bkpsdm', 'skp-saya', 'menu', false],
  ['admin_opd', 'skp', 'list', true],
  ['admin_opd', 'skp', 'show', true],
  ['admin_opd', 'skp', 'edit', false],
  ['admin_opd', 'persetujuan-skp', 'menu', false],
  ['bkad', 'skp', 'list', false],
  ['bkad', 'laporan-predikat', 'menu', false],
  ['bkad', 'perhitungan-tpp', 'menu', true],
  ['inspektorat', 'skp', 'menu', false],
  // Sync log (issue 12 item 6): BKPSDM every run, Admin OPD his OPD's (the server scopes); read-only
  ['admin_bkpsdm', 'sync-log', 'menu', true],
  ['admin_bkpsdm', 'sync-log', 'list', true],
  ['admin_bkpsdm', 'sync-log', 'show', true],
  ['admin_bkpsdm', 'sync-log', 'export', true],
  ['admin_bkpsdm', 'sync-log', 'create', false],
  ['admin_bkpsdm', 'sync-log', 'edit', false],
  ['admin_bkpsdm', 'sync-log', 'delete', false],
  ['admin_opd', 'sync-log', 'menu', true],
  ['admin_opd', 'sync-log', 'list', true],
  ['admin_opd', 'sync-log', 'show', true],
  ['admin_opd', 'sync-log', 'create', false],
  ['admin_opd', 'sync-log', 'edit', false],
  ['admin_opd', 'sync-log', 'delete', false],
  ['bkad', 'sync-log', 'menu', false],
  ['bkad', 'sync-log', 'list', false],
  ['bkad', 'sync-log', 'show', false],
  ['inspektorat', 'sync-log', 'menu', false],
  ['inspektorat', 'sync-log', 'list', false],
  ['inspektorat', 'sync-log', 'show', false],
  ['pegawai', 'sync-log', 'menu', false],
  ['pegawai', 'sync-log', 'list', false],
  ['pegawai', 'sync-log', 'show', false],
  // fail closed
  ['authenticated', 'opd', 'list', false],
  ['', 'opd', 'list', false],
  ['admin_bkpsdm', 'unknown', 'list', false],
  ['admin_bkpsdm', 'opd', 'unknown', false],
  ['admin_bkpsdm', '', 'list', false],
];

describe('canAccess', () => {
  it.each(table)('%s %s %s → %s', (role, resource, action, allowed) => {
    expect(canAccess(role, resource, action)).toBe(allowed);
  });

  it('null role or resource → false', () => {
    expect(canAccess(null, 'opd', 'list')).toBe(false);
    expect(canAccess(undefined, 'opd', 'list')).toBe(false);
    expect(canAccess('admin_bkpsdm', null, 'list')).toBe(false);
    expect(canAccess('admin_bkpsdm', 'opd', undefined)).toBe(false);
  });

  it('does not trust prototype keys', () => {
    expect(canAccess('admin_bkpsdm', 'constructor', 'list')).toBe(false);
    expect(canAccess('toString', 'opd', 'list')).toBe(false);
  });

  it('has rules for every role', () => {
    expect(Object.keys(ACCESS_RULES).sort()).toEqual([...ROLE_TYPES].sort());
  });

  it('every menu entry needs list access too', () => {
    for (const role of ROLE_TYPES) {
      for (const entry of MENU_ENTRIES) {
        if (canAccess(role, entry.key, 'menu')) {
          expect(canAccess(role, entry.key, 'list'), `${role} ${entry.key}`).toBe(true);
        }
      }
    }
  });
});

describe('menus per role', () => {
  const ids = (role: string) => menuFor(role).map((entry) => entry.testId);

  it('admin_bkpsdm', () => {
    expect(ids('admin_bkpsdm')).toEqual([
      'menu-dasbor',
      'menu-opd',
      'menu-jabatan',
      'menu-pohon-jabatan',
      'menu-pegawai',
      'menu-penugasan',
      'menu-users',
      'menu-aktivitas-pengguna',
      'menu-riwayat-login',
      'menu-skp',
      'menu-rencana-aksi',
      'menu-realisasi',
      'menu-statistik-rhk',
      'menu-sasaran-opd',
      'menu-laporan-predikat',
      'menu-evaluasi',
      'menu-sinkron-plt',
      'menu-sync-log',
      'menu-perhitungan-tpp',
      'menu-impor-presensi',
      'menu-dpa-pk',
      'menu-token-api',
      'menu-audit-log',
    ]);
  });

  it('admin_opd', () => {
    expect(ids('admin_opd')).toEqual([
      'menu-dasbor',
      'menu-pohon-jabatan',
      'menu-pegawai',
      'menu-penugasan',
      'menu-aktivitas-pengguna',
      'menu-skp',
      'menu-rencana-aksi',
      'menu-realisasi',
      'menu-statistik-rhk',
      'menu-sasaran-opd',
      'menu-laporan-predikat',
      'menu-evaluasi',
      'menu-sync-log',
      'menu-perhitungan-tpp',
      'menu-impor-presensi',
      'menu-dpa-pk',
    ]);
  });

  it('bkad', () => {
    expect(ids('bkad')).toEqual(['menu-dasbor', 'menu-opd', 'menu-pegawai', 'menu-perhitungan-tpp', 'menu-dpa-pk']);
  });

  it('inspektorat', () => {
    expect(ids('inspektorat')).toEqual([
      'menu-dasbor',
      'menu-opd',
      'menu-pegawai',
      'menu-statistik-rhk',
      'menu-laporan-predikat',
      'menu-sinkron-plt',
    ]);
  });

  it('pegawai (ASN portal)', () => {
    expect(ids('pegawai')).toEqual([
      'menu-beranda',
      'menu-skp-saya',
      'menu-persetujuan-skp',
      'menu-rencana-aksi-saya',
      'menu-pemeriksaan-realisasi',
      'menu-penilaian-kinerja',
      'menu-evaluasi-saya',
      'menu-tpp-saya',
      'menu-profil',
      'menu-penugasan-saya',
    ]);
    expect(usesPortal('pegawai')).toBe(true);
    expect(usesPortal('admin_bkpsdm')).toBe(false);
  });

  it('unknown role → no menu', () => {
    expect(ids('authenticated')).toEqual([]);
  });

  it('test ids are unique', () => {
    const all = MENU_ENTRIES.map((entry) => entry.testId);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('menu of a Kepala OPD', () => {
  it('adds the Laporan Predikat to a pegawai who heads an OPD, and to nobody else in the portal', () => {
    const kunci = (xs: { key: string }[]) => xs.map((x) => x.key);
    expect(kunci(menuFor('pegawai', { kepalaOpd: true }))).toContain('laporan-predikat');
    expect(kunci(menuFor('pegawai'))).not.toContain('laporan-predikat');
    expect(kunci(menuFor('pegawai', { kepalaOpd: false }))).not.toContain('laporan-predikat');
    // the flag does not widen other roles' menus
    expect(kunci(menuFor('bkad', { kepalaOpd: true }))).toEqual(kunci(menuFor('bkad')));
  });
});
