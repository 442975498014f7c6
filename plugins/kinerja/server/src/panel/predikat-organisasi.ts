import { z } from 'zod';
import { GalatMskp, layanan, pastikan } from '@m-skp/inti';
import { TIDAK_ADA, filterAngka, filterKolom, filterRelasi, type DefinisiSumber, type Konteks } from '@m-skp/panel';
import { PREDIKAT_ORGANISASI } from '../domain/predikat';
import { ALASAN_MINIMAL, aturanUbahPanelPredikat } from '../domain/predikat-organisasi';
import { UID_PREDIKAT_ORGANISASI } from '../services/predikat-organisasi';

const predikatOrg = (k: Konteks) => layanan(k.strapi, 'kinerja', 'predikat-organisasi');
const alasan = z.string().trim().min(ALASAN_MINIMAL, `alasan sekurang-kurangnya ${ALASAN_MINIMAL} karakter`).max(2000);
const PERAN_BACA = ['admin_bkpsdm', 'admin_opd'];

/** PUT: set the predikat (with its reason), waive the standing quota violations (`override`), or finalise. */
const ubah = z.object({
  predikat: z.enum(PREDIKAT_ORGANISASI).optional(),
  alasan: alasan.optional(),
  override: z.boolean().optional(),
  status: z.literal('FINAL').optional(),
});
/** POST: the first setting of a month's predikat for an OPD. */
const buat = z.object({
  kode_opd: z.string().trim().min(1).max(40),
  tahun: z.coerce.number().int().min(2000).max(2100),
  bulan: z.coerce.number().int().min(1).max(12),
  predikat: z.enum(PREDIKAT_ORGANISASI),
  alasan,
});

/** A stored row as the panel engine hands it to `simpan` (populated OPD). */
interface BarisPanel {
  documentId: string;
  tahun: number | string;
  periode_jenis: string;
  periode: number | string;
  opd?: { kode_opd?: string | null } | null;
}

/** The month of a stored row; the engine's endpoints handle monthly rows only. */
function periodeBaris(lama: BarisPanel) {
  if (lama.periode_jenis !== 'BULANAN' || !lama.opd?.kode_opd) {
    throw new GalatMskp(
      409,
      'PERIODE_TIDAK_DIDUKUNG',
      'Hanya predikat organisasi bulanan yang dapat diubah dari panel.',
      'periode_jenis',
    );
  }
  return { kode_opd: String(lama.opd.kode_opd), tahun: Number(lama.tahun), bulan: Number(lama.periode) };
}

/**
 * Panel resource `predikat-organisasi` (api.md "Panel"): the stored organisation predikat per OPD and
 * month. Read by the Admin BKPSDM (every OPD) and the Admin OPD (his own OPD); anyone else → 403.
 * Written by the Admin BKPSDM only, always through the predikat-organisasi service (the same rules as
 * PUT /api/predikat-organisasi, /final and /override: a reason of ALASAN_MINIMAL characters, a FINAL
 * period is not changed, finalising is refused while the quotas block, the period lock, the audit).
 */
export const predikatOrganisasi: DefinisiSumber = {
  ranah: 'kinerja',
  uid: UID_PREDIKAT_ORGANISASI,
  objek: 'predikat_organisasi',
  urut: {
    id: 'id',
    tahun: 'tahun',
    periode: 'periode',
    predikat: 'predikat',
    status: 'status',
    opd_nama: 'opd.nama',
    ditetapkan_pada: 'ditetapkan_pada',
    updatedAt: 'updatedAt',
  },
  urutBawaan: ['updatedAt', 'DESC'],
  cari: ['opd.nama', 'opd.kode_opd', 'alasan'],
  filter: {
    tahun: filterAngka('tahun'),
    periode: filterAngka('periode'),
    bulan: filterAngka('periode'),
    periode_jenis: filterKolom('periode_jenis'),
    opd_id: filterRelasi('opd'),
    predikat: filterKolom('predikat'),
    status: filterKolom('status'),
  },
  populate: { opd: { fields: ['documentId', 'kode_opd', 'nama', 'singkatan'] } },
  async cakupan(k) {
    const a = k.aktor;
    if (a.token != null || !PERAN_BACA.includes(String(a.peran))) {
      throw new GalatMskp(
        403,
        'AKSES_DITOLAK',
        'Predikat organisasi di panel hanya untuk Admin BKPSDM dan Admin OPD (OPD-nya sendiri).',
      );
    }
    if (a.peran === 'admin_bkpsdm') return {};
    return a.opdId != null ? { opd: { id: a.opdId } } : TIDAK_ADA;
  },
  keBaris: (d) => ({
    id: d.documentId,
    opd_id: d.opd?.documentId ?? null,
    kode_opd: d.opd?.kode_opd ?? null,
    opd_nama: d.opd?.nama ?? null,
    tahun: d.tahun,
    periode_jenis: d.periode_jenis,
    periode: d.periode,
    bulan: d.periode_jenis === 'BULANAN' ? d.periode : null,
    predikat: d.predikat,
    usulan: d.usulan ?? null,
    capaian_opd: d.capaian_opd != null ? Number(d.capaian_opd) : null,
    alasan: d.alasan ?? null,
    status: d.status,
    ditetapkan_oleh: d.ditetapkan_oleh_nip
      ? { nip: d.ditetapkan_oleh_nip, nama: d.ditetapkan_oleh_nama, sebagai: d.ditetapkan_sebagai }
      : null,
    ditetapkan_pada: d.ditetapkan_pada ?? null,
    final_oleh: d.final_oleh ?? null,
    final_pada: d.final_pada ?? null,
    override: d.override_kurva ?? null,
    updatedAt: d.updatedAt,
  }),
  tulis: {
    boleh: (k) => k.aktor.token == null && k.aktor.peran === 'admin_bkpsdm',
    buat,
    ubah,
    hapus: false,
    // the predikat-organisasi service audits every set, override and finalisation itself
    diauditLayanan: true,
    keData: async (i) => i,
    // `data` is the input the engine validated against `buat` / `ubah` (keData hands it on as is)
    async simpan(aksi, isian, k, lama?: BarisPanel) {
      const svc = predikatOrg(k);
      if (aksi === 'buat') {
        const data = isian as z.infer<typeof buat>;
        await svc.tetapkan(k.aktor, data);
        const opd = await svc.opd(data.kode_opd);
        const row = (await svc.tersimpan([opd.id], data.tahun, data.bulan)).get(opd.id);
        return { documentId: row!.documentId }; // just written by tetapkan
      }
      const data = isian as z.infer<typeof ubah>;
      const p = periodeBaris(lama!); // the engine passes the stored row on every update
      pastikan(aturanUbahPanelPredikat(data));
      if (data.predikat) await svc.tetapkan(k.aktor, { ...p, predikat: data.predikat, alasan: data.alasan! });
      if (data.override) await svc.override(k.aktor, { ...p, alasan: data.alasan! });
      if (data.status === 'FINAL') await svc.finalkan(k.aktor, p);
      return { documentId: lama!.documentId };
    },
  },
};
