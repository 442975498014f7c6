import skp from './skp';
import rencana from './rencana';

export default { skp, rencana };
