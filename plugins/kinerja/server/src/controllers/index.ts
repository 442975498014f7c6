import skp from './skp';
import rhk from './rhk';

export default { skp, rhk };
