import sinkronPlt from './sinkron-plt';

/** plt content types: `plugin::plt.<name>`. */
export default { 'sinkron-plt': sinkronPlt };
