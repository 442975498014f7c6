import { skemaTpp } from './domain/tpp';
import { tpp } from './panel/tpp';

/** Register phase: the value schema of policy `tpp` (validated with every policy file at inti's bootstrap). */
export default ({ strapi }: { strapi: any }) => {
  strapi.plugin('inti').service('kebijakan').daftarkanSkema('tpp', skemaTpp);
  strapi.plugin('panel').service('registri').daftarkan('tpp', tpp);
};
