import type { Core } from '@strapi/strapi';
import { GalatMskp, hariIni, namaLengkap, tanggalAcuanBulan, layanan } from '@m-skp/inti';
import {
  hitungCapaianPegawai,
  capaianKepalaOpd,
  capaianAkhir,
  jabatanRerataBawahan,
  capaianTersimpan,
  jabatanBawahanKepalaDihitung,
  lewatBatasInput,
  batasInput,
  bulanSudahMulai,
  tanggalKebijakanBulan,
  type KebijakanCapaian,
  type RhkBulan,
  type Polaritas,
  type AturanKepalaRerata,
  type PosPegawai,
  type BawahanKepala,
} from '../domain/capaian';
import { targetPadaBulan, type TargetBulan } from '../domain/renaksi';
import { UID_RENAKSI, UID_REALISASI } from './renaksi';

/** A post as the head's rules read it (lean select). */
interface BarisJabatan {
  id: number;
  nama: string;
  jenis: string;
  jenjang: string;
  kepala_opd?: boolean | null;
  opd?: { id: number; jenis: string | null } | null;
}

/** A pegawai's name and NIP (lean select). */
interface BarisPegawaiNama {
  id: number;
  nip: string;
  nama: string;
  gelar_depan?: string | null;
  gelar_belakang?: string | null;
}

/** One direct subordinate post of a Kepala OPD, with its holder's figure; `_b` is what the mean reads. */
interface BawahanTampil {
  jabatan: { id: number; nama: string };
  pemegang: { nip: string | null; nama: string | null; sebagai: string } | null;
  capaian: number | null;
  _b: BawahanKepala;
}

/** The RHK of a renaksi as the capaian reads it. */
interface RhkCapaian {
  id: number;
  documentId: string;
  uraian: string;
  jenis: 'UTAMA' | 'TAMBAHAN';
  urutan: number;
}

/** A renaksi as the capaian reads it (lean select; or built from a frozen version, services/versi.ts). */
interface RenaksiCapaian {
  id: number;
  documentId: string;
  uraian: string;
  urutan: number;
  target: TargetBulan[] | null;
  polaritas: Polaritas;
  satuan: string;
  sebagai_rtp: boolean | null;
  rhk: RhkCapaian;
  pegawai: { id: number } | null;
}

/** A realisasi of the month (lean select). */
interface BarisRealisasiCapaian {
  id: number;
  nilai: number | string;
  status: string;
  rencana_aksi: { id: number };
}

/** The date at which posts are read for a month (inti's rule, one place for every engine). */
export { tanggalAcuanBulan };

