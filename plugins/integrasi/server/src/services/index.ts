import klien from './klien';
import log from './log';

/** integrasi's services: the clients of the external systems (`klien`) and the sync log (`log`). */
export default { klien, log };
