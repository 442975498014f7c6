/** Choice lists; names are i18n keys (SelectInput/SelectField translate them). */

const choicesOf = (namespace: string, ids: readonly string[]) =>
  ids.map((id) => ({ id, name: `mskp.choices.${namespace}.${id}` }));

export const JENIS_OPD = choicesOf('jenis_opd', [
  'SEKRETARIAT',
  'BADAN',
  'DINAS',
  'INSPEKTORAT',
  'SATPOL',
  'KECAMATAN',
  'KELURAHAN',
  'RSUD',
  'LAINNYA',
]);

export const JENIS_JABATAN = choicesOf('jenis_jabatan', ['JPT', 'JA', 'JF']);

export const JENJANG_BY_JENIS: Record<string, string[]> = {
  JPT: ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'],
  JA: ['ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA'],
  JF: ['AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA', 'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA'],
};

export const JENJANG = choicesOf('jenjang', [...JENJANG_BY_JENIS.JPT, ...JENJANG_BY_JENIS.JA, ...JENJANG_BY_JENIS.JF]);

export const jenjangChoicesFor = (jenis: string | null | undefined) =>
  jenis && JENJANG_BY_JENIS[jenis] ? choicesOf('jenjang', JENJANG_BY_JENIS[jenis]) : JENJANG;

export const STATUS_PEGAWAI = choicesOf('status_pegawai', ['AKTIF', 'CUTI', 'PENSIUN', 'BERHENTI', 'MENINGGAL']);

export const JENIS_ASN = choicesOf('jenis_asn', ['PNS', 'PPPK']);

export const JENIS_PENUGASAN = choicesOf('jenis_penugasan', ['UTAMA', 'PLT', 'PLH', 'PJ']);

export const SEBAGAI = choicesOf('sebagai', ['DEFINITIF', 'PLT', 'PLH', 'PJ']);

export const ROLES = choicesOf('role', ['admin_bkpsdm', 'admin_opd', 'pegawai', 'bkad', 'inspektorat']);

export const ESELON = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a'].map((id) => ({
  id,
  name: id,
}));