/**
 * Capaian of a pegawai for a month (domain.md §4): loads his renaksi of approved SKP (an RHK under
 * revision: its approved version in force, services/versi.ts) and their
 * realisasi for the month, applies the formula version in force (policy `capaian`), and for a
 * head under the policy's mean rule (`jabatanRerataBawahan`) the mean of his direct structural subordinates (their figures in one batch). A constant number
 * of queries per pegawai, Kepala OPD included.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = (uid: string) => strapi.db.query(uid);
  const kebijakan = () => layanan(strapi, 'inti', 'kebijakan');
  const organisasi = () => layanan(strapi, 'inti', 'organisasi');
  const versi = () => layanan(strapi, 'kinerja', 'versi');

  return {
    aturan(tahun: number, bulan: number): KebijakanCapaian {
      return kebijakan().nilai('capaian', tanggalKebijakanBulan(tahun, bulan));
    },

    /** Stored capaian fields of one realisasi value against its month target. */
    nilaiRealisasi(target: number, nilai: number, polaritas: Polaritas, tahun: number, bulan: number) {
      const k = this.aturan(tahun, bulan);
      const c = capaianTersimpan(target, nilai, polaritas, k.batas_capaian);
      return { target_nilai: target, capaian_mentah: c.mentah, capaian: c.capaian, formula: k.formula };
    },

    /** The pegawai's own figure from his renaksi (not the Kepala OPD rule). */
    async sendiri(pegawaiId: number, tahun: number, bulan: number) {
      return (await this.sendiriBanyak([pegawaiId], tahun, bulan)).get(pegawaiId)!;
    },

    /** `sendiri` of several pegawai with the same two queries (the Kepala OPD's subordinates). */
    async sendiriBanyak(pegawaiIds: number[], tahun: number, bulan: number) {
      const k = this.aturan(tahun, bulan);
      const hidup: RenaksiCapaian[] = pegawaiIds.length
        ? await q(UID_RENAKSI).findMany({
            where: { pegawai: { id: { $in: pegawaiIds } }, tahun, rhk: { skp: { status: 'DISETUJUI' } } },
            select: ['id', 'documentId', 'uraian', 'urutan', 'target', 'polaritas', 'satuan', 'sebagai_rtp'],
            populate: {
              rhk: { select: ['id', 'documentId', 'uraian', 'jenis', 'urutan'] },
              pegawai: { select: ['id'] },
            },
            orderBy: [{ urutan: 'asc' }, { id: 'asc' }],
          })
        : [];
      // an RHK under revision counts with its approved version (services/versi.ts)
      const renaksiSemua = versi().renaksiBerlaku(hidup, await versi().terbuka(tahun, pegawaiIds));
      const real: BarisRealisasiCapaian[] = renaksiSemua.length
        ? await q(UID_REALISASI).findMany({
            where: { rencana_aksi: { id: { $in: renaksiSemua.map((r) => r.id) } }, bulan },
            select: ['id', 'nilai', 'status'],
            populate: { rencana_aksi: { select: ['id'] } },
          })
        : [];
      const nilai = new Map<number, BarisRealisasiCapaian>(real.map((x) => [x.rencana_aksi.id, x]));
      const lewat = lewatBatasInput(tahun, bulan, k.batas_input_hari, hariIni());
      /** One pegawai's figure with its RHK and renaksi lines. */
      const rincian = (pegawaiId: number) => {
        const renaksi = renaksiSemua.filter((r) => r.pegawai?.id === pegawaiId);
        const rhkPeta = new Map<number, { rhk: RhkCapaian; renaksi: RenaksiCapaian[] }>();
        for (const r of renaksi) {
          if (!rhkPeta.has(r.rhk.id)) rhkPeta.set(r.rhk.id, { rhk: r.rhk, renaksi: [] });
          rhkPeta.get(r.rhk.id)!.renaksi.push(r);
        }
        const urut = [...rhkPeta.values()].sort(
          (a, b) => a.rhk.jenis.localeCompare(b.rhk.jenis) || a.rhk.urutan - b.rhk.urutan || a.rhk.id - b.rhk.id,
        );
        const masukan: RhkBulan[] = urut.map(({ rhk, renaksi: rs }) => ({
          id: rhk.documentId,
          jenis: rhk.jenis,
          renaksi: rs.map((r) => ({
            id: r.documentId,
            target: targetPadaBulan(r.target, bulan),
            realisasi: nilai.has(r.id) ? Number(nilai.get(r.id)!.nilai) : null,
            polaritas: r.polaritas,
          })),
        }));
        const h = hitungCapaianPegawai(masukan, {
          formula: k.formula,
          batas: k.batas_capaian,
          sertakanTambahan: k.sertakan_tambahan,
          lewatBatas: lewat,
        });
        return {
          ...h,
          batas_input: batasInput(tahun, bulan, k.batas_input_hari),
          lewat_batas_input: lewat,
          rhk: h.rhk.map((x, i) => ({
            ...x,
            uraian: urut[i].rhk.uraian,
            renaksi: x.renaksi.map((y, j) => {
              const r = urut[i].renaksi[j];
              return {
                ...y,
                uraian: r.uraian,
                satuan: r.satuan,
                sebagai_rtp: !!r.sebagai_rtp,
                status_realisasi: nilai.get(r.id)?.status ?? null,
              };
            }),
          })),
        };
      };
      const hasil = new Map<number, ReturnType<typeof rincian>>();
      for (const pegawaiId of pegawaiIds) hasil.set(pegawaiId, rincian(pegawaiId));
      return hasil;
    },

    /**
     * The head post whose holder takes the mean of his direct structural subordinates (policy
     * `kepala_rerata_bawahan`, domain `jabatanRerataBawahan`) among the posts the pegawai holds at the date
     * (definitive or acting), or null: he gets his own figure.
     */
    async jabatanKepala(pegawaiId: number, tanggal: string, aturan: AturanKepalaRerata) {
      const milik = await organisasi().penugasanPegawai(pegawaiId, tanggal);
      if (!milik.length) return null;
      const j: Omit<BarisJabatan, 'jenis'>[] = await q('plugin::inti.jabatan').findMany({
        where: { id: { $in: milik.map((p) => Number(p.jabatanId)) }, kepala_opd: true },
        select: ['id', 'nama', 'jenjang', 'kepala_opd'],
        populate: { opd: { select: ['id', 'jenis'] } },
        orderBy: [{ id: 'asc' }],
      });
      const pos: (PosPegawai & { nama: string })[] = j.map((x) => ({
        jabatanId: x.id,
        nama: x.nama,
        kepala_opd: !!x.kepala_opd,
        jenjang: x.jenjang,
        jenis_opd: x.opd?.jenis ?? null,
        jenis_penugasan: milik.find((p) => Number(p.jabatanId) === x.id)?.jenis ?? null,
      }));
      const h = jabatanRerataBawahan(pos, aturan);
      return h ? { id: Number(h.jabatanId), nama: h.nama } : null;
    },

    /** Kepala OPD figure: mean over the direct structural subordinates' posts (vacant skipped, PLT figure used). */
    async kepala(jabatanId: number, tahun: number, bulan: number, tanggal: string) {
      const k = this.aturan(tahun, bulan);
      const anak: Omit<BarisJabatan, 'kepala_opd' | 'opd'>[] = await q('plugin::inti.jabatan').findMany({
        where: { atasan: { id: jabatanId }, aktif: true },
        select: ['id', 'nama', 'jenis', 'jenjang'],
        orderBy: [{ id: 'asc' }],
      });
      const dihitung = anak.filter((j) => jabatanBawahanKepalaDihitung(j, k.kepala_opd_sertakan_jf));
      const pemegang = await organisasi().pemegangJabatan(
        dihitung.map((j) => j.id),
        tanggal,
      );
      const urutan = ['UTAMA', 'PLT', 'PLH', 'PJ'];
      const pegawai: BarisPegawaiNama[] = pemegang.length
        ? await q('plugin::inti.pegawai').findMany({
            where: { id: { $in: pemegang.map((p) => Number(p.pegawaiId)) } },
            select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
          })
        : [];
      const pg = new Map<number, BarisPegawaiNama>(pegawai.map((p) => [p.id, p]));
      const bawahan: BawahanTampil[] = [];
      const sendiri = await this.sendiriBanyak(
        [...new Set<number>(pemegang.map((p) => Number(p.pegawaiId)))],
        tahun,
        bulan,
      );
      for (const j of dihitung) {
        const p = pemegang
          .filter((x) => Number(x.jabatanId) === j.id)
          .sort((a, b) => urutan.indexOf(a.jenis) - urutan.indexOf(b.jenis))[0];
        if (!p) {
          bawahan.push({
            jabatan: { id: j.id, nama: j.nama },
            pemegang: null,
            capaian: null,
            _b: { jabatanId: j.id, pemegang: null },
          });
          continue;
        }
        const c = sendiri.get(Number(p.pegawaiId))!;
        const sebagai = p.jenis === 'UTAMA' ? 'DEFINITIF' : p.jenis;
        const orang = pg.get(Number(p.pegawaiId));
        bawahan.push({
          jabatan: { id: j.id, nama: j.nama },
          pemegang: { nip: orang?.nip ?? null, nama: orang ? namaLengkap(orang) : null, sebagai },
          capaian: c.capaian,
          _b: { jabatanId: j.id, pemegang: { pegawaiId: p.pegawaiId, sebagai, capaian: c.capaian } },
        });
      }
      const h = capaianKepalaOpd(bawahan.map((b) => b._b));
      return { ...h, bawahan: bawahan.map(({ _b, ...b }) => b) };
    },

    /** GET /api/capaian body for one pegawai and month. */
    async pegawai(pegawaiId: number, tahun: number, bulan: number) {
      const p = await q('plugin::inti.pegawai').findOne({
        where: { id: pegawaiId },
        select: ['id', 'nip', 'nama', 'gelar_depan', 'gelar_belakang'],
      });
      if (!p) throw new GalatMskp(404, 'PEGAWAI_TIDAK_DITEMUKAN', 'Pegawai tidak ditemukan.', 'nip');
      const sendiri = await this.sendiri(pegawaiId, tahun, bulan);
      const tanggal = tanggalAcuanBulan(tahun, bulan);
      const jk = await this.jabatanKepala(pegawaiId, tanggal, this.aturan(tahun, bulan).kepala_rerata_bawahan);
      const kepala = jk ? { jabatan: jk, ...(await this.kepala(jk.id, tahun, bulan, tanggal)) } : null;
      const akhir = capaianAkhir(sendiri.capaian, kepala);
      return {
        nip: p.nip,
        nama: namaLengkap(p),
        tahun,
        bulan,
        capaian: akhir.capaian,
        /** RENCANA_AKSI (his own figure) or BAWAHAN_LANGSUNG (the Kepala OPD rule) */
        sumber: akhir.sumber,
        /** why the figure is the subordinates' mean, or why a head under that rule falls back to his own (null: his own, not a head under the rule) */
        sumber_alasan: akhir.alasan,
        capaian_sendiri: sendiri.capaian,
        formula: sendiri.formula,
        sementara: sendiri.sementara,
        batas_input: sendiri.batas_input,
        lewat_batas_input: sendiri.lewat_batas_input,
        /** the owner may enter realisasi for this month now: begun, and before the deadline or reopened by the penilai */
        input_terbuka:
          bulanSudahMulai(tahun, bulan, hariIni()) &&
          (await layanan(strapi, 'kinerja', 'realisasi').inputTerbuka(pegawaiId, tahun, bulan, hariIni())),
        rhk: sendiri.rhk,
        kepala_opd: kepala,
      };
    },
  };
};
