/**
 * Which screens and buttons the panel offers to each role.
 *
 * This is a convenience for menus and buttons only: the server's scope
 * service decides what every request may read or write. Unknown roles,
 * resources or actions are denied (fail closed).
 */

export const ROLE_TYPES = ['admin_bkpsdm', 'admin_opd', 'pegawai', 'bkad', 'inspektorat'] as const;

export type RoleType = (typeof ROLE_TYPES)[number];

/** `menu` = shown in the navigation; the others are react-admin's actions. */
export type Action = 'menu' | 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export';

/** Resources of the panel protocol plus the custom pages (by route key). */
export type AccessKey =
  | 'dashboard'
  | 'opd'
  | 'jabatan'
  | 'jabatan-pohon'
  | 'pegawai'
  | 'penugasan'
  | 'users'
  | 'aktivitas-pengguna'
  | 'riwayat-login'
  | 'audit-log'
  | 'statistik-pegawai'
  | 'beranda'
  | 'profil'
  | 'penugasan-saya'
  | 'skp'
  | 'skp-saya'
  | 'persetujuan-skp'
  | 'rencana-aksi-saya'
  | 'pemeriksaan-realisasi'
  | 'statistik-rhk'
  | 'rencana-aksi'
  | 'realisasi'
  | 'sasaran-opd'
  | 'laporan-predikat'
  | 'penilaian-kinerja'
  | 'evaluasi-saya'
  | 'evaluasi'
  | 'sinkron-plt'
  | 'sync-log'
  | 'perhitungan-tpp'
  | 'impor-presensi'
  | 'dpa-pk'
  | 'tpp'
  | 'tpp-saya'
  | 'token-api';

const ALL: Action[] = ['menu', 'list', 'show', 'create', 'edit', 'delete', 'export'];
// OPD, jabatan and pegawai are never deleted (history refers to them): deactivate instead
const NO_DELETE: Action[] = ['menu', 'list', 'show', 'create', 'edit', 'export'];
const READ: Action[] = ['list', 'show', 'export'];
const PAGE: Action[] = ['menu', 'list'];

type RuleTable = Record<RoleType, Partial<Record<AccessKey, readonly Action[]>>>;

export const ACCESS_RULES: RuleTable = {
  admin_bkpsdm: {
    dashboard: PAGE,
    opd: NO_DELETE,
    jabatan: NO_DELETE,
    'jabatan-pohon': PAGE,
    pegawai: NO_DELETE,
    penugasan: ALL,
    users: ['menu', 'list', 'show', 'create', 'edit', 'export'],
    'aktivitas-pengguna': PAGE,
    'riwayat-login': ['menu', ...READ],
    'audit-log': ['menu', ...READ],
    'statistik-pegawai': ['list'],
    profil: ['list'],
    // SKP are written through the workflow endpoints; the admin reviews,
    // and may approve or reject in the penilai's stead with a reason
    skp: ['menu', ...READ],
    'statistik-rhk': PAGE,
    // renaksi and realisasi are written by their owners; the back office reads them
    'rencana-aksi': ['menu', ...READ],
    realisasi: ['menu', ...READ],
    // OPD-level sasaran/PK: the reference of the Kepala OPD's duplicate-indicator check
    'sasaran-opd': ALL,
    // Laporan Predikat Kinerja: all OPD; sets predikat, finalises, overrides the quotas
    'laporan-predikat': PAGE,
    // evaluations are written by the penilai; the back office reads them (BKPSDM: Sinkron PLT)
    evaluasi: ['menu', ...READ],
    // the PLT sync runs and what each changed (written by the sync only)
    'sinkron-plt': ['menu', ...READ],
    // the eKAK/SIMPEG runs, read-only (written by the integration runs only)
    'sync-log': ['menu', ...READ],
    // the TPP run and its lines (lines are written by the run only)
    'perhitungan-tpp': PAGE,
    tpp: READ,
    // monthly attendance summaries (preview, then apply)
    'impor-presensi': PAGE,
    'dpa-pk': PAGE,
    // API tokens of external systems: created, rotated and revoked on the list screen (BKPSDM only)
    'token-api': ['menu', 'list', 'create', 'delete'],
  },
  admin_opd: {
    dashboard: PAGE,
    opd: ['list', 'show'],
    jabatan: ['list', 'show'],
    'jabatan-pohon': PAGE,
    // master data is written by BKPSDM only (the server refuses others)
    pegawai: ['menu', 'list', 'show', 'export'],
    penugasan: ['menu', 'list', 'show', 'export'],
    users: ['list', 'show'],
    'aktivitas-pengguna': PAGE,
    'riwayat-login': ['list', 'show'],
    'statistik-pegawai': ['list'],
    profil: ['list'],
    skp: ['menu', ...READ],
    'statistik-rhk': PAGE,
    'rencana-aksi': ['menu', ...READ],
    realisasi: ['menu', ...READ],
    // his own OPD only (the server refuses others)
    'sasaran-opd': ALL,
    'laporan-predikat': PAGE,
    evaluasi: ['menu', ...READ],
    // the eKAK/SIMPEG runs of his OPD (the server refuses others)
    'sync-log': ['menu', ...READ],
    // TPP of his OPD (read and export; the run is BKAD/BKPSDM's) and its attendance import
    'perhitungan-tpp': PAGE,
    tpp: READ,
    'impor-presensi': PAGE,
    'dpa-pk': PAGE,
  },
  // TPP, DPA/PK, locks and the pegawai master a TPP line needs; no performance records (domain.md §9)
  bkad: {
    dashboard: PAGE,
    'dpa-pk': PAGE,
    'perhitungan-tpp': PAGE,
    tpp: READ,
    opd: ['menu', ...READ],
    pegawai: ['menu', ...READ],
    'statistik-pegawai': ['list'],
    profil: ['list'],
  },
  inspektorat: {
    dashboard: PAGE,
    opd: ['menu', ...READ],
    pegawai: ['menu', ...READ],
    'statistik-pegawai': ['list'],
    profil: ['list'],
    'statistik-rhk': PAGE,
    'laporan-predikat': PAGE,
    // audit view of the PLT sync runs
    'sinkron-plt': ['menu', 'list', 'show'],
  },
  pegawai: {
    beranda: PAGE,
    profil: PAGE,
    'penugasan-saya': PAGE,
    // the portal pages read these (the server returns only self and
    // subordinates); no list screens of their own
    pegawai: ['show'],
    penugasan: ['show'],
    'skp-saya': PAGE,
    'persetujuan-skp': PAGE,
    'rencana-aksi-saya': PAGE,
    // the penilai's check of his subordinates' realisasi (empty for others)
    'pemeriksaan-realisasi': PAGE,
    // the penilai's evaluations of the month (empty for others) and my own evaluations
    'penilaian-kinerja': PAGE,
    'evaluasi-saya': PAGE,
    'tpp-saya': PAGE,
    // the SKP screen (own, or a subordinate's as penilai); no back-office list
    skp: ['show'],
    // the Kepala OPD's report of his OPD (the server refuses other pegawai): reached from the
    // a Kepala OPD (me.pegawai.kepala_opd) gets it in his menu: MENU_KEPALA_OPD; the server refuses other pegawai
    'laporan-predikat': ['list'],
  },
};

