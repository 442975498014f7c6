import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import crypto from 'node:crypto';
import type { BarisTppBaru } from './baris';

/**
 * Set-based writer of TPP lines inside the run's transaction (knex `trx`): new lines in batched
 * INSERTs with their pegawai/opd link rows, existing lines in batched UPDATE … FROM a JSON array (their opd link replaced).
 * Column, table and link names come from Strapi's metadata. A city-wide run writes thousands of lines;
 * the Document Service would read each back several times.
 */
const UID = 'plugin::tpp.tpp';
const RELASI = ['pegawai', 'opd'] as const;
const HURUF = 'abcdefghijklmnopqrstuvwxyz';

/** What the set-based readers and writers use of a content type's metadata: table, columns, link tables. */
export interface MetaTabel {
  tableName: string;
  attributes: Record<string, AtributTabel>;
}
export interface AtributTabel {
  type?: string;
  columnName?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
  };
}
const ALFANUM = HURUF + '0123456789';

/** A Strapi 5 style documentId: 24 lowercase alphanumerics starting with a letter. */
export function documentIdBaru(): string {
  const b = crypto.randomBytes(24);
  return HURUF[b[0] % 26] + Array.from(b.subarray(1), (x) => ALFANUM[x % 36]).join('');
}

/** A value as knex binds it for SQLite (undefined: NULL, as a key missing from the JSON gave before). */
const nilaiSqlite = (v: unknown) =>
  v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v === undefined ? null : v;

/**
 * Existing lines rewritten in batches of one UPDATE … FROM a JSON array each (PostgreSQL
 * json_populate_recordset over the table's own row type, SQLite jsonb_each over row arrays): a city re-run updates thousands
 * of lines, one statement each took thousands of round trips. Values as knex would bind them per dialect
 * (SQLite: datetimes as epoch milliseconds, booleans as 0/1, JSON columns as text; PostgreSQL: JSON
 * columns as the value itself, datetimes as ISO text).
 */
async function ubahMassal(
  trx: Knex.Transaction,
  klien: string,
  skema: string | undefined,
  tabel: string,
  rows: Record<string, unknown>[],
  jsonKolom: string[],
) {
  const kolom = Object.keys(rows[0]).filter((k) => k !== 'id');
  const q = (x: string) => `"${x.replace(/"/g, '""')}"`;
  const nama = skema ? `${q(skema)}.${q(tabel)}` : q(tabel);
  const UKURAN = 1000;
  for (let i = 0; i < rows.length; i += UKURAN) {
    const potong = rows.slice(i, i + UKURAN);
    if (klien === 'postgres') {
      const data = potong.map((r) => {
        const o: Record<string, unknown> = { ...r };
        for (const k of jsonKolom) if (typeof o[k] === 'string') o[k] = JSON.parse(o[k] as string);
        return o;
      });
      await trx.raw(
        `UPDATE ${nama} AS t SET ${kolom.map((k) => `${q(k)} = v.${q(k)}`).join(', ')} FROM json_populate_recordset(NULL::${nama}, ?::json) AS v WHERE t.id = v.id`,
        [JSON.stringify(data)],
      );
    } else {
      // SQLite (≥ 3.45, bundled by better-sqlite3): one JSONB array of row arrays read by position (`->> n`), parsed
      // once per batch; json_extract over the text of each row object re-parsed it for every column (~3× slower
      // at 5,000 lines), and a VALUES list of bound parameters costs as much again in knex's per-binding work
      const data = potong.map((r) => [r.id, ...kolom.map((k) => nilaiSqlite(r[k]))]);
      const pilih = ['j.value ->> 0 AS id', ...kolom.map((k, n) => `j.value ->> ${n + 1} AS ${q(k)}`)].join(', ');
      await trx.raw(
        `UPDATE ${nama} SET ${kolom.map((k) => `${q(k)} = v.${q(k)}`).join(', ')} FROM (SELECT ${pilih} FROM jsonb_each(jsonb(?)) AS j) AS v WHERE ${nama}.id = v.id`,
        [JSON.stringify(data)],
      );
    }
  }
}

