import panel from './panel';
import tokenApi from './token-api';

export default { panel, 'token-api': tokenApi };
