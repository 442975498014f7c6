import type { Core } from '@strapi/strapi';
import { layanan } from '../layanan';
import { hariIni } from '../domain/tanggal';
import { filterPenugasanBertumpuk } from '../domain/penugasan';

/**
 * The allow-listed profile of a user (GET /api/users/me): role, pegawai (nip, nama, jabatan, opd),
 * the regional government (policy `daerah`), last login. Never a password, token or admin field.
 */
/** An active penugasan of the profile's pegawai, with its post. */
interface PenugasanProfil {
  jenis: string;
  jabatan?: {
    documentId: string;
    nama: string;
    jenis: string;
    jenjang: string | null;
    unit_kerja: string | null;
    kepala_opd?: boolean | null;
  } | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The regional government today (policy `daerah`): the panel's title and the default place of its
   * print dialogs. Names of officials are not sent (the prints read them at the document's date).
   */
  daerah(tanggal: string = hariIni()): { nama_pemerintah: string; nama_daerah: string; tempat_default: string } {
    const d = layanan(strapi, 'inti', 'kebijakan').nilai('daerah', tanggal);
    return { nama_pemerintah: d.nama_pemerintah, nama_daerah: d.nama_daerah, tempat_default: d.tempat_default };
  },

  async profil(userId: number) {
    const u = await strapi.db.query('plugin::users-permissions.user').findOne({
      where: { id: userId },
      select: ['id', 'documentId', 'username', 'email', 'blocked', 'lastLoginAt', 'lastLoginIp', 'createdAt'],
      populate: {
        role: { select: ['id', 'name', 'type'] },
        pegawai: {
          select: [
            'id',
            'documentId',
            'nip',
            'nama',
            'gelar_depan',
            'gelar_belakang',
            'golongan',
            'jenis_asn',
            'status',
          ],
          populate: { opd: { select: ['id', 'documentId', 'kode_opd', 'nama', 'singkatan'] } },
        },
      },
    });
    if (!u) return null;
    let pegawai: Record<string, unknown> | null = null;
    if (u.pegawai) {
      const p = u.pegawai;
      const tanggal = hariIni();
      const aktif = await strapi.db.query('plugin::inti.penugasan').findMany({
        where: { pegawai: { id: p.id }, ...filterPenugasanBertumpuk(tanggal) },
        select: ['jenis', 'tmt_mulai'],
        populate: { jabatan: { select: ['id', 'documentId', 'nama', 'jenis', 'jenjang', 'unit_kerja', 'kepala_opd'] } },
      });
      const utama = (aktif as PenugasanProfil[]).find((x) => x.jenis === 'UTAMA');
      pegawai = {
        id: p.documentId,
        nip: p.nip,
        nama: p.nama,
        nama_lengkap: namaLengkap(p),
        golongan: p.golongan,
        jenis_asn: p.jenis_asn,
        status: p.status,
        jabatan: utama?.jabatan
          ? {
              id: utama.jabatan.documentId,
              nama: utama.jabatan.nama,
              jenis: utama.jabatan.jenis,
              jenjang: utama.jabatan.jenjang,
              unit_kerja: utama.jabatan.unit_kerja,
            }
          : null,
        jabatan_plt: aktif
          .filter((x: PenugasanProfil) => x.jenis !== 'UTAMA' && x.jabatan)
          .map((x: PenugasanProfil) => ({ id: x.jabatan!.documentId, nama: x.jabatan!.nama, sebagai: x.jenis })),
        /** holds today (definitive or acting) the head post of an OPD: the Kepala OPD's screens apply */
        kepala_opd: aktif.some((x: PenugasanProfil) => !!x.jabatan?.kepala_opd),
        opd: p.opd
          ? { id: p.opd.documentId, kode_opd: p.opd.kode_opd, nama: p.opd.nama, singkatan: p.opd.singkatan }
          : null,
      };
    }
    return {
      id: u.id,
      documentId: u.documentId,
      username: u.username,
      email: u.email,
      blocked: !!u.blocked,
      role: u.role ? { type: u.role.type, name: u.role.name } : null,
      pegawai,
      daerah: this.daerah(),
      lastLoginAt: u.lastLoginAt ?? null,
      lastLoginIp: u.lastLoginIp ?? null,
    };
  },
});

/** "Dr. Budi Santoso, S.Kom., M.T." */
export function namaLengkap(p: {
  nama?: string | null;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
}): string {
  const depan = p.gelar_depan ? p.gelar_depan.trim() + ' ' : '';
  const belakang = p.gelar_belakang ? ', ' + p.gelar_belakang.trim() : '';
  return `${depan}${(p.nama ?? '').trim()}${belakang}`;
}
