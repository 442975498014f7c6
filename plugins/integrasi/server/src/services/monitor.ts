import type { Core } from '@strapi/strapi';
import { GalatMskp, PERAN, layanan, type Aktor } from '@m-skp/inti';
import { pastikanLihatIntegrasi } from '../domain/akses';
import type { PegawaiSimpeg } from '../domain/skema-simpeg';
import {
  ringkasanSelisih,
  saringSelisih,
  selisihSemua,
  type HitunganSelisih,
  type JenisSelisih,
  type PegawaiMskp,
  type PenugasanMskp,
  type Selisih,
} from '../domain/simpeg';
import type { GalatRekaman } from '../domain/sync-log';
import { galatIntegrasi } from '../domain/galat';

/** The monitor's request: one OPD (or the city) and the kinds of difference to list. */
export interface MasukanMonitor {
  kode_opd?: string;
  jenis?: readonly JenisSelisih[];
}

/** `GET /api/integrasi/simpeg/monitor`'s `data`: counts per jenis of the scope, and the listed differences. */
export interface HasilMonitor {
  kode_opd: string | null;
  ringkasan: HitunganSelisih;
  jumlah: number;
  pegawai: number;
  selisih: Selisih[];
}

/** inti's pegawai row as the monitor reads it. */
interface BarisPegawai {
  id: number;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_asn: 'PNS' | 'PPPK';
  cpns: boolean;
  golongan: string | null;
  status: PegawaiMskp['status'];
  opd: { kode_opd: string } | null;
}

/** inti's penugasan row with its pegawai's id and its post's code and kind. */
interface BarisPenugasan {
  jenis: PenugasanMskp['jenis'] | 'PJ';
  tmt_mulai: string | null;
  tmt_akhir: string | null;
  pegawai: { id: number } | null;
  jabatan: { kode: string; jenis: 'JPT' | 'JA' | 'JF' } | null;
}

const UID_PEGAWAI = 'plugin::inti.pegawai';
const UID_PENUGASAN = 'plugin::inti.penugasan';

