import sinkron from './sinkron';
import otomatis from './otomatis';

/** plt's services: the sync (`sinkron`) and its reaction to penugasan changes (`otomatis`). */
export default { sinkron, otomatis };
