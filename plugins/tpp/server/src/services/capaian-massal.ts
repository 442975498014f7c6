import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { hariIni, layanan, type PemangkuData } from '@m-skp/inti';
import type { MetaTabel } from './tulis-tpp';
import {
  barisBerlaku,
  capaianAkhir,
  capaianKepalaOpd,
  hitungCapaianPegawai,
  jabatanBawahanKepalaDihitung,
  jabatanRerataBawahan,
  lewatBatasInput,
  targetPadaBulan,
  type AlasanSumberCapaian,
  type RhkBulan,
  type SumberCapaian,
  type TargetBulan,
} from '@m-skp/kinerja';

const UID_RENAKSI = 'plugin::kinerja.rencana-aksi';
const UID_REALISASI = 'plugin::kinerja.realisasi';
const URUTAN_PEMEGANG = ['UTAMA', 'PLT', 'PLH', 'PJ'];
/**
 * Up to this many pegawai the renaksi query carries an IN list (in slices of this size); above it, it reads
 * the year's renaksi of approved SKP once and keeps those of the asked pegawai (a city-wide run asks nearly all).
 */
const BATAS_DAFTAR = 1000;

type BarisRenaksi = {
  id: number;
  pid: number;
  rhk: number;
  jenis: RhkBulan['jenis'];
  target: TargetBulan[] | null;
  polaritas: 'NAIK' | 'TURUN';
  nilai: number | null;
};

/** A renaksi row as the join reads it (target: JSON, text on SQLite). */
interface MentahRenaksi {
  id: unknown;
  pid: unknown;
  rhk: unknown;
  jenis: RhkBulan['jenis'];
  target: TargetBulan[] | string | null;
  polaritas: 'NAIK' | 'TURUN';
  nilai: unknown;
}

/** A head post the run asks about: its OPD kind and its direct subordinate posts. */
interface PosKepala {
  id: number;
  jenjang: string;
  kepala_opd: boolean | null;
  opd?: { id: number; jenis: string | null } | null;
  bawahan?: PosBawahan[];
}
interface PosBawahan {
  id: number;
  jenis: string;
  jenjang: string;
  aktif: boolean | null;
}

/**
 * The month's renaksi lines of the pegawai (renaksi of the year whose RHK belongs to an approved SKP, with
 * the month's realisasi when there is one), set-based: one SELECT over the link tables (plus one per slice
 * of BATAS_DAFTAR ids for small sets), inside the caller's transaction when there is one. Same rows as the
 * query engine's `rencana-aksi` findMany where {pegawai in ids, tahun, rhk.skp.status = DISETUJUI} plus
 * `realisasi` findMany where {rencana_aksi in those, bulan}; the engine's version nested EXISTS/IN
 * subqueries that PostgreSQL ran for minutes at 5,000 pegawai.
 */
