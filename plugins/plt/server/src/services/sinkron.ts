import type { Core } from '@strapi/strapi';
import {
  GalatMskp,
  PERAN_SISTEM,
  aktifPada,
  aktorSistem,
  filterPenugasanBertumpuk,
  hariIni,
  layanan,
  tanggalAcuanBulan,
  type Aktor,
} from '@m-skp/inti';
import { bulanAkhirPeriode, type PerilakuEvaluasi, type TulisanEvaluasi } from '@m-skp/kinerja';
import { perubahanPlt, type EvaluasiPeriode, type JenisPeriode, type PltPeriode } from '../domain/plt';
import {
  perluDicatat,
  rincianRun,
  type EvaluasiDiubah,
  type EvaluasiDitahan,
  type PemicuSinkron,
} from '../domain/riwayat';

export const UID_SINKRON_PLT = 'plugin::plt.sinkron-plt';
/** The database lock of the scheduled runs (the name it had in kinerja: old and new instances share it). */
export const KUNCI_SINKRON = 'kinerja:sinkron-plt';
/** The job name the system runs act under (`aktorSistem`), also the nightly cron task's name. */
export const TUGAS_SINKRON = 'plt-sinkron';

export interface HasilSinkron {
  diperiksa: number;
  diubah: EvaluasiDiubah[];
  ditahan: EvaluasiDitahan[];
}

interface OpsiSinkron {
  tahun: number;
  periode?: { periode_jenis: JenisPeriode; periode: number }[];
  pegawaiIds?: number[];
}

/** A scheduled job or start-up task, not a person: it needs no role and its runs are logged as the system's. */
const adalahSistem = (a: Aktor) => a.peran === PERAN_SISTEM;

/** Reference date of a period (when the Plt posts are read). */
const tanggalPeriode = (tahun: number, jenis: JenisPeriode, periode: number) =>
  tanggalAcuanBulan(tahun, bulanAkhirPeriode(jenis, periode) as number);

