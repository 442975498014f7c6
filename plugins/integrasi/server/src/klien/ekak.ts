import type { KonfigurasiSistem } from '../domain/konfigurasi';
import { uraiPayload } from '../domain/payload';
import {
  skemaCekPerubahan,
  skemaRencanaAksiPegawai,
  skemaSasaranKinerjaPegawai,
  skemaSasaranOpd,
  skemaSasaranPohonKinerjaPegawai,
  type CekPerubahan,
  type RencanaAksiPegawai,
  type SasaranKinerjaPegawai,
  type SasaranOpdEkak,
  type SasaranPohonKinerjaPegawai,
} from '../domain/skema-ekak';
import { buatPeminta, tidurBiasa, type Tidur } from './http';
import { statusSistem, type StatusSistem } from './status';

/**
 * The eKAK client (integrations.md "eKAK → M-SKP"): POST with JSON parameters `nip`, `tahun`, `id_sasaran`,
 * `kode_opd`. Answers are checked against domain/skema-ekak.ts; "nothing there" (404) is `null`. A switched-off
 * eKAK refuses every call with `EKAK_TIDAK_DIKONFIGURASI` (503) without calling anything.
 */
export interface KlienEkak {
  status(): StatusSistem;
  sasaranKinerjaPegawai(p: { nip: string; tahun: number }): Promise<SasaranKinerjaPegawai | null>;
  sasaranPohonKinerjaPegawai(p: { nip: string; tahun: number }): Promise<SasaranPohonKinerjaPegawai | null>;
  rencanaAksiPegawai(p: { nip: string; tahun: number; id_sasaran: string }): Promise<RencanaAksiPegawai | null>;
  sasaranOpd(p: { kode_opd: string; tahun: number }): Promise<SasaranOpdEkak | null>;
  cekPerubahan(p: { tahun: number }): Promise<CekPerubahan>;
}

export const JALUR_EKAK = {
  sasaran: '/api/skp/sasaran_kinerja_pegawai',
  pohon: '/api/skp/sasaran_pohon_kinerja_pegawai',
  renaksi: '/api/skp/rencana_aksi_pegawai',
  sasaranOpd: '/api/skp/sasaran_opd',
  cekPerubahan: '/api/skp/cek_perubahan',
} as const;

export function buatKlienEkak(konfigurasi: KonfigurasiSistem, opsi: { tidur?: Tidur } = {}): KlienEkak {
  const minta = buatPeminta(konfigurasi, opsi.tidur ?? tidurBiasa);

  /** A POST whose 404 means "none"; otherwise the answer read through `skema`. */
  async function post<T>(jalur: string, body: Record<string, unknown>, baca: (data: unknown, nama: string) => T) {
    const j = await minta({ metode: 'POST', jalur, body });
    if (j.status === 404) return null;
    return baca(j.data, `POST ${jalur}`);
  }

  return {
    status: () => statusSistem(konfigurasi),
    sasaranKinerjaPegawai: ({ nip, tahun }) =>
      post(JALUR_EKAK.sasaran, { nip, tahun }, (d, n) => uraiPayload(skemaSasaranKinerjaPegawai, d, 'EKAK', n).data),
    sasaranPohonKinerjaPegawai: ({ nip, tahun }) =>
      post(JALUR_EKAK.pohon, { nip, tahun }, (d, n) => uraiPayload(skemaSasaranPohonKinerjaPegawai, d, 'EKAK', n).data),
    rencanaAksiPegawai: ({ nip, tahun, id_sasaran }) =>
      post(
        JALUR_EKAK.renaksi,
        { nip, tahun, id_sasaran },
        (d, n) => uraiPayload(skemaRencanaAksiPegawai, d, 'EKAK', n).data,
      ),
    sasaranOpd: ({ kode_opd, tahun }) =>
      post(JALUR_EKAK.sasaranOpd, { kode_opd, tahun }, (d, n) => uraiPayload(skemaSasaranOpd, d, 'EKAK', n)),
    async cekPerubahan({ tahun }) {
      const j = await minta({ metode: 'GET', jalur: JALUR_EKAK.cekPerubahan, query: { tahun } });
      if (j.status === 404) return [];
      return uraiPayload(skemaCekPerubahan, j.data, 'EKAK', `GET ${JALUR_EKAK.cekPerubahan}`).data;
    },
  };
}
