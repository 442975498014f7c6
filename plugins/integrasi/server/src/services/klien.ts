import type { Core } from '@strapi/strapi';
import type { Aktor } from '@m-skp/inti';
import { pastikanLihatIntegrasi } from '../domain/akses';
import { bacaKonfigurasi, type Lingkungan, type Sistem } from '../domain/konfigurasi';
import { buatKlienEkak, type KlienEkak } from '../klien/ekak';
import { buatKlienSimpeg, type KlienSimpeg } from '../klien/simpeg';
import type { StatusSistem } from '../klien/status';

/** One system's state as `GET /api/integrasi/status` answers it: its code beside what the client reports. */
export interface StatusIntegrasi extends StatusSistem {
  kode: Sistem;
}

/**
 * The clients of the running server, built from the process environment (config/.env.example) on first use.
 * `segarkan(env)` rebuilds them (tests, or after the settings change).
 */
export default (_: { strapi: Core.Strapi }) => {
  let env: Lingkungan = process.env;
  let ekak: KlienEkak | null = null;
  let simpeg: KlienSimpeg | null = null;
  return {
    konfigurasi: (sistem: Sistem) => bacaKonfigurasi(sistem, env),
    ekak: (): KlienEkak => (ekak ??= buatKlienEkak(bacaKonfigurasi('EKAK', env))),
    simpeg: (): KlienSimpeg => (simpeg ??= buatKlienSimpeg(bacaKonfigurasi('SIMPEG', env))),
    /** Each system on or off, for the panel ("tidak dikonfigurasi" is a state, not an error). */
    status(): StatusSistem[] {
      return [this.ekak().status(), this.simpeg().status()];
    },
    /** The status card of the sync log screen: Admin BKPSDM and Admin OPD only (403 for anyone else). */
    statusUntuk(aktor: Aktor): StatusIntegrasi[] {
      pastikanLihatIntegrasi(aktor, 'Status integrasi hanya untuk Admin BKPSDM dan Admin OPD.');
      return [
        { kode: 'EKAK', ...this.ekak().status() },
        { kode: 'SIMPEG', ...this.simpeg().status() },
      ];
    },
    segarkan(baru: Lingkungan = process.env) {
      env = baru;
      ekak = null;
      simpeg = null;
    },
  };
};
