export default ({ strapi: _strapi }: { strapi: any }) => ({});
