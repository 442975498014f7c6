import type { Core } from '@strapi/strapi';
import { skemaTpp } from './domain/tpp';
import { tpp } from './panel/tpp';
import { skemaTppRiwayat } from './domain/riwayat';
import { bulanKolom, layanan } from '@m-skp/inti';

/**
 * Register phase: the value schema of policy `tpp` (validated with every policy file at inti's
 * bootstrap), the panel resource, and the months of TPP lines and attendance rows for the Document
 * Service period-lock guard (THR/gaji-13 lines, months 13–14, are not locked).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  layanan(strapi, 'inti', 'kebijakan').daftarkanSkema('tpp', skemaTpp);
  layanan(strapi, 'panel', 'registri').daftarkan('tpp', tpp);
  layanan(strapi, 'inti', 'kebijakan').daftarkanSkema('tpp-riwayat', skemaTppRiwayat);
  const periode = layanan(strapi, 'inti', 'periode');
  periode.daftarkanDokumen('plugin::tpp.tpp', { bulan: bulanKolom });
  periode.daftarkanDokumen('plugin::tpp.presensi', { bulan: bulanKolom });
};
