import klien from './klien';

/** integrasi's services: the clients of the external systems (`klien`). */
export default { klien };
