/**
 * Bootstrap phase of the base plugin: validate the policy folder once every engine has declared its
 * policy schemas in its register phase; a bad rule table stops the start-up with every problem listed.
 */
export default ({ strapi }: { strapi: any }) => {
  strapi.plugin('inti').service('kebijakan').muat();
};
