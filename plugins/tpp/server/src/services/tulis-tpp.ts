import crypto from 'node:crypto';

/**
 * Set-based writer of TPP lines inside the run's transaction (knex `trx`): new lines in batched
 * INSERTs with their pegawai/opd link rows, existing lines one UPDATE each (their opd link replaced).
 * Column, table and link names come from Strapi's metadata. A city-wide run writes thousands of lines;
 * the Document Service would read each back several times.
 */
const UID = 'plugin::tpp.tpp';
const RELASI = ['pegawai', 'opd'] as const;
const HURUF = 'abcdefghijklmnopqrstuvwxyz';
const ALFANUM = HURUF + '0123456789';

/** A Strapi 5 style documentId: 24 lowercase alphanumerics starting with a letter. */
export function documentIdBaru(): string {
  const b = crypto.randomBytes(24);
  return HURUF[b[0] % 26] + Array.from(b.subarray(1), (x) => ALFANUM[x % 36]).join('');
}

export async function simpanBarisTpp(strapi: any, trx: any, baris: any[], lama: Map<string, { id: number }>) {
  const m = strapi.db.metadata.get(UID);
  const skema = typeof strapi.db.getSchemaName === 'function' ? strapi.db.getSchemaName() : undefined;
  const tabel = (nama: string) => (skema ? trx(nama).withSchema(skema) : trx(nama));
  const kolom = (a: string) => m.attributes[a]?.columnName ?? a;
  const sekarang = new Date();
  const keKolom = (b: any) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(b)) {
      if ((RELASI as readonly string[]).includes(k)) continue;
      o[kolom(k)] = k === 'alasan' ? JSON.stringify(v ?? []) : v;
    }
    return o;
  };
  const jt = (a: (typeof RELASI)[number]) => m.attributes[a].joinTable;

  const baru = baris.filter((b) => !lama.has(b.kunci_unik));
  const ubah = baris.filter((b) => lama.has(b.kunci_unik));

  // new lines, batched under the bind-parameter limits (SQLite 32 766)
  const idBaru = new Map<string, number>();
  if (baru.length) {
    const data = baru.map((b) => ({ ...keKolom(b), [kolom('documentId')]: documentIdBaru(), [kolom('createdAt')]: sekarang, [kolom('updatedAt')]: sekarang, [kolom('publishedAt')]: sekarang }));
    const ukuran = Math.max(1, Math.floor(10000 / Object.keys(data[0]).length));
    for (let i = 0; i < data.length; i += ukuran) {
      const keluar = await tabel(m.tableName).insert(data.slice(i, i + ukuran)).returning(['id', kolom('kunci_unik')]);
      for (const r of keluar) idBaru.set(r[kolom('kunci_unik')], Number(r.id));
    }
  }
  for (const b of ubah) await tabel(m.tableName).where({ id: lama.get(b.kunci_unik)!.id }).update({ ...keKolom(b), [kolom('updatedAt')]: sekarang });

  // links: pegawai for new lines; opd for new lines and replaced on updated ones (the pegawai may have moved)
  const idUbah = ubah.map((b) => lama.get(b.kunci_unik)!.id);
  if (idUbah.length) {
    const t = jt('opd');
    for (let i = 0; i < idUbah.length; i += 5000) await tabel(t.name).whereIn(t.joinColumn.name, idUbah.slice(i, i + 5000)).del();
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
      const ada = await tabel(t.name).select(t.inverseJoinColumn.name).max({ m: t.inverseOrderColumnName }).groupBy(t.inverseJoinColumn.name);
      for (const r of ada) posisi.set(Number(r[t.inverseJoinColumn.name]), Number(r.m) || 0);
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
