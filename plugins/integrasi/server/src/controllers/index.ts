import monitor from './monitor';
import status from './status';

export default { monitor, status };
