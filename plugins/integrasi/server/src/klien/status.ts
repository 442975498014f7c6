import { NAMA_SISTEM, type KonfigurasiSistem } from '../domain/konfigurasi';

/** What the panel shows about a system: on (with its URL) or off ("tidak dikonfigurasi", or the bad setting). */
export interface StatusSistem {
  sistem: string;
  aktif: boolean;
  status: KonfigurasiSistem['status'];
  url: string | null;
  pesan: string;
}

export function statusSistem(k: KonfigurasiSistem): StatusSistem {
  const nama = NAMA_SISTEM[k.sistem];
  if (k.status === 'AKTIF')
    return { sistem: nama, aktif: true, status: k.status, url: k.urlDasar, pesan: `${nama} aktif.` };
  return { sistem: nama, aktif: false, status: k.status, url: null, pesan: k.pesan };
}