export async function simpanBarisTpp(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  baris: BarisTppBaru[],
  lama: Map<string, { id: number }>,
) {
  const m = strapi.db.metadata.get(UID) as unknown as MetaTabel;
  const skema = typeof strapi.db.getSchemaName === 'function' ? strapi.db.getSchemaName() : undefined;
  const tabel = (nama: string) => (skema ? trx(nama).withSchema(skema) : trx(nama));
  const kolom = (a: string) => m.attributes[a]?.columnName ?? a;
  const sekarang = new Date();
  // attribute → column, resolved once per attribute name (a city run maps ~45 attributes of ~5,000 lines)
  const namaKolom = new Map<string, string | null>();
  const keKolom = (b: BarisTppBaru) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(b)) {
      let c = namaKolom.get(k);
      if (c === undefined) {
        const nama: string | null = (RELASI as readonly string[]).includes(k) ? null : kolom(k);
        namaKolom.set(k, nama);
        c = nama;
      }
      if (c === null) continue;
      o[c] = k === 'alasan' ? JSON.stringify(v ?? []) : v;
    }
    return o;
  };
  const jt = (a: (typeof RELASI)[number]) => m.attributes[a].joinTable!;

  const baru = baris.filter((b) => !lama.has(b.kunci_unik));
  const ubah = baris.filter((b) => lama.has(b.kunci_unik));

  // new lines, batched under the bind-parameter limits (SQLite 32 766)
  const idBaru = new Map<string, number>();
  if (baru.length) {
    const data = baru.map((b) => ({
      ...keKolom(b),
      [kolom('documentId')]: documentIdBaru(),
      [kolom('createdAt')]: sekarang,
      [kolom('updatedAt')]: sekarang,
      [kolom('publishedAt')]: sekarang,
    }));
    const ukuran = Math.max(1, Math.floor(10000 / Object.keys(data[0]).length));
    for (let i = 0; i < data.length; i += ukuran) {
      const keluar = await tabel(m.tableName)
        .insert(data.slice(i, i + ukuran))
        .returning(['id', kolom('kunci_unik')]);
      for (const r of keluar) idBaru.set(r[kolom('kunci_unik')], Number(r.id));
    }
  }
  if (ubah.length)
    await ubahMassal(
      trx,
      strapi.db.dialect.client,
      skema,
      m.tableName,
      ubah.map((b) => ({ ...keKolom(b), id: lama.get(b.kunci_unik)!.id, [kolom('updatedAt')]: sekarang })),
      [kolom('alasan')],
    );

  // links: pegawai for new lines; opd for new lines and replaced on updated ones (the pegawai may have moved)
  const idUbah = ubah.map((b) => lama.get(b.kunci_unik)!.id);
  if (idUbah.length) {
    const t = jt('opd');
    for (let i = 0; i < idUbah.length; i += 5000)
      await tabel(t.name)
        .whereIn(t.joinColumn.name, idUbah.slice(i, i + 5000))
        .del();
  }
  for (const a of RELASI) {
    const t = jt(a);
    const sumber = a === 'opd' ? baris : baru;
    const pasangan = sumber
      .map((b) => [idBaru.get(b.kunci_unik) ?? lama.get(b.kunci_unik)?.id, b[a]] as [number | undefined, number | null])
      .filter((p): p is [number, number] => p[0] != null && p[1] != null);
    if (!pasangan.length) continue;
    const posisi = new Map<number, number>();
    if (t.inverseOrderColumnName) {
      const ada = await tabel(t.name)
        .select(t.inverseJoinColumn.name)
        .max({ m: t.inverseOrderColumnName })
        .groupBy(t.inverseJoinColumn.name);
      for (const r of ada as Record<string, unknown>[])
        posisi.set(Number(r[t.inverseJoinColumn.name]), Number(r.m) || 0);
    }
    const rows = pasangan.map(([x, y]) => {
      const o: Record<string, unknown> = { [t.joinColumn.name]: x, [t.inverseJoinColumn.name]: y };
      if (t.orderColumnName) o[t.orderColumnName] = 1;
      if (t.inverseOrderColumnName) {
        posisi.set(y, (posisi.get(y) ?? 0) + 1);
        o[t.inverseOrderColumnName] = posisi.get(y);
      }
      return o;
    });
    // knex writes a multi-row SQLite insert as a compound SELECT: at most 500 terms (SQLITE_MAX_COMPOUND_SELECT)
    for (let i = 0; i < rows.length; i += 400) await tabel(t.name).insert(rows.slice(i, i + 400));
  }
  return { baru: baru.length, diubah: ubah.length };
}
