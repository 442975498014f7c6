import type { Core } from '@strapi/strapi';
import { skemaBerakhlak, skemaKinerjaIki } from './domain/skp';
import { skemaCapaian } from './domain/capaian';
import { skemaPredikat } from './domain/predikat';
import { skemaBuktiDukung } from './domain/berkas';
import { skp, rhk, iki } from './panel';
import { rencanaAksi, realisasi } from './panel/renaksi';
import { daftarkanPenjagaKinerja } from './services/penjaga';
import { daftarkanSasaranOpd } from './panel/sasaran-opd';
import { evaluasi } from './panel/evaluasi';
import { predikatOrganisasi } from './panel/predikat-organisasi';
import { skemaEvaluasi, bulanKunciPeriode } from './domain/evaluasi';
import { bulanKolom, layanan } from '@m-skp/inti';

/**
 * Register phase: policy schemas (validated at inti's bootstrap), the document guards (with the months
 * of the period-locked rows: realisasi and their evidence files, evaluations, organisation predikat)
 * and the panel resources.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kebijakan = layanan(strapi, 'inti', 'kebijakan');
  kebijakan.daftarkanSkema('berakhlak', skemaBerakhlak);
  kebijakan.daftarkanSkema('kinerja-iki', skemaKinerjaIki);
  kebijakan.daftarkanSkema('bukti-dukung', skemaBuktiDukung);
  kebijakan.daftarkanSkema('capaian', skemaCapaian);
  kebijakan.daftarkanSkema('predikat', skemaPredikat);
  kebijakan.daftarkanSkema('evaluasi', skemaEvaluasi);
  daftarkanPenjagaKinerja(strapi);
  const periode = layanan(strapi, 'inti', 'periode');
  periode.daftarkanDokumen('plugin::kinerja.realisasi', { bulan: bulanKolom });
  periode.daftarkanDokumen('plugin::kinerja.evaluasi', { bulan: bulanKunciPeriode });
  periode.daftarkanDokumen('plugin::kinerja.predikat-organisasi', { bulan: bulanKunciPeriode });
  // a realisasi's evidence files (plugin::upload.file rows linked through its `bukti` media field)
  periode.daftarkanDokumen('plugin::upload.file', {
    populate: { related: true },
    bulan: (row: Record<string, any>) =>
      (Array.isArray(row.related) ? row.related : [])
        .filter((r: any) => r?.__type === 'plugin::kinerja.realisasi')
        .flatMap(bulanKolom),
  });
  const registri = layanan(strapi, 'panel', 'registri');
  registri.daftarkan('skp', skp);
  registri.daftarkan('rhk', rhk);
  registri.daftarkan('iki', iki);
  registri.daftarkan('rencana-aksi', rencanaAksi);
  registri.daftarkan('realisasi', realisasi);
  registri.daftarkan('evaluasi', evaluasi);
  registri.daftarkan('predikat-organisasi', predikatOrganisasi);
  daftarkanSasaranOpd(strapi);
};
