import galat from './galat';
import penjagaLogin from './penjaga-login';
import multipart, { kiriman } from './multipart';

export default { galat, 'penjaga-login': penjagaLogin, multipart, kiriman };
