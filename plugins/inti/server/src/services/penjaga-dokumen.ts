import type { Core, UID } from '@strapi/strapi';
import { layanan } from '../layanan';
import { validasiNip } from '../domain/nip';
import { periksaPenugasan, JENJANG_TUNGGAL, type JenisPenugasan, type PenugasanData } from '../domain/penugasan';
import { galat } from '../domain/galat';
import { tanggalValid } from '../domain/tanggal';
import { periksaKataSandi } from '../domain/kata-sandi';

/**
 * Document Service guards: the one place where master-data invariants and the period lock are enforced, whatever path
 * writes (panel, seed through documents, integrations). Each guard throws GalatMskp (400/409).
 */
export function daftarkanPenjagaDokumen(strapi: Core.Strapi) {
  strapi.documents.use(async (ctx, next) => {
    const { uid, action } = ctx;
    const params = ctx.params as ParamDokumen;
    if (
      uid === 'plugin::inti.audit-log' &&
      ['update', 'delete', 'publish', 'unpublish', 'discardDraft'].includes(action)
    ) {
      throw galat.konflik('AUDIT_APPEND_ONLY', 'Jejak audit tidak boleh diubah atau dihapus.');
    }
    if (uid === 'plugin::inti.pegawai' && (action === 'create' || action === 'update')) {
      await jagaPegawai(strapi, action, params);
    }
    if (uid === 'plugin::inti.penugasan' && (action === 'create' || action === 'update')) {
      await jagaPenugasan(strapi, action, params);
    }
    if (uid === 'plugin::users-permissions.user' && (action === 'create' || action === 'update')) {
      jagaKataSandi(params);
    }
    if (AKSI_TULIS.includes(action)) await jagaKunciPeriode(strapi, uid, action, params);
    const hasil = await next();
    if (uid === 'plugin::inti.penugasan' && (action === 'create' || action === 'update' || action === 'delete')) {
      const documentId = params?.documentId ?? (hasil as { documentId?: string } | null)?.documentId ?? null;
      await umumkanSetelahCommit(strapi, PENUGASAN_BERUBAH, { documentId, tmt_mulai: params?.data?.tmt_mulai ?? null });
    }
    return hasil;
  });
}

const AKSI_TULIS: string[] = ['create', 'update', 'delete', 'clone'];

/** What the guards read of a Document Service call: the document addressed and, on writes, the data to store. */
interface ParamDokumen {
  documentId?: string;
  data?: DataDokumen;
}
/** A document's fields as written: each guard reads its own (NIP, dates, relations) and checks their form itself. */
type DataDokumen = Record<string, any>; // any: fields of any content type, each checked by its guard

/**
 * Period lock (domain.md §7) for every path that writes through the Document Service (Content
 * Manager, plugins, scripts): a write of a row of a period-locked content type (registered with inti
 * `periode.daftarkanDokumen`) whose month lies in a locked quarter is refused with 423
 * PERIODE_TERKUNCI by the same `periode.wajibTerbuka` the services call. Create checks the new row;
 * update and clone check the stored row and the row as it will be (moving a row into or out of a
 * locked month are both refused); delete checks the stored row.
 */
async function jagaKunciPeriode(
  strapi: Core.Strapi,
  uid: UID.Schema,
  action: string,
  params: ParamDokumen | undefined,
) {
  const periode = layanan(strapi, 'inti', 'periode');
  const baca = periode.periodeDokumen(uid);
  if (!baca) return;
  const data = params?.data ?? {};
  const bulan: { tahun: number; bulan: number }[] = [];
  if (action === 'create') {
    bulan.push(...baca.bulan(data));
  } else {
    const documentId = params?.documentId;
    if (!documentId) return;
    const lama = await strapi.db
      .query(uid)
      .findMany({ where: { documentId }, ...(baca.populate ? { populate: baca.populate } : {}) });
    for (const row of lama) {
      bulan.push(...baca.bulan(row));
      if (action !== 'delete') bulan.push(...baca.bulan({ ...row, ...data }));
    }
  }
  const sudah = new Set<string>();
  for (const b of bulan) {
    const k = `${b.tahun}:${b.bulan}`;
    if (sudah.has(k)) continue;
    sudah.add(k);
    await periode.wajibTerbuka(b.tahun, b.bulan);
  }
}

