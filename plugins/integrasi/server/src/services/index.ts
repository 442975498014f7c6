import klien from './klien';
import log from './log';
import monitor from './monitor';

/** integrasi's services: the external systems' clients (`klien`), the sync log (`log`), the SIMPEG monitor. */
export default { klien, log, monitor };
