import { skemaTpp } from './domain/tpp';
import { tpp } from './panel/tpp';
import { skemaTppRiwayat } from './domain/riwayat';
import { bulanKolom } from '@m-skp/inti';

/**
 * Register phase: the value schema of policy `tpp` (validated with every policy file at inti's
 * bootstrap), the panel resource, and the months of TPP lines and attendance rows for the Document
 * Service period-lock guard (THR/gaji-13 lines, months 13–14, are not locked).
 */
export default ({ strapi }: { strapi: any }) => {
  strapi.plugin('inti').service('kebijakan').daftarkanSkema('tpp', skemaTpp);
  strapi.plugin('panel').service('registri').daftarkan('tpp', tpp);
  strapi.plugin('inti').service('kebijakan').daftarkanSkema('tpp-riwayat', skemaTppRiwayat);
  const periode = strapi.plugin('inti').service('periode');
  periode.daftarkanDokumen('plugin::tpp.tpp', { bulan: bulanKolom });
  periode.daftarkanDokumen('plugin::tpp.presensi', { bulan: bulanKolom });
};
