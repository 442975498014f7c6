import type { z } from 'zod';
import { galatIntegrasi } from './galat';
import type { Sistem } from './konfigurasi';

/**
 * Reads a remote answer through its zod schema; on the first bad field, fails naming the record (by the ids on
 * its path: `sasaran id_sasaran 12 › indikator id_indikator 40`) and the field, with the rule in Indonesian.
 */

/** Fields that identify a record of eKAK or SIMPEG, in the order they are tried. */
const KUNCI_REKAMAN = [
  'id_aksi',
  'id_renaksi',
  'id_indikator',
  'id_sasaran',
  'nipBaru',
  'nip',
  'kode_opd',
  'jabatanId',
];

type Jalur = readonly PropertyKey[];

const jenisNilai = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'daftar'
      : typeof v === 'object'
        ? 'objek'
        : (NAMA_JENIS[typeof v] ?? typeof v);

const NAMA_JENIS: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'boolean',
  object: 'objek',
  array: 'daftar',
  undefined: 'kosong',
  int: 'bilangan bulat',
  bigint: 'bilangan bulat',
};

/** `data.sasaran_asn[2].target` */
export function tulisJalur(jalur: Jalur): string {
  return jalur.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

/** The records on the way to the bad field, each named by its first identifying field. */
export function namaRekaman(data: unknown, jalur: Jalur): string {
  const nama: string[] = [];
  let x: unknown = data;
  for (let i = 0; i < jalur.length; i++) {
    if (x == null || typeof x !== 'object') break;
    if (i > 0 && !Array.isArray(x)) {
      const o = x as Record<string, unknown>;
      const kunci = KUNCI_REKAMAN.find((k) => o[k] != null && typeof o[k] !== 'object' && k !== jalur[i]);
      if (kunci) nama.push(`${kunci} ${String(o[kunci])}`);
    }
    x = (x as Record<PropertyKey, unknown>)[jalur[i] as string];
  }
  return nama.length ? nama.join(' › ') : 'jawaban';
}

function nilaiPada(data: unknown, jalur: Jalur): unknown {
  let x: unknown = data;
  for (const k of jalur) {
    if (x == null || typeof x !== 'object') return undefined;
    x = (x as Record<PropertyKey, unknown>)[k as string];
  }
  return x;
}

/** One zod issue as an Indonesian rule: "harus teks, bukan angka", "wajib ada", "harus salah satu dari …". */
export function uraiAturan(issue: z.core.$ZodIssue, nilai: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (nilai === undefined) return 'wajib ada';
      return `harus ${NAMA_JENIS[issue.expected] ?? issue.expected}, bukan ${jenisNilai(nilai)}`;
    case 'invalid_value':
      return `harus salah satu dari ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, bukan ${JSON.stringify(nilai)}`;
    case 'invalid_format':
      return issue.message && !/^Invalid/.test(issue.message)
        ? `${issue.message}, bukan ${JSON.stringify(nilai)}`
        : `formatnya salah: ${JSON.stringify(nilai)}`;
    case 'too_small':
      return `di bawah batas ${String(issue.minimum)}: ${JSON.stringify(nilai)}`;
    case 'too_big':
      return `di atas batas ${String(issue.maximum)}: ${JSON.stringify(nilai)}`;
    case 'invalid_union':
      return nilai === undefined ? 'wajib ada' : `jenisnya salah (${jenisNilai(nilai)}: ${JSON.stringify(nilai)})`;
    default:
      return `tidak sah (${issue.code})`;
  }
}

/** `data` read through `skema`, or the `<SISTEM>_PAYLOAD_SALAH` refusal for its first bad field. */
export function uraiPayload<S extends z.ZodType>(skema: S, data: unknown, sistem: Sistem, jalur: string): z.output<S> {
  const hasil = skema.safeParse(data);
  if (hasil.success) return hasil.data;
  const issue = hasil.error.issues[0];
  const field = tulisJalur(issue.path) || '(akar)';
  throw galatIntegrasi.payloadSalah(
    sistem,
    jalur,
    namaRekaman(data, issue.path),
    field,
    uraiAturan(issue, nilaiPada(data, issue.path)),
  );
}
