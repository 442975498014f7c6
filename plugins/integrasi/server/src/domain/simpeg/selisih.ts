import { namaLengkap } from '@m-skp/inti';
import type { PegawaiSimpeg } from '../skema-simpeg';
import {
  labelGolongan,
  normalisasiGelar,
  normalisasiGolongan,
  normalisasiKode,
  normalisasiNama,
  normalisasiTanggal,
} from './normalisasi';
import {
  jabatanUtamaTerbuka,
  petakanPegawaiSimpeg,
  type JenisPenugasan,
  type PemetaanSimpeg,
  type PenugasanTerpetakan,
  type PegawaiSimpegTerpetakan,
  type StatusPegawaiMskp,
} from './pemetaan';

/**
 * The SIMPEG consistency monitor's comparison (issue 12 item 4): one pegawai as M-SKP holds him against his
 * SIMPEG record, read through the field mapping. Differences only; nothing is changed here.
 */

/** The kinds of difference, in the order the monitor lists them (stable codes of the API answer). */
export const JENIS_SELISIH = [
  'TIDAK_ADA_DI_MSKP',
  'TIDAK_ADA_DI_SIMPEG',
  'NAMA_GELAR',
  'GOLONGAN',
  'JENIS_ASN_STATUS',
  'JABATAN',
  'OPD',
  'PENUGASAN',
] as const;
export type JenisSelisih = (typeof JENIS_SELISIH)[number];

/** One difference as `GET /api/integrasi/simpeg/monitor` lists it: both values as the panel shows them. */
export interface Selisih {
  nip: string;
  jenis: JenisSelisih;
  nilai_mskp: string | null;
  nilai_simpeg: string | null;
}

/** A date as the database or a file hands it over (normalised before comparing). */
export type TanggalMasuk = string | Date | null | undefined;

export interface PenugasanMskp {
  /** jabatan.kode */
  kode_jabatan: string;
  jenis: JenisPenugasan;
  tmt_mulai: TanggalMasuk;
  tmt_akhir?: TanggalMasuk;
}

/** A pegawai as M-SKP holds him (inti's pegawai row, its OPD's code, its penugasan with the post's code). */
export interface PegawaiMskp {
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
  jenis_asn: 'PNS' | 'PPPK';
  cpns: boolean;
  golongan?: string | null;
  status: StatusPegawaiMskp;
  kode_opd: string | null;
  /** jenis of the current UTAMA post (JPT/JA/JF), when the caller loads it */
  jenis_jabatan?: 'JPT' | 'JA' | 'JF' | null;
  penugasan: readonly PenugasanMskp[];
}

const nipDari = (nip: string) => nip.replace(/\s+/g, '');

/** "UTAMA 1.11.01-01, TMT 2023-01-01 s.d. sekarang" */
function uraiPenugasan(p: PenugasanTerpetakan, asli?: PenugasanMskp): string {
  const mulai = p.tmt_mulai ?? (asli ? String(asli.tmt_mulai ?? '?') : '?');
  const akhir = p.tmt_akhir ?? (asli?.tmt_akhir != null ? String(asli.tmt_akhir) : 'sekarang');
  return `${p.jenis} ${p.kode_jabatan}, TMT ${mulai} s.d. ${akhir}`;
}

/**
 * The penugasan of both sides paired per (jenis, post): same dates → agreed; left over on both sides → the same
 * assignment dated differently (paired in start order); left over on one side → missing there. PJ has no SIMPEG
 * counterpart (SIMPEG writes UTAMA/PLT/PLH), so M-SKP's PJ are not compared.
 */
