import { z } from 'zod';
import { GalatMskp, PERAN, namaLengkap, periksaKataSandi, layanan } from '@m-skp/inti';
import { filterBoolean, filterRelasi, filterWaktu, TIDAK_ADA, type DefinisiSumber } from './tipe';
import { wajibAda } from './opd';

const PERAN_VALID = Object.values(PERAN) as [string, ...string[]];
/** The one password policy (inti domain/kata-sandi); the Document Service guard checks it again. */
const kataSandi = z.string().superRefine((s, ctx) => {
  const salah = periksaKataSandi(s);
  if (salah) ctx.addIssue({ code: 'custom', message: salah.pesan });
});
const isianBuat = z.object({
  username: z.string().trim().min(3, 'username minimal 3 karakter').max(60),
  email: z.string().trim().email('email tidak valid').optional(),
  password: kataSandi,
  role: z.enum(PERAN_VALID),
  blocked: z.boolean().optional(),
  pegawai_id: z.string().nullish(),
});
const isianUbah = z.object({
  email: z.string().trim().email('email tidak valid').optional(),
  password: kataSandi.optional().or(z.literal('').transform(() => undefined)),
  role: z.enum(PERAN_VALID).optional(),
  blocked: z.boolean().optional(),
  pegawai_id: z.string().nullish(),
});

/** Users: BKPSDM manages all; Admin OPD sees its OPD's; everyone else sees only himself. */
export const users: DefinisiSumber = {
  uid: 'plugin::users-permissions.user',
  objek: 'user',
  urut: {
    username: 'username',
    email: 'email',
    lastLoginAt: 'lastLoginAt',
    createdAt: 'createdAt',
    blocked: 'blocked',
    id: 'id',
    pegawai_nama: 'pegawai.nama',
  },
  urutBawaan: ['username', 'ASC'],
  cari: ['username', 'email', 'pegawai.nama'],
  filter: {
    role: (v) => ({ role: { type: Array.isArray(v) ? { $in: v } : { $eq: v } } }),
    blocked: filterBoolean('blocked'),
    opd_id: filterRelasi('pegawai.opd'),
    pegawai_id: filterRelasi('pegawai'),
    belum_pernah_login: (v) =>
      v === true || v === 'true'
        ? { lastLoginAt: { $null: true } }
        : v === false || v === 'false'
          ? { lastLoginAt: { $notNull: true } }
          : null,
    idle_hari: (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0)
        throw new GalatMskp(400, 'FILTER_TIDAK_VALID', 'Filter idle_hari harus bilangan bulat ≥ 0.', 'filter');
      const batas = new Date(Date.now() - n * 86_400_000).toISOString();
      return { $or: [{ lastLoginAt: { $null: true } }, { lastLoginAt: { $lt: batas } }] };
    },
    lastLoginAt: filterWaktu('lastLoginAt'),
  },
  populate: {
    role: { fields: ['type', 'name'] },
    pegawai: {
      fields: ['documentId', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
      populate: { opd: { fields: ['documentId', 'nama'] } },
    },
  },
  async cakupan(k) {
    const a = k.aktor;
    if (a.peran === PERAN.ADMIN_BKPSDM) return {};
    if (a.peran === PERAN.ADMIN_OPD && a.opdId)
      return { $or: [{ id: a.userId }, { pegawai: { opd: { id: a.opdId } } }] };
    if (a.userId) return { id: a.userId };
    return TIDAK_ADA;
  },
  keBaris: (d) => ({
    id: d.documentId,
    username: d.username,
    email: d.email,
    blocked: !!d.blocked,
    role: d.role?.type ?? null,
    role_nama: d.role?.name ?? null,
    pegawai_id: d.pegawai?.documentId ?? null,
    pegawai_nama: d.pegawai ? namaLengkap(d.pegawai) : null,
    pegawai_nip: d.pegawai?.nip ?? null,
    opd_id: d.pegawai?.opd?.documentId ?? null,
    opd_nama: d.pegawai?.opd?.nama ?? null,
    lastLoginAt: d.lastLoginAt ?? null,
    lastLoginIp: d.lastLoginIp ?? null,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  }),
  tulis: {
    boleh: (k) => k.aktor.peran === PERAN.ADMIN_BKPSDM,
    buat: isianBuat,
    ubah: isianUbah,
    async keData(i, k) {
      const data: Record<string, unknown> = { ...i };
      delete data.pegawai_id;
      if (i.role !== undefined) {
        const id = await layanan(k.strapi, 'inti', 'peran').idPeran(i.role);
        if (!id) throw new GalatMskp(400, 'PERAN_TIDAK_DIKENAL', `Peran "${i.role}" tidak dikenal.`, 'role');
        data.role = id;
      }
      if (i.username !== undefined) {
        const ada = await k.strapi.db
          .query('plugin::users-permissions.user')
          .findOne({ where: { username: i.username }, select: ['id'] });
        if (ada) throw new GalatMskp(400, 'USERNAME_GANDA', `Nama pengguna "${i.username}" sudah dipakai.`, 'username');
        if (!i.email) data.email = `${i.username.toLowerCase()}@pengguna.mskp.invalid`;
        data.provider = 'local';
        data.confirmed = true;
      }
      if (i.pegawai_id) await wajibAda(k.strapi, 'plugin::inti.pegawai', i.pegawai_id, 'pegawai_id', 'Pegawai');
      if (i.pegawai_id !== undefined) data.__pegawai = i.pegawai_id;
      return data;
    },
    async simpan(aksi, data, k, lama) {
      const pegawaiDoc = data.__pegawai as string | null | undefined;
      delete data.__pegawai;
      const docs = k.strapi.documents('plugin::users-permissions.user');
      const hasil =
        aksi === 'buat' ? await docs.create({ data }) : await docs.update({ documentId: lama.documentId, data });
      if (!hasil) throw new GalatMskp(404, 'TIDAK_DITEMUKAN', `Data dengan id "${lama.documentId}" tidak ditemukan.`);
      if (pegawaiDoc !== undefined) {
        const q = k.strapi.db.query('plugin::inti.pegawai');
        const lamaPegawai = await q.findOne({ where: { user: { id: hasil.id } }, select: ['id'] });
        if (lamaPegawai) await q.update({ where: { id: lamaPegawai.id }, data: { user: null } });
        if (pegawaiDoc) {
          const p = await q.findOne({
            where: { documentId: pegawaiDoc },
            select: ['id'],
            populate: { user: { select: ['id', 'username'] } },
          });
          if (p.user && p.user.id !== hasil.id)
            throw new GalatMskp(
              400,
              'PEGAWAI_SUDAH_PUNYA_AKUN',
              `Pegawai ini sudah terhubung dengan akun ${p.user.username}.`,
              'pegawai_id',
            );
          await q.update({ where: { id: p.id }, data: { user: hasil.id } });
        }
      }
      // A new password or a block ends every session of the account: inti's user lifecycle (bootstrap.ts) does
      // it for every write path, this one included.
      return hasil;
    },
  },
};
