import { skemaTpp } from './domain/tpp';
import { tpp } from './panel/tpp';
import { skemaTppRiwayat } from './domain/riwayat';

/** Register phase: the value schema of policy `tpp` (validated with every policy file at inti's bootstrap). */
export default ({ strapi }: { strapi: any }) => {
  strapi.plugin('inti').service('kebijakan').daftarkanSkema('tpp', skemaTpp);
  strapi.plugin('panel').service('registri').daftarkan('tpp', tpp);
  strapi.plugin('inti').service('kebijakan').daftarkanSkema('tpp-riwayat', skemaTppRiwayat);
};