async function renaksiBulan(
  strapi: Core.Strapi,
  pegawaiIds: number[],
  tahun: number,
  bulan: number,
): Promise<BarisRenaksi[]> {
  if (!pegawaiIds.length) return [];
  const meta = (uid: string) => strapi.db.metadata.get(uid) as unknown as MetaTabel;
  const kol = (uid: string, a: string) => meta(uid).attributes[a]?.columnName ?? a;
  const tautan = (uid: string, a: string) => {
    const jt = meta(uid).attributes[a]?.joinTable;
    if (!jt) throw new Error(`${uid}.${a} tanpa tabel tautan`);
    return { t: jt.name as string, dari: jt.joinColumn.name as string, ke: jt.inverseJoinColumn.name as string };
  };
  const RA = meta(UID_RENAKSI).tableName;
  const RE = meta(UID_REALISASI).tableName;
  const RHK = meta('plugin::kinerja.rhk').tableName;
  const SKP = meta('plugin::kinerja.skp').tableName;
  const raPeg = tautan(UID_RENAKSI, 'pegawai');
  const raRhk = tautan(UID_RENAKSI, 'rhk');
  const rhkSkp = tautan('plugin::kinerja.rhk', 'skp');
  const reRa = tautan(UID_REALISASI, 'rencana_aksi');
  const minta = new Set(pegawaiIds);

  return strapi.db.transaction(async ({ trx }: { trx: Knex.Transaction }) => {
    const pilih = (ids: number[] | null) => {
      const realisasi = trx(`${RE} as re`)
        .join(`${reRa.t} as lr`, `lr.${reRa.dari}`, 're.id')
        .where(`re.${kol(UID_REALISASI, 'bulan')}`, bulan)
        .select(`lr.${reRa.ke} as rid`, `re.${kol(UID_REALISASI, 'nilai')} as nilai`);
      const qb = trx(`${RA} as ra`)
        .join(`${raPeg.t} as lp`, `lp.${raPeg.dari}`, 'ra.id')
        .join(`${raRhk.t} as lh`, `lh.${raRhk.dari}`, 'ra.id')
        .join(`${RHK} as h`, 'h.id', `lh.${raRhk.ke}`)
        .join(`${rhkSkp.t} as ls`, `ls.${rhkSkp.dari}`, 'h.id')
        .join(`${SKP} as s`, 's.id', `ls.${rhkSkp.ke}`)
        .leftJoin(realisasi.as('x'), 'x.rid', 'ra.id')
        .where(`ra.${kol(UID_RENAKSI, 'tahun')}`, tahun)
        .where(`s.${kol('plugin::kinerja.skp', 'status')}`, 'DISETUJUI')
        .select(
          'ra.id as id',
          `lp.${raPeg.ke} as pid`,
          'h.id as rhk',
          `h.${kol('plugin::kinerja.rhk', 'jenis')} as jenis`,
          `ra.${kol(UID_RENAKSI, 'target')} as target`,
          `ra.${kol(UID_RENAKSI, 'polaritas')} as polaritas`,
          'x.nilai as nilai',
        )
        .orderBy('ra.id');
      if (ids) qb.whereIn(`lp.${raPeg.ke}`, ids);
      return qb;
    };
    const mentah: MentahRenaksi[] = [];
    if (pegawaiIds.length <= BATAS_DAFTAR) mentah.push(...(await pilih(pegawaiIds)));
    else mentah.push(...((await pilih(null)) as MentahRenaksi[]).filter((r) => minta.has(Number(r.pid))));
    // one realisasi per renaksi and month (unique kunci_unik) and one pegawai/rhk link per renaksi (manyToOne)
    const dilihat = new Set<number>();
    const out: BarisRenaksi[] = [];
    for (const r of mentah) {
      const id = Number(r.id);
      if (dilihat.has(id)) continue;
      dilihat.add(id);
      out.push({
        id,
        pid: Number(r.pid),
        rhk: Number(r.rhk),
        jenis: r.jenis,
        target: typeof r.target === 'string' ? JSON.parse(r.target) : r.target,
        polaritas: r.polaritas,
        nilai: r.nilai == null ? null : Number(r.nilai),
      });
    }
    return out;
  });
}

/** One pegawai's month figure in the run, with why it is (or is not) his subordinates' mean. */
export interface CapaianRun {
  capaian: number | null;
  sumber: SumberCapaian;
  alasan: AlasanSumberCapaian | null;
}

