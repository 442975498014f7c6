import galat from './galat';
import penjagaLogin from './penjaga-login';
import kukiRefresh from './kuki-refresh';
import multipart, { kiriman } from './multipart';

export default { galat, 'penjaga-login': penjagaLogin, 'kuki-refresh': kukiRefresh, multipart, kiriman };
