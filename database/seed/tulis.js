'use strict';
/**
 * Bulk writes through knex inside the caller's transaction. Rows are given with attribute names
 * (as in the content-type schema); column names, join tables and order columns are read from
 * Strapi's metadata, so a renamed column or link table does not silently break the seed.
 * Values use the same representation Strapi writes: Date objects for datetimes (knex turns them
 * into epoch milliseconds on SQLite and timestamptz on PostgreSQL), booleans, 'YYYY-MM-DD' dates.
 */

// Rows per INSERT: SQLite allows 500 compound selects and 32766 bind parameters, PostgreSQL 65535 parameters.
const BATAS = { sqlite: { baris: 400, param: 10000 }, postgres: { baris: 2000, param: 30000 } };

function penulis(strapi, trx) {
  const skema = typeof strapi.db.getSchemaName === 'function' ? strapi.db.getSchemaName() : undefined;
  const tabel = (nama) => (skema ? trx(nama).withSchema(skema) : trx(nama));
  const batas = strapi.db.dialect.client === 'sqlite' ? BATAS.sqlite : BATAS.postgres;
  const meta = (uid) => {
    const m = strapi.db.metadata.get(uid);
    if (!m) throw new Error(`Metadata ${uid} tidak ditemukan`);
    return m;
  };

  function kolom(m, atribut) {
    const a = m.attributes[atribut];
    if (!a) throw new Error(`Atribut ${atribut} tidak ada pada ${m.uid}`);
    if (a.type === 'relation') throw new Error(`Atribut relasi ${atribut} pada ${m.uid} harus ditulis lewat tautan`);
    return a.columnName ?? atribut;
  }

  async function sisipBaris(namaTabel, baris, kembalikan) {
    if (!baris.length) return [];
    const jumlahKolom = Object.keys(baris[0]).length || 1;
    const ukuran = Math.max(1, Math.min(batas.baris, Math.floor(batas.param / jumlahKolom)));
    const hasil = [];
    for (let i = 0; i < baris.length; i += ukuran) {
      const potong = baris.slice(i, i + ukuran);
      if (kembalikan) hasil.push(...(await tabel(namaTabel).insert(potong).returning(kembalikan)));
      else await tabel(namaTabel).insert(potong);
    }
    return hasil;
  }

  /**
   * Inserts rows of a content type. Each row must carry `documentId`. Returns a Map
   * documentId → id (the database assigns ids).
   */
  async function sisip(uid, rows) {
    const m = meta(uid);
    const data = rows.map((r) => {
      const o = {};
      for (const [k, v] of Object.entries(r)) o[kolom(m, k)] = v;
      return o;
    });
    const kDoc = kolom(m, 'documentId');
    const keluar = await sisipBaris(m.tableName, data, ['id', kDoc]);
    const peta = new Map(keluar.map((x) => [x[kDoc], Number(x.id)]));
    if (peta.size !== rows.length) throw new Error(`Penyisipan ${uid}: ${rows.length} baris, ${peta.size} id kembali`);
    return peta;
  }

  /**
   * Link rows of a relation attribute: pairs [ownerId, targetId]. The order column of the inverse
   * side (e.g. the position of a child in its parent's list) counts per target, after what exists.
   */
  async function tautkan(uid, atribut, pasangan) {
    if (!pasangan.length) return 0;
    const a = meta(uid).attributes[atribut];
    const jt = a && a.joinTable;
    if (!jt) throw new Error(`Relasi ${uid}.${atribut} tidak memakai tabel penghubung`);
    const kiri = jt.joinColumn.name;
    const kanan = jt.inverseJoinColumn.name;
    const urutInvers = jt.inverseOrderColumnName;
    const urut = jt.orderColumnName;
    const posisi = new Map();
    if (urutInvers) {
      const ada = await tabel(jt.name).select(kanan).max({ m: urutInvers }).groupBy(kanan);
      for (const r of ada) posisi.set(Number(r[kanan]), Number(r.m) || 0);
    }
    const posisiKiri = new Map();
    const baris = pasangan.map(([x, y]) => {
      const o = { [kiri]: x, [kanan]: y };
      if (urut) {
        const n = (posisiKiri.get(x) ?? 0) + 1;
        posisiKiri.set(x, n);
        o[urut] = n;
      }
      if (urutInvers) {
        const n = (posisi.get(y) ?? 0) + 1;
        posisi.set(y, n);
        o[urutInvers] = n;
      }
      return o;
    });
    await sisipBaris(jt.name, baris, null);
    return baris.length;
  }

  async function hitung(uid) {
    const r = await tabel(meta(uid).tableName).count({ n: '*' });
    return Number(r[0].n);
  }

  return { sisip, tautkan, hitung, tabel, meta, skema };
}

/**
 * Empties the demo data: every content type of the business plugins (not Strapi's own) and of the
 * API, plus the users-permissions users, with their link rows. Roles, permissions, API tokens,
 * admin users, uploaded files and the policy configuration stay.
 */
const PLUGIN_INTI_STRAPI = new Set([
  'users-permissions',
  'upload',
  'i18n',
  'content-releases',
  'review-workflows',
  'admin',
  'content-manager',
  'content-type-builder',
  'email',
  'documentation',
  'graphql',
  'cloud',
  'sentry',
  'color-picker',
]);

function uidDataDemo(strapi) {
  const uids = Object.keys(strapi.contentTypes).filter((uid) => {
    if (uid.startsWith('api::')) return true;
    const m = /^plugin::([^.]+)\./.exec(uid);
    return !!m && !PLUGIN_INTI_STRAPI.has(m[1]);
  });
  uids.push('plugin::users-permissions.user');
  return uids.filter((uid) => strapi.db.metadata.get(uid));
}

async function hapusSemua(strapi, trx) {
  const { tabel, meta } = penulis(strapi, trx);
  const uids = uidDataDemo(strapi);
  const tabelUid = new Set(uids.map((u) => meta(u).tableName));
  const penghubung = new Set();
  for (const uid of uids) {
    for (const a of Object.values(meta(uid).attributes)) {
      // Polymorphic tables (media links) are shared with other types: only their rows are removed below.
      if (a.joinTable && a.joinTable.name && !a.joinTable.morphColumn && !tabelUid.has(a.joinTable.name))
        penghubung.add(a.joinTable.name);
    }
  }
  const terhapus = {};
  for (const t of penghubung) await tabel(t).del();
  // Media links of these types (morph table of the upload plugin), when present.
  const file = strapi.db.metadata.get('plugin::upload.file');
  const morph = file && file.attributes.related && file.attributes.related.joinTable;
  if (morph && morph.name && morph.morphColumn) {
    await tabel(morph.name).whereIn(morph.morphColumn.typeColumn.name, uids).del();
  }
  for (const uid of uids) terhapus[uid] = Number(await tabel(meta(uid).tableName).del());
  return terhapus;
}

module.exports = { penulis, hapusSemua, uidDataDemo };
