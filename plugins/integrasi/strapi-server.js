'use strict';
// Strapi loads plugins as JavaScript: the TypeScript sources are compiled to dist/ by `tsc -b`.
module.exports = require('./dist/server/index.js').default;
