import type { KonfigurasiSistem } from '../domain/konfigurasi';
import { uraiPayload } from '../domain/payload';
import { skemaDaftarPegawai, skemaSatuPegawai, type HalamanPegawai, type PegawaiSimpeg } from '../domain/skema-simpeg';
import { buatPeminta, tidurBiasa, type Tidur } from './http';
import { statusSistem, type StatusSistem } from './status';

/**
 * The SIMPEG client (integrations.md "SIMPEG → M-SKP"): `GET /pegawai` paged, `GET /pegawai/{nip}` (`null` when
 * SIMPEG answers 404). A switched-off SIMPEG refuses every call with `SIMPEG_TIDAK_DIKONFIGURASI` (503).
 */
export interface KlienSimpeg {
  status(): StatusSistem;
  halamanPegawai(p: { kode_opd?: string; page: number; per_page?: number }): Promise<HalamanPegawai>;
  /** Every page of one OPD (or of the city), in SIMPEG's order. */
  semuaPegawai(p?: { kode_opd?: string }): Promise<PegawaiSimpeg[]>;
  pegawai(nip: string): Promise<PegawaiSimpeg | null>;
}

/** A guard against a remote whose `total` keeps growing or whose pages never end. */
const HALAMAN_MAKS = 10_000;

export function buatKlienSimpeg(konfigurasi: KonfigurasiSistem, opsi: { tidur?: Tidur } = {}): KlienSimpeg {
  const minta = buatPeminta(konfigurasi, opsi.tidur ?? tidurBiasa);
  const perHalaman = konfigurasi.status === 'AKTIF' ? konfigurasi.perHalaman : 100;

  async function halamanPegawai({
    kode_opd,
    page,
    per_page = perHalaman,
  }: {
    kode_opd?: string;
    page: number;
    per_page?: number;
  }) {
    const j = await minta({
      metode: 'GET',
      jalur: '/pegawai',
      query: { kode_opd: kode_opd || undefined, page, per_page },
    });
    if (j.status === 404) return { data: [], meta: { page, per_page, total: 0 } };
    return uraiPayload(skemaDaftarPegawai, j.data, 'SIMPEG', `GET /pegawai (halaman ${page})`);
  }

  return {
    status: () => statusSistem(konfigurasi),
    halamanPegawai,
    async semuaPegawai({ kode_opd } = {}) {
      const hasil: PegawaiSimpeg[] = [];
      for (let page = 1; page <= HALAMAN_MAKS; page++) {
        const h = await halamanPegawai({ kode_opd, page });
        hasil.push(...h.data);
        if (!h.data.length || hasil.length >= h.meta.total) break;
      }
      return hasil;
    },
    async pegawai(nip) {
      const jalur = `/pegawai/${encodeURIComponent(nip)}`;
      const j = await minta({ metode: 'GET', jalur });
      if (j.status === 404) return null;
      // SIASN wraps a record in `data`; the city's service answers it bare: both are read
      const d = j.data as { data?: unknown; nipBaru?: unknown } | undefined;
      const record = d && typeof d === 'object' && d.nipBaru === undefined && d.data !== undefined ? d.data : d;
      return uraiPayload(skemaSatuPegawai, record, 'SIMPEG', `GET ${jalur}`);
    },
  };
}