/**
 * "Monitor Kesesuaian SIMPEG" (issue 12 item 4): M-SKP's pegawai of one OPD (or the city) against SIMPEG's, read
 * through the client, compared by the pure `selisihSemua`. Nothing is changed; each run is one sync-log row.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The OPD the actor may look at: Admin BKPSDM any (or the city), Admin OPD his own only (none → his own). */
  async function cakupanOpd(aktor: Aktor, diminta: string | undefined): Promise<string | null> {
    pastikanLihatIntegrasi(aktor, 'Monitor SIMPEG hanya untuk Admin BKPSDM dan Admin OPD.');
    const opd = strapi.db.query('plugin::inti.opd');
    if (aktor.peran === PERAN.ADMIN_OPD) {
      const milik =
        aktor.opdId == null ? null : await opd.findOne({ where: { id: aktor.opdId }, select: ['kode_opd'] });
      if (!milik) throw new GalatMskp(403, 'AKSES_DITOLAK', 'Akun Admin OPD ini tidak terhubung ke OPD.');
      if (diminta && diminta !== milik.kode_opd)
        throw new GalatMskp(403, 'AKSES_DITOLAK', 'Admin OPD hanya dapat memantau OPD-nya sendiri.', 'kode_opd');
      return milik.kode_opd as string;
    }
    if (!diminta) return null;
    const ada = await opd.findOne({ where: { kode_opd: diminta }, select: ['id'] });
    if (!ada)
      throw new GalatMskp(404, 'OPD_TIDAK_DITEMUKAN', `OPD dengan kode "${diminta}" tidak ditemukan.`, 'kode_opd');
    return diminta;
  }

  /**
   * M-SKP's side in two queries (pegawai with their OPD's code; their penugasan with the post's code): the OPD's
   * pegawai and those of `nipLain` (SIMPEG places them in the OPD), or the whole city.
   */
  async function sisiMskp(kodeOpd: string | null, nipLain: readonly string[]): Promise<PegawaiMskp[]> {
    const where = kodeOpd
      ? { $or: [{ opd: { kode_opd: kodeOpd } }, ...(nipLain.length ? [{ nip: { $in: [...nipLain] } }] : [])] }
      : {};
    const baris = (await strapi.db.query(UID_PEGAWAI).findMany({
      where,
      select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang', 'jenis_asn', 'cpns', 'golongan', 'status'],
      populate: { opd: { select: ['kode_opd'] } },
    })) as BarisPegawai[];
    if (!baris.length) return [];
    const tugas = (await strapi.db.query(UID_PENUGASAN).findMany({
      where: kodeOpd ? { pegawai: { id: { $in: baris.map((p) => p.id) } } } : {},
      select: ['jenis', 'tmt_mulai', 'tmt_akhir'],
      populate: { pegawai: { select: ['id'] }, jabatan: { select: ['kode', 'jenis'] } },
    })) as BarisPenugasan[];
    const perPegawai = new Map<number, BarisPenugasan[]>();
    for (const t of tugas) {
      if (!t.pegawai || !t.jabatan) continue;
      perPegawai.set(t.pegawai.id, [...(perPegawai.get(t.pegawai.id) ?? []), t]);
    }
    return baris.map((p) => {
      const milik = perPegawai.get(p.id) ?? [];
      const utama = milik.find((t) => t.jenis === 'UTAMA' && t.tmt_akhir == null);
      return {
        nip: p.nip,
        nama: p.nama,
        gelar_depan: p.gelar_depan,
        gelar_belakang: p.gelar_belakang,
        jenis_asn: p.jenis_asn,
        cpns: Boolean(p.cpns),
        golongan: p.golongan,
        status: p.status,
        kode_opd: p.opd?.kode_opd ?? null,
        jenis_jabatan: utama?.jabatan?.jenis ?? null,
        // M-SKP's PJ has no SIMPEG counterpart (the comparison skips it too)
        penugasan: milik
          .filter((t): t is BarisPenugasan & { jenis: PenugasanMskp['jenis'] } => t.jenis !== 'PJ')
          .map((t) => ({
            kode_jabatan: t.jabatan!.kode,
            jenis: t.jenis,
            tmt_mulai: t.tmt_mulai,
            tmt_akhir: t.tmt_akhir,
          })),
      };
    });
  }

  return {
    /**
     * Compares one OPD (Admin OPD: his own) or the city. SIMPEG switched off → 503 `SIMPEG_TIDAK_DIKONFIGURASI`
     * before anything runs; SIMPEG down or answering badly → the client's 502, logged as a failed run.
     */
    async jalankan(masukan: MasukanMonitor, aktor: Aktor): Promise<HasilMonitor> {
      const kodeOpd = await cakupanOpd(aktor, masukan.kode_opd);
      const klien = layanan(strapi, 'integrasi', 'klien');
      // switched off (or a malformed setting): the client's own 503 refusal, before a run starts (nothing logged)
      const konfigurasi = klien.konfigurasi('SIMPEG');
      if (konfigurasi.status !== 'AKTIF') throw galatIntegrasi.mati(konfigurasi);
      const log = layanan(strapi, 'integrasi', 'log');
      const mulai = new Date();
      const catat = (jumlah: Record<string, number>, gagal: GalatRekaman | null) =>
        log.catat(
          { sistem: 'SIMPEG', jenis: 'MONITOR', dryRun: true, mulai, selesai: new Date(), kodeOpd, jumlah, gagal },
          aktor,
        );
      let simpeg: PegawaiSimpeg[];
      let mskp: PegawaiMskp[];
      try {
        simpeg = await klien.simpeg().semuaPegawai(kodeOpd ? { kode_opd: kodeOpd } : {});
        const nipSimpeg = simpeg.map((s) => s.nipBaru);
        mskp = await sisiMskp(kodeOpd, nipSimpeg);
        if (kodeOpd) {
          // M-SKP's pegawai of the OPD that SIMPEG lists elsewhere: asked one by one (a few), not called missing
          const dikenal = new Set(nipSimpeg);
          for (const p of mskp) {
            if (p.kode_opd !== kodeOpd || dikenal.has(p.nip)) continue;
            const r = await klien.simpeg().pegawai(p.nip);
            if (r) simpeg.push(r);
          }
        }
      } catch (e) {
        const kode = e instanceof GalatMskp ? e.kode : null;
        await catat({}, { rekaman: null, alasan: e instanceof Error ? e.message : String(e), kode });
        throw e;
      }
      const pemetaan = layanan(strapi, 'inti', 'kebijakan').nilai('pemetaan-simpeg');
      const semua = selisihSemua(mskp, simpeg, pemetaan);
      const opdPegawai = new Map<string, string | null>([
        ...simpeg.map((s) => [s.nipBaru, s.kodeOpd ?? null] as const),
        ...mskp.map((p) => [p.nip, p.kode_opd] as const),
      ]);
      const lingkup = kodeOpd ? saringSelisih(semua, opdPegawai, { kode_opd: kodeOpd }) : semua;
      const r = ringkasanSelisih(lingkup, opdPegawai);
      await catat({ ...r.ringkasan, jumlah: r.jumlah, pegawai: r.pegawai, diperiksa: mskp.length }, null);
      return {
        kode_opd: kodeOpd,
        ringkasan: r.ringkasan,
        jumlah: r.jumlah,
        pegawai: r.pegawai,
        selisih: saringSelisih(lingkup, opdPegawai, { jenis: masukan.jenis }),
      };
    },
  };
};
