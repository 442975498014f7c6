import type { Core } from '@strapi/strapi';
import { layanan } from '@m-skp/inti';
import { z } from 'zod';
import { filterAngka, filterKolom, filterRelasi, type DefinisiSumber } from '@m-skp/panel';
import { UID_SASARAN, daftarkanPenandaSasaranOpd } from '../services/sasaran-opd';

const sasaran = (strapi: Core.Strapi) => layanan(strapi, 'kinerja', 'sasaran-opd');

/**
 * Panel input: the shape only (unknown keys stripped); the rules live in domain/sasaran-opd.ts so
 * the 400 names the exact field (e.g. `indikator[0].target`).
 */
const isian = z.object({
  opd_id: z.string().optional(),
  tahun: z.unknown().optional(),
  sasaran: z.unknown().optional(),
  urutan: z.unknown().optional(),
  indikator: z.unknown().optional(),
});

/**
 * Panel resource `sasaran-opd` (ra-data-simple-rest): OPD-level sasaran/PK with indicators. Reads
 * scoped to the caller's OPD (BKPSDM: all); create/update/delete by Admin BKPSDM or the OPD's Admin
 * OPD, each in the panel engine's transaction with its audit (`SASARAN_OPD_DIBUAT/DIUBAH/DIHAPUS`);
 * the Kepala OPD's SKP duplicates are re-marked by the Document Service hook in that transaction.
 */
export const sasaranOpd: DefinisiSumber = {
  ranah: 'kinerja',
  uid: UID_SASARAN,
  objek: 'sasaran_opd',
  urut: {
    tahun: 'tahun',
    urutan: 'urutan',
    id: 'id',
    sasaran: 'sasaran',
    opd_nama: 'opd.nama',
    updatedAt: 'updatedAt',
  },
  urutBawaan: ['urutan', 'ASC'],
  cari: ['sasaran', 'opd.nama'],
  filter: { opd_id: filterRelasi('opd'), tahun: filterAngka('tahun'), sumber: filterKolom('sumber') },
  populate: { opd: { fields: ['documentId', 'nama', 'singkatan'] } },
  async cakupan(k) {
    return sasaran(k.strapi).cakupan(k.aktor);
  },
  keBaris: (d) => {
    const indikator = Array.isArray(d.indikator) ? d.indikator : [];
    return {
      id: d.documentId,
      opd_id: d.opd?.documentId ?? null,
      opd_nama: d.opd?.nama ?? null,
      tahun: d.tahun,
      sasaran: d.sasaran,
      urutan: d.urutan ?? 1,
      indikator: indikator.map((x: any) => ({
        indikator: x?.indikator ?? '',
        target: x?.target ?? '',
        satuan: x?.satuan ?? '',
      })),
      jumlah_indikator: indikator.length,
      sumber: d.sumber,
      ekak_sasaran_id: d.ekak_sasaran_id ?? null,
      updatedAt: d.updatedAt,
    };
  },
  tulis: {
    boleh: (k) => sasaran(k.strapi).bolehTulis(k.aktor),
    buat: isian,
    ubah: isian.partial(),
    hapus: true,
    keData: (i, k, lama) => sasaran(k.strapi).keData(i, k.aktor, lama),
  },
};

/** Register phase: the panel resource and the re-marking hook. */
export function daftarkanSasaranOpd(strapi: Core.Strapi) {
  layanan(strapi, 'panel', 'registri').daftarkan('sasaran-opd', sasaranOpd);
  daftarkanPenandaSasaranOpd(strapi);
}