/**
 * The password policy on every write that sets one: panel create/update, users-permissions
 * change-password and reset-password (both go through the Document Service).
 */
function jagaKataSandi(params: ParamDokumen | undefined) {
  const data = params?.data ?? {};
  if (!('password' in data)) return;
  const salah = periksaKataSandi(data.password);
  if (salah) throw galat.validasi(salah.kode, salah.pesan, 'password');
}

/**
 * Emitted (strapi.eventHub) after a penugasan written through the Document Service is committed: the
 * plt plugin re-applies the PLT perilaku rule when posts change (a Plt's perilaku of a month, rated by the
 * penilai of the post he acts in, replaces his definitive one). Rolled-back writes emit nothing.
 */
export const PENUGASAN_BERUBAH = 'inti.penugasan.berubah';

/** The transaction callback's hook that runs a function once the transaction commits. */
type BilaCommit = { onCommit: (f: () => void) => void };

async function umumkanSetelahCommit(strapi: Core.Strapi, nama: string, isi: Record<string, unknown>) {
  const umumkan = () => void strapi.eventHub.emit(nama, isi);
  if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }: BilaCommit) => onCommit(umumkan));
  else umumkan();
}

async function jagaPegawai(strapi: Core.Strapi, action: string, params: ParamDokumen) {
  const data = params.data ?? {};
  const lama =
    action === 'update'
      ? await strapi.db.query('plugin::inti.pegawai').findOne({ where: { documentId: params.documentId } })
      : null;
  const nip = data.nip !== undefined ? data.nip : lama?.nip;
  const jenisAsn = data.jenis_asn ?? lama?.jenis_asn ?? 'PNS';
  if (data.nip !== undefined || data.jenis_asn !== undefined || action === 'create') {
    const r = validasiNip(nip, { jenisAsn });
    if (!r.ok) throw galat.validasi(r.kode, r.pesan, 'nip');
    data.nip = r.data.nip;
    data.tanggal_lahir = r.data.tanggalLahir;
    data.jenis_kelamin = r.data.jenisKelamin;
    data.tmt_cpns = r.data.tmt.length === 7 ? r.data.tmt + '-01' : r.data.tmt + '-01-01';
    const ganda = await strapi.db
      .query('plugin::inti.pegawai')
      .findOne({ where: { nip: r.data.nip, ...(lama ? { id: { $ne: lama.id } } : {}) }, select: ['id', 'nama'] });
    if (ganda) throw galat.validasi('NIP_GANDA', `NIP ${r.data.nip} sudah terdaftar atas nama ${ganda.nama}.`, 'nip');
  }
  params.data = data;
}

/** Resolves a relation value as the Document Service accepts it (documentId, id, {id}, {documentId}, connect/set) to a row id. */
async function idRelasi(strapi: Core.Strapi, uid: UID.Schema, nilai: NilaiRelasi): Promise<number | null | undefined> {
  if (nilai === undefined) return undefined;
  if (nilai === null) return null;
  let v: NilaiRelasi = nilai;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const ops = v as { set?: AcuanRelasi[]; connect?: AcuanRelasi[] };
    v = ops.set?.[0] ?? ops.connect?.[0] ?? v;
  }
  if (Array.isArray(v)) v = v[0];
  if (v == null) return null;
  v = v as AcuanRelasi; // connect/set were unwrapped above
  if (typeof v === 'number') return v;
  const where =
    typeof v === 'string'
      ? { documentId: v }
      : v.documentId
        ? { documentId: v.documentId }
        : v.id
          ? { id: v.id }
          : null;
  if (!where) return null;
  const row = await strapi.db.query(uid).findOne({ where, select: ['id'] });
  return row?.id ?? null;
}