function selisihPenugasan(nip: string, mskp: readonly PenugasanMskp[], simpeg: PenugasanTerpetakan[]): Selisih[] {
  type Butir = { p: PenugasanTerpetakan; asli?: PenugasanMskp };
  const kelompok = new Map<string, { m: Butir[]; s: Butir[] }>();
  const masuk = (b: Butir, sisi: 'm' | 's') => {
    const kunci = `${b.p.jenis}|${b.p.kode_jabatan}`;
    if (!kelompok.has(kunci)) kelompok.set(kunci, { m: [], s: [] });
    kelompok.get(kunci)![sisi].push(b);
  };
  for (const asli of mskp) {
    if (asli.jenis === 'PJ') continue;
    const p: PenugasanTerpetakan = {
      kode_jabatan: normalisasiKode(asli.kode_jabatan) ?? '',
      jenis: asli.jenis,
      tmt_mulai: normalisasiTanggal(asli.tmt_mulai),
      tmt_akhir: normalisasiTanggal(asli.tmt_akhir),
    };
    masuk({ p, asli }, 'm');
  }
  for (const p of simpeg) masuk({ p: { ...p, kode_jabatan: normalisasiKode(p.kode_jabatan) ?? '' } }, 's');

  const urut = (a: Butir, b: Butir) => (a.p.tmt_mulai ?? '').localeCompare(b.p.tmt_mulai ?? '');
  const hasil: Selisih[] = [];
  for (const kunci of [...kelompok.keys()].sort()) {
    const { m, s } = kelompok.get(kunci)!;
    const sisaS = [...s].sort(urut);
    const sisaM: Butir[] = [];
    for (const b of [...m].sort(urut)) {
      const i = sisaS.findIndex((x) => x.p.tmt_mulai === b.p.tmt_mulai && x.p.tmt_akhir === b.p.tmt_akhir);
      if (i >= 0 && b.p.tmt_mulai != null) sisaS.splice(i, 1);
      else sisaM.push(b);
    }
    const n = Math.max(sisaM.length, sisaS.length);
    for (let i = 0; i < n; i++)
      hasil.push({
        nip,
        jenis: 'PENUGASAN',
        nilai_mskp: sisaM[i] ? uraiPenugasan(sisaM[i].p, sisaM[i].asli) : null,
        nilai_simpeg: sisaS[i] ? uraiPenugasan(sisaS[i].p) : null,
      });
  }
  return hasil;
}

/** "PNS · AKTIF", "CPNS · AKTIF", "PPPK · CUTI": the parts SIMPEG speaks of. */
function uraiStatus(jenisAsn: string | null, cpns: boolean | null, status: string): string {
  const asn = jenisAsn == null ? null : cpns === true && jenisAsn === 'PNS' ? 'CPNS' : jenisAsn;
  return [asn, status].filter((x) => x != null).join(' · ');
}

function selisihStatus(m: PegawaiMskp, s: PegawaiSimpegTerpetakan): Selisih | null {
  const nilaiMskp = uraiStatus(s.jenis_asn == null ? null : m.jenis_asn, s.cpns == null ? null : m.cpns, m.status);
  if (s.status == null)
    return {
      nip: nipDari(m.nip),
      jenis: 'JENIS_ASN_STATUS',
      nilai_mskp: nilaiMskp,
      nilai_simpeg: `statusPegawai "${s.status_asli}" (tidak dipetakan)`,
    };
  const sama =
    m.status === s.status &&
    (s.jenis_asn == null || s.jenis_asn === m.jenis_asn) &&
    (s.cpns == null || s.cpns === m.cpns);
  return sama
    ? null
    : {
        nip: nipDari(m.nip),
        jenis: 'JENIS_ASN_STATUS',
        nilai_mskp: nilaiMskp,
        nilai_simpeg: uraiStatus(s.jenis_asn, s.cpns, s.status),
      };
}

/**
 * The differences of one pegawai: `mskp` null = unknown to M-SKP, `simpeg` null = not in SIMPEG. Values are
 * compared in their normal forms (normalisasi.ts) and shown as each side writes them.
 */
