import simpleRestProvider from 'ra-data-simple-rest';
import { useDataProvider, type DataProvider } from 'react-admin';
import { session as appSession, type Session } from '../auth/session';
import { createHttpClient, type HttpClient } from './httpClient';
import type { Jabatan, MskpDataProvider, StatistikPegawai } from './types';
import { skpMethods } from './skp';
import { renaksiMethods } from './renaksi';
import { evaluasiMethods } from './evaluasi';
import { tokenApiMethods } from './tokenApi';
import { tppMethods } from './tpp';
import { dpaMethods } from './dpa';
import { laporanPredikatMethods } from './laporanPredikat';
import { integrasiMethods } from './integrasi';

export * from './types';
export type * from './renaksi';
export type * from './evaluasi';
export type * from './tokenApi';
export type * from './tpp';
export type * from './dpa';
export type * from './laporanPredikat';
export type * from './integrasi';

/**
 * Fields the panel may send per resource. Everything else in a record
 * (ids, names of related records, computed and read-only fields) stays on
 * the client: the server refuses bodies that try to set computed fields.
 */
export const WRITABLE_FIELDS: Record<string, { create: string[]; update: string[] }> = {
  opd: {
    create: ['kode_opd', 'nama', 'singkatan', 'jenis', 'induk_id', 'aktif'],
    update: ['kode_opd', 'nama', 'singkatan', 'jenis', 'induk_id', 'aktif'],
  },
  jabatan: {
    create: [
      'kode',
      'nama',
      'unit_kerja',
      'opd_id',
      'atasan_id',
      'jenis',
      'jenjang',
      'eselon',
      'kelas_jabatan',
      'nilai_jabatan',
      'kepala_opd',
      'aktif',
    ],
    update: [
      'kode',
      'nama',
      'unit_kerja',
      'opd_id',
      'atasan_id',
      'jenis',
      'jenjang',
      'eselon',
      'kelas_jabatan',
      'nilai_jabatan',
      'kepala_opd',
      'aktif',
    ],
  },
  pegawai: {
    create: [
      'nip',
      'nama',
      'gelar_depan',
      'gelar_belakang',
      'jenis_asn',
      'cpns',
      'golongan',
      'status',
      'opd_id',
      'nik',
      'npwp',
      'alamat',
      'kode_bank',
      'nama_bank',
      'nomor_rekening',
    ],
    update: [
      'nip',
      'nama',
      'gelar_depan',
      'gelar_belakang',
      'jenis_asn',
      'cpns',
      'golongan',
      'status',
      'opd_id',
      'nik',
      'npwp',
      'alamat',
      'kode_bank',
      'nama_bank',
      'nomor_rekening',
    ],
  },
  penugasan: {
    create: ['pegawai_id', 'jabatan_id', 'jenis', 'tmt_mulai', 'tmt_akhir', 'nomor_sk', 'alasan_berakhir'],
    update: ['pegawai_id', 'jabatan_id', 'jenis', 'tmt_mulai', 'tmt_akhir', 'nomor_sk', 'alasan_berakhir'],
  },
  users: {
    create: ['username', 'email', 'password', 'role', 'pegawai_id'],
    update: ['role', 'blocked'],
  },
};

/** Keep only the writable fields that are present in `data`. */
export const pickWritable = (
  resource: string,
  mode: 'create' | 'update',
  data: Record<string, unknown>,
): Record<string, unknown> => {
  const allowed = WRITABLE_FIELDS[resource]?.[mode];
  if (!allowed) return data;
  const result: Record<string, unknown> = {};
  for (const field of allowed) {
    if (Object.prototype.hasOwnProperty.call(data, field)) {
      const value = data[field];
      result[field] = value === '' ? null : value;
    }
  }
  return result;
};

export const createDataProvider = (
  session: Session = appSession,
  httpClient: HttpClient = createHttpClient(session),
): MskpDataProvider => {
  const apiUrl = `${session.apiUrl}/api/panel`;
  const base: DataProvider = simpleRestProvider(apiUrl, httpClient);

  const hitung = async (resource: string, filter: Record<string, unknown> = {}) => {
    const { total } = await base.getList(resource, {
      pagination: { page: 1, perPage: 1 }, // range=[0,0]
      sort: { field: 'id', order: 'ASC' },
      filter,
    });
    return total ?? 0;
  };

  return {
    ...base,
    create: (resource, params) =>
      base.create(resource, {
        ...params,
        data: pickWritable(resource, 'create', params.data as Record<string, unknown>),
      }),
    update: (resource, params) => {
      const data = pickWritable(resource, 'update', params.data as Record<string, unknown>);
      // optimistic concurrency: the server answers 409 when the record
      // changed since this version was read
      const version =
        (params.previousData as { updatedAt?: unknown } | undefined)?.updatedAt ??
        (params.data as { updatedAt?: unknown }).updatedAt;
      if (WRITABLE_FIELDS[resource] && typeof version === 'string') data.updatedAt = version;
      return base.update(resource, { ...params, data });
    },
    hitung,
    statistikPegawai: async () => {
      const { json } = await httpClient(`${apiUrl}/statistik-pegawai`);
      return Array.isArray(json) ? (json as StatistikPegawai[]) : [];
    },
    pohonJabatan: async (opdId) => {
      const { data } = await base.getList<Jabatan>('jabatan', {
        pagination: { page: 1, perPage: 1000 }, // range=[0,999]
        sort: { field: 'kode', order: 'ASC' },
        filter: { opd_id: opdId },
      });
      return data;
    },
    gantiKataSandi: async (input) => {
      const { json } = await httpClient(`${session.apiUrl}/api/auth/change-password`, {
        method: 'POST',
        body: JSON.stringify(input),
      });
      // Strapi revokes the other sessions and answers with a new token
      if (json && typeof json.jwt === 'string') session.setToken(json.jwt);
    },
    ...skpMethods(session.apiUrl, httpClient, (url, init) => session.authFetch(url, init)),
    ...renaksiMethods(session, httpClient),
    ...evaluasiMethods(session.apiUrl, httpClient, session.authFetch),
    ...tokenApiMethods(apiUrl, httpClient),
    ...tppMethods(session, httpClient),
    ...dpaMethods(session, httpClient),
    ...laporanPredikatMethods(session, httpClient),
    ...integrasiMethods(session, httpClient),
  };
};

export const dataProvider = createDataProvider();

export const useMskpDataProvider = () => useDataProvider<MskpDataProvider>();