/**
 * The PLT perilaku sync: a Plt's perilaku of a period, rated by the penilai of the post he acts in, replaces
 * his definitive one; when the Plt post no longer covers the period the definitive rating comes back
 * (domain/plt.ts). kinerja owns the evaluations and recomputes the predikat (`evaluasi.perilakuPeriodik`,
 * `ubahPerilaku`); this service reads the Plt posts, applies the rule, writes one audit record per change
 * and one log row per run (`plugin::plt.sinkron-plt`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const evaluasi = () => layanan(strapi, 'kinerja', 'evaluasi');
  const audit = () => layanan(strapi, 'inti', 'audit');
  const periodeSvc = () => layanan(strapi, 'inti', 'periode');

  /** One pass over a year (or the periods and pegawai given): one transaction, joining the caller's. */
  async function sinkron(aktor: Aktor, o: OpsiSinkron): Promise<HasilSinkron> {
    const baris = await evaluasi().perilakuPeriodik(o);
    const byId = new Map<number, PerilakuEvaluasi>(baris.map((e) => [e.id, e]));
    const rule: EvaluasiPeriode[] = baris.map((e) => ({
      id: e.id,
      pegawaiId: e.pegawaiId,
      periode_jenis: e.periode_jenis,
      periode: e.periode,
      konteks: e.konteks,
      jabatanId: e.jabatanId,
      rating_perilaku: e.rating_perilaku,
      rating_perilaku_asli: e.rating_perilaku_asli,
      perilaku_source: e.perilaku_source,
    }));
    const pegawaiIds = [...new Set(rule.map((e) => e.pegawaiId))];
    const pltRows = pegawaiIds.length
      ? await strapi.db.query('plugin::inti.penugasan').findMany({
          where: {
            pegawai: { id: { $in: pegawaiIds } },
            jenis: 'PLT',
            ...filterPenugasanBertumpuk(`${o.tahun}-01-01`, `${o.tahun}-12-31`),
          },
          select: ['id', 'tmt_mulai', 'tmt_akhir'],
          populate: { pegawai: { select: ['id'] }, jabatan: { select: ['id'] } },
        })
      : [];
    const periodeAda = new Map<string, { periode_jenis: JenisPeriode; periode: number }>();
    for (const e of rule) {
      periodeAda.set(`${e.periode_jenis}:${e.periode}`, { periode_jenis: e.periode_jenis, periode: e.periode });
    }
    const pltAktif: PltPeriode[] = [];
    for (const p of periodeAda.values()) {
      const tgl = tanggalPeriode(o.tahun, p.periode_jenis, p.periode);
      for (const r of pltRows) {
        if (r.pegawai && r.jabatan && aktifPada({ tmtMulai: r.tmt_mulai, tmtAkhir: r.tmt_akhir }, tgl)) {
          pltAktif.push({ pegawaiId: r.pegawai.id, jabatanId: r.jabatan.id, ...p });
        }
      }
    }
    // a locked quarter (TPP prestasi paid) is never rewritten: its pending changes are reported, not applied
    const triwulanKunci = await periodeSvc().triwulanTerkunci(o.tahun);
    const terkunci = (p: { periode_jenis: JenisPeriode; periode: number }) =>
      triwulanKunci.has(Math.ceil((bulanAkhirPeriode(p.periode_jenis, p.periode) as number) / 3));
    const semuaPerubahan = perubahanPlt(rule, pltAktif);
    const perubahan = semuaPerubahan.filter((p) => !terkunci(p));
    const ditahan: EvaluasiDitahan[] = semuaPerubahan.filter(terkunci).map((p) => ({
      nip: byId.get(p.evaluasiId)?.nip ?? null,
      evaluasi: byId.get(p.evaluasiId)?.documentId,
      bulan: bulanAkhirPeriode(p.periode_jenis, p.periode),
      alasan: 'PERIODE_TERKUNCI',
    }));
    const diubah: EvaluasiDiubah[] = [];
    if (perubahan.length) {
      await strapi.db.transaction(async () => {
        for (const p of perubahan) {
          const e = byId.get(p.evaluasiId)!;
          const pred = await evaluasi().ubahPerilaku({ ...e, tahun: o.tahun }, p.ke);
          await audit().catat({
            ...audit().dariAktor(aktor),
            aksi: p.aksi === 'TERAPKAN' ? 'EVALUASI_PERILAKU_PLT_DITERAPKAN' : 'EVALUASI_PERILAKU_PLT_DIKEMBALIKAN',
            objekTipe: 'evaluasi',
            objekId: e.documentId,
            sebelum: { ...p.dari, predikat_kode: e.predikat_kode },
            sesudah: {
              ...p.ke,
              predikat_kode: pred.kode,
              sumber_evaluasi: p.sumberEvaluasiId == null ? null : (byId.get(p.sumberEvaluasiId)?.documentId ?? null),
            },
            bertindakSebagai: adalahSistem(aktor) ? 'SISTEM' : undefined,
          });
          diubah.push({
            nip: e.nip,
            evaluasi: e.documentId,
            bulan: bulanAkhirPeriode(p.periode_jenis, p.periode) as number,
            periode_jenis: p.periode_jenis,
            periode: p.periode,
            dari: p.dari.rating_perilaku,
            ke: p.ke.rating_perilaku,
            sumber: p.ke.perilaku_source,
            predikat: { dari: e.predikat_kode, ke: pred.kode },
          });
        }
      });
    }
    return { diperiksa: rule.filter((e) => e.konteks === 'DEFINITIF').length, diubah, ditahan };
  }

  /** Writes the log row of a run (in the caller's transaction when there is one). */
  async function catatRun(r: {
    aktor: Aktor;
    pemicu: PemicuSinkron;
    tahun: number;
    bulan?: number | null;
    mulai: Date;
    hasil?: HasilSinkron;
    galat?: unknown;
  }) {
    const rin = rincianRun(r.hasil?.diubah ?? [], r.hasil?.ditahan ?? []);
    if (!perluDicatat(r.pemicu, rin, r.galat != null)) return null;
    // the run log names people only: a system run's `oleh` stays null (the panel shows "Sistem")
    const siapa = adalahSistem(r.aktor) ? null : audit().dariAktor(r.aktor).aktor;
    return strapi.db.query(UID_SINKRON_PLT).create({
      data: {
        mulai: r.mulai,
        selesai: new Date(),
        pemicu: r.pemicu,
        tahun: r.tahun,
        bulan: r.bulan ?? null,
        oleh: siapa ? String(siapa).slice(0, 120) : null,
        diperiksa: r.hasil?.diperiksa ?? 0,
        jumlah_diterapkan: rin.jumlah_diterapkan,
        jumlah_dikembalikan: rin.jumlah_dikembalikan,
        jumlah_ditahan: rin.jumlah_ditahan,
        rincian: { diubah: rin.rincian, ditahan: rin.ditahan },
        status: r.galat == null ? 'SELESAI' : 'GAGAL',
        galat: r.galat == null ? null : String((r.galat as Error)?.message ?? r.galat).slice(0, 2000),
      },
    });
  }

  /**
   * A logged run in its own transaction (the changes and the log row commit together); a failed run rolls
   * back and is logged as GAGAL, then the error goes on.
   */
  async function jalankanTercatat(aktor: Aktor, pemicu: PemicuSinkron, o: OpsiSinkron & { bulan?: number }) {
    const mulai = new Date();
    try {
      return await strapi.db.transaction(async () => {
        const hasil = await sinkron(aktor, o);
        await catatRun({ aktor, pemicu, tahun: o.tahun, bulan: o.bulan, mulai, hasil });
        return hasil;
      });
    } catch (e) {
      try {
        await catatRun({ aktor, pemicu, tahun: o.tahun, bulan: o.bulan, mulai, galat: e });
      } catch (e2) {
        strapi.log.error(`Riwayat sinkron PLT tidak tercatat: ${(e2 as Error | undefined)?.message ?? e2}`);
      }
      throw e;
    }
  }

  /** A month's periods: the month, and its quarter when the month ends one. */
  const periodeBulan = (bulan: number) => [
    { periode_jenis: 'BULANAN' as const, periode: bulan },
    ...(bulan % 3 === 0 ? [{ periode_jenis: 'TRIWULAN' as const, periode: bulan / 3 }] : []),
  ];

  /**
   * A year's (or one month's) sync. A person (`POST /api/evaluasi/sinkron-plt`): Admin BKPSDM only. The
   * system (`aktorSistem`: jobs, seeds, tests): no role check, `pemicu` says why.
   */
  async function sinkronPlt(
    aktor: Aktor,
    o: { tahun: number; bulan?: number },
    pemicu?: PemicuSinkron,
  ): Promise<HasilSinkron> {
    const sistem = adalahSistem(aktor);
    if (!sistem && aktor.peran !== 'admin_bkpsdm') {
      throw new GalatMskp(403, 'AKSES_DITOLAK', 'Hanya Admin BKPSDM yang dapat menjalankan sinkronisasi PLT.');
    }
    const periode = o.bulan ? periodeBulan(o.bulan) : undefined;
    return jalankanTercatat(aktor, pemicu ?? (sistem ? 'JADWAL' : 'MANUAL'), {
      tahun: o.tahun,
      bulan: o.bulan,
      periode,
    });
  }

  return {
    sinkronPlt,

    /**
     * The nightly job and the run after a penugasan change: this year's (in January and when `tahunLain`
     * names it, last year's too) sync, once across server instances, as the job's actor.
     */
    async sinkronTerjadwal(
      tahunLain: number[] = [],
      pemicu: PemicuSinkron = 'JADWAL',
      aktor: Aktor = aktorSistem(TUGAS_SINKRON),
    ) {
      const hari = hariIni();
      const tahun = Number(hari.slice(0, 4));
      return layanan(strapi, 'inti', 'kunci-tugas').jalankan(KUNCI_SINKRON, 3600, async () => {
        const laporan = [await sinkronPlt(aktor, { tahun }, pemicu)];
        if (hari.slice(5, 7) === '01' || tahunLain.includes(tahun - 1)) {
          laporan.push(await sinkronPlt(aktor, { tahun: tahun - 1 }, pemicu));
        }
        const diubah = laporan.flatMap((l) => l.diubah);
        if (diubah.length) strapi.log.info(`Sinkron PLT: ${diubah.length} evaluasi diubah.`);
        return { diperiksa: laporan.reduce((a, l) => a + l.diperiksa, 0), diubah };
      });
    },

    /**
     * kinerja's extension after an evaluation write (registered in register.ts): the sync of that pegawai and
     * period, in the write's transaction. Annual evaluations are not touched by the rule.
     */
    async setelahTulisEvaluasi(t: TulisanEvaluasi) {
      if (t.periode_jenis === 'TAHUNAN') return;
      const mulai = new Date();
      const periode = [{ periode_jenis: t.periode_jenis, periode: t.periode }];
      const o = { tahun: t.tahun, periode, pegawaiIds: [t.pegawaiId] };
      // the writer of the evaluation acts (kinerja hands over its actor)
      const aktor = t.aktor;
      const hasil = await sinkron(aktor, o);
      const bulan = bulanAkhirPeriode(t.periode_jenis, t.periode);
      await catatRun({ aktor, pemicu: 'EVALUASI', tahun: t.tahun, bulan, mulai, hasil });
    },
  };
};
