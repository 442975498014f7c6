import galat from './galat';
import penjagaLogin from './penjaga-login';

export default { galat, 'penjaga-login': penjagaLogin };
