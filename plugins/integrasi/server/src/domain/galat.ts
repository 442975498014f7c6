import { GalatMskp } from '@m-skp/inti';
import { NAMA_SISTEM, type KonfigurasiMati, type Sistem } from './konfigurasi';
import type { Kegagalan } from './ulang';

/**
 * The refusals of the integration clients: a stable code per system and kind (`EKAK_TIDAK_TERHUBUNG`,
 * `SIMPEG_PAYLOAD_SALAH`, …) and an Indonesian message that a sync log or the panel shows as it is. A remote
 * fault is a 502 and a switched-off system a 503, never a 500.
 */

export type JenisGalatIntegrasi =
  'TIDAK_DIKONFIGURASI' | 'KONFIGURASI_SALAH' | 'TIDAK_TERHUBUNG' | 'MENOLAK' | 'PAYLOAD_RUSAK' | 'PAYLOAD_SALAH';

export const kodeGalat = (s: Sistem, j: JenisGalatIntegrasi) => `${s}_${j}`;

const SEBAB_JARINGAN: Record<string, string> = {
  ECONNREFUSED: 'koneksi ditolak',
  ECONNRESET: 'koneksi terputus',
  ENOTFOUND: 'alamat tidak dikenal',
  EAI_AGAIN: 'alamat tidak dapat diselesaikan',
  EHOSTUNREACH: 'host tidak terjangkau',
  ENETUNREACH: 'jaringan tidak terjangkau',
  EPIPE: 'koneksi terputus',
};

/** A failed attempt in words: "koneksi ditolak (ECONNREFUSED)", "tidak menjawab dalam 2000 ms", "HTTP 503". */
export function uraiKegagalan(k: Kegagalan, timeoutMs: number): string {
  switch (k.jenis) {
    case 'JARINGAN':
      return k.kode ? `${SEBAB_JARINGAN[k.kode] ?? 'galat jaringan'} (${k.kode})` : 'galat jaringan';
    case 'WAKTU_HABIS':
      return `tidak menjawab dalam ${timeoutMs} ms`;
    case 'HTTP':
      return `galat server HTTP ${k.status}`;
    case 'PAYLOAD':
      return 'jawaban tidak sah';
  }
}

export const galatIntegrasi = {
  mati: (k: KonfigurasiMati) => new GalatMskp(503, kodeGalat(k.sistem, k.status), k.pesan),
  tidakTerhubung: (s: Sistem, sebab: string, percobaan: number, jalur: string) =>
    new GalatMskp(
      502,
      kodeGalat(s, 'TIDAK_TERHUBUNG'),
      `${NAMA_SISTEM[s]} tidak dapat dihubungi: ${sebab} (${percobaan} kali dicoba, ${jalur}).`,
      undefined,
      { jalur, percobaan },
    ),
  menolak: (s: Sistem, status: number, pesanRemote: string | null, jalur: string) =>
    new GalatMskp(
      502,
      kodeGalat(s, 'MENOLAK'),
      `${NAMA_SISTEM[s]} menolak permintaan ${jalur}: HTTP ${status}${pesanRemote ? ` — ${pesanRemote}` : ''}.`,
      undefined,
      { jalur, status_remote: status },
    ),
  bukanJson: (s: Sistem, jalur: string) =>
    new GalatMskp(
      502,
      kodeGalat(s, 'PAYLOAD_RUSAK'),
      `Jawaban ${NAMA_SISTEM[s]} pada ${jalur} bukan JSON yang sah.`,
      undefined,
      {
        jalur,
      },
    ),
  payloadSalah: (s: Sistem, jalur: string, rekaman: string, field: string, aturan: string) =>
    new GalatMskp(
      502,
      kodeGalat(s, 'PAYLOAD_SALAH'),
      `Data ${NAMA_SISTEM[s]} tidak sah (${jalur}) pada ${rekaman}: kolom ${field} ${aturan}.`,
      field,
      { jalur, rekaman },
    ),
};