export function selisihPegawai(
  mskp: PegawaiMskp | null,
  simpeg: PegawaiSimpeg | null,
  pemetaan: PemetaanSimpeg,
): Selisih[] {
  if (mskp == null && simpeg == null) return [];
  if (mskp == null) {
    const s = simpeg!;
    return [
      {
        nip: nipDari(s.nipBaru),
        jenis: 'TIDAK_ADA_DI_MSKP',
        nilai_mskp: null,
        nilai_simpeg: `${namaLengkap({ gelar_depan: s.gelarDepan, nama: s.nama, gelar_belakang: s.gelarBelakang })} (${s.kodeOpd})`,
      },
    ];
  }
  const nip = nipDari(mskp.nip);
  const tampilMskp = namaLengkap(mskp);
  if (simpeg == null)
    return [
      {
        nip,
        jenis: 'TIDAK_ADA_DI_SIMPEG',
        nilai_mskp: `${tampilMskp}${mskp.kode_opd ? ` (${mskp.kode_opd})` : ''}`,
        nilai_simpeg: null,
      },
    ];

  const s = petakanPegawaiSimpeg(simpeg, pemetaan);
  const hasil: Selisih[] = [];
  const beda = (jenis: JenisSelisih, nilaiMskp: string | null, nilaiSimpeg: string | null) =>
    hasil.push({ nip, jenis, nilai_mskp: nilaiMskp, nilai_simpeg: nilaiSimpeg });

  if (
    normalisasiNama(mskp.nama) !== normalisasiNama(s.nama) ||
    normalisasiGelar(mskp.gelar_depan) !== normalisasiGelar(s.gelar_depan) ||
    normalisasiGelar(mskp.gelar_belakang) !== normalisasiGelar(s.gelar_belakang)
  )
    beda('NAMA_GELAR', tampilMskp, namaLengkap(s));

  const golMskp = normalisasiGolongan(mskp.golongan);
  if (golMskp !== s.golongan) beda('GOLONGAN', labelGolongan(golMskp), labelGolongan(s.golongan));

  const status = selisihStatus(mskp, s);
  if (status) hasil.push(status);

  const penugasanMskp: PenugasanTerpetakan[] = mskp.penugasan.map((p) => ({
    kode_jabatan: normalisasiKode(p.kode_jabatan) ?? '',
    jenis: p.jenis,
    tmt_mulai: normalisasiTanggal(p.tmt_mulai),
    tmt_akhir: normalisasiTanggal(p.tmt_akhir),
  }));
  const jabatanMskp = jabatanUtamaTerbuka(penugasanMskp);
  const bandingkanJenis = s.jenis_jabatan != null && mskp.jenis_jabatan != null;
  if (jabatanMskp !== normalisasiKode(s.kode_jabatan) || (bandingkanJenis && s.jenis_jabatan !== mskp.jenis_jabatan)) {
    const urai = (kode: string | null, jenis: string | null | undefined) =>
      kode == null ? null : bandingkanJenis ? `${kode} (${jenis})` : kode;
    beda('JABATAN', urai(jabatanMskp, mskp.jenis_jabatan), urai(s.kode_jabatan, s.jenis_jabatan));
  }

  if (normalisasiKode(mskp.kode_opd) !== normalisasiKode(s.kode_opd)) beda('OPD', mskp.kode_opd, s.kode_opd);

  hasil.push(...selisihPenugasan(nip, mskp.penugasan, s.penugasan));
  return hasil;
}

/**
 * Every pegawai of both sides, paired by NIP: M-SKP's order first, then those only SIMPEG knows (in SIMPEG's
 * order). A NIP twice on one side keeps its first record (the wire schema and inti's unique NIP rule it out).
 */
export function selisihSemua(
  mskp: Iterable<PegawaiMskp>,
  simpeg: Iterable<PegawaiSimpeg>,
  pemetaan: PemetaanSimpeg,
): Selisih[] {
  const dariSimpeg = new Map<string, PegawaiSimpeg>();
  for (const s of simpeg) if (!dariSimpeg.has(nipDari(s.nipBaru))) dariSimpeg.set(nipDari(s.nipBaru), s);
  const dilihat = new Set<string>();
  const hasil: Selisih[] = [];
  for (const m of mskp) {
    const nip = nipDari(m.nip);
    if (dilihat.has(nip)) continue;
    dilihat.add(nip);
    hasil.push(...selisihPegawai(m, dariSimpeg.get(nip) ?? null, pemetaan));
  }
  for (const [nip, s] of dariSimpeg) if (!dilihat.has(nip)) hasil.push(...selisihPegawai(null, s, pemetaan));
  return hasil;
}
