import type { Core, UID } from '@strapi/strapi';
import type { z } from 'zod';
import { GalatMskp, tanggalValid, type Aktor, type Ranah } from '@m-skp/inti';

export interface Konteks {
  strapi: Core.Strapi;
  aktor: Aktor;
  tanggal: string;
}

export type PembuatFilter = (nilai: unknown, op: '$eq' | '$gte' | '$lte' | '$ne') => Record<string, unknown> | null;

/**
 * One panel resource: how its rows are searched, filtered, sorted, scoped, shown and written.
 * The generic controller does the protocol; a definition only says what differs.
 */
export interface DefinisiSumber {
  uid: UID.ContentType;
  /** the data area of the resource (peran.ts RANAH_PERAN); a role that does not reach it gets 403 on every call. Default 'induk'. */
  ranah?: Ranah;
  /** audit object type */
  objek: string;
  /** panel field → attribute path used for sorting */
  urut: Record<string, string>;
  urutBawaan: [string, 'ASC' | 'DESC'];
  /** attribute paths searched by `q` (case-insensitive contains) */
  cari: string[];
  /** panel filter field → builder of a Strapi filter */
  filter: Record<string, PembuatFilter>;
  populate: Record<string, unknown>;
  /** the scope filter of the caller (fail closed: return {id:{$in:[]}} when nothing) */
  cakupan(k: Konteks): Promise<Record<string, unknown>>;
  // The documents below are typed `any`: each resource reads the fields of its own content type, which the
  // generic engine does not know.
  /** batch enrichment of a page (a constant number of queries) */
  tambahan?(dokumen: any[], k: Konteks): Promise<unknown>;
  keBaris(d: any, tambahan: any): Record<string, unknown>;
  tulis?: {
    boleh(k: Konteks): boolean;
    buat?: z.ZodTypeAny;
    ubah?: z.ZodTypeAny;
    /** panel input → Document Service data (relations as documentIds) */
    keData(input: any, k: Konteks, lama?: any): Promise<Record<string, unknown>>;
    /** custom create/update (e.g. users, whose passwords are hashed by their plugin) */
    simpan?(
      aksi: 'buat' | 'ubah',
      data: Record<string, unknown>,
      k: Konteks,
      lama?: any,
    ): Promise<{ documentId: string }>;
    /** `simpan` goes through a domain service that writes its own audit record: the panel adds none beside it */
    diauditLayanan?: boolean;
    hapus?: boolean;
  };
}

/** Equality or "in" on a scalar attribute (arrays become $in). */
export const filterKolom =
  (path: string): PembuatFilter =>
  (nilai, op) =>
    bersarang(path, Array.isArray(nilai) ? { $in: nilai } : { [op]: nilai });

/** Equality or "in" on a relation by its documentId. */
export const filterRelasi =
  (path: string): PembuatFilter =>
  (nilai) =>
    bersarang(path + '.documentId', Array.isArray(nilai) ? { $in: nilai.map(String) } : { $eq: String(nilai) });

/** Equality, comparison or "in" on an integer attribute; anything else is a 400 naming the filter. */
export const filterAngka =
  (path: string): PembuatFilter =>
  (nilai, op) => {
    const daftar = Array.isArray(nilai) ? nilai : [nilai];
    if (
      !daftar.every(
        (x) => (typeof x === 'number' || (typeof x === 'string' && x.trim() !== '')) && Number.isInteger(Number(x)),
      )
    ) {
      throw new GalatMskp(400, 'FILTER_TIDAK_VALID', `Filter ${path} harus bilangan bulat.`, 'filter');
    }
    return bersarang(path, Array.isArray(nilai) ? { $in: daftar.map(Number) } : { [op]: Number(nilai) });
  };

/** Comparison on a date/datetime attribute: the value must be an ISO date (YYYY-MM-DD) or date-time. */
export const filterWaktu =
  (path: string): PembuatFilter =>
  (nilai, op) => {
    if (typeof nilai !== 'string' || !tanggalValid(nilai.slice(0, 10)) || Number.isNaN(Date.parse(nilai))) {
      throw new GalatMskp(
        400,
        'FILTER_TIDAK_VALID',
        `Filter ${path} harus tanggal YYYY-MM-DD atau waktu ISO 8601.`,
        'filter',
      );
    }
    return bersarang(path, { [op]: nilai });
  };

export const filterBoolean =
  (path: string): PembuatFilter =>
  (nilai) => {
    if (nilai === '' || nilai == null) return null;
    const b = nilai === true || nilai === 'true' || nilai === 1 || nilai === '1';
    return b
      ? bersarang(path, { $eq: true })
      : { $or: [bersarang(path, { $eq: false }), bersarang(path, { $null: true })] };
  };

/** "pegawai.opd.documentId", {$eq: x} → {pegawai: {opd: {documentId: {$eq: x}}}} */
export function bersarang(path: string, isi: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<any>((acc, k) => ({ [k]: acc }), isi);
}

export const TIDAK_ADA = { id: { $in: [] as number[] } };