async function jagaPenugasan(strapi: Core.Strapi, action: string, params: ParamDokumen) {
  const data = params.data ?? {};
  const lama =
    action === 'update'
      ? await strapi.db.query('plugin::inti.penugasan').findOne({
          where: { documentId: params.documentId },
          populate: { pegawai: { select: ['id'] }, jabatan: { select: ['id'] } },
        })
      : null;
  const pegawaiId =
    (await idRelasi(strapi, 'plugin::inti.pegawai', data.pegawai)) ??
    (data.pegawai === undefined ? lama?.pegawai?.id : null);
  const jabatanId =
    (await idRelasi(strapi, 'plugin::inti.jabatan', data.jabatan)) ??
    (data.jabatan === undefined ? lama?.jabatan?.id : null);
  if (!pegawaiId)
    throw galat.validasi('PENUGASAN_PEGAWAI_WAJIB', 'Pegawai penugasan wajib diisi dan harus terdaftar.', 'pegawai');
  if (!jabatanId)
    throw galat.validasi('PENUGASAN_JABATAN_WAJIB', 'Jabatan penugasan wajib diisi dan harus terdaftar.', 'jabatan');
  const tmtMulai = data.tmt_mulai !== undefined ? data.tmt_mulai : lama?.tmt_mulai;
  const tmtAkhir = data.tmt_akhir !== undefined ? data.tmt_akhir : (lama?.tmt_akhir ?? null);
  if (!tanggalValid(tmtMulai))
    throw galat.validasi(
      'PENUGASAN_TMT_MULAI',
      'TMT mulai wajib diisi dengan tanggal yang valid (YYYY-MM-DD).',
      'tmt_mulai',
    );
  if (tmtAkhir != null && !tanggalValid(tmtAkhir))
    throw galat.validasi(
      'PENUGASAN_TMT_AKHIR',
      'TMT akhir harus tanggal yang valid (YYYY-MM-DD) atau kosong.',
      'tmt_akhir',
    );

  const baru: PenugasanData = {
    id: lama?.id,
    pegawaiId,
    jabatanId,
    jenis: data.jenis ?? lama?.jenis ?? 'UTAMA',
    tmtMulai,
    tmtAkhir,
  };
  const ambil = (where: Record<string, unknown>) =>
    strapi.db.query('plugin::inti.penugasan').findMany({
      where,
      select: ['id', 'jenis', 'tmt_mulai', 'tmt_akhir'],
      populate: { pegawai: { select: ['id'] }, jabatan: { select: ['id'] } },
    });
  const keData = (p: BarisPenugasan): PenugasanData => ({
    id: p.id,
    pegawaiId: p.pegawai?.id,
    jabatanId: p.jabatan?.id,
    jenis: p.jenis,
    tmtMulai: p.tmt_mulai,
    tmtAkhir: p.tmt_akhir,
  });
  const jabatan = await strapi.db
    .query('plugin::inti.jabatan')
    .findOne({ where: { id: jabatanId }, select: ['jenjang'] });
  const milik = (await ambil({ pegawai: { id: pegawaiId } })).map(keData);
  const pemegang =
    baru.jenis === 'UTAMA' ? (await ambil({ jabatan: { id: jabatanId }, jenis: 'UTAMA' })).map(keData) : [];
  const salah = periksaPenugasan(baru, milik, pemegang, {
    jabatanTunggal: (JENJANG_TUNGGAL as readonly string[]).includes(jabatan?.jenjang),
  });
  if (salah) throw galat.validasi(salah.kode, salah.pesan, salah.field);
}

/** One related document as the Document Service accepts it: a documentId, a row id, or an object with either. */
type AcuanRelasi = string | number | { id?: number; documentId?: string };
/** A relation field of written data: one reference, a list, or connect/set operations. */
type NilaiRelasi = AcuanRelasi | AcuanRelasi[] | { set?: AcuanRelasi[]; connect?: AcuanRelasi[] } | null | undefined;

/** A penugasan row as the guard reads it (pegawai and jabatan are set on every stored penugasan). */
interface BarisPenugasan {
  id: number;
  jenis: JenisPenugasan;
  tmt_mulai: string;
  tmt_akhir: string | null;
  pegawai: { id: number };
  jabatan: { id: number };
}