export const isRoleType = (value: unknown): value is RoleType =>
  typeof value === 'string' && (ROLE_TYPES as readonly string[]).includes(value);

export const canAccess = (
  roleType: string | null | undefined,
  resource: string | null | undefined,
  action: string | null | undefined,
): boolean => {
  if (!isRoleType(roleType) || !resource || !action) return false;
  const rules = ACCESS_RULES[roleType];
  if (!Object.prototype.hasOwnProperty.call(rules, resource)) return false;
  const allowed = rules[resource as AccessKey];
  return Array.isArray(allowed) && (allowed as readonly string[]).includes(action);
};

/** The ASN portal (simplified layout) is for the pegawai role only. */
export const usesPortal = (roleType: string | null | undefined): boolean => roleType === 'pegawai';

/**
 * The navigation, in display order. Each item is shown when
 * `canAccess(role, key, 'menu')`; `testId` is a stable hook for e2e tests.
 */
export interface MenuEntry {
  key: AccessKey;
  to: string;
  label: string;
  testId: string;
}

export const MENU_ENTRIES: readonly MenuEntry[] = [
  { key: 'dashboard', to: '/', label: 'mskp.menu.dasbor', testId: 'menu-dasbor' },
  { key: 'beranda', to: '/', label: 'mskp.menu.beranda', testId: 'menu-beranda' },
  { key: 'skp-saya', to: '/skp-saya', label: 'mskp.menu.skp_saya', testId: 'menu-skp-saya' },
  {
    key: 'persetujuan-skp',
    to: '/persetujuan-skp',
    label: 'mskp.menu.persetujuan_skp',
    testId: 'menu-persetujuan-skp',
  },
  {
    key: 'rencana-aksi-saya',
    to: '/rencana-aksi-saya',
    label: 'mskp.renaksi.menu.rencana_aksi_saya',
    testId: 'menu-rencana-aksi-saya',
  },
  {
    key: 'pemeriksaan-realisasi',
    to: '/pemeriksaan-realisasi',
    label: 'mskp.renaksi.menu.pemeriksaan_realisasi',
    testId: 'menu-pemeriksaan-realisasi',
  },
  {
    key: 'penilaian-kinerja',
    to: '/penilaian-kinerja',
    label: 'mskp.evaluasi.menu.penilaian_kinerja',
    testId: 'menu-penilaian-kinerja',
  },
  {
    key: 'evaluasi-saya',
    to: '/evaluasi-saya',
    label: 'mskp.evaluasi.menu.evaluasi_saya',
    testId: 'menu-evaluasi-saya',
  },
  { key: 'tpp-saya', to: '/tpp-saya', label: 'mskp.tpp.menu.tpp_saya', testId: 'menu-tpp-saya' },
  { key: 'opd', to: '/opd', label: 'mskp.menu.opd', testId: 'menu-opd' },
  { key: 'jabatan', to: '/jabatan', label: 'mskp.menu.jabatan', testId: 'menu-jabatan' },
  {
    key: 'jabatan-pohon',
    to: '/jabatan/pohon',
    label: 'mskp.menu.pohon_jabatan',
    testId: 'menu-pohon-jabatan',
  },
  { key: 'pegawai', to: '/pegawai', label: 'mskp.menu.pegawai', testId: 'menu-pegawai' },
  {
    key: 'penugasan',
    to: '/penugasan',
    label: 'mskp.menu.penugasan',
    testId: 'menu-penugasan',
  },
  { key: 'users', to: '/users', label: 'mskp.menu.pengguna', testId: 'menu-users' },
  {
    key: 'aktivitas-pengguna',
    to: '/aktivitas-pengguna',
    label: 'mskp.menu.aktivitas_pengguna',
    testId: 'menu-aktivitas-pengguna',
  },
  {
    key: 'riwayat-login',
    to: '/riwayat-login',
    label: 'mskp.menu.riwayat_login',
    testId: 'menu-riwayat-login',
  },
  { key: 'skp', to: '/skp', label: 'mskp.menu.skp', testId: 'menu-skp' },
  {
    key: 'rencana-aksi',
    to: '/rencana-aksi',
    label: 'mskp.renaksi.menu.rencana_aksi',
    testId: 'menu-rencana-aksi',
  },
  { key: 'realisasi', to: '/realisasi', label: 'mskp.renaksi.menu.realisasi', testId: 'menu-realisasi' },
  {
    key: 'statistik-rhk',
    to: '/statistik-rhk',
    label: 'mskp.renaksi.menu.statistik_rhk',
    testId: 'menu-statistik-rhk',
  },
  {
    key: 'sasaran-opd',
    to: '/sasaran-opd',
    label: 'mskp.menu.sasaran_opd',
    testId: 'menu-sasaran-opd',
  },
  {
    key: 'laporan-predikat',
    to: '/laporan-predikat',
    label: 'mskp.laporan_predikat.menu',
    testId: 'menu-laporan-predikat',
  },
  { key: 'evaluasi', to: '/evaluasi', label: 'mskp.evaluasi.menu.evaluasi', testId: 'menu-evaluasi' },
  { key: 'sinkron-plt', to: '/sinkron-plt', label: 'mskp.plt.menu', testId: 'menu-sinkron-plt' },
  { key: 'sync-log', to: '/sync-log', label: 'mskp.sync_log.menu', testId: 'menu-sync-log' },
  {
    key: 'perhitungan-tpp',
    to: '/perhitungan-tpp',
    label: 'mskp.tpp.menu.perhitungan',
    testId: 'menu-perhitungan-tpp',
  },
  { key: 'impor-presensi', to: '/impor-presensi', label: 'mskp.tpp.presensi.menu', testId: 'menu-impor-presensi' },
  { key: 'dpa-pk', to: '/dpa', label: 'mskp.dpa.menu', testId: 'menu-dpa-pk' },
  { key: 'token-api', to: '/token-api', label: 'mskp.token_api.menu', testId: 'menu-token-api' },
  { key: 'audit-log', to: '/audit-log', label: 'mskp.menu.audit_log', testId: 'menu-audit-log' },
  { key: 'profil', to: '/profil', label: 'mskp.menu.profil', testId: 'menu-profil' },
  {
    key: 'penugasan-saya',
    to: '/penugasan-saya',
    label: 'mskp.menu.penugasan_saya',
    testId: 'menu-penugasan-saya',
  },
];

/** Screens a pegawai gets while he holds (definitive or Plt) the head post of an OPD. */
export const MENU_KEPALA_OPD: readonly AccessKey[] = ['laporan-predikat'];

export const menuFor = (roleType: string | null | undefined, opsi: { kepalaOpd?: boolean } = {}): MenuEntry[] =>
  MENU_ENTRIES.filter(
    (entry) =>
      canAccess(roleType, entry.key, 'menu') ||
      (roleType === 'pegawai' &&
        opsi.kepalaOpd === true &&
        MENU_KEPALA_OPD.includes(entry.key) &&
        canAccess(roleType, entry.key, 'list')),
  );
