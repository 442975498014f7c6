import galat from './galat';
import penjagaLogin from './penjaga-login';
import multipart, { batasKiriman } from './multipart';

export default { galat, 'penjaga-login': penjagaLogin, multipart, 'batas-kiriman': batasKiriman };
