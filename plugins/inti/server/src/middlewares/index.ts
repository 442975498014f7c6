import galat from './galat';
import penjagaLogin from './penjaga-login';
import kukiRefresh from './kuki-refresh';

export default { galat, 'penjaga-login': penjagaLogin, 'kuki-refresh': kukiRefresh };
