import { z } from 'zod';
import type { PegawaiSimpeg } from '../skema-simpeg';
import { golonganPppk, normalisasiGolongan, normalisasiKode, normalisasiTanggal, teksIsi } from './normalisasi';

/**
 * The field mapping SIMPEG → M-SKP as policy data (config/kebijakan/pemetaan-simpeg.json, versions with an
 * effective date like every policy): where the OPD, the post and the golongan are read from, and what the
 * city's codes mean in M-SKP's terms. A city whose SIMPEG writes other codes changes this file, not the code.
 */

export const NAMA_KEBIJAKAN_PEMETAAN_SIMPEG = 'pemetaan-simpeg';

const peta = z.record(z.string().min(1), z.string().min(1));
const statusMskp = z.enum(['AKTIF', 'CUTI', 'PENSIUN', 'BERHENTI', 'MENINGGAL']);

export const skemaPemetaanSimpeg = z.object({
  /** the OPD: SIMPEG's `kodeOpd` or `unorId`; `kode` turns a SIMPEG code into M-SKP's kode_opd (else as written) */
  opd: z.object({ sumber: z.enum(['kodeOpd', 'unorId']), kode: peta }),
  /** the post: the jabatanId of the open UTAMA penugasan, or `unorId`; `kode` as for the OPD */
  jabatan: z.object({ sumber: z.enum(['penugasan', 'unorId']), kode: peta }),
  /** golongan from the code (`golRuangAkhirId`, "42") or the label (`golRuangAkhir`, "IV/b"): both read as the code */
  golongan: z.object({ sumber: z.enum(['golRuangAkhirId', 'golRuangAkhir']) }),
  /**
   * `statusPegawai` value → what it says in M-SKP. A value not listed is a difference ("tidak dipetakan"). Jenis
   * ASN not given here is read from the golongan (PNS code or PPPK roman numeral).
   */
  status_pegawai: z.record(
    z.string().min(1),
    z.object({ status: statusMskp, jenis_asn: z.enum(['PNS', 'PPPK']).optional(), cpns: z.boolean().optional() }),
  ),
  /** `jenisJabatanId` → jabatan jenis JPT/JA/JF; a value not listed is not compared (SIASN's "1" is JPT or JA) */
  jenis_jabatan: z.record(z.string().min(1), z.enum(['JPT', 'JA', 'JF'])),
});

export type PemetaanSimpeg = z.infer<typeof skemaPemetaanSimpeg>;
export type StatusPegawaiMskp = z.infer<typeof statusMskp>;
export type JenisPenugasan = 'UTAMA' | 'PLT' | 'PLH' | 'PJ';

/** One penugasan in comparable form (kode jabatan upper case, dates YYYY-MM-DD as far as readable). */
export interface PenugasanTerpetakan {
  kode_jabatan: string;
  jenis: JenisPenugasan;
  tmt_mulai: string | null;
  tmt_akhir: string | null;
}

/** A SIMPEG record in M-SKP's terms: what the comparison reads. Null = SIMPEG says nothing about it. */
export interface PegawaiSimpegTerpetakan {
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  golongan: string | null;
  /** the status as M-SKP writes it, or null with the raw value in `status_asli` when the mapping has no entry */
  status: StatusPegawaiMskp | null;
  status_asli: string;
  jenis_asn: 'PNS' | 'PPPK' | null;
  cpns: boolean | null;
  kode_opd: string | null;
  kode_jabatan: string | null;
  jenis_jabatan: 'JPT' | 'JA' | 'JF' | null;
  penugasan: PenugasanTerpetakan[];
}

const kodeLewatPeta = (nilai: unknown, tabel: Record<string, string>): string | null => {
  const k = normalisasiKode(nilai);
  if (k == null) return null;
  const dipetakan = Object.entries(tabel).find(([dari]) => normalisasiKode(dari) === k)?.[1];
  return dipetakan == null ? k : normalisasiKode(dipetakan);
};

/** The open UTAMA post (no end date; the latest start when several), else null. */
export function jabatanUtamaTerbuka(penugasan: readonly PenugasanTerpetakan[]): string | null {
  const terbuka = penugasan
    .filter((p) => p.jenis === 'UTAMA' && p.tmt_akhir == null)
    .sort((a, b) => (b.tmt_mulai ?? '').localeCompare(a.tmt_mulai ?? ''));
  return terbuka[0]?.kode_jabatan ?? null;
}

/** Reads one SIMPEG record (already checked by the wire schema) through the mapping. */
export function petakanPegawaiSimpeg(p: PegawaiSimpeg, pemetaan: PemetaanSimpeg): PegawaiSimpegTerpetakan {
  const penugasan: PenugasanTerpetakan[] = p.penugasan.map((x) => ({
    kode_jabatan: kodeLewatPeta(x.jabatanId, pemetaan.jabatan.kode) ?? x.jabatanId,
    jenis: x.jenis,
    tmt_mulai: normalisasiTanggal(x.tmtMulai),
    tmt_akhir: normalisasiTanggal(x.tmtAkhir),
  }));
  const golongan = normalisasiGolongan(p[pemetaan.golongan.sumber]);
  const statusAsli = teksIsi(p.statusPegawai) ?? '';
  const arti = Object.entries(pemetaan.status_pegawai).find(
    ([dari]) => normalisasiKode(dari) === normalisasiKode(statusAsli),
  )?.[1];
  const pppk = golonganPppk(golongan);
  const jenisJabatan = normalisasiKode(p.jenisJabatanId);
  return {
    nip: p.nipBaru,
    nama: p.nama,
    gelar_depan: p.gelarDepan,
    gelar_belakang: p.gelarBelakang,
    golongan,
    status: arti?.status ?? null,
    status_asli: statusAsli,
    jenis_asn: arti?.jenis_asn ?? (pppk == null ? null : pppk ? 'PPPK' : 'PNS'),
    cpns: arti?.cpns ?? null,
    kode_opd: kodeLewatPeta(p[pemetaan.opd.sumber], pemetaan.opd.kode),
    kode_jabatan:
      pemetaan.jabatan.sumber === 'unorId'
        ? kodeLewatPeta(p.unorId, pemetaan.jabatan.kode)
        : jabatanUtamaTerbuka(penugasan),
    jenis_jabatan:
      jenisJabatan == null
        ? null
        : (Object.entries(pemetaan.jenis_jabatan).find(([dari]) => normalisasiKode(dari) === jenisJabatan)?.[1] ??
          null),
    penugasan,
  };
}