/**
 * Capaian of many pegawai for one month in a constant number of queries (renaksiBulan: one, or one per 1,000 ids for small sets): the same rule
 * as kinerja's `capaian.pegawai` (renaksi of approved SKP, an RHK under revision with its approved version
 * in force, the month's realisasi, the policy formula; a head under the policy's mean rule — the same
 * domain decision `jabatanRerataBawahan` — takes the mean of the holders of his direct structural
 * subordinate posts, falling back to his own figure with the reason).
 * The TPP run uses it instead of calling kinerja's per-pegawai service N times; tests/api/tpp-hitung
 * checks that both agree on every pegawai of the demo OPD and on the Lurahs and Camat of the demo city.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `kepala`: pegawaiId → the `kepala_opd` posts he holds at `tanggal` ({jabatanId, jenis_penugasan}); which
   * of them (if any) is under the mean rule is decided here from the policy.
   */
  async bulan(
    pegawaiIds: number[],
    kepala: Map<number, { jabatanId: number; jenis_penugasan: string | null }[]>,
    tahun: number,
    bulan: number,
    tanggal: string,
  ): Promise<Map<number, CapaianRun>> {
    const k = layanan(strapi, 'kinerja', 'capaian').aturan(tahun, bulan);
    const q = (uid: string) => strapi.db.query(uid);

    // the head posts held, with their OPD kind and their active direct subordinate posts (one findMany)
    const calon = [...new Set([...kepala.values()].flat().map((x) => x.jabatanId))];
    const pos: PosKepala[] = calon.length
      ? await q('plugin::inti.jabatan').findMany({
          where: { id: { $in: calon } },
          select: ['id', 'jenjang', 'kepala_opd'],
          populate: { opd: { select: ['id', 'jenis'] }, bawahan: { select: ['id', 'jenis', 'jenjang', 'aktif'] } },
        })
      : [];
    const posPeta = new Map<number, PosKepala>(pos.map((j) => [j.id, j]));
    const jabatanPegawai = new Map<number, number>();
    for (const [pid, xs] of kepala) {
      const h = jabatanRerataBawahan(
        xs.flatMap((x) => {
          const j = posPeta.get(x.jabatanId);
          if (!j) return [];
          return {
            jabatanId: x.jabatanId,
            kepala_opd: !!j.kepala_opd,
            jenjang: j.jenjang,
            jenis_opd: j.opd?.jenis ?? null,
            jenis_penugasan: x.jenis_penugasan,
          };
        }),
        k.kepala_rerata_bawahan,
      );
      if (h) jabatanPegawai.set(pid, Number(h.jabatanId));
    }
    const anakPer = new Map<number, PosBawahan[]>();
    for (const jab of new Set(jabatanPegawai.values())) {
      anakPer.set(
        jab,
        (posPeta.get(jab)?.bawahan ?? [])
          .filter((j) => j.aktif !== false && jabatanBawahanKepalaDihitung(j, k.kepala_opd_sertakan_jf))
          .sort((a, b) => a.id - b.id),
      );
    }
    const anak = [...anakPer.values()].flat();
    const pemegang = await layanan(strapi, 'inti', 'organisasi').pemegangJabatan(
      anak.map((j) => j.id),
      tanggal,
    );
    const pemegangPos = new Map<number, PemangkuData>();
    for (const p of pemegang) {
      const ada = pemegangPos.get(Number(p.jabatanId));
      if (!ada || URUTAN_PEMEGANG.indexOf(p.jenis) < URUTAN_PEMEGANG.indexOf(ada.jenis))
        pemegangPos.set(Number(p.jabatanId), p);
    }

    const semua = [...new Set([...pegawaiIds, ...[...pemegangPos.values()].map((p) => Number(p.pegawaiId))])];
    // an RHK under revision counts with its approved version, as kinerja's capaian service (services/versi.ts)
    const terbuka = await layanan(strapi, 'kinerja', 'versi').terbuka(tahun, semua);
    const baris = barisBerlaku(
      await renaksiBulan(strapi, semua, tahun, bulan),
      (r) => r.rhk,
      new Map([...terbuka].map(([id, t]) => [id, t.versi])),
      (x, rhkId, v, hidup): BarisRenaksi => ({
        id: x.id,
        pid: terbuka.get(rhkId)!.pegawaiId,
        rhk: rhkId,
        jenis: v.rhk.jenis as RhkBulan['jenis'],
        target: x.target,
        polaritas: x.polaritas,
        nilai: hidup?.nilai ?? null,
      }),
    );
    const perPegawai = new Map<number, Map<number, RhkBulan>>();
    for (const r of baris) {
      const pid = r.pid;
      if (!perPegawai.has(pid)) perPegawai.set(pid, new Map());
      const rhk = perPegawai.get(pid)!;
      if (!rhk.has(r.rhk)) rhk.set(r.rhk, { id: String(r.rhk), jenis: r.jenis, renaksi: [] });
      rhk.get(r.rhk)!.renaksi.push({
        id: String(r.id),
        target: targetPadaBulan(r.target, bulan),
        realisasi: r.nilai,
        polaritas: r.polaritas,
      });
    }
    const lewat = lewatBatasInput(tahun, bulan, k.batas_input_hari, hariIni());
    const sendiri = (pid: number): number | null =>
      hitungCapaianPegawai([...(perPegawai.get(pid)?.values() ?? [])], {
        formula: k.formula,
        batas: k.batas_capaian,
        sertakanTambahan: k.sertakan_tambahan,
        lewatBatas: lewat,
      }).capaian;

    const out = new Map<number, CapaianRun>();
    for (const pid of pegawaiIds) {
      const jab = jabatanPegawai.get(pid);
      const kepalaRerata =
        jab == null
          ? null
          : capaianKepalaOpd(
              (anakPer.get(jab) ?? []).map((j) => {
                const p = pemegangPos.get(j.id);
                return {
                  jabatanId: j.id,
                  pemegang: p
                    ? {
                        pegawaiId: p.pegawaiId,
                        sebagai: p.jenis === 'UTAMA' ? 'DEFINITIF' : p.jenis,
                        capaian: sendiri(Number(p.pegawaiId)),
                      }
                    : null,
                };
              }),
            );
      out.set(pid, capaianAkhir(sendiri(pid), kepalaRerata));
    }
    return out;
  },
});
