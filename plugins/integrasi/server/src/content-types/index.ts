import syncLog from './sync-log';

/** integrasi content types: `plugin::integrasi.<name>`. */
export default { 'sync-log': syncLog };
