/**
 * Bootstrap phase of the base plugin: validate the policy folder once every engine has declared its
 * policy schemas in its register phase; a bad rule table stops the start-up with every problem listed.
 * The regional identity (policy `daerah`: kop surat, default print place, kepala daerah) is required.
 */
export default ({ strapi }: { strapi: any }) => {
  const kebijakan = strapi.plugin('inti').service('kebijakan');
  const peta = kebijakan.muat();
  if (!peta.has('daerah')) {
    throw new Error(
      'Konfigurasi kebijakan tidak valid:\n- kebijakan "daerah" (config/kebijakan/daerah.json) wajib ada: nama pemerintah daerah untuk kop surat, tempat bawaan cetakan dan kepala daerah'
    );
  }
};
